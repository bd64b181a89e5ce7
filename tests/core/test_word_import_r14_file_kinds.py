"""The companion a Mac leaves beside each file it copies to a USB stick or a shared folder
(._第5期.docx, AppleDouble): never gathered from a folder, and named for what it is when the
clerk picks one, not taken for a damaged Word file."""
from __future__ import annotations

import struct

import pytest

from bulletin_desktop.core.importing import nothing_to_import, read_file
from bulletin_desktop.core.input_files import expand_paths
from bulletin_desktop.core.recognise import BulletinFormatError
from wordread.wordfiles import CLOSING, MASTHEAD, make_docx, p


def companion(path):
    header = struct.pack(">II", 0x00051607, 0x00020000) + b"Mac OS X        " + struct.pack(">H", 1) + struct.pack(">III", 9, 38, 32)
    path.write_bytes(header.ljust(4096, b"\0"))
    return path


def test_a_folder_copied_from_a_mac_gives_the_documents_only(tmp_path):
    make_docx(tmp_path / "第5期.docx", MASTHEAD + p("【工作动态】") + CLOSING)
    companion(tmp_path / "._第5期.docx")
    assert [f.name for f in expand_paths([tmp_path])] == ["第5期.docx"]


def test_a_companion_picked_by_hand_is_named(tmp_path):
    with pytest.raises(BulletinFormatError) as refused:
        read_file(companion(tmp_path / "._第5期.docx"))
    assert "苹果电脑" in refused.value.message and "“._”" in refused.value.message


def test_a_folder_of_companions_and_pdfs_counts_the_pdfs_once(tmp_path):
    (tmp_path / "第5期.pdf").write_bytes(b"%PDF-1.4\n")
    companion(tmp_path / "._第5期.pdf")
    assert "1 个 PDF 文件" in nothing_to_import(tmp_path)
