"""The 档案库 menu in the real window: 定稿 and its banner, the trash, backups, and the
rescue of a damaged archive on opening."""
from __future__ import annotations

import random
import shutil

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWidget

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.issue_json import issue_to_dict

from archive_pages import entry_leaf_pages
from rescue_answers import answer_rescue, archive_with_a_backup, scribble_over_the_middle


def test_a_final_issue_is_read_only_with_a_banner_until_reopened(qtbot, window, stored_issue):
    tools = window.archive_tools
    issue_id = window.document.issue.id
    assert tools.finalize.isEnabled() and not tools.reopen.isEnabled()
    tools.finalize.trigger()
    assert window.document.readonly and window.document.issue.status == "final"
    banner = window.findChild(QWidget, "finalBanner")
    assert banner.isVisible() and "定稿" in banner.label.text()
    assert not window.action_set.add_entry.isEnabled() and not tools.finalize.isEnabled()
    assert window.ui.entryEditor.ui.itemBody.isReadOnly()
    row = window.ui.issueList.ui.issueView.model().index(0, 0).data()
    assert "定稿" in row
    assert stored_issue(issue_id).status == "final"

    qtbot.mouseClick(banner.reopen_button, Qt.MouseButton.LeftButton)
    assert not window.document.readonly and not banner.isVisible()
    assert window.action_set.add_entry.isEnabled() and not window.ui.entryEditor.ui.itemBody.isReadOnly()
    with Archive.open(window.session.archive.path, readonly=True) as archive:
        assert [e["action"] for e in archive.issue_history(issue_id)["status_history"]] == ["finalized", "reopened"]


def test_after_the_first_export_the_clerk_is_asked_once_to_mark_it_final(qtbot, window, tmp_path, monkeypatch):
    import hashlib

    target = tmp_path / "第52期.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    with qtbot.waitSignal(window.exportFinished, timeout=60000):
        window.action_set.export_word.trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "askFinalBox") is not None)
    box = window.findChild(QMessageBox, "askFinalBox")
    assert "定稿" in box.windowTitle()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert window.document.readonly and window.document.issue.status == "final"
    records = window.session.archive.issue_history(window.document.issue.id)["exports"]
    assert [(r["file"], r["format"]) for r in records] == [(str(target), "docx")]
    assert records[0]["sha256"] == hashlib.sha256(target.read_bytes()).hexdigest()

    with qtbot.waitSignal(window.exportFinished, timeout=60000):  # a final issue still exports: not asked again
        window.action_set.export_word.trigger()
    qtbot.wait(50)
    assert window.findChild(QMessageBox, "askFinalBox") is None
    assert len(window.session.archive.issue_history(window.document.issue.id)["exports"]) == 2


def test_a_deleted_issue_comes_back_from_the_trash(qtbot, window, monkeypatch):
    from bulletin_desktop.gui.archive_tools.trash_dialog import TrashDialog

    issue_id = window.document.issue.id
    before = issue_to_dict(window.session.archive.load_issue(issue_id))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.issues.delete_issue(issue_id)
    assert window.session.summaries() == []
    dialog = TrashDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.ui.itemList.topLevelItemCount() == 1
    assert "第52期" in dialog.ui.itemList.topLevelItem(0).text(2)
    qtbot.mouseClick(dialog.ui.restoreButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.itemList.topLevelItemCount() == 0
    assert issue_to_dict(window.session.archive.load_issue(issue_id)) == before
    qtbot.waitUntil(lambda: window.ui.issueList.ui.issueView.model().rowCount() == 1)


def test_backups_are_listed_written_anywhere_and_restored_keeping_the_current_file(qtbot, window, tmp_path,
                                                                                 monkeypatch):
    from bulletin_desktop.gui.archive_tools.backup_dialog import BackupDialog

    path = window.session.archive.path
    dialog = BackupDialog(window)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ui.backupNowButton, Qt.MouseButton.LeftButton)
    rows = dialog.ui.backupList
    assert rows.topLevelItemCount() >= 1 and rows.topLevelItem(0).text(2) == "1"
    assert "第52期" in rows.topLevelItem(0).text(3)
    usb = tmp_path / "usb.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(usb), ""))
    qtbot.mouseClick(dialog.ui.backupToButton, Qt.MouseButton.LeftButton)
    with Archive.open(usb, readonly=True) as copy:
        assert len(copy.list_issues()) == 1

    copy_window = dialog.open_copy()  # closes itself and goes away with its window
    assert copy_window.session.archive.readonly and copy_window.document.issue.number == 52
    assert "只读" in copy_window.windowTitle() and not copy_window.action_set.add_entry.isEnabled()
    copy_window.close()
    assert window.settings.last_archive() == path  # the copy looked at is not the archive to open next

    window.session.archive.delete_issue(window.document.issue.id)  # a mistake, then the backup
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.ui.restoreButton, Qt.MouseButton.LeftButton)
    assert [s.number for s in window.session.summaries()] == [52] and window.document.issue.number == 52
    [kept] = list(path.parent.glob("archive-replaced-*.sqlite"))
    with Archive.open(kept, readonly=True) as aside:
        assert aside.list_issues() == [] and len(aside.trash_items()) == 1
    assert not window.session.archive.readonly


def _damage(path, seed: int) -> None:
    """Six leaf pages of the entries table (random pages could miss every issue)."""
    rng = random.Random(seed)
    with open(path, "r+b") as handle:
        for page in rng.sample(entry_leaf_pages(path), 6):
            handle.seek((page - 1) * 4096)
            handle.write(rng.randbytes(4096))


@pytest.mark.parametrize("seed,with_backup", [(11, True), (12, False)])
def test_a_damaged_archive_is_salvaged_on_opening(qtbot, tmp_path, thousand_issue_archive, seed, with_backup):
    from bulletin_desktop.gui.main_window import MainWindow

    path = tmp_path / "archive.sqlite"
    shutil.copyfile(thousand_issue_archive, path)
    if with_backup:
        (tmp_path / "archive-backups").mkdir()
        shutil.copyfile(thousand_issue_archive, tmp_path / "archive-backups" / "archive-20240101-080000-000000.sqlite")
    _damage(path, seed)
    damaged = path.read_bytes()
    win = MainWindow()
    qtbot.addWidget(win)
    seen: dict = {}
    answer_rescue("salvageButton", seen)
    assert win.open_archive(path)
    assert "已损坏" in seen["message"]
    if with_backup:  # both ways are offered; the backup is described by what it holds and its age
        assert seen["restore"] and "1000 期" in seen["backup"] and "第1000期" in seen["backup"]
    else:
        assert not seen["restore"] and "没有" in seen["backup"]
    for sqlite_words in ("btree", "page", "malformed", "database disk image"):
        assert sqlite_words not in seen["message"].lower()
    assert seen["details"] and not seen["details_shown"]  # SQLite's words only behind 详细信息
    report = win.findChild(QMessageBox, "rescueReport")
    assert report is not None and "抢救出" in report.text()
    issues = len(win.session.summaries())
    assert 0 < issues < 1000 and f"{issues} 期" in report.text()
    [aside] = list(tmp_path.glob("archive-damaged-*.sqlite"))
    assert aside.read_bytes() == damaged  # the damaged file, kept as it was
    assert win.session.archive.integrity_check() == "ok" and not win.session.archive.readonly
    win.close()


def test_a_damaged_archive_with_a_backup_offers_it_and_restores_it(qtbot, tmp_path, sample_issue):
    from bulletin_desktop.gui.main_window import MainWindow

    path = tmp_path / "archive.sqlite"
    archive_with_a_backup(path, sample_issue)
    scribble_over_the_middle(path)
    win = MainWindow()
    qtbot.addWidget(win)
    seen: dict = {}
    answer_rescue("restoreButton", seen)
    assert win.open_archive(path)
    assert seen["restore"] and "40" in seen["backup"] and "第40期" in seen["backup"]
    assert len(win.session.summaries()) == 40
    assert list(tmp_path.glob("archive-damaged-*.sqlite"))
    win.close()


def test_a_file_with_nothing_readable_is_left_as_it_was(qtbot, tmp_path, monkeypatch):
    from bulletin_desktop.gui.main_window import MainWindow

    path = tmp_path / "archive.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        archive.backup_to(tmp_path / "elsewhere.sqlite")  # a backup not in its folder: none offered
    path.write_bytes(b"SQLite format 3\0" + bytes(4096 * 3))
    before = path.read_bytes()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    win = MainWindow()
    qtbot.addWidget(win)
    seen: dict = {}
    answer_rescue("salvageButton", seen)
    assert not win.open_archive(path)
    assert shown and "保持原样" in shown[0] and "Traceback" not in shown[0]
    assert path.read_bytes() == before and not list(tmp_path.glob("*-damaged-*"))
    win.close()


def test_an_entry_deleted_beyond_undo_comes_back_from_the_trash_into_the_open_issue(qtbot, window):
    from bulletin_desktop.gui.archive_tools.trash_dialog import TrashDialog

    issue = window.document.issue
    entry = issue.sections[1].entries[0]
    text = entry.text
    window.editing.delete_entry(entry.uid)
    assert window.session.flush()
    window.document.undo_stack.clear()  # what switching issues or closing does: undo cannot bring it back
    dialog = TrashDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.ui.itemList.topLevelItemCount() == 1
    assert dialog.ui.itemList.topLevelItem(0).text(1) == "条目"
    qtbot.mouseClick(dialog.ui.restoreButton, Qt.MouseButton.LeftButton)
    shown = window.document.issue
    assert shown.sections[1].entries[0].text == text and shown.sections[1].entries[0].uid == entry.uid


def test_restoring_onto_a_taken_number_asks_for_another(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from bulletin_desktop.gui.archive_tools.trash_dialog import TrashDialog

    archive = window.session.archive
    issue_id = window.document.issue.id
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.issues.delete_issue(issue_id)
    archive.add_issue(_sample_issue())  # number 52 is taken again
    asked = []
    monkeypatch.setattr(QInputDialog, "getInt", lambda parent, title, label, value, *a: (asked.append(
        (title, label, value)), (value, True))[1])
    dialog = TrashDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.restore_selected()
    [(title, label, value)] = asked
    assert title == "期号已被占用" and "第52期已被另一期" in label and value == 53
    assert sorted(s.number for s in window.session.summaries()) == [52, 53]


def _sample_issue():
    from pathlib import Path

    from bulletin_desktop.core.textformat import read_text

    return read_text((Path(__file__).resolve().parents[2] / "resources" / "sample-luohe-052.txt").read_text(
        encoding="utf-8"))


def _watch_salvage(seen: list, cancel_at: int | None = None) -> None:
    """Note what the salvage's progress dialog shows while it runs; press its Cancel once
    ``cancel_at`` issues have been looked at."""
    def look() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if w.objectName() == "salvageProgress" and w.isVisible()), None)
        if dialog is not None:
            seen.append((dialog.value(), dialog.maximum(), dialog.labelText()))
            if cancel_at is not None and dialog.value() >= cancel_at:
                cancel = dialog.findChild(QPushButton)
                cancel.click()
                return
        if len(seen) < 10000:
            QTimer.singleShot(5, look)

    QTimer.singleShot(0, look)


def _open_damaged_and_salvage(qtbot, tmp_path, source, cancel_at: int | None = None):
    """A damaged copy of ``source`` opened in a new window, salvage chosen; the window,
    whether it opened, the damaged file's bytes and what the progress dialog showed."""
    from bulletin_desktop.gui.main_window import MainWindow

    path = tmp_path / "archive.sqlite"
    shutil.copyfile(source, path)
    _damage(path, 5)
    damaged = path.read_bytes()
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    answer_rescue("salvageButton", {})
    seen: list = []
    _watch_salvage(seen, cancel_at)
    opened = win.open_archive(path)
    return win, opened, path, damaged, seen


def test_salvage_runs_behind_a_progress_dialog_and_opens_what_it_saved(qtbot, tmp_path, two_hundred_issue_archive):
    win, opened, _path, damaged, seen = _open_damaged_and_salvage(qtbot, tmp_path, two_hundred_issue_archive)
    assert opened
    counting = [(value, maximum, label) for value, maximum, label in seen if 0 < value < maximum]
    assert counting, seen  # the window lived through the salvage and showed it counting
    value, maximum, label = counting[-1]
    assert maximum == 200 and "已抢救" in label and f"{value}/200" in label.replace(" ", "")
    issues = len(win.session.summaries())
    assert 0 < issues < 200 and f"{issues} 期" in win.findChild(QMessageBox, "rescueReport").text()
    [aside] = list(tmp_path.glob("archive-damaged-*.sqlite"))
    assert aside.read_bytes() == damaged
    assert not list(tmp_path.glob("*salvag*"))
    win.close()


def test_a_cancelled_salvage_writes_nothing_and_leaves_the_damaged_file(qtbot, tmp_path, two_hundred_issue_archive):
    win, opened, path, damaged, seen = _open_damaged_and_salvage(qtbot, tmp_path, two_hundred_issue_archive,
                                                                 cancel_at=20)
    assert not opened
    assert seen and seen[-1][0] < 200  # pressed while it ran
    assert not list(tmp_path.glob("*salvag*")) and not list(tmp_path.glob("*-damaged-*"))  # no output, nothing renamed
    assert path.read_bytes() == damaged
    assert "取消" in win.statusBar().currentMessage() and win.session.archive is None
    win.close()
