"""OLE compound files (.doc, .wps, and the container of an encrypted .docx) are judged by
the directory the header points to, wherever in the file it lies: a document that needs a
password is refused at once under any name, as are Excel's and PowerPoint's files under a
Word name; LibreOffice is not run for them (it takes seconds to fail and cannot say why)."""
from __future__ import annotations

import struct
import time

import pytest

from bulletin_desktop.core import libreoffice
from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.recognise import BulletinFormatError

END, FREE, FAT_SECTOR = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD


def _entry(name: str, kind: int, start: int, size: int, right: int = FREE, child: int = FREE) -> bytes:
    encoded = (name + "\0").encode("utf-16-le")
    return (encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1) + struct.pack("<III", FREE, right, child)
            + b"\0" * 36 + struct.pack("<IQ", start, size))


def compound(path, streams: list[tuple[str, bytes]], *, directory_last: bool = True):
    """A version 3 compound file (512-byte sectors), each stream in ordinary sectors."""
    chunks = [blob.ljust(max(4096, -(-len(blob) // 512) * 512), b"\0") for _, blob in streams]
    data_sectors = sum(len(chunk) // 512 for chunk in chunks)
    fat_sectors = -(-(data_sectors + 1 + data_sectors // 128 + 2) // 128)
    fat: list[int] = [FAT_SECTOR] * fat_sectors
    body, starts = b"", []
    directory = fat_sectors + data_sectors if directory_last else fat_sectors
    next_sector = fat_sectors + (0 if directory_last else 1)
    for chunk in chunks:
        starts.append(next_sector)
        count = len(chunk) // 512
        body += chunk
        next_sector += count
    table = {directory: END}
    for start, chunk in zip(starts, chunks):
        count = len(chunk) // 512
        table.update({start + k: (start + k + 1 if k < count - 1 else END) for k in range(count)})
    fat += [table.get(n, FREE) for n in range(fat_sectors, fat_sectors * 128)]
    entries = _entry("Root Entry", 5, END, 0, child=1)
    for index, ((name, blob), start) in enumerate(zip(streams, starts)):
        entries += _entry(name, 2, start, len(blob), right=index + 2 if index + 1 < len(streams) else FREE)
    entries = entries.ljust(512 * -(-len(entries) // 512), b"\0")[:512]
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
              + struct.pack("<9I", 0, fat_sectors, directory, 0, 4096, END, 0, END, 0)
              + struct.pack("<109I", *(list(range(fat_sectors)) + [FREE] * (109 - fat_sectors))))
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat)
    path.write_bytes(header + fat_bytes + (body + entries if directory_last else entries + body))
    return path


ENCRYPTION_INFO = ("EncryptionInfo", b"\x04\x00\x04\x00\x40\x00\x00\x00<encryption/>")


def word_stream(flags: int, text: str = "", *, main_text_chars: int = 1200) -> tuple[str, bytes]:
    """A Word 97 file information block: its base (wIdent, nFib, …, flags at offset 10), 14
    shorts, then 22 longs of which the fourth counts the main text's characters."""
    base = struct.pack("<HHHHHH", 0xA5EC, 0x00C1, 0, 0x0409, 0, flags).ljust(32, b"\0")
    longs = struct.pack("<22i", 0, 0, 0, main_text_chars, *([0] * 18))
    fib = base + struct.pack("<H", 14) + b"\0" * 28 + struct.pack("<H", 22) + longs
    return "WordDocument", (fib + text.encode("utf-16-le")).ljust(6000, b"\0")  # a real one is never smaller


@pytest.fixture
def no_libreoffice(monkeypatch):
    def never():
        raise AssertionError("LibreOffice was run")
    monkeypatch.setattr(libreoffice, "libreoffice_path", never)


def refusal(path) -> str:
    with pytest.raises(BulletinFormatError) as refused:
        read_file(path)
    return refused.value.message


def test_an_encrypted_docx_whose_directory_follows_megabytes_of_data_is_named(tmp_path, no_libreoffice):
    path = compound(tmp_path / "简报.docx", [ENCRYPTION_INFO, ("EncryptedPackage", b"\x5a" * (5 * 1024 * 1024))])
    assert "设置了打开密码" in refusal(path)


@pytest.mark.parametrize("name", ["简报.doc", "简报.wps"])
def test_an_encrypted_docx_under_an_old_name_is_named_without_libreoffice(tmp_path, no_libreoffice, name):
    path = compound(tmp_path / name, [ENCRYPTION_INFO, ("EncryptedPackage", b"\x5a" * 9000)], directory_last=False)
    assert refusal(path) == f"{name}：文档已加密（设置了打开密码），请在 Word 或 WPS 中取消密码后再导入。"


@pytest.mark.parametrize("flags", [0x0100, 0x0100 | 0x8000])
def test_an_old_doc_with_a_password_is_named_by_its_file_information(tmp_path, no_libreoffice, flags):
    path = compound(tmp_path / "第5期.doc", [word_stream(flags), ("1Table", b"\0" * 4096)])
    assert "设置了打开密码" in refusal(path)


@pytest.mark.parametrize(("stream", "what"), [("Workbook", "Excel 表格"), ("PowerPoint Document", "PowerPoint 演示文稿")])
def test_other_office_files_under_a_word_name_say_what_they_are(tmp_path, no_libreoffice, stream, what):
    path = compound(tmp_path / "简报.doc", [(stream, b"\0" * 5000)])
    assert refusal(path) == f"简报.doc：这不是 Word 文件，而是{what}（只是扩展名写成了 .doc）。"


def test_an_ordinary_doc_that_mentions_the_word_goes_on_to_be_converted(tmp_path, monkeypatch):
    """Its text names the encryption stream (Word keeps .doc text in UTF-16) but its directory
    has none: it is converted, not refused as encrypted."""
    path = compound(tmp_path / "简报.docx", [word_stream(0, "EncryptionInfo"), ("1Table", b"\0" * 4096)])
    monkeypatch.setattr(libreoffice, "libreoffice_path", lambda: None)
    assert "需要 LibreOffice" in refusal(path)


def test_an_old_doc_far_too_long_for_an_issue_is_refused_before_converting(tmp_path, no_libreoffice):
    path = compound(tmp_path / "2023年汇编.doc", [word_stream(0, main_text_chars=1_500_000), ("1Table", b"\0" * 4096)])
    assert "文档约有 2436 页（1500000 字）" in refusal(path)


def test_a_header_claiming_a_table_as_long_as_the_file_many_times_over_costs_nothing(tmp_path, monkeypatch):
    """Its DIFAT chain runs through every sector, each naming sector 1 over and over: the
    table is read no longer than the file needs, and the file goes on to be converted."""
    sectors = 40_000
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
              + struct.pack("<9I", 0, 0xFFFFFFF0, 0, 0, 4096, END, 0, 0, 0xFFFFFFF0) + struct.pack("<109I", *([1] * 109)))
    body = b"".join(struct.pack("<128I", *([1] * 127 + [k + 1])) for k in range(sectors))
    path = tmp_path / "简报.doc"
    path.write_bytes(header + body)
    monkeypatch.setattr(libreoffice, "libreoffice_path", lambda: None)
    started = time.monotonic()
    assert "需要 LibreOffice" in refusal(path)
    assert time.monotonic() - started < 1
