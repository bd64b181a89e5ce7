"""The 专刊 fields of the masthead panel: a special series with its own number, or one that
numbers nothing (the spin box at 不编号), printed, saved and listed accordingly."""
from __future__ import annotations

from bulletin_desktop.core.model import Special


def test_a_special_series_that_numbers_nothing(qtbot, window, stored_issue, shown_text):
    issue_id = window.document.issue.id
    panel = window.ui.mastheadPanel.ui
    window.ui.mastheadDock.raise_()
    assert window.document.issue.special == Special("安全生产大检查专刊", 34)
    assert panel.specialNumberSpin.value() == 34
    panel.specialNumberSpin.setValue(0)  # the bottom of the box: 不编号
    assert panel.specialNumberSpin.text() == "不编号"
    assert window.document.issue.special == Special("安全生产大检查专刊", None)
    text = shown_text(window)
    assert "（安全生产大检查专刊）" in text and "第34期）" not in text
    qtbot.waitUntil(lambda: stored_issue(issue_id).special == Special("安全生产大检查专刊", None), timeout=3000)
    model = window.ui.issueList.model
    qtbot.waitUntil(lambda: str(model.index(0, 0).data()).endswith("（安全生产大检查专刊）"), timeout=3000)

    window.action_set.undo.trigger()
    assert window.document.issue.special == Special("安全生产大检查专刊", 34)
    assert panel.specialNumberSpin.value() == 34
