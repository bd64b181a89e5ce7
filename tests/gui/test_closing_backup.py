"""Closing the window, or opening another archive or a backup in it, while the closing backup
is written: the window says so and keeps painting; a copy that takes too long is stopped,
leaving no partial file."""
from __future__ import annotations

import threading

from PySide6.QtCore import QTimer

from bulletin_desktop.core.archive.auto_backup import _open_for_copy


def _gated_copy(gate: threading.Event):
    """A copy held back until ``gate`` is set (a slow USB folder, a huge archive)."""
    def opener(db_path):
        conn = _open_for_copy(db_path)
        conn.set_progress_handler(lambda: gate.wait(0.05) and 0, 1)
        return conn
    return opener


def _backups(window):
    folder = window.session.archive.backups_dir
    return sorted(folder.iterdir()) if folder.exists() else []


def _closing_with_a_change(qtbot, window, gate: threading.Event):
    """The opening backup written, then an edit, so closing takes a backup; the copy held by ``gate``."""
    backups = window.session.archive.auto_backups
    backups.wait()
    entry = window.document.issue.sections[0].entries[0]
    window.editing.edit_entry(entry.uid, "date", "11月16日")
    assert window.session.flush()
    backups.opener = _gated_copy(gate)
    return backups


def _watch(window, seen: list, then=None) -> None:
    """What the window shows while it closes; ``then`` once it shows it is finishing the backup."""
    def look() -> None:
        message = window.statusBar().currentMessage()
        if "正在完成备份" in message:
            seen.append((message, window.isEnabled(), window.isVisible()))
            if then is not None:
                then()
            return
        QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)


def test_closing_shows_the_backup_being_finished_and_waits_for_it(qtbot, window):
    gate = threading.Event()
    _closing_with_a_change(qtbot, window, gate)
    before = _backups(window)
    folder = window.session.archive.backups_dir
    seen: list = []
    _watch(window, seen, then=gate.set)
    window.close()
    assert seen == [("正在完成备份…", False, True)]  # said while the window was still up, greyed
    after = sorted(folder.iterdir())
    assert len(after) == len(before) + 1 and not [p for p in after if p.suffix == ".part"]


def test_a_backup_too_slow_for_closing_is_stopped_without_a_partial_file(qtbot, window):
    gate = threading.Event()
    backups = _closing_with_a_change(qtbot, window, gate)
    backups.close_wait = 0.3
    before = _backups(window)
    folder = window.session.archive.backups_dir
    seen: list = []
    _watch(window, seen)
    try:
        window.close()
    finally:
        gate.set()
    assert seen and not backups.busy()
    assert sorted(folder.iterdir()) == before  # the earlier backups stand, nothing half-written


def test_opening_another_archive_shows_the_backup_being_finished(qtbot, window, tmp_path, sample_issue):
    from bulletin_desktop.core.archive import Archive

    other = tmp_path / "other.sqlite"
    with Archive.open(other, auto_backup=False) as archive:
        archive.add_issue(sample_issue)
    gate = threading.Event()
    _closing_with_a_change(qtbot, window, gate)
    folder = window.session.archive.backups_dir
    before = _backups(window)
    seen: list = []
    _watch(window, seen, then=gate.set)
    assert window.open_archive(other)  # as File → 打开档案库… does once the file is chosen
    assert seen == [("正在完成备份…", False, True)]  # said while the window was still up, greyed
    assert window.session.archive.path == other and window.document.issue.number == 52
    assert window.isEnabled() and "正在完成备份" not in window.statusBar().currentMessage()
    after = sorted(folder.iterdir())
    assert len(after) == len(before) + 1 and not [p for p in after if p.suffix == ".part"]


def test_restoring_a_backup_shows_the_backup_being_finished(qtbot, window):
    from bulletin_desktop.gui.archive_tools.backup_dialog import BackupDialog

    gate = threading.Event()
    _closing_with_a_change(qtbot, window, gate)
    [opening_backup] = _backups(window)
    path = window.session.archive.path
    dialog = BackupDialog(window)
    qtbot.addWidget(dialog)
    seen: list = []
    _watch(window, seen, then=gate.set)
    assert dialog.restore(opening_backup)
    assert seen == [("正在完成备份…", False, True)]
    assert window.session.archive.path == path and window.isEnabled()
    assert window.document.issue.sections[0].entries[0].date != "11月16日"  # the backup's content
