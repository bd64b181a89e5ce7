"""The list of backups reads each backup once: listed again (备份与恢复 opened again), a
backup already described is not opened again; a new backup, or one that could not be read,
is."""
from __future__ import annotations

from bulletin_desktop.core.archive import Archive, file_ops


def test_listing_again_opens_only_the_new_backups(tmp_path, sample_issue, monkeypatch):
    db = tmp_path / "a.sqlite"
    with Archive.open(db, auto_backup=False) as archive:
        archive.add_issue(sample_issue)
        archive.backup_now(manual=True)
        archive.backup_now(manual=True)
    (tmp_path / "a-backups" / "a-manual-20200101-000000-000000.sqlite").write_bytes(b"not a database at all")
    opened: list[str] = []
    real = file_ops._open_copy

    def counting(path):
        opened.append(path.name)
        return real(path)

    monkeypatch.setattr(file_ops, "_open_copy", counting)
    first = file_ops.list_backups(db)
    assert len(opened) == 3 and [b.readable for b in first] == [True, True, False]
    opened.clear()
    assert file_ops.list_backups(db) == first
    assert opened == ["a-manual-20200101-000000-000000.sqlite"]  # only the one that could not be read
    with Archive.open(db, auto_backup=False) as archive:
        newest = archive.backup_now(manual=True)
    opened.clear()
    assert len(file_ops.list_backups(db)) == 4
    assert sorted(opened) == sorted([newest.name, "a-manual-20200101-000000-000000.sqlite"])
