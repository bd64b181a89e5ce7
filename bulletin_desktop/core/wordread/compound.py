"""What an OLE compound file (the container of .doc, .wps, .xls, .ppt and of an encrypted
.docx) holds, read from its directory: enough to refuse a password-protected document or a
spreadsheet under a Word name at once, in words the clerk can act on, instead of handing it
to LibreOffice, which takes seconds to fail and cannot say why.

The directory can lie anywhere in the file (writers put it after the data), so it is found
through the header and the allocation table, never by searching the first bytes. A file
whose structure does not add up gives None: the caller goes on as before."""
from __future__ import annotations

import mmap
import struct
from pathlib import Path

_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_LAST_REGULAR = 0xFFFFFFFA  # values above are markers (end of chain, free, FAT sector)
_MAX_CHAIN = 1 << 20  # sectors followed in one chain: more than a 100 MB file has
_WORD_IDENTS = (0xA5EC, 0xA5DC)  # Word 97–2003 and Word 6/95 (WPS writes the former)
_ENCRYPTED, _OBFUSCATED = 0x0100, 0x8000  # FIB flags: RC4 / XOR encryption, both set by a password

ENCRYPTED = "encrypted"
SPREADSHEET = "spreadsheet"
PRESENTATION = "presentation"
OTHER = "other"  # a Word document or anything else LibreOffice may open


class _Broken(Exception):
    pass


def compound_kind(path: Path) -> str | None:
    """ENCRYPTED for a document that needs a password to open (an encrypted .docx, or an
    old .doc/.wps whose file information block says so), SPREADSHEET or PRESENTATION for
    Excel's and PowerPoint's files, OTHER for anything else; None for a file whose
    structure cannot be read."""
    try:
        with path.open("rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            return _kind(_Compound(data))
    except (OSError, ValueError, _Broken, struct.error, IndexError):
        return None


def _kind(compound: "_Compound") -> str:
    names = compound.names()
    if "encryptioninfo" in names and "encryptedpackage" in names:
        return ENCRYPTED
    if "worddocument" in names:
        fib = compound.first_bytes("worddocument", 12)
        if len(fib) == 12:
            ident, flags = struct.unpack_from("<H", fib, 0)[0], struct.unpack_from("<H", fib, 10)[0]
            if ident in _WORD_IDENTS and flags & (_ENCRYPTED | _OBFUSCATED):
                return ENCRYPTED
        return OTHER
    if "workbook" in names or "book" in names:
        return SPREADSHEET
    if "powerpoint document" in names:
        return PRESENTATION
    return OTHER


class _Compound:
    def __init__(self, data: bytes | mmap.mmap):
        if data[:8] != _MAGIC or len(data) < 512:
            raise _Broken
        self.data = data
        shift = struct.unpack_from("<H", data, 0x1E)[0]
        if shift not in (9, 12):
            raise _Broken
        self.sector = 1 << shift
        fat_count, self.first_directory = struct.unpack_from("<II", data, 0x2C)
        self.cutoff = struct.unpack_from("<I", data, 0x38)[0]
        difat_next, difat_count = struct.unpack_from("<II", data, 0x44)
        fat_sectors = [s for s in struct.unpack_from("<109I", data, 0x4C) if s < _LAST_REGULAR]
        per_sector = self.sector // 4 - 1
        seen: set[int] = set()
        while difat_next < _LAST_REGULAR and difat_count > 0 and difat_next not in seen:
            seen.add(difat_next)
            block = struct.unpack_from(f"<{per_sector + 1}I", self._sector(difat_next))
            fat_sectors += [s for s in block[:per_sector] if s < _LAST_REGULAR]
            difat_next, difat_count = block[per_sector], difat_count - 1
        table = b"".join(self._sector(s) for s in fat_sectors[:max(fat_count, 1)])
        self.fat = struct.unpack(f"<{len(table) // 4}I", table)

    def _sector(self, number: int) -> bytes:
        start = (number + 1) * self.sector
        if start + self.sector > len(self.data):
            raise _Broken
        return self.data[start:start + self.sector]

    def _chain(self, first: int):
        seen: set[int] = set()
        current = first
        while current < _LAST_REGULAR:
            if current in seen or len(seen) > _MAX_CHAIN or current >= len(self.fat):
                raise _Broken
            seen.add(current)
            yield current
            current = self.fat[current]

    def _entries(self):
        for number in self._chain(self.first_directory):
            block = self._sector(number)
            for offset in range(0, self.sector, 128):
                entry = block[offset:offset + 128]
                length, kind = struct.unpack_from("<HB", entry, 0x40)
                if kind in (1, 2, 5) and 2 <= length <= 64:
                    name = entry[:length - 2].decode("utf-16-le", "replace").lower()
                    start, size = struct.unpack_from("<II", entry, 0x74)
                    yield name, kind, start, size

    def names(self) -> set[str]:
        return {name for name, kind, _start, _size in self._entries() if kind == 2}

    def first_bytes(self, stream: str, count: int) -> bytes:
        """The first bytes of a stream kept in ordinary sectors (b"" for one in the mini
        stream: a Word document's own stream never is)."""
        for name, kind, start, size in self._entries():
            if name == stream and kind == 2:
                return self._sector(start)[:min(count, size)] if size >= self.cutoff else b""
        return b""
