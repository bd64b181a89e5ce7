"""A web archive (MHTML, 单一文件网页 .mht), saved from a browser or embedded in a Word
document with w:altChunk (some OA systems and Java libraries merge an HTML body with its
pictures so): the page's HTML is read as an HTML fragment is (html_chunk); its pictures are
not text.

An archive is mostly its pictures, in base64: parsing it whole as a mail takes several times
its size in memory (60 MB of photos cost 700 MB), so its parts are found by their boundary
and only the page's headers are parsed, its body decoded as they say (a page of 70 MB,
parsed as a mail, cost 870 MB)."""
from __future__ import annotations

import binascii
import email
import email.policy
from email.message import Message

# the content types Word and the libraries that write altChunks give a web archive
ARCHIVE_TYPES = frozenset({"message/rfc822", "multipart/related", "application/x-mimearchive"})
_PAGE_TYPES = ("text/html", "application/xhtml+xml")
_MAX_NESTING = 4  # multipart parts inside multipart parts: a page's archive has one or two
_MAX_PARTS = 10_000  # a page and its pictures are tens or hundreds; a crafted archive, millions


def archived_html(data: bytes) -> bytes | None:
    """The archive's first HTML part, as UTF-8 behind a byte-order mark (so the charset its
    own meta tag may still name is not read again); None when it holds none."""
    part = _page(data, 0)
    return None if part is None else b"\xef\xbb\xbf" + _text(*part).encode("utf-8")


def _page(data: bytes, depth: int) -> tuple[Message, bytes] | None:
    """The first HTML part of the MIME entity ``data`` (headers, blank line, body): its
    headers and its body decoded."""
    head = _headers(data)
    if head.get_content_maintype() != "multipart":
        return (head, _body(data, head)) if head.get_content_type() in _PAGE_TYPES else None
    boundary = head.get_boundary()
    if boundary is None or depth >= _MAX_NESTING:
        return None
    for count, part in enumerate(_parts(data, boundary.encode("ascii", "replace"))):
        if count >= _MAX_PARTS:
            return None
        if (page := _page(part, depth + 1)) is not None:
            return page
    return None


def _headers(data: bytes) -> Message:
    """The entity's headers alone, parsed without its body."""
    return email.message_from_bytes(data[:_body_start(data)] + b"\r\n\r\n", policy=email.policy.compat32)


def _body_start(data: bytes) -> int:
    """Where the entity's headers end (at its first blank line)."""
    ends = [found for found in (data.find(b"\r\n\r\n"), data.find(b"\n\n")) if found >= 0]
    return min(ends, default=len(data))


def _body(data: bytes, head: Message) -> bytes:
    """The entity's body, decoded as its Content-Transfer-Encoding says (as a mail reader
    would, whatever is broken in it)."""
    start = _body_start(data)
    body = data[start + (4 if data.startswith(b"\r\n\r\n", start) else 2):]
    encoding = str(head.get("Content-Transfer-Encoding", "")).strip().lower()
    if encoding == "quoted-printable":
        return binascii.a2b_qp(body)
    if encoding == "base64":
        for padding in (b"", b"=="):  # (a page cut short of its padding, as mail readers take it)
            try:
                return binascii.a2b_base64(body.rstrip() + padding)  # (line ends and other strays are passed over)
            except binascii.Error:
                continue
    return body


def _parts(data: bytes, boundary: bytes):
    """The bytes of each part of a multipart body, between its delimiter lines (--boundary);
    the last runs to the closing delimiter or, in an archive cut short, to the end."""
    delimiter = b"--" + boundary
    start = _after_line(data, data.find(delimiter))
    while start >= 0:
        found = data.find(delimiter, start)
        while found > 0 and data[found - 1:found] not in (b"\n", b"\r"):  # (a delimiter opens its line)
            found = data.find(delimiter, found + 1)
        if found < 0:
            yield data[start:]
            return
        yield data[start:found]
        if data.startswith(b"--", found + len(delimiter)):  # the closing delimiter
            return
        start = _after_line(data, found)


def _after_line(data: bytes, at: int) -> int:
    """Where the line holding ``at`` ends; -1 when ``at`` is -1 or the line never does."""
    if at < 0:
        return -1
    end = data.find(b"\n", at)
    return -1 if end < 0 else end + 1


def _text(part: Message, payload: bytes) -> str:
    charset = part.get_content_charset() or "utf-8"
    for encoding in (charset, "utf-8", "gb18030"):
        try:
            return payload.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("gb18030", errors="replace")
