"""期号 already taken by another issue: said once, in the clerk's words, and the box is marked."""
from __future__ import annotations


def test_a_taken_number_is_said_once_and_marked(window, qtbot):
    window.issues.new_issue()  # 第53期, after the sample's 第52期
    spin = window.ui.mastheadPanel.ui.numberSpin
    assert spin.value() == 53
    form_tip = spin.toolTip()
    spin.setValue(52)
    qtbot.waitUntil(lambda: window.session.autosaver.last_error is not None)

    label = window.status.save_label.text()
    assert "第52期已有" in label and "期号没有改" in label
    assert "内部编号" not in label and "2022年11月21日" in label
    assert "第52期已有" not in window.statusBar().currentMessage()  # not a second time beside it
    assert "c00000" in spin.styleSheet() and "第52期已有" in spin.toolTip()
    assert "第52期已有" in window.save_error_banner.text() and "内部编号" not in window.save_error_banner.text()

    spin.setValue(54)
    qtbot.waitUntil(lambda: window.session.autosaver.last_error is None)
    assert spin.styleSheet() == "" and spin.toolTip() == form_tip
