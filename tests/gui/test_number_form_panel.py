"""The masthead panel's number form, year number and print run, driven in the real window:
each edit one undo step, shown in the preview, and in the archive after autosave."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from bulletin_desktop.core.model import NumberingDefaults, YearNumber
from bulletin_desktop.gui.text_input import type_text


def enter(qtbot, spin, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def choose_form(qtbot, combo, row: int) -> None:
    """As at the keyboard: arrow keys in the focused list."""
    combo.setFocus()
    while combo.currentIndex() != row:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < row else Qt.Key.Key_Up)


def test_the_clerk_writes_the_number_by_the_year_and_states_the_print_run(qtbot, window, stored_issue, shown_text):
    issue_id = window.document.issue.id
    panel = window.ui.mastheadPanel.ui
    stack = window.document.undo_stack
    assert panel.numberFormCombo.currentIndex() == 0
    assert not panel.yearNumberSpin.isEnabled() and not panel.numberYearSpin.isEnabled()
    assert panel.printCopiesSpin.value() == 0 and panel.printCopiesSpin.text() == panel.printCopiesSpin.specialValueText()
    assert panel.numberYearSpin.value() == 2022  # the issue's year, offered for a switch of form
    steps = stack.count()

    choose_form(qtbot, panel.numberFormCombo, 1)
    assert window.document.issue.year_number == YearNumber(1, 2022)
    assert panel.yearNumberSpin.isEnabled() and panel.numberYearSpin.isEnabled()
    enter(qtbot, panel.yearNumberSpin, "6")
    assert window.document.issue.year_number == YearNumber(6, 2022)
    assert "2022年第6期（总第52期）" in shown_text(window)
    enter(qtbot, panel.printCopiesSpin, "35")
    assert window.document.issue.print_copies == 35
    assert shown_text(window).endswith("（共印35份）")
    assert stack.count() == steps + 3  # form, number, print run: one step each
    qtbot.waitUntil(lambda: (lambda s: (s.year_number, s.print_copies) == (YearNumber(6, 2022), 35))(
        stored_issue(issue_id)), timeout=3000)

    choose_form(qtbot, panel.numberFormCombo, 3)  # 2022年第6期, the running number unprinted
    assert panel.numberYearSpin.isEnabled()  # the year is still printed
    assert shown_text(window).startswith("漯河安全生产简报2022年第6期（安全生产大检查专刊")
    choose_form(qtbot, panel.numberFormCombo, 2)  # 第6期（总第52期）: the year not printed
    assert not panel.numberYearSpin.isEnabled()
    assert "第6期（总第52期）" in shown_text(window)
    qtbot.waitUntil(lambda: stored_issue(issue_id).year_number == YearNumber(6, None, True), timeout=3000)

    assert stack.count() == steps + 6  # passing row 2 on the way to row 3 was a choice too
    for _ in range(3):
        window.action_set.undo.trigger()  # the three form changes
    assert window.document.issue.year_number == YearNumber(6, 2022) and panel.numberFormCombo.currentIndex() == 1
    window.action_set.undo.trigger()
    assert window.document.issue.print_copies is None and panel.printCopiesSpin.value() == 0
    assert "共印" not in shown_text(window)
    window.action_set.undo.trigger()
    assert panel.yearNumberSpin.value() == 1
    window.action_set.undo.trigger()
    assert window.document.issue.year_number is None and panel.numberFormCombo.currentIndex() == 0
    assert "第52期" in shown_text(window)
    qtbot.waitUntil(lambda: (lambda s: (s.year_number, s.print_copies) == (None, None))(stored_issue(issue_id)),
                    timeout=3000)


def test_a_new_issue_continues_the_year_number_and_the_print_run(qtbot, window, stored_issue):
    panel = window.ui.mastheadPanel.ui
    choose_form(qtbot, panel.numberFormCombo, 1)
    enter(qtbot, panel.yearNumberSpin, "6")
    enter(qtbot, panel.printCopiesSpin, "35")
    window.action_set.new_issue.trigger()
    issue = window.document.issue
    today_year = issue.date.year
    expected = YearNumber(7 if today_year == 2022 else 1, today_year)
    assert (issue.number, issue.year_number, issue.print_copies) == (53, expected, 35)
    assert (panel.numberFormCombo.currentIndex(), panel.yearNumberSpin.value()) == (1, expected.number)
    assert panel.printCopiesSpin.value() == 35
    assert stored_issue(issue.id).year_number == expected


def test_the_form_list_shows_each_form_with_this_issues_numbers(qtbot, window):
    panel = window.ui.mastheadPanel.ui
    combo = panel.numberFormCombo
    texts = [combo.itemText(row) for row in range(combo.count())]
    assert texts == ["只写总期号：第52期", "年度期号：2022年第1期（总第52期）", "不写年份：第1期（总第52期）",
                     "不印总期号：2022年第1期", "总期号前加“总”：总第52期"]
    choose_form(qtbot, combo, 1)
    enter(qtbot, panel.yearNumberSpin, "6")
    enter(qtbot, panel.numberSpin, "60")
    assert combo.itemText(0) == "只写总期号：第60期"
    assert combo.currentText() == "年度期号：2022年第6期（总第60期）" == "年度期号：" + window.document.issue.number_line()


def test_the_running_number_with_its_zong_is_a_form_of_its_own(qtbot, window, stored_issue):
    """总第52期: chosen in the list, printed in the preview's masthead, kept in the archive,
    and neither spin box of the number within the year applies."""
    panel = window.ui.mastheadPanel.ui
    issue_id = window.document.issue.id
    choose_form(qtbot, panel.numberFormCombo, 4)
    assert window.document.issue.number_line() == "总第52期"
    assert not panel.yearNumberSpin.isEnabled() and not panel.numberYearSpin.isEnabled()
    qtbot.waitUntil(lambda: stored_issue(issue_id).number_line() == "总第52期", timeout=3000)
    assert "总第52期" in window.ui.preview.plain_text()
    choose_form(qtbot, panel.numberFormCombo, 0)
    qtbot.waitUntil(lambda: stored_issue(issue_id).number_line() == "第52期", timeout=3000)


def test_saved_defaults_give_new_issues_the_form_and_print_run(qtbot, window, stored_issue):
    panel = window.ui.mastheadPanel.ui
    issue_id = window.document.issue.id
    choose_form(qtbot, panel.numberFormCombo, 1)
    enter(qtbot, panel.yearNumberSpin, "6")
    enter(qtbot, panel.printCopiesSpin, "35")
    qtbot.mouseClick(panel.saveDefaultsButton, Qt.MouseButton.LeftButton)
    series = window.session.archive.get_series(window.document.issue.series_id)
    assert series.numbering == NumberingDefaults("year", 35)
    enter(qtbot, panel.printCopiesSpin, "40")  # this issue only: the bulletin's defaults stay 35
    qtbot.waitUntil(lambda: stored_issue(issue_id).print_copies == 40, timeout=3000)

    window.action_set.new_issue.trigger()
    issue = window.document.issue
    assert issue.id != issue_id and issue.number == 53
    # dated today, years after the 2022 issue: 第1期 of this year, written as the defaults say
    assert (issue.year_number, issue.print_copies) == (YearNumber(1, dt.date.today().year), 35)
    assert panel.numberFormCombo.currentIndex() == 1 and panel.printCopiesSpin.value() == 35


def test_the_clerk_adds_the_marks_above_the_name(qtbot, window, stored_issue, shown_text):
    """报头标记: typed in the panel, one undo step, printed above the name in the preview,
    in the archive after autosave; cleared again by undo."""
    issue_id = window.document.issue.id
    field = window.ui.mastheadPanel.ui.markingEdit
    assert field.text() == "" and field.placeholderText()
    from bulletin_desktop.core.model import MARKING_MAX

    assert field.maxLength() == MARKING_MAX  # one short line, as the command line allows
    steps = window.document.undo_stack.count()
    field.setFocus()
    type_text(field, "内部资料 注意保存")
    assert window.document.issue.marking == "内部资料 注意保存"
    assert shown_text(window).startswith("内部资料 注意保存漯河安全生产简报")
    qtbot.waitUntil(lambda: stored_issue(issue_id).marking == "内部资料 注意保存", timeout=3000)
    assert window.document.undo_stack.count() == steps + 1  # typing is one step, merged
    window.action_set.undo.trigger()
    assert window.document.issue.marking == "" and field.text() == ""
    assert shown_text(window).startswith("漯河安全生产简报")
