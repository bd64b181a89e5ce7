"""Exports either complete or not written at all: the clerk's previous file survives
a read-only folder, a target locked by Word and a full disk."""
import errno
import os
import tempfile

import pytest

from bulletin_desktop.core import safe_write
from bulletin_desktop.core.safe_write import WriteError
from bulletin_desktop.export import pdf
from bulletin_desktop.export.docx.writer import write_docx

PREVIOUS = b"PK\x03\x04 the clerk's earlier export"


@pytest.fixture
def target(tmp_path):
    path = tmp_path / "简报第52期.docx"
    path.write_bytes(PREVIOUS)
    return path


def assert_untouched(target):
    assert target.read_bytes() == PREVIOUS
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]  # no temp files left


def test_writes_a_new_file(sample_issue, tmp_path):
    path = tmp_path / "out.docx"
    write_docx(sample_issue, path)
    assert path.read_bytes()[:2] == b"PK"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.docx"]


def test_replaces_an_old_file(sample_issue, target):
    write_docx(sample_issue, target)
    assert target.read_bytes() != PREVIOUS and target.read_bytes()[:2] == b"PK"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder(sample_issue, target):
    target.parent.chmod(0o555)
    try:
        with pytest.raises(WriteError, match="没有写入权限"):
            write_docx(sample_issue, target)
    finally:
        target.parent.chmod(0o755)
    assert_untouched(target)


def test_read_only_folder_as_the_system_reports_it(sample_issue, target, monkeypatch):
    """The same failure where the test runs as root: creating the temporary file is refused."""
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(safe_write.tempfile, "mkstemp", refuse)
    with pytest.raises(WriteError, match="没有写入权限") as caught:
        write_docx(sample_issue, target)
    assert caught.value.path == target
    monkeypatch.undo()
    assert_untouched(target)


def test_target_locked_by_word(sample_issue, target, monkeypatch):
    def locked(src, dst):
        raise PermissionError(errno.EACCES, "The process cannot access the file because it is being used")

    monkeypatch.setattr(safe_write.os, "replace", locked)
    with pytest.raises(WriteError, match="正被其他程序") as caught:
        write_docx(sample_issue, target)
    assert "Word" in caught.value.message and "原有文件未被改动" in caught.value.message
    monkeypatch.undo()
    assert_untouched(target)


def test_full_disk(sample_issue, target, monkeypatch):
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, handle):
            self.handle = handle

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name):
            return getattr(self.handle, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

    monkeypatch.setattr(safe_write.os, "fdopen", lambda fd, mode: FullDisk(real_fdopen(fd, mode)))
    with pytest.raises(WriteError, match="磁盘空间已满"):
        write_docx(sample_issue, target)
    monkeypatch.undo()
    assert_untouched(target)


def test_pdf_goes_through_the_same_safe_writing(sample_issue, target, monkeypatch):
    monkeypatch.setattr(pdf, "libreoffice_path", lambda: pdf.Path("/fake/soffice"))
    monkeypatch.setattr(pdf, "convert_docx_to_pdf", lambda data, soffice, **settings: b"%PDF-1.7 converted")

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "locked")

    monkeypatch.setattr(safe_write.os, "replace", locked)
    with pytest.raises(WriteError):
        pdf.write_pdf(sample_issue, target)
    monkeypatch.undo()
    assert_untouched(target)


def test_no_temp_files_left_in_the_system_temp_folder(sample_issue, tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    write_docx(sample_issue, tmp_path / "a.docx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.docx"]
