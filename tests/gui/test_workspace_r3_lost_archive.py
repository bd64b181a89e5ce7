"""An archive file that is gone while its backups are there: the window offers the newest
good backup instead of starting an empty archive under its name (whose automatic backups
would rotate the good ones away); declined, nothing is made there."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.gui.archive_tools import lost_archive


@pytest.fixture
def lost(tmp_path, sample_issue):
    db = tmp_path / "archive.sqlite"
    with Archive.open(db, auto_backup=False) as archive:
        archive.add_issue(sample_issue)
        archive.backup_now(manual=True)
    db.unlink()
    return db


def _window(qtbot):
    from bulletin_desktop.gui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    return win


def test_a_lost_archive_is_restored_from_its_backup_when_the_clerk_agrees(qtbot, lost, monkeypatch):
    asked = []
    monkeypatch.setattr(lost_archive, "ask_restore",
                        lambda _w, path, newest: asked.append((path, newest.issues)) or lost_archive.RESTORE)
    win = _window(qtbot)
    assert win.open_archive(lost)
    assert asked == [(lost, 1)]
    assert win.document.issue is not None and win.document.issue.number == 52
    win.close()


def test_declined_nothing_is_made_in_its_place(qtbot, lost, monkeypatch):
    monkeypatch.setattr(lost_archive, "ask_restore", lambda *_a: lost_archive.CANCEL)
    win = _window(qtbot)
    assert not win.open_archive(lost)
    assert not lost.exists() and win.session.archive is None
    win.close()


def test_without_backups_a_new_archive_is_made_as_before(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(lost_archive, "ask_restore", lambda *_a: pytest.fail("nothing to offer"))
    win = _window(qtbot)
    assert win.open_archive(tmp_path / "new.sqlite")
    assert (tmp_path / "new.sqlite").exists()
    win.close()


def test_the_start_goes_back_to_the_lost_archive_not_to_another(tmp_path, lost):
    from bulletin_desktop.gui.application import archive_path_for

    class Remembered:
        def last_archive(self):
            return lost

    assert archive_path_for(None, Remembered()) == lost  # type: ignore[arg-type]


def test_a_backup_chosen_to_open_opens_read_only(qtbot, tmp_path, sample_issue, monkeypatch):
    db = tmp_path / "archive.sqlite"
    with Archive.open(db, auto_backup=False) as archive:
        archive.add_issue(sample_issue)
        taken = archive.backup_now(manual=True)
    before = taken.read_bytes()
    monkeypatch.setattr(lost_archive, "ask_open_backup", lambda *_a: True)
    win = _window(qtbot)
    assert win.open_archive(taken)
    assert win.session.readonly and win.document.issue is not None
    assert not (taken.parent / f"{taken.stem}-backups").exists()  # no backups of a backup
    win.close()
    assert taken.read_bytes() == before
    monkeypatch.setattr(lost_archive, "ask_open_backup", lambda *_a: False)
    other = _window(qtbot)
    assert not other.open_archive(taken) and other.session.archive is None
    other.close()
