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
from typing import NamedTuple

# the first bytes of every compound file (.doc, .wps, .xls, .ppt, an encrypted .docx)
COMPOUND_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
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


class Contents(NamedTuple):
    kind: str  # ENCRYPTED, SPREADSHEET, PRESENTATION or OTHER
    # the characters of a Word document's main text, as its file information block counts
    # them (None when it does not say): a file too long to be an issue is refused before
    # LibreOffice spends minutes converting it
    text_chars: int | None = None


def compound_contents(path: Path) -> Contents | None:
    """What the compound file at ``path`` is: ENCRYPTED for a document that needs a password
    to open (an encrypted .docx, or an old .doc/.wps whose file information block says so),
    SPREADSHEET or PRESENTATION for Excel's and PowerPoint's files, OTHER for anything else;
    None for a file whose structure cannot be read."""
    try:
        with path.open("rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            return _contents(_Compound(data))
    except (OSError, ValueError, _Broken, struct.error, IndexError):
        return None


_FIB_BASE = 32  # bytes before the counts of the FIB's tables of shorts and longs


def _contents(compound: "_Compound") -> Contents:
    names = compound.names()
    if "encryptioninfo" in names and "encryptedpackage" in names:
        return Contents(ENCRYPTED)
    if "worddocument" in names:
        fib = compound.first_bytes("worddocument", 512)
        if len(fib) < 12 or struct.unpack_from("<H", fib, 0)[0] not in _WORD_IDENTS:
            return Contents(OTHER)
        if struct.unpack_from("<H", fib, 10)[0] & (_ENCRYPTED | _OBFUSCATED):
            return Contents(ENCRYPTED)
        return Contents(OTHER, _main_text_chars(fib))
    if "workbook" in names or "book" in names:
        return Contents(SPREADSHEET)
    if "powerpoint document" in names:
        return Contents(PRESENTATION)
    return Contents(OTHER)


def _main_text_chars(fib: bytes) -> int | None:
    """ccpText, the fourth of the FIB's longs (after cbMac and two product versions), found
    past the table of shorts whatever its length; None for a FIB too short to hold it."""
    try:
        shorts = struct.unpack_from("<H", fib, _FIB_BASE)[0]
        longs_at = _FIB_BASE + 2 + 2 * shorts
        if struct.unpack_from("<H", fib, longs_at)[0] < 4:
            return None
        chars = struct.unpack_from("<i", fib, longs_at + 2 + 12)[0]
    except struct.error:
        return None
    return chars if chars >= 0 else None


class _Compound:
    def __init__(self, data: bytes | mmap.mmap):
        if data[:8] != COMPOUND_MAGIC or len(data) < 512:
            raise _Broken
        self.data = data
        shift = struct.unpack_from("<H", data, 0x1E)[0]
        if shift not in (9, 12):
            raise _Broken
        self.sector = 1 << shift
        fat_count, self.first_directory = struct.unpack_from("<II", data, 0x2C)
        self.cutoff = struct.unpack_from("<I", data, 0x38)[0]
        difat_next, difat_count = struct.unpack_from("<II", data, 0x44)
        # a table no longer than the file needs: a crafted header or DIFAT chain claiming more
        # would have it read the file's sectors over and over
        needed = min(max(fat_count, 1), len(data) // self.sector // (self.sector // 4) + 1)
        fat_sectors = [s for s in struct.unpack_from("<109I", data, 0x4C) if s < _LAST_REGULAR][:needed]
        per_sector = self.sector // 4 - 1
        seen: set[int] = set()
        while len(fat_sectors) < needed and difat_next < _LAST_REGULAR and difat_count > 0 and difat_next not in seen:
            seen.add(difat_next)
            block = struct.unpack_from(f"<{per_sector + 1}I", self._sector(difat_next))
            fat_sectors += [s for s in block[:per_sector] if s < _LAST_REGULAR]
            difat_next, difat_count = block[per_sector], difat_count - 1
        table = b"".join(self._sector(s) for s in fat_sectors[:needed])
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
