"""The masthead's boxes greyed out say why: 期号年份 and 年度期号 while the number form chosen
does not print them, 专刊期号 while there is no special series name; once usable they show
their own tooltips again."""
from __future__ import annotations

from bulletin_desktop.core.model import NUMBER_FORMS


def test_the_year_boxes_say_the_form_does_not_print_them(window, qtbot):
    window.ui.mastheadDock.raise_()
    panel = window.ui.mastheadPanel.ui
    panel.numberFormCombo.setCurrentIndex(NUMBER_FORMS.index("plain"))
    for spin in (panel.yearNumberSpin, panel.numberYearSpin):
        assert not spin.isEnabled()
        assert spin.toolTip()  # 上面选的期号写法不印这一项……
    panel.numberFormCombo.setCurrentIndex(NUMBER_FORMS.index("year"))
    for spin in (panel.yearNumberSpin, panel.numberYearSpin):
        assert spin.isEnabled()
        assert spin.toolTip() == ""


def test_the_special_number_box_says_to_name_the_special_series_first(window, qtbot):
    window.ui.mastheadDock.raise_()
    panel = window.ui.mastheadPanel.ui
    own_tip = panel.specialNumberSpin.toolTip()
    assert window.document.issue.special is not None and panel.specialNumberSpin.isEnabled()
    panel.specialNameEdit.selectAll()
    panel.specialNameEdit.setFocus()
    panel.specialNameEdit.del_()
    panel.specialNameEdit.textEdited.emit("")
    assert not panel.specialNumberSpin.isEnabled()
    assert panel.specialNumberSpin.toolTip() not in ("", own_tip)  # 先写专刊名称……
    window.action_set.undo.trigger()
    assert panel.specialNumberSpin.isEnabled()
    assert panel.specialNumberSpin.toolTip() == own_tip
