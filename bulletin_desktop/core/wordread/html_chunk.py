"""The text of an HTML fragment a Word document embeds (w:altChunk), as OA systems and web
editors write their documents: paragraphs with their bold, and the rows of its outermost
tables with the text of each cell.

Only the text and the bold are read: scripts, styles and the head are not text, images
are skipped, links are their words. The fragment is parsed with the standard library's
tolerant parser, so unclosed paragraphs and list items (as HTML allows) end where the
next block begins.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Callable

from ..richtext import RichText, Run, strip_edges

# A block's text: a paragraph (its runs), or a row of a table (the paragraphs of each cell).
Block = RichText | list[list[RichText]]

_BLOCK_TAGS = frozenset(
    "p div li ul ol h1 h2 h3 h4 h5 h6 blockquote pre section article header footer center dd dt dl "
    "address hr br form table tr td th caption tbody thead tfoot body".split())
_BOLD_TAGS = frozenset("b strong h1 h2 h3 h4 h5 h6 th".split())
_NOT_TEXT = frozenset("script style head title noscript template object iframe svg".split())
_VOID = frozenset("br hr img meta link input area base col embed source wbr param".split())
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)", re.IGNORECASE)
_NOT_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:normal|lighter|[1-5]00)", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\n\f\xa0]+")
_CHARSET = re.compile(rb"charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)")
_FEED = 65536  # characters given to the parser at a time, the time budget checked between them


def html_text(data: bytes, check_time: Callable[[], None] = lambda: None) -> list[Block]:
    """The fragment's blocks in reading order. ``check_time`` is called as the parsing goes
    on and may raise to stop it."""
    parser = _Reader()
    text = _decoded(data)
    for start in range(0, len(text), _FEED):
        check_time()
        parser.feed(text[start:start + _FEED])
    parser.close()
    parser.end_block()
    return parser.blocks


def _decoded(data: bytes) -> str:
    """The fragment's text: by its byte-order mark, the charset it declares, UTF-8, or GB18030
    (what Chinese Windows software writes when it says nothing)."""
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    declared = _CHARSET.search(data[:4096])
    for encoding in ([declared.group(1).decode("ascii")] if declared else []) + ["utf-8"]:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("gb18030", errors="replace")


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self._runs: list[Run] = []
        self._open: list[tuple[str, int, int]] = []  # tag, bold it set (+1, -1 or 0), text it hid (0/1)
        self._bold = 0
        self._hidden = 0
        self._tables = 0  # tables open; the outermost one's rows and cells are kept apart
        self._row: list[list[RichText]] | None = None
        self._cell: list[RichText] | None = None

    # -- tags

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.end_block()
            self._table_start(tag)
        if tag in _VOID:
            return
        style = next((value or "" for name, value in attrs if name == "style"), "")
        bold = 1 if tag in _BOLD_TAGS or _BOLD_STYLE.search(style) else -1 if _NOT_BOLD_STYLE.search(style) else 0
        hidden = 1 if tag in _NOT_TEXT or re.search(r"display\s*:\s*none", style, re.IGNORECASE) else 0
        self._open.append((tag, bold, hidden))
        self._bold += bold
        self._hidden += hidden

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.end_block()

    def handle_endtag(self, tag: str) -> None:
        if not any(open_tag == tag for open_tag, _, _ in self._open):
            if tag in _BLOCK_TAGS:
                self.end_block()
            return  # an end tag with no start: HTML as written by hand
        while self._open:
            open_tag, bold, hidden = self._open.pop()
            self._bold -= bold
            self._hidden -= hidden
            if open_tag in _BLOCK_TAGS:
                self.end_block()
                self._table_end(open_tag)
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._hidden or not data:
            return
        text = _SPACES.sub(" ", data)
        if text.strip() or self._runs:
            self._runs.append(Run(text, self._bold > 0))

    # -- blocks

    def end_block(self) -> None:
        """The paragraph being read is finished: into the cell it is in, or the blocks."""
        rich = strip_edges(tuple(self._runs))  # the spaces HTML's layout put at its ends
        self._runs = []
        if not rich:
            return
        if self._cell is not None:
            self._cell.append(rich)
        else:
            self.blocks.append(rich)

    def _table_start(self, tag: str) -> None:
        if tag == "table":
            self._tables += 1
        elif self._tables == 1 and tag == "tr":
            self._row_end()
            self._row = []
        elif self._tables == 1 and tag in ("td", "th") and self._row is not None:
            self._cell = []
            self._row.append(self._cell)

    def _table_end(self, tag: str) -> None:
        if tag == "table":
            if self._tables == 1:
                self._row_end()
            self._tables = max(0, self._tables - 1)
        elif self._tables == 1 and tag == "tr":
            self._row_end()
        elif self._tables == 1 and tag in ("td", "th"):
            self._cell = None

    def _row_end(self) -> None:
        if self._row:
            self.blocks.append(self._row)
        self._row, self._cell = None, None

