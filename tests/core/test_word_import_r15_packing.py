"""A .docx whose parts a zip tool packed with Deflate64 (7-Zip, Windows' own zipping of
large or repacked files) is not damaged: the import, the window and the command line say it
was packed in a way the program cannot unpack and that Word or WPS saves it again readably."""
from __future__ import annotations

import struct
from pathlib import Path

import pytest

from bulletin_desktop.cli import main
from bulletin_desktop.core.recognise.errors import BulletinFormatError
from bulletin_desktop.core.importing import read_file
from wordread.wordfiles import CLOSING, MASTHEAD, make_docx, p


def packed_with(path: Path, method: int) -> Path:
    """``path`` with each Deflate member marked packed with ``method`` in its local header and in
    the zip's directory, as a file another tool packed so is written."""
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        at = data.find(signature)
        while at >= 0:
            if struct.unpack_from("<H", data, at + offset)[0] == 8:
                struct.pack_into("<H", data, at + offset, method)
            at = data.find(signature, at + 4)
    path.write_bytes(bytes(data))
    return path


@pytest.fixture
def deflate64(tmp_path) -> Path:
    docx = make_docx(tmp_path / "第7期.docx", MASTHEAD + p("【工作动态】") + p("3月1日，县应急局召开调度会。") + CLOSING)
    return packed_with(docx, 9)


def test_deflate64_is_named_and_not_called_damaged(deflate64):
    with pytest.raises(BulletinFormatError) as refused:
        read_file(deflate64)
    message = str(refused.value)
    assert "Deflate64" in message and "另存为 .docx" in message and "Word 或 WPS" in message
    assert "已损坏" not in message and "不完整" not in message


def test_another_unknown_packing_is_named_by_its_number(tmp_path):
    docx = make_docx(tmp_path / "第7期.docx", MASTHEAD + p("【工作动态】") + p("3月1日，县应急局召开调度会。") + CLOSING)
    with pytest.raises(BulletinFormatError, match="编号 97.*另存为 .docx"):
        read_file(packed_with(docx, 97))


def test_the_command_line_says_so_on_stderr(deflate64, tmp_path, capsys):
    assert main(["--db", str(tmp_path / "a.db"), "import", str(deflate64)]) == 1
    captured = capsys.readouterr()
    assert "Deflate64" in captured.err and "已损坏" not in captured.err and "Traceback" not in captured.err
