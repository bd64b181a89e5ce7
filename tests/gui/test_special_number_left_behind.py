"""An issue without a special series shows no 专刊期号: not the number of the one shown before
(the sample issue is 安全生产大检查专刊 第34期)."""
from __future__ import annotations


def test_no_special_series_shows_no_number_of_another(window):
    panel = window.ui.mastheadPanel.ui
    window.ui.mastheadDock.raise_()
    assert panel.specialNumberSpin.value() == 34
    window.editing.edit_masthead("special", None)  # as a new bulletin's first issue has it
    assert window.document.issue.special is None
    assert panel.specialNameEdit.text() == ""
    assert "34" not in panel.specialNumberSpin.text() and not panel.specialNumberSpin.isEnabled()
