"""Exporting several issues into a folder the export makes: when nothing could be written
(a full disk), the folder made is taken back, so no empty folder is left behind."""
from __future__ import annotations

import errno

import pytest

from bulletin_desktop.core.safe_write import WriteError
from bulletin_desktop.export import batch


def full_disk(issue, path, fmt, layout, engine):
    raise WriteError(f"磁盘空间已满，无法写入 {path}。", path)


def test_a_folder_made_for_an_export_that_wrote_nothing_is_removed(tmp_path, sample_issue, monkeypatch):
    monkeypatch.setattr(batch, "write_issue", full_disk)
    target = tmp_path / "new" / "inner"
    with pytest.raises(WriteError):
        batch.write_each([sample_issue], target, "txt")
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_was_there_stays(tmp_path, sample_issue, monkeypatch):
    monkeypatch.setattr(batch, "write_issue", full_disk)
    with pytest.raises(WriteError):
        batch.write_each([sample_issue], tmp_path, "txt")
    assert tmp_path.is_dir()


def test_a_folder_with_files_written_stays(tmp_path, sample_issue, monkeypatch):
    written = []

    def second_fails(issue, path, fmt, layout, engine):
        if written:
            raise OSError(errno.ENOSPC, "full")
        path.write_text("x", encoding="utf-8")
        written.append(path)

    monkeypatch.setattr(batch, "write_issue", second_fails)
    with pytest.raises(OSError):
        batch.write_each([sample_issue, sample_issue], tmp_path / "out", "txt")
    assert [p.name for p in (tmp_path / "out").iterdir()] == [written[0].name]
