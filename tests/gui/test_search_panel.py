"""The search dock over the whole archive, driven in the real window: results as the clerk
types, marked snippets, filters, opening a result at its match, and an edit found as soon
as autosave has written it."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.textformat import read_text
from bulletin_desktop.gui.models.search_results_model import HIGHLIGHT_STYLE, HitRole, HtmlRole
from bulletin_desktop.gui.text_input import type_text

from test_translations import untranslated, visible_texts

ISSUES = ((50, dt.date(2021, 11, 8)), (51, dt.date(2022, 11, 14)), (52, dt.date(2022, 11, 21)))


@pytest.fixture
def archive_path(tmp_path, sample_text):
    """Three issues of the sample, one of them a year older."""
    path = tmp_path / "archive.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        for number, date in ISSUES:
            issue = read_text(sample_text)
            issue.number, issue.date = number, date
            archive.add_issue(issue)
    return path


def open_panel(qtbot, window):
    window.action_set.search_archive.trigger()
    panel = window.search_dock.widget()
    qtbot.waitUntil(lambda: window.search_dock.isVisible() and panel.ui.queryEdit.hasFocus())
    return panel


def search(qtbot, panel, text: str, count: int):
    edit = panel.ui.queryEdit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(edit, text)
    # the panel shows what the archive answers for the box and the filters, once the pause is over
    qtbot.waitUntil(lambda: len(panel.hits()) == count
                    and panel.hits() == panel.window().session.archive.search(text, 200, panel.filters()))
    return panel.hits()


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def entry_unit(window, hit) -> str:
    section, row = window.session.archive.load_issue(hit.issue_id).find_entry(hit.entry_uid)
    return section.entries[row].unit


def test_type_a_term_see_marked_results_and_open_one(qtbot, window):
    panel = open_panel(qtbot, window)
    hits = search(qtbot, panel, "燃气", 3)
    assert [h.number for h in hits] == [52, 51, 50]  # newest first
    view = panel.ui.resultsView
    for row, hit in enumerate(hits):
        index = panel.model.index(row)
        assert f'<span style="{HIGHLIGHT_STYLE}">燃气</span>' in index.data(HtmlRole)
        assert f"第{hit.number}期" in index.data() and "【隐患排查】" in index.data()
        assert view.visualRect(index).height() > view.fontMetrics().height()  # heading and snippet
    assert panel.ui.statusLabel.text() == "3 期中共 3 条"
    assert not panel.grab().isNull()

    # a click opens the issue at the entry, the match selected in the editor
    index = panel.model.index(2)
    hit = index.data(HitRole)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert window.document.issue.number == 50
    assert window.ui.sectionTree.current_uid() == hit.entry_uid
    assert window.ui.entryEditor.ui.itemBody.textCursor().selectedText() == "燃气"

    # Enter on the box opens the current result; Down and Enter in the list another
    view.setCurrentIndex(panel.model.index(0))
    qtbot.keyClick(panel.ui.queryEdit, Qt.Key.Key_Return)
    assert window.document.issue.number == 52
    qtbot.keyClick(panel.ui.queryEdit, Qt.Key.Key_Down)
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.document.issue.number == 51
    assert window.ui.entryEditor.ui.itemBody.textCursor().selectedText() == "燃气"


def test_several_terms_and_filters_by_year_and_unit(qtbot, window):
    panel = open_panel(qtbot, window)
    ui = panel.ui
    hits = search(qtbot, panel, "燃气 联席会议", 3)
    assert all({"燃气", "联席会议"} <= {h.snippet[a:b] for a, b in h.highlights} for h in hits)
    choose(ui.periodCombo, 2021)
    qtbot.waitUntil(lambda: [h.number for h in panel.hits()] == [50])
    choose(ui.periodCombo, 2022)
    qtbot.waitUntil(lambda: [h.number for h in panel.hits()] == [52, 51])

    hits = search(qtbot, panel, "隐患", 4 * 2)  # four entries of each issue hold it; 2022 has two issues
    assert {h.number for h in hits} == {51, 52}
    choose(ui.unitCombo, "舞阳县")
    qtbot.waitUntil(lambda: len(panel.hits()) == 2)
    assert all(entry_unit(window, h) == "舞阳县" for h in panel.hits())
    choose(ui.periodCombo, None)  # every year
    qtbot.waitUntil(lambda: len(panel.hits()) == 3)
    choose(ui.sectionCombo, "安排部署")
    qtbot.waitUntil(lambda: panel.hits() == [])
    assert ui.statusLabel.text()

    # a date range of the clerk's choosing, inclusive
    choose(ui.sectionCombo, None)
    choose(ui.periodCombo, "range")
    assert ui.fromDate.isVisible() and ui.toDate.isVisible()
    ui.fromDate.setDate(dt.date(2021, 1, 1))
    ui.toDate.setDate(dt.date(2022, 11, 14))
    qtbot.waitUntil(lambda: [h.number for h in panel.hits()] == [51, 50])
    bad = [(where, text) for where, text in visible_texts(panel) if untranslated(text)]
    assert bad == []


def test_an_edit_saved_a_moment_ago_is_found(qtbot, window):
    panel = open_panel(qtbot, window)
    search(qtbot, panel, "蓝天救援队", 0)
    qtbot.waitUntil(lambda: panel.ui.statusLabel.text() == "没有找到。")
    issue = window.document.issue
    entry = next(e for _s, e in issue.entries() if e.kind == "item")
    window.ui.sectionTree.select_uid(entry.uid)
    body = window.ui.entryEditor.ui.itemBody
    body.setFocus()
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    body.setTextCursor(cursor)
    type_text(body, "蓝天救援队到场")
    # no retyping in the box: the panel searches again once autosave has written the edit
    qtbot.waitUntil(lambda: len(panel.hits()) == 1, timeout=3000)
    [hit] = panel.hits()
    assert (hit.issue_id, hit.entry_uid) == (issue.id, entry.uid)
    assert hit.snippet[hit.match_start:hit.match_end] == "蓝天救援队"


def test_the_panel_is_built_when_first_shown_and_comes_back_with_the_layout(qtbot, window, archive_path):
    from bulletin_desktop.gui.main_window import MainWindow

    assert window.search_dock.widget() is None and not window.search_dock.isVisible()
    open_panel(qtbot, window)
    window.close()  # the layout is saved with the dock open
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.open_archive(archive_path)
    again.show()
    qtbot.waitUntil(lambda: again.search_dock.isVisible() and again.search_dock.widget() is not None)
    search(qtbot, again.search_dock.widget(), "燃气", 3)
    again.close()


def test_esc_from_the_results_goes_to_the_text_of_the_hit_opened(qtbot, window):
    """Look a past issue up, Enter, Esc: typing (or Ctrl+C of the words found) goes on in the
    entry's text, the match still selected; the panel stays open for the next look-up."""
    panel = open_panel(qtbot, window)
    search(qtbot, panel, "燃气", 3)
    qtbot.keyClick(panel.ui.queryEdit, Qt.Key.Key_Down)
    view = panel.ui.resultsView
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    body = window.ui.entryEditor.ui.itemBody
    assert body.hasFocus() and body.textCursor().selectedText() == "燃气"
    assert window.search_dock.isVisible()
