"""A Word file whose end was cut off (a download or a copy to a USB stick stopped short): a
zip keeps the list of its members, the central directory, at its end, so the zip reader
refuses the whole file, though every member before the cut is whole. Word and WPS offer to
repair such a file and show its text; the reader does the same by walking the members from
the start, as a repair does, and giving the package that they make. What the cut took (most
often pictures, written last) is missing as any missing part is. The package so made is
checked and bounded as any other (container.check_package)."""
from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path
from typing import NamedTuple

from . import limits
from .container import ZIP_MAGIC

_LOCAL_HEADER = struct.Struct("<4s5H3L2H")  # signature, version, flags, method, time, date, crc, sizes, name and extra lengths
_CENTRAL_HEADER = struct.Struct("<4s6H3L5H2L")
_END = struct.Struct("<4s4H2LH")
_DESCRIPTOR = b"PK\x07\x08"
_SIZES_AFTER = 0x8  # flag: the sizes and checksum follow the data (a zip written as a stream)
_UNKNOWN = 0xFFFFFFFF  # a ZIP64 size, kept in an extra field: no bulletin needs one


def whole_members(path: Path, start: int = 0) -> bytes | None:
    """The package made of the members of the file at ``path`` (after ``start`` bytes of
    junk) that lie whole before the point where it was cut, with a central directory of its
    own; None when the file has its directory (it was not cut: the zip reader says what
    else is wrong), is no Word package, or no member is whole."""
    try:
        with zipfile.ZipFile(path):
            return None
    except zipfile.BadZipFile:
        pass
    except (OSError, ValueError, NotImplementedError, EOFError):
        return None
    try:
        data = path.read_bytes()  # (no larger than container.sniff allows)
    except OSError:
        return None
    out = io.BytesIO()
    central = io.BytesIO()
    count = 0
    package = False  # whether the package's own relationships are whole: a Word package's
    offset = start
    while data.startswith(ZIP_MAGIC, offset) and count < limits.MAX_MEMBERS:
        member = _member_at(data, offset)
        if member is None:
            break
        written = out.tell()
        out.write(data[offset:member.end])
        central.write(_CENTRAL_HEADER.pack(b"PK\x01\x02", 20, member.version, member.flags & ~_SIZES_AFTER, member.method,
                                           member.time, member.date, member.crc, member.compressed, member.size,
                                           len(member.name), 0, 0, 0, 0, 0, written) + member.name)
        count += 1
        offset = member.end
        package = package or member.name.lower() == b"_rels/.rels"
    if not count or not package:
        return None  # (an OpenDocument file cut short, or too little left to be a Word document)
    directory = central.getvalue()
    return out.getvalue() + directory + _END.pack(b"PK\x05\x06", 0, 0, count, count, len(directory), out.tell(), 0)


class _Member(NamedTuple):
    """A whole member as its central directory entry needs it: what its local header says
    (with the sizes and checksum a descriptor after its data gives), and where it ends."""

    end: int
    version: int
    flags: int
    method: int
    time: int
    date: int
    crc: int
    compressed: int
    size: int
    name: bytes


def _member_at(data: bytes, offset: int) -> _Member | None:
    """The member whose local header is at ``offset``, ending after its data and any
    descriptor; None when the cut falls inside it or its end cannot be told."""
    if offset + _LOCAL_HEADER.size > len(data):
        return None
    (_, version, flags, method, time, date, crc, compressed, size, name_length,
     extra_length) = _LOCAL_HEADER.unpack_from(data, offset)
    begins = offset + _LOCAL_HEADER.size + name_length + extra_length
    name = data[offset + _LOCAL_HEADER.size:offset + _LOCAL_HEADER.size + name_length]
    if _UNKNOWN in (compressed, size) or begins > len(data):
        return None
    if not flags & _SIZES_AFTER:
        end = begins + compressed
        return _Member(end, version, flags, method, time, date, crc, compressed, size, name) if end <= len(data) else None
    if method != zipfile.ZIP_DEFLATED:
        return None  # a stored member's end cannot be told without its sizes
    compressed = _deflated_length(data, begins)
    if compressed is None:
        return None
    end = begins + compressed
    if data.startswith(_DESCRIPTOR, end):
        end += 4
    if end + 12 > len(data):
        return None
    crc, compressed_said, size = struct.unpack_from("<3L", data, end)
    if compressed_said != compressed:
        return None
    return _Member(end + 12, version, flags, method, time, date, crc, compressed, size, name)


def _deflated_length(data: bytes, begins: int) -> int | None:
    """How many bytes the deflated stream starting at ``begins`` takes, inflating it in
    bounded steps (a member may inflate to far more than its size: past the limit on a
    package's whole size it is no part of a bulletin's)."""
    inflater = zlib.decompressobj(-15)
    inflated = 0
    position = begins
    step = 64 * 1024
    try:
        while not inflater.eof and position < len(data):
            chunk = data[position:position + step]
            position += len(chunk)
            inflated += len(inflater.decompress(chunk, limits.MAX_TOTAL_UNCOMPRESSED - inflated + 1))
            while inflater.unconsumed_tail and inflated <= limits.MAX_TOTAL_UNCOMPRESSED:
                inflated += len(inflater.decompress(inflater.unconsumed_tail, limits.MAX_TOTAL_UNCOMPRESSED - inflated + 1))
            if inflated > limits.MAX_TOTAL_UNCOMPRESSED:
                return None
    except zlib.error:
        return None
    if not inflater.eof:
        return None
    return position - begins - len(inflater.unused_data)
