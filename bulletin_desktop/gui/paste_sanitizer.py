"""What survives a paste: the text and its bold spans, nothing else.

Word and web pages put fonts, colours, sizes, tables, images and scripts on the
clipboard. A bulletin entry has one face and bold as its only emphasis, so pasted HTML
is parsed by Qt's own HTML reader into a scratch document (scripts and styles are not
text there) and only the characters and their weight are read back out; images
(object replacement characters) are dropped and table cells become paragraphs.
Plain text is taken literally: ``<script>`` typed or pasted as text stays text. Emoji and
chat expressions ([强]) are left out, as the bulletin's fonts cannot print them (core.emoji).
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QFont, QTextBlock, QTextCharFormat, QTextDocument

from ..core.emoji import without_emoji
from ..core.model import DATE_SEPARATOR, Item, unit_before_date, unit_bracket
from ..core.positions import code_point_offset
from ..core.richtext import RichText, Run, concat, normalize, parse_markup, plain, replace_range

RICH_MIME = "application/x-bulletin-desktop-rich"
"""Our own clipboard format: JSON list of paragraphs in ``**bold**`` markup."""

_OBJECT = "\ufffc"
_LINE_BREAKS = re.compile(r"[\u2028\u2029\r\n\v\f]+")
_SPACES = re.compile(r"[ \t\u00a0]+")
BOLD_WEIGHT = int(QFont.Weight.DemiBold.value)


def _clean(text: str) -> str:
    text = text.replace(_OBJECT, "")
    text = "".join(ch for ch in text if ch in "\t\n" or unicodedata.category(ch) not in ("Cc", "Cf", "Co"))
    return _SPACES.sub(" ", text)


_SOURCE_BREAK = re.compile(r"[ \t\r]*\n\s*")


def _join_source_lines(html: str) -> str:
    """A line break in HTML source reads as a space, which is wrong between Chinese
    characters (Word wraps its HTML in the middle of sentences): drop it there."""
    def replace(match: re.Match) -> str:
        before = html[match.start() - 1] if match.start() else ""
        after = html[match.end()] if match.end() < len(html) else ""
        if before in (">", "") or after in ("<", "") or _is_cjk(before) or _is_cjk(after):
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
    lines = _LINE_BREAKS.split(text)
    return [normalize([Run(_clean(line).strip())]) for line in lines if _clean(line).strip()]


def _strip(runs: list[Run]) -> RichText:
    runs = list(normalize(runs))
    if runs:
        runs[0] = Run(runs[0].text.lstrip(), runs[0].bold)
        runs[-1] = Run(runs[-1].text.rstrip(), runs[-1].bold)
    return normalize(runs)


def _is_cjk(ch: str) -> bool:
    return bool(ch) and ord(ch) >= 0x2E80


def join_paragraphs(paragraphs: list[RichText]) -> RichText:
    """One paragraph from several, for the one-paragraph entry body: Chinese lines join
    directly, Latin words with a space."""
    runs: list[Run] = []
    for paragraph in paragraphs:
        if runs and paragraph:
            before, after = plain(tuple(runs))[-1:], plain(paragraph)[:1]
            if before and after and not (_is_cjk(before) or _is_cjk(after)):
                runs.append(Run(" ", False))
        runs.extend(paragraph)
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


@dataclass(frozen=True)
class PastedLead:
    """The date a pasted entry opens with and the unit after it, which the entry keeps in
    fields of their own (printed before its text)."""

    date: str
    unit: str  # "" when none follows the date
    rest: RichText  # the text after them
    after_date: RichText  # the text after the date, the unit in it as pasted


def pasted_lead(paragraph: RichText, known_units: Iterable[str] = ()) -> PastedLead | None:
    """The leading date of a pasted entry and its unit, as an imported entry is read
    (recognise.body.read_item): the unit bold after the date (units reporting together in
    one bold run too), the unit the text signs at its end (……。（县应急局供稿）), a unit
    written before the date as a chat forwards it (郾城区　11月30日，…, 【舞阳县】11月19日，…),
    or else one of ``known_units`` written plainly after the date (the longest); None when
    the text does not open with a date."""
    # the importer's reading loads at the first paste, not with the window
    from ..core.recognise.body import read_item

    if (first := unit_before_date(plain(paragraph))) is not None:
        named, end = first
        dated = pasted_lead(replace_range(paragraph, 0, end, ""))
        if dated is None:
            return None
        # date and unit to their fields, as a submission is adopted; kept in the text, the unit
        # reads on unbracketed before it
        return PastedLead(dated.date, named, dated.after_date, concat((Run(named),), dated.after_date))
    item = read_item(paragraph)
    if item.date and unit_bracket(item.mark) >= 0:  # 1．【舞阳县】11月19日，…: after a number
        return PastedLead(item.date, item.unit, item.body, concat((Run(item.unit),), item.body))
    if not item.date or item.mark:
        return None
    runs = list(normalize(paragraph))
    runs[0] = Run(runs[0].text[len(item.date + DATE_SEPARATOR):])
    after_date = normalize(runs)
    unit, rest = item.unit, item.body
    if not unit and rest and not rest[0].bold:
        unit = max((name for name in known_units if name and rest[0].text.startswith(name)), key=len, default="")
        rest = normalize((Run(rest[0].text[len(unit):]), *rest[1:]))
    return PastedLead(item.date, unit, rest, after_date)


def entry_spans(paragraphs: list[RichText]) -> list[list[RichText]]:
    """Pasted paragraphs grouped into the entries they are, as an imported bulletin's are
    read: each paragraph that opens with a date (11月15日，…, 1．11月16日，…, 【舞阳县】11月19日，…)
    opens an entry; the paragraphs after it (会议要求，…, its source) are that entry's, and
    those before the first date go with the first."""
    spans: list[list[RichText]] = []
    dated_span = False  # the span being filled has its dated paragraph
    for paragraph in paragraphs:
        dated = bool(Item.from_rich(paragraph).date or unit_before_date(plain(paragraph)))
        if not spans or (dated and dated_span):
            spans.append([])
            dated_span = False
        spans[-1].append(paragraph)
        dated_span = dated_span or dated
    return spans


def pasted_item(paragraphs: list[RichText], known_units: Iterable[str] = ()) -> Item:
    """A new entry made of pasted paragraphs: joined into its one paragraph, the date and the
    unit it opens with in their fields, as a paste into an empty entry places them."""
    text = join_paragraphs(paragraphs)
    lead = pasted_lead(text, known_units)
    if lead is None:
        from ..core.recognise.body import read_item

        return read_item(text)
    return Item(body=lead.rest, date=lead.date, unit=lead.unit)
