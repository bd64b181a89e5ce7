"""The toolbar: short buttons that stay put while typing, tooltips naming the shortcut; and a
window destroyed without being closed leaves no slot behind."""
from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QToolButton

from bulletin_desktop.gui.main_window import MainWindow


def _button(window, action) -> QToolButton:
    return window.ui.mainToolBar.widgetForAction(action)


def _type_into_first_date(window, qtbot) -> None:
    first = next(entry for _section, entry in window.document.issue.entries())
    window.ui.sectionTree.select_uid(first.uid)
    date = window.ui.entryEditor.ui.dateEdit
    date.setFocus()
    qtbot.keyClicks(date, "x")


def test_undo_button_keeps_its_short_text_while_typing(window, qtbot):
    undo = window.action_set.undo
    button = _button(window, undo)
    before = button.text()
    assert before == "撤销"
    _type_into_first_date(window, qtbot)
    assert undo.text().startswith("撤销 ")  # the menu item says what would be undone
    assert button.text() == before
    assert undo.toolTip().startswith(undo.text()) and "(Ctrl+Z)" in undo.toolTip()


def test_tooltips_name_the_shortcut_without_the_mnemonic(window):
    a = window.action_set
    assert a.add_section.toolTip() == "新建栏目 (Ctrl+Shift+N)"
    assert a.export_word.toolTip() == "导出为 Word (Ctrl+E)"
    for action in window.ui.mainToolBar.actions():
        if action.isSeparator():
            continue
        assert "(&" not in action.toolTip() and "&" not in action.toolTip()
        assert not any(f"({c})" in action.toolTip() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), action.toolTip()
    assert a.new_issue.toolTip().splitlines()[0] == "新建一期 (Ctrl+N)"
    assert len(a.new_issue.toolTip().splitlines()) == 2  # what it does, below


def test_window_destroyed_without_closing_raises_nothing(qtbot, archive_path):
    window = MainWindow()
    assert window.open_archive(archive_path)
    window.show()
    qtbot.waitExposed(window)
    _type_into_first_date(window, qtbot)
    shiboken6.delete(window)  # pytest-qt fails the test on an exception raised in a slot
    qtbot.wait(10)
