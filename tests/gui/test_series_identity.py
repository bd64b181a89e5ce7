"""The bulletin (刊物) of the open issue in the real window: a name typed renames the one
series when the field is left, the menu beside the name moves the issue to another series
or creates a new one."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.gui.text_input import type_text


def wait_saved(qtbot, window):
    qtbot.waitUntil(lambda: window.status.save_label.text() == "已保存", timeout=3000)


def series_in(path) -> list[tuple[int, str]]:
    with Archive.open(path, readonly=True) as archive:
        return [(s.id, s.name) for s in archive.list_series()]


def test_typing_a_new_name_character_by_character_renames_one_series(qtbot, window, archive_path):
    [(series_id, old_name)] = series_in(archive_path)
    edit = window.ui.mastheadPanel.ui.seriesEdit
    edit.setFocus()
    edit.selectAll()
    for ch in "漯河市简报":  # a slow typist's: nothing is renamed while the name is typed
        type_text(edit, ch)
        qtbot.wait(50)
        assert window.document.issue.series == old_name
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # the field left: renamed once
    wait_saved(qtbot, window)
    assert window.document.issue.series == "漯河市简报"
    assert window.windowTitle().startswith("漯河市简报 第52期")
    # typing in the masthead brought it in front of the issue list, which reads its rows once in sight
    window.ui.issueListDock.raise_()
    qtbot.waitUntil(lambda: [s.series for s in window.ui.issueList.model.summaries()] == ["漯河市简报"])
    window.close()  # let go of the archive, then read it afresh
    assert series_in(archive_path) == [(series_id, "漯河市简报")]
    with Archive.open(archive_path, readonly=True) as archive:
        [summary] = archive.list_issues()
        assert archive.load_issue(summary.id).series == "漯河市简报" and old_name != "漯河市简报"


def test_undo_gives_the_series_its_old_name_back(qtbot, window, archive_path):
    [(series_id, old_name)] = series_in(archive_path)
    edit = window.ui.mastheadPanel.ui.seriesEdit
    edit.setFocus()
    edit.selectAll()
    type_text(edit, "新名称")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    wait_saved(qtbot, window)
    assert series_in(archive_path) == [(series_id, "新名称")]
    window.action_set.undo.trigger()
    assert edit.text() == old_name
    wait_saved(qtbot, window)
    assert series_in(archive_path) == [(series_id, old_name)]


def test_new_bulletin_then_move_an_issue_to_it_from_the_menu(qtbot, window, archive_path, monkeypatch):
    old_issue = window.document.issue
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("西城区工作简报", True))
    window.action_set.new_series.trigger()
    fresh = window.document.issue
    assert (fresh.series, fresh.number) == ("西城区工作简报", 1) and fresh.id != old_issue.id
    assert [name for _, name in series_in(archive_path)] == ["漯河安全生产简报", "西城区工作简报"]
    # New Issue continues the open issue's series, not the newest issue of any
    window.action_set.new_issue.trigger()
    assert (window.document.issue.series, window.document.issue.number) == ("西城区工作简报", 2)

    window.open_issue(old_issue.id)
    panel = window.ui.mastheadPanel
    panel.series_menu.aboutToShow.emit()
    names = [a.text() for a in panel.series_menu.actions() if a.isCheckable()]
    assert names == ["漯河安全生产简报", "西城区工作简报"]
    assert [a.isChecked() for a in panel.series_menu.actions() if a.isCheckable()] == [True, False]
    assert window.action_set.new_series in panel.series_menu.actions()
    next(a for a in panel.series_menu.actions() if a.text() == "西城区工作简报").trigger()
    issue = window.document.issue
    assert (issue.series, issue.series_id) == ("西城区工作简报", fresh.series_id)
    assert panel.ui.seriesEdit.text() == "西城区工作简报"
    wait_saved(qtbot, window)
    with Archive.open(archive_path, readonly=True) as archive:
        assert archive.load_issue(old_issue.id).series_id == fresh.series_id
    assert [name for _, name in series_in(archive_path)] == ["漯河安全生产简报", "西城区工作简报"]  # none renamed
    window.action_set.undo.trigger()  # one step back: the issue is in its old series again
    assert (issue.series, issue.series_id) == ("漯河安全生产简报", old_issue.series_id)
    wait_saved(qtbot, window)
    with Archive.open(archive_path, readonly=True) as archive:
        assert archive.load_issue(old_issue.id).series == "漯河安全生产简报"
