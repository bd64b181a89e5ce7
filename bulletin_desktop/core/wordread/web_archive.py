"""A web archive (MHTML, 单一文件网页 .mht) that a Word document embeds with w:altChunk, as
some OA systems and Java libraries merge an HTML body with its pictures: the page's HTML is
read as an HTML fragment is (html_chunk); its pictures are not text."""
from __future__ import annotations

import email
import email.policy
from email.message import Message

# the content types Word and the libraries that write altChunks give a web archive
ARCHIVE_TYPES = frozenset({"message/rfc822", "multipart/related", "application/x-mimearchive"})


def archived_html(data: bytes) -> bytes | None:
    """The archive's first HTML part, as UTF-8 behind a byte-order mark (so the charset its
    own meta tag may still name is not read again); None when it holds none."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() in ("text/html", "application/xhtml+xml"):
            return b"\xef\xbb\xbf" + _text(part).encode("utf-8")
    return None


def _text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    for encoding in (charset, "utf-8", "gb18030"):
        try:
            return payload.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("gb18030", errors="replace")
