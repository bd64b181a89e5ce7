"""What survives a paste: the text and its bold spans, nothing else.

Word and web pages put fonts, colours, sizes, tables, images and scripts on the
clipboard. A bulletin entry has one face and bold as its only emphasis, so pasted HTML
is parsed by Qt's own HTML reader into a scratch document (scripts and styles are not
text there) and only the characters and their weight are read back out; images
(object replacement characters) are dropped and table cells become paragraphs.
Plain text is taken literally: ``<script>`` typed or pasted as text stays text; its tabs part
a table's cells, so they are kept for the paste's reading (core.pasted_entries.table_rows), which
makes a space of those that part none. Emoji and
chat expressions ([强]) are left out, as the bulletin's fonts cannot print them (core.emoji).
What entries the pasted paragraphs are is read without Qt, in core.pasted_entries.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QFont, QTextBlock, QTextCharFormat, QTextDocument

from ..core.emoji import without_emoji
from ..core.lazy_pattern import LazyPattern
from ..core.pasted_entries import is_cjk
from ..core.positions import code_point_offset
from ..core.richtext import RichText, Run, normalize, parse_markup, plain

RICH_MIME = "application/x-bulletin-desktop-rich"
"""Our own clipboard format: JSON list of paragraphs in ``**bold**`` markup."""

_OBJECT = "\ufffc"
_LINE_BREAKS = re.compile(r"[\u2028\u2029\r\n\v\f]+")
_SPACES = re.compile(r"[ \t\u00a0]+")
# a tab in plain text parts a table's cells, as a sheet or a text copies its rows: kept (one for
# a run, the spaces round it dropped) until the paste is read as entries (core.pasted_entries)
_TABS = LazyPattern(r"[ \u00a0]*\t[\t \u00a0]*")
_PLAIN_SPACES = LazyPattern(r"[ \u00a0]+")
BOLD_WEIGHT = int(QFont.Weight.DemiBold.value)


def _clean(text: str, keep_tabs: bool = False) -> str:
    text = text.replace(_OBJECT, "")
    text = "".join(ch for ch in text if ch in "\t\n" or unicodedata.category(ch) not in ("Cc", "Cf", "Co"))
    return text if keep_tabs else _SPACES.sub(" ", text)


_SOURCE_BREAK = re.compile(r"[ \t\r]*\n\s*")


def _join_source_lines(html: str) -> str:
    """A line break in HTML source reads as a space, which is wrong between Chinese
    characters (Word wraps its HTML in the middle of sentences): drop it there."""
    def replace(match: re.Match) -> str:
        before = html[match.start() - 1] if match.start() else ""
        after = html[match.end()] if match.end() < len(html) else ""
        if before in (">", "") or after in ("<", "") or is_cjk(before) or is_cjk(after):
            return ""
        return " "

    return _SOURCE_BREAK.sub(replace, html)


def block_pieces(block: QTextBlock) -> Iterator[tuple[str, QTextCharFormat]]:
    """The text of a block in its format ranges. Qt counts the ranges in UTF-16 units, the
    block's text is a Python str: convert, or text with 𠀾 or 𪚥 in it comes out shifted."""
    text = block.text()
    for fmt_range in block.textFormats():
        start = code_point_offset(text, fmt_range.start)
        end = code_point_offset(text, fmt_range.start + fmt_range.length)
        yield text[start:end], fmt_range.format


def paragraphs_from_html(html: str) -> list[RichText]:
    doc = QTextDocument()
    doc.setHtml(_join_source_lines(html))
    paragraphs: list[RichText] = []
    block = doc.begin()
    while block.isValid():
        runs: list[Run] = []
        for piece, fmt in block_pieces(block):
            if fmt.isImageFormat():
                continue
            runs.append(Run(piece, fmt.fontWeight() >= BOLD_WEIGHT))
        # a <br> inside one block is a line break: the clerk meant separate paragraphs
        current: list[Run] = []
        for run in runs:
            parts = _LINE_BREAKS.split(run.text)
            for i, part in enumerate(parts):
                if i > 0:
                    paragraphs.append(_strip(current))
                    current = []
                current.append(Run(_clean(part), run.bold))
        paragraphs.append(_strip(current))
        block = block.next()
    return [p for p in paragraphs if plain(p).strip()]


def paragraphs_from_text(text: str) -> list[RichText]:
    """Plain text's lines, a paragraph each, its tabs kept (_TABS)."""
    paragraphs: list[RichText] = []
    for line in _LINE_BREAKS.split(text):
        kept = _PLAIN_SPACES.subn(" ", _TABS.subn("\t", _clean(line, keep_tabs=True))[0])[0].strip()
        if kept:
            paragraphs.append(normalize([Run(kept)]))
    return paragraphs


def _strip(runs: list[Run]) -> RichText:
    runs = list(normalize(runs))
    if runs:
        runs[0] = Run(runs[0].text.lstrip(), runs[0].bold)
        runs[-1] = Run(runs[-1].text.rstrip(), runs[-1].bold)
    return normalize(runs)


@dataclass(frozen=True)
class Pasted:
    """What of a paste may go into a bulletin's text, and how many emoji and chat expressions
    were left out of it."""

    paragraphs: list[RichText]
    left_out: int = 0


def pasted_from_mime(source: QMimeData) -> Pasted:
    """The text and bold of what is pasted: our own copies as they were, else the HTML (Word,
    web pages), else the plain text."""
    paragraphs: list[RichText] = []
    if source.hasFormat(RICH_MIME):
        try:
            data = json.loads(bytes(source.data(RICH_MIME).data()).decode("utf-8"))
            paragraphs = [parse_markup(str(p)) for p in data if str(p)]
        except ValueError:
            pass
    if not paragraphs and source.hasHtml():
        paragraphs = paragraphs_from_html(source.html())
    elif not paragraphs and source.hasText():
        paragraphs = paragraphs_from_text(source.text())
    kept: list[RichText] = []
    left_out = 0
    for paragraph in paragraphs:
        printable, count = without_emoji(paragraph)
        left_out += count
        if plain(printable).strip():
            kept.append(_strip(list(printable)) if count else printable)
    return Pasted(kept, left_out)
