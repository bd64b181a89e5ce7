"""A lock file left by another account (a shared folder, made 0644 by that account's umask)
does not make an archive this account can write open as if it were on a write-protected disk:
the file is locked through a read-only handle, as the OS lock needs no more."""
from __future__ import annotations

import os

import pytest

from bulletin_desktop.core.archive import Archive, ArchiveError, ArchiveLockedError
from bulletin_desktop.core.archive.lock import is_free, lock_path_for


@pytest.fixture
def lock_file_not_ours(monkeypatch):
    """Opening any ``.lock`` file for writing is refused, as for a file another account owns
    (the tests run as an account that could write anything)."""
    real_open = os.open

    def refusing_open(path, flags, *args, **kwargs):
        if str(path).endswith(".lock") and flags & (os.O_RDWR | os.O_WRONLY):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)


def test_an_archive_we_may_write_opens_for_writing_and_is_still_one_writer(tmp_path, sample_issue, request):
    path = tmp_path / "shared.sqlite"
    with Archive.open(path, auto_backup=False) as archive:  # made by the other account
        archive.add_issue(sample_issue)
    lock_path_for(path).write_text('{"pid": 1, "host": "other"}', encoding="utf-8")  # its name left behind
    request.getfixturevalue("lock_file_not_ours")

    with Archive.open(path, auto_backup=False) as archive:
        assert not archive.readonly
        assert not is_free(path)
        with pytest.raises(ArchiveLockedError):
            Archive.open(path, auto_backup=False)
        archive.save_issue(archive.load_issue(archive.latest_issue_id()))
    assert is_free(path)


def test_a_new_archive_beside_a_stray_lock_file_is_still_refused_with_a_reason(tmp_path, lock_file_not_ours):
    path = tmp_path / "new.sqlite"
    with open(lock_path_for(path), "w", encoding="utf-8"):  # builtin open: not the refusing os.open
        pass
    with pytest.raises(ArchiveError) as refused:
        Archive.open(path, auto_backup=False)
    assert str(tmp_path) in str(refused.value)
