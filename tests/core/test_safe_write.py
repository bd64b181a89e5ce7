import errno
import os

import pytest

from bulletin_desktop.core import safe_write
from bulletin_desktop.core.safe_write import WriteError, atomic_output, write_atomically, write_text_atomically


def test_writes_and_replaces(tmp_path):
    target = tmp_path / "out.txt"
    write_text_atomically(target, "第一版")
    write_text_atomically(target, "第二版")
    assert target.read_text(encoding="utf-8") == "第二版"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_failure_midway_keeps_the_old_file(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("原有内容", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_output(target) as handle:
            handle.write(b"half")
            raise RuntimeError("crash while writing")
    assert target.read_text(encoding="utf-8") == "原有内容"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_full_disk_and_locked_target(tmp_path, monkeypatch):
    target = tmp_path / "out.txt"
    target.write_text("原有内容", encoding="utf-8")

    def full(*_):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(safe_write.os, "fsync", full)
    with pytest.raises(WriteError, match="磁盘空间已满"):
        write_text_atomically(target, "新内容")
    monkeypatch.undo()

    def locked(*_):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(safe_write.os, "replace", locked)
    with pytest.raises(WriteError, match="正被其他程序"):
        write_text_atomically(target, "新内容")
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == "原有内容"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_only_a_durable_write_waits_for_the_disk(tmp_path, monkeypatch):
    synced: list[int] = []
    monkeypatch.setattr(safe_write.os, "fsync", synced.append)
    write_atomically(tmp_path / "shot.png", lambda handle: handle.write(b"picture"), durable=False)
    assert synced == [] and (tmp_path / "shot.png").read_bytes() == b"picture"
    write_atomically(tmp_path / "issue.docx", lambda handle: handle.write(b"document"))
    assert len(synced) == 1 and (tmp_path / "issue.docx").read_bytes() == b"document"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["issue.docx", "shot.png"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into read-only folders")
def test_read_only_folder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(WriteError, match="没有写入权限"):
            write_text_atomically(folder / "x.txt", "内容")
    finally:
        folder.chmod(0o755)


def test_missing_folder_and_directory_target(tmp_path):
    with pytest.raises(WriteError, match="文件夹不存在"):
        write_text_atomically(tmp_path / "nope" / "x.txt", "内容")
    with pytest.raises(WriteError, match="文件夹"):
        write_text_atomically(tmp_path, "内容")


def test_read_only_file_system(tmp_path, monkeypatch):
    # root ignores folder permissions, so the read-only case is also simulated the way a
    # read-only mount (e.g. a write-protected USB stick) reports it
    def read_only(*_, **__):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(safe_write.tempfile, "mkstemp", read_only)
    with pytest.raises(WriteError, match="没有写入权限"):
        write_text_atomically(tmp_path / "x.txt", "内容")
    assert list(tmp_path.iterdir()) == []
