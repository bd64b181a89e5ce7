"""The search dock's unit and section filters over years of issues: chosen by typing part of a
name (a plain combo box takes no input-method text, and a long list is a long scroll): what
is typed picks the entry it names or the only one holding it; nothing typed is every unit;
anything else goes back to the choice before."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.textformat import read_text


@pytest.fixture
def archive_path(tmp_path, sample_text):
    path = tmp_path / "archive.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        for number, date in ((50, dt.date(2021, 11, 8)), (51, dt.date(2022, 11, 14))):
            issue = read_text(sample_text)
            issue.number, issue.date = number, date
            archive.add_issue(issue)
    return path


def _type(qtbot, combo, text: str) -> None:
    edit = combo.lineEdit()
    assert edit is not None, "the filter takes no typing"
    edit.setFocus()
    edit.setText(text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_a_unit_and_a_section_are_chosen_by_typing_part_of_their_names(qtbot, window):
    window.action_set.search_archive.trigger()
    panel = window.search_dock.widget()
    qtbot.waitUntil(lambda: window.search_dock.isVisible())
    ui = panel.ui
    ui.queryEdit.setText("隐患")
    panel.search_now()
    every = len(panel.hits())
    assert every > 2
    _type(qtbot, ui.unitCombo, "舞阳")  # the only unit holding it
    assert ui.unitCombo.currentData() == "舞阳县" and ui.unitCombo.currentText() == "舞阳县"
    qtbot.waitUntil(lambda: 0 < len(panel.hits()) < every)
    _type(qtbot, ui.unitCombo, "没有这个单位")  # back to the choice before
    assert ui.unitCombo.currentData() == "舞阳县" and ui.unitCombo.currentText() == "舞阳县"
    _type(qtbot, ui.unitCombo, "")  # nothing typed: every unit
    assert ui.unitCombo.currentData() is None and ui.unitCombo.currentIndex() == 0
    qtbot.waitUntil(lambda: len(panel.hits()) == every)
    _type(qtbot, ui.sectionCombo, "隐患排查")  # a whole name
    assert ui.sectionCombo.currentData() == "隐患排查"
    qtbot.waitUntil(lambda: all("隐患排查" in hit.section for hit in panel.hits()) and len(panel.hits()) < every)
    completer = ui.unitCombo.completer()
    assert completer.filterMode() == Qt.MatchFlag.MatchContains  # the popup offers names holding what is typed


def test_coming_into_a_filter_selects_its_text_so_typing_replaces_it(qtbot, window):
    window.action_set.search_archive.trigger()
    panel = window.search_dock.widget()
    qtbot.waitUntil(lambda: window.search_dock.isVisible())
    combo = panel.ui.unitCombo
    edit = combo.lineEdit()
    assert edit is not None
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=edit.rect().center())
    qtbot.waitUntil(lambda: edit.hasFocus() and edit.selectedText() == combo.currentText() != "")
