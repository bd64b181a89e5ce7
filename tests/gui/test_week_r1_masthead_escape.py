"""Esc in the masthead panel goes back to editing the entries, as Esc does from the entry
editor and the find bar; a number or date typed but not yet taken is dropped, not taken as
the box is left (5 on the way to 53 is no 期号)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bulletin_desktop.gui.in_sight import in_sight


def _masthead(window, qtbot):
    window.ui.mastheadDock.raise_()
    qtbot.waitUntil(lambda: in_sight(window.ui.mastheadDock))
    return window.ui.mastheadPanel.ui


def _left_the_masthead(window) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and not window.ui.mastheadPanel.isAncestorOf(focused)


def test_escape_from_a_field_goes_back_to_the_entries(window, qtbot):
    panel = _masthead(window, qtbot)
    panel.officeEdit.setFocus()
    qtbot.keyClick(panel.officeEdit, Qt.Key.Key_Escape)
    assert _left_the_masthead(window)


def test_a_number_half_typed_is_dropped_on_escape(window, qtbot):
    panel = _masthead(window, qtbot)
    number = window.document.issue.number
    steps = window.document.undo_stack.count()
    spin = panel.numberSpin
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "5")
    assert spin.text() == "5"
    qtbot.keyClick(spin, Qt.Key.Key_Escape)
    assert _left_the_masthead(window)
    assert window.document.issue.number == number
    assert spin.value() == number and spin.text() == str(number)
    assert window.document.undo_stack.count() == steps


def test_a_date_half_typed_is_dropped_on_escape(window, qtbot):
    panel = _masthead(window, qtbot)
    date = window.document.issue.date
    box = panel.dateEdit
    shown = box.text()
    box.setFocus()
    box.setSelectedSection(box.Section.DaySection)
    qtbot.keyClicks(box, "9")
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert _left_the_masthead(window)
    assert window.document.issue.date == date
    assert box.text() == shown


def test_a_bulletin_name_half_typed_is_no_rename_on_escape(window, qtbot):
    from bulletin_desktop.gui.text_input import type_text

    panel = _masthead(window, qtbot)
    name = window.document.issue.series
    panel.seriesEdit.setFocus()
    panel.seriesEdit.selectAll()
    type_text(panel.seriesEdit, "漯河市")
    qtbot.keyClick(panel.seriesEdit, Qt.Key.Key_Escape)
    assert _left_the_masthead(window)
    assert window.document.issue.series == name
    assert panel.seriesEdit.text() == name
