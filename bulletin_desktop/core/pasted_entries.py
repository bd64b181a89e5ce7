"""Pasted paragraphs read as the entries they are, as an imported bulletin's are read: each
paragraph that opens with a date is an entry, the undated ones after it are its own, and each
entry's date and unit go to their fields. The window's paste and the command line's
``entry add`` read several paragraphs so; neither needs Qt for it."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .column_labels import is_column_label, is_date_label, is_unit_label
from .lazy_pattern import LazyPattern
from .model import (
    DATE_SEPARATOR, SENDER_LABEL, Issue, Item, is_marked_byline, is_month_and_day, is_speaker_line, is_valid_entry_date,
    lead_mark_length, numbering_length, place_and_office,
    recent_lead, repeated_level, signed_unit, unit_before_date, unit_bracket, unit_moved_after_date,
)
from .richtext import RichText, Run, concat, normalize, plain, replace_range, strip_edges


def is_cjk(ch: str) -> bool:
    """A Chinese (or other East Asian) character: words of such text join without a space."""
    return bool(ch) and ord(ch) >= 0x2E80


# Where Latin text was parted: a letter, a figure or half-width punctuation after a word before
# the break, a letter or a figure after it
_LATIN_BEFORE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789,.;:!?)%")
_LATIN_AFTER = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789(")


def line_gap(before: str, after: str) -> str:
    """What joins two pieces of one paragraph parted by a line break: a printed line and the
    next (a copy from a PDF, a wrapped list of recipients), or pasted paragraphs made one entry.
    Nothing in Chinese text, which breaks anywhere, and none beside its full-width punctuation
    or a quotation mark; a space between Latin words, which break only where one stood.
    (One rule for all of them: a printed line's end and a paragraph's end part text alike.)"""
    return " " if before[-1:] in _LATIN_BEFORE and after[:1] in _LATIN_AFTER else ""


def hyphenated(before: str, after: str) -> bool:
    """A Latin word a printed line's end hyphenated (…引进Intelli- / gent…, as a PDF's text
    keeps it): the hyphen is the layout's, and the word is joined without it. Not before a
    capital or a figure (COVID- / 19, 5G- / A), which a hyphen of the word's own may part."""
    return len(before) >= 2 and before[-1] in "-‐" and before[-2].isascii() and before[-2].isalpha() \
        and after[:1].isascii() and after[:1].islower()


def joined_lines(first: RichText, second: RichText) -> RichText:
    """``second`` after ``first`` in one paragraph, as line_gap joins them (a word hyphenated
    at the line's end without its hyphen)."""
    before, after = plain(first), plain(second)
    if hyphenated(before, after):
        return concat(replace_range(first, len(before) - 1, len(before), ""), second)
    gap = line_gap(before, after)
    return concat(first, (Run(gap),) if gap else (), second)


def join_paragraphs(paragraphs: list[RichText]) -> RichText:
    """One paragraph from several, for the one-paragraph entry body (joined_lines)."""
    out: RichText = ()
    for paragraph in paragraphs:
        out = joined_lines(out, paragraph)
    return out


@dataclass(frozen=True)
class PastedLead:
    """The date a pasted entry opens with and the unit after it, which the entry keeps in
    fields of their own (printed before its text)."""

    date: str
    unit: str  # "" when none follows the date
    rest: RichText  # the text after them
    after_date: RichText  # the text after the date, the unit in it as pasted
    mark: str = ""  # the number or bullet written before it all (1．, ◆, ①), which the entry prints first


def pasted_lead(paragraph: RichText, known_units: Iterable[str] = ()) -> PastedLead | None:
    """The leading date of a pasted entry and its unit, as an imported entry is read
    (recognise.body.read_item): the unit bold after the date (units reporting together in
    one bold run too), the unit the text signs at its end (……。（县应急局供稿）), a unit
    written before the date as a chat forwards it (郾城区　11月30日，…, 【舞阳县】11月19日，…;
    舞阳县　12月1日，县应急局… names 舞阳县应急局: model.unit_moved_after_date), or else one of
    ``known_units`` written plainly after the date (the longest); a number or bullet before
    any of them (1．11月19日，…, ◆舞阳县　11月19日，…) is the entry's mark. None when the text
    does not open with a date. A gap typed for the date's comma before the bold unit
    (11月18日　**东关社区**召开…, as a chat is typed) is read as the comma (date_gap_as_comma)."""
    # the importer's reading loads at the first paste, not with the window
    from .recognise.body import bracketed_label, read_item

    from .recognise.patterns import labelled_note

    paragraph = date_gap_as_comma(paragraph)
    if labelled_note(plain(paragraph)):  # (【编者按】近期，… names no unit in its brackets, nor a date after them)
        return None
    read = read_item(paragraph)  # (once: the bold unit before a colon and the bracketed label both ask it)
    if (first := normalize(paragraph)[:1]) and first[0].bold and _bold_unit_and_colon(read):
        return None
    # (【简讯】12月2日，**县应急局**…: a label in the brackets, no unit written before the date)
    if not bracketed_label(read) and (moved := unit_moved_after_date(paragraph)) is not None:
        dated = pasted_lead(moved.rest) or _recent_after_place(moved.rest)
        if dated is None:
            return None
        # kept in the text, the unit reads on unbracketed before it
        after_date = concat((Run(moved.unit),), dated.after_date)
        bold_after_date = dated.unit if plain(dated.after_date) == dated.unit + plain(dated.rest) else ""
        if joined := place_and_office(moved, bold_after_date):
            return PastedLead(dated.date, joined, dated.rest, after_date, dated.mark)
        # date and unit to their fields, as a submission is adopted
        return PastedLead(dated.date, moved.unit, dated.after_date, after_date, dated.mark)
    item = read_item(paragraph)
    if not item.date:
        return None
    if (opening := unit_bracket(item.mark)) >= 0:  # 【舞阳县】近日，…, 1．【舞阳县】11月19日，…
        body = item.body  # (县应急局… after 【舞阳县】 is 舞阳县应急局…, as unit_moved_after_date reads it)
        if level := repeated_level(item.unit, plain(body)):
            body = replace_range(body, 0, level, "")
        return PastedLead(item.date, item.unit, body, concat((Run(item.unit),), body), item.mark[:opening])
    text = plain(paragraph)
    dated_to = text.find(item.date, len(item.mark) if text.startswith(item.mark) else 0) + len(item.date)
    if (after := text[dated_to:].lstrip())[:1] in ("，", ","):  # (9月3日 ，…: a stray space before the comma)
        dated_to = len(text) - len(after) + 1
    after_date = replace_range(normalize(paragraph), 0, dated_to, "")
    unit, rest = item.unit, item.body
    if not unit and rest and not rest[0].bold:
        unit = max((name for name in known_units if name and rest[0].text.startswith(name)), key=len, default="")
        rest = normalize((Run(rest[0].text[len(unit):]), *rest[1:]))
    return PastedLead(item.date, unit, rest, after_date, item.mark)


def _bold_unit_and_colon(item: Item) -> bool:
    """A unit in bold with its colon before the entry's text (**县团委：**11月19日，…,
    **敦厚镇妇联：**…): printed so by the bulletin, the import keeps the date in the text after the
    unit (recognise.body.dated_item), and a paste reads it as the import does, whatever the
    unit's name ends with; unbolded (县团委：11月19日，…, as a chat forwards it) the unit is
    written before the date and moves after it."""
    return bool(item.unit) and not item.date and plain(item.body)[:1] in "：:"


def date_gap_as_comma(paragraph: RichText) -> RichText:
    """``paragraph`` with the spaces typed between its date and the unit in bold after it
    (11月18日　**东关社区**召开…, ◆11月18日  **东关社区**…, as a chat is typed) made the date's
    comma, which the entry prints there; else as it was."""
    runs = list(normalize(paragraph))
    if len(runs) < 2 or runs[0].bold or not runs[1].bold:
        return paragraph
    marked = lead_mark_length(runs[0].text)
    head = runs[0].text[marked:]
    date = head.rstrip(" \u3000\u00a0")
    if not date or date == head or not is_valid_entry_date(date):
        return paragraph
    return normalize([Run(runs[0].text[:marked] + date + DATE_SEPARATOR), *runs[1:]])


def _recent_after_place(rest: RichText) -> PastedLead | None:
    """近日，组织开展检查。 after a place written before it (舞阳县　近日，…): dated 近日, though no
    unit follows it (the place is the unit)."""
    found = recent_lead(plain(rest))
    if found is None:
        return None
    marked, date = found
    after_date = replace_range(rest, 0, marked + len(date) + len(DATE_SEPARATOR), "")
    return PastedLead(date, "", after_date, after_date, plain(rest)[:marked])


def entry_spans(paragraphs: list[RichText]) -> list[list[RichText]]:
    """Pasted paragraphs grouped into the entries they are, as an imported bulletin's are
    read: each paragraph that opens with a date (11月15日，…, 1．11月16日，…, 【舞阳县】11月19日，…)
    opens an entry; the paragraphs after it (会议要求，…, its source) are that entry's, and
    those before the first date go with the first, but a news item's headline and byline
    over it (全县启动汛期应急演练 / 县应急管理局　王磊, 来源：县应急局) or a mail's greeting
    (各位领导：), which stay an entry of their own (_preamble). A
    place or unit named on a line of its own over entries (舞阳县：, **郾城区**, 【临颍县】) is
    written before each one's date as a chat forwards it (舞阳县　5月28日，…: its unit). A
    table's rows are entries too (table_rows). A WeChat post's count under it (阅读 1826) is
    the page's, no entry's text, and is left out (pasted alone, it is what was pasted)."""
    from .recognise.body import dated_item, read_item
    from .recognise.furniture import is_post_count
    from .recognise.patterns import name_alone, names_sign_above, own_paragraph

    # (spaces and NBSP indenting a paragraph, as Word or a web page gives them, are layout, not text)
    rows = table_rows(without_page_furniture([strip_edges(paragraph) for paragraph in paragraphs])[0])
    paragraphs = [date_gap_as_comma(paragraph) for paragraph in
                  ([row for row in rows if not is_post_count(plain(row))] or rows)]
    # the next paragraph with text after each (a topic line is read with it alone): found in one
    # pass from the end, so that a long paste is grouped in time in proportion to its length
    following: list[RichText | None] = []
    then: RichText | None = None
    for paragraph in reversed(paragraphs):
        following.append(then)
        if plain(paragraph).strip():
            then = paragraph
    following.reverse()
    # a unit's name alone under each entry signs it (……。 / 县科学技术协会), as the import reads it,
    # and heads none below it
    signed_below = names_sign_above((plain(paragraph), True) for paragraph in paragraphs)
    spans: list[list[RichText]] = []
    dated_span = False  # the span being filled has its dated paragraph
    closed = False  # the span being filled is a paragraph of its own (a caption, an editor's note)
    place = ""  # named by the last topic line, for the dated paragraphs under it
    for index, paragraph in enumerate(paragraphs):
        if signed_below and spans and name_alone(plain(paragraph)):
            spans[-1].append(paragraph)  # (its entry's last line: pasted_item reads it as the signature)
            continue
        if (named := _topic_place(paragraph, following[index])) is not None:
            place = named
            continue
        if place:
            paragraph = _with_place(paragraph, place) or paragraph
        # (a unit in bold with its colon before the date, **敦厚镇妇联：**11月18日，…, dates an entry as the import reads it)
        dated = bool(Item.from_rich(paragraph).date or unit_before_date(plain(paragraph)) or dated_item(read_item(paragraph)))
        own = own_paragraph(plain(paragraph))
        if not spans or own or closed or (dated and (dated_span or _preamble(spans[-1]))) or (
                not dated and _numbered_point(paragraph, spans[-1])):
            spans.append([])
            dated_span = False
        spans[-1].append(paragraph)
        dated_span = dated_span or dated
        closed = own and not dated
    return spans


def without_page_furniture(paragraphs: list[RichText]) -> tuple[list[RichText], int]:
    """The pasted paragraphs without the page numbers a printed copy's text brings (— 3 —, -3-,
    第3页 共8页) and the running head under one (交通安全简报　第12期), and without a web page's
    own lines at the top and the bottom of what was copied (首页 > 工作动态, 来源：…　发布时间：…,
    浏览次数：158, 【打印本页】, 上一篇：…), as an import leaves them out (core.wrapped_text,
    recognise.furniture.is_page_line), and how many were left out; what was pasted is kept
    whole when nothing else is left."""
    from .recognise.furniture import QUOTE_MARK, is_chat_line, is_page_line, mail_lines, mostly_quoted, signature_start
    from .wrapped_text import is_page_number, is_running_head

    if mostly_quoted([plain(paragraph) for paragraph in paragraphs]):  # (a mail's reply: its quote marks, as an import drops them)
        paragraphs = [strip_edges(replace_range(paragraph, 0, found.end(), "")) if (found := QUOTE_MARK.match(plain(paragraph))) else paragraph
                      for paragraph in paragraphs]
    texts = [plain(paragraph).strip() for paragraph in paragraphs]
    # (a page's lines stand over the news and under it: among the entries, 阅读 alone is a word)
    first_dated = next((at for at, paragraph in enumerate(paragraphs) if Item.from_rich(paragraph).date), len(texts))
    site = {at for at in range(first_dated) if texts[at] and is_page_line(texts[at])}
    end = len(texts)
    while end - 1 > first_dated and (not texts[end - 1] or is_page_line(texts[end - 1])):
        end -= 1
        site.add(end)
    if (signed := signature_start(texts[first_dated:])) is not None:  # a mail's signature under the text
        site |= set(range(first_dated + signed, len(texts)))
    site |= mail_lines(texts)
    kept: list[RichText] = []
    after_page_number = False
    for index, paragraph in enumerate(paragraphs):
        text = plain(paragraph).strip()
        if not text:
            kept.append(paragraph)
            continue
        if index in site or is_page_number(text) or is_chat_line(text) or (after_page_number and is_running_head(text, ())):
            after_page_number = is_page_number(text)
            continue
        after_page_number = False
        kept.append(paragraph)
    if not any(plain(paragraph).strip() for paragraph in kept):
        return paragraphs, 0
    return kept, len(paragraphs) - len(kept)


_TOPIC_BRACKETS = ("【】", "〔〕", "［］", "[]", "（）", "()")


def _topic_place(paragraph: RichText, following: RichText | None) -> str | None:
    """The place or unit a line names alone over the dated entries it sent (舞阳县：,
    **郾城区**, 【临颍县】, 县市场监管局): the name, when ``following``, the next paragraph with
    text, takes it before its date as its unit; else None."""
    name = plain(paragraph).strip().rstrip("：:").strip()
    if name[:1] + name[-1:] in _TOPIC_BRACKETS:
        name = name[1:-1].strip()
    if not 2 <= len(name) <= 16 or any(not ch.isalnum() for ch in name):
        return None
    return name if following is not None and _with_place(following, name) is not None else None


def _with_place(paragraph: RichText, place: str) -> RichText | None:
    """``paragraph`` with ``place`` written before its date, after its number (舞阳县　5月28日，…,
    1．舞阳县　6月1日，…), when it then reads as that unit's dated entry; None when it names
    a unit before its date already or does not read so."""
    text = plain(paragraph)
    if unit_before_date(text) is not None or unit_bracket(Item.from_rich(paragraph).mark) >= 0:
        return None
    marked = lead_mark_length(text)
    placed = replace_range(paragraph, marked, marked, place + "\u3000")
    found = unit_before_date(plain(placed))
    return placed if found is not None and found[0] == place and pasted_lead(placed) is not None else None


def _numbered_point(paragraph: RichText, span: list[RichText]) -> bool:
    """An undated paragraph numbered as a list's point (二、今年以来，……, （三）…, 4．…): a
    paragraph of its own, as an import keeps it, not text of the entry above; but for the points
    of a list an entry introduces with its colon (会议要求：), which are its own."""
    text = plain(paragraph).strip()
    numbered = numbering_length(text)
    # (not a dash, which sets a source apart as well (—城关镇党政办), nor a decimal's figures: 3.2万人次…)
    return bool(numbered) and text[0] not in "—－" and not text[numbered:numbered + 1].isdigit() and not any(
        plain(before).rstrip().endswith(("：", ":")) for before in span)


_LABELLED = LazyPattern(rf"^{SENDER_LABEL}\s*[：:]")


_SALUTATION_MAX = 10  # 各位领导：, 县委办信息科：


def _preamble(span: list[RichText]) -> bool:
    """Undated paragraphs a dated one follows that are no text of its entry, but an entry of
    their own: a news item's headline, and its byline under it if any (县应急管理局　王磊,
    ——县应急局), or a mail's greeting and the words that introduce what follows (各位领导：,
    现将近期工作动态报送如下：), or a section's heading numbered 一、 (一、工作动态), which
    the paste cannot make a section of. Not a line saying who sent it (报送单位：临颍县), the entry's."""
    from .recognise.patterns import NUMBERED_HEADING, UNIT_BYLINE, is_article_title

    texts = [plain(paragraph).strip() for paragraph in span]
    if not texts or _LABELLED.match(texts[0]):
        return False
    if len(texts) == 1 and NUMBERED_HEADING.match(texts[0]):
        return True
    if all(text[-1:] in "：:" and not _LABELLED.match(text) for text in texts):
        return True
    if texts[0][-1:] in "：:" and len(texts[0]) <= _SALUTATION_MAX and len(texts) <= 3:
        return True  # 李科长： / 您好！现报送信息一条，请审阅。: a mail's greeting and what it says of the news under it
    # (under a headline, 来源：县应急局 is its byline)
    if len(texts) > 2 or not is_article_title(texts[0]) or texts[0][-1:] in "：:":
        return False
    return len(texts) == 1 or bool(is_speaker_line(texts[1]) or is_marked_byline(texts[1]) or UNIT_BYLINE.match(texts[1]))


# The number of a table's row (its head, the names of its columns, is column_labels')
_ROW_NUMBER = LazyPattern(r"^\d{1,3}[.．、]?$")
_YEAR_FIRST = LazyPattern(r"^(?:19|20)\d\d\D")


def table_rows(paragraphs: list[RichText]) -> list[RichText]:
    """A table of entries pasted, its cells a paragraph each (as Word's table comes into the
    editor) or its rows a line each with tabs between the cells (as plain text carries it): each
    row whose cell holds a date alone is an entry, dated, with the unit of the cell after it
    (序号 | 日期 | 单位 | 内容 → 5月28日，**县应急局**组织开展……); the table's head and the
    numbers of its rows are its layout, left out. Other paragraphs are as they were, but for a
    tab in them, which parts no cells there (untabbed)."""
    cells: list[RichText] = []
    tabbed: set[int] = set()  # the cells of rows typed with tabs
    for paragraph in paragraphs:
        if len(row := _cells(paragraph)) > 1:
            tabbed.update(range(len(cells), len(cells) + len(row)))
        cells.extend(row)
    # a date alone with text after it, in a row typed so, under the table's head, after its
    # row's number or before its unit (a date alone on a line over a paragraph, a mail's date
    # over a note, is no row)
    first = next((at for at, cell in enumerate(cells) if _date_cell(plain(cell).strip())), 0)
    headed = any(is_column_label(plain(cell)) for cell in cells[:first]) and all(
        is_column_label(text := plain(cell).strip()) or _ROW_NUMBER.match(text) for cell in cells[:first])
    starts = [at for at, cell in enumerate(cells) if _date_cell(date := plain(cell).strip()) and at + 1 < len(cells)
              and not _date_cell(then := plain(cells[at + 1]).strip()) and not _ROW_NUMBER.match(then)
              and (headed or at in tabbed or (at and _ROW_NUMBER.match(plain(cells[at - 1]).strip()))
                   or _unit_cell(then, date))]
    if not starts:
        return [untabbed(paragraph) for paragraph in paragraphs]
    # the head naming the column after the dates' the units' (日期 | 单位 | 内容): that cell is the
    # row's unit whatever its name ends with (源汇支行, 漯河海关)
    head = [plain(cell).strip() for cell in cells[:first]] if headed else []
    dated_at = next((at for at, label in enumerate(head) if is_date_label(label)), -1)
    units_column = 0 <= dated_at < len(head) - 1 and is_unit_label(head[dated_at + 1])
    ends = [*starts[1:], len(cells)]
    before = cells[:starts[0]]
    if before and _ROW_NUMBER.match(plain(before[-1]).strip()):
        before.pop()
    out = [] if all(is_column_label(plain(cell)) for cell in before) else [untabbed(cell) for cell in before]
    for start, end in zip(starts, ends):
        row = cells[start + 1:end]
        if end < len(cells) and row and _ROW_NUMBER.match(plain(row[-1]).strip()):
            row.pop()  # the next row's number
        date = plain(cells[start]).strip()
        named = plain(row[0]).strip() if len(row) > 1 else ""
        unit = named if named and ((units_column and named.isalnum()) or _unit_cell(named, date)) else ""
        body = join_paragraphs(row[1:] if unit else row)
        out.append(concat((Run(date + DATE_SEPARATOR),), (Run(unit, True),) if unit else (), body))
    return out


_TAB = LazyPattern(r"[ \u3000\u00a0]*\t[\t \u3000\u00a0]*")


def untabbed(paragraph: RichText) -> RichText:
    """``paragraph`` with each tab, and the spaces round it, a space: a tab parts a plain-text
    table's cells (table_rows); in a paragraph that is no table's row it is a gap in the text,
    which a paste makes one space of, as of any run of spaces."""
    if not any("\t" in run.text for run in paragraph):
        return paragraph
    return normalize([Run(_TAB.subn(" ", run.text)[0], run.bold) for run in paragraph])


def _unit_cell(text: str, date: str) -> bool:
    """A cell naming a unit alone, as a unit is named before a date (unit_before_date)."""
    named = text.isalnum() and unit_before_date(f"{text}\u3000{date}{DATE_SEPARATOR}")
    return bool(named) and named[0] == text  # type: ignore[index]


def _cells(paragraph: RichText) -> list[RichText]:
    """A row's cells where a paragraph parts them with tabs; else the paragraph."""
    text = plain(paragraph)
    if "\t" not in text.strip():
        return [paragraph]
    return [(Run(cell.strip()),) for cell in text.split("\t") if cell.strip()]


def _date_cell(text: str) -> bool:
    """A cell holding a date alone: a month and its day (5月28日), or a date in figures with
    its year (2024.5.28, 2024-05-28); not a figure (11.24) or a looser word (近日)."""
    text = text.strip()
    return is_valid_entry_date(text) and (is_month_and_day(text) or bool(_YEAR_FIRST.match(text)))


def pasted_item(paragraphs: list[RichText], known_units: Iterable[str] = ()) -> Item:
    """A new entry made of pasted paragraphs: joined into its one paragraph, the date and the
    unit it opens with in their fields, as a paste into an empty entry places them. A unit's
    name alone on the last line (……落实。 / 县应急管理局) signs it, printed flush right: joined
    after a gap, as such a signature pasted into one line reads (……落实。　　县应急管理局)."""
    from .recognise.patterns import SIGNATURE_GAP, name_alone

    if len(paragraphs) > 1 and name_alone(plain(paragraphs[-1])):
        signed = concat(join_paragraphs(paragraphs[:-1]), (Run(SIGNATURE_GAP + plain(paragraphs[-1]).strip()),))
        if not (item := pasted_item(paragraphs[:-1], known_units)).unit and (item := pasted_item([signed], known_units)).unit:
            return item
    text = join_paragraphs(paragraphs)
    lead = pasted_lead(text, known_units)
    if lead is None:
        from .recognise.body import read_item

        return read_item(text)
    item = Item(body=lead.rest, date=lead.date, unit=lead.unit, mark=lead.mark)
    if not lead.unit and len(paragraphs) > 1:
        item = _signed_before_more(item, paragraphs[0], known_units)
    return item


def _signed_before_more(item: Item, first: RichText, known_units: Iterable[str]) -> Item:
    """``item`` with the unit its first paragraph signs at its end (……。（县疾控中心供稿）), which
    the paragraphs after it (会议要求，…) leave mid-text, as the import reads it
    (recognise.body.add_to_entry), where the entry prints the same text so; else ``item``."""
    from .recognise.body import unit_signed_mid_text

    lead = pasted_lead(first, known_units)
    if lead is None or not lead.unit or lead.date != item.date:
        return item
    signed = Item(body=unit_signed_mid_text(lead.unit, item.body), date=item.date, unit=lead.unit, mark=item.mark)
    return signed if signed.text == item.text else item


def pasted_entries(paragraphs: list[RichText], known_units: Iterable[str] = ()) -> list[Item]:
    """The entries several pasted paragraphs are, in order (entry_spans, pasted_item)."""
    return [pasted_item(part, known_units) for span in entry_spans(paragraphs) for part in _signed_parts(span, known_units)]


def _signed_parts(span: list[RichText], known_units: Iterable[str]) -> list[list[RichText]]:
    """``span`` parted after a paragraph that signs the entry's unit at its end and names it
    nowhere at its start (……开展督导。（县应急管理局供稿） / 会议要求，…): the paragraphs after
    the signature are an entry of their own, as the import reads them (recognise.body.takes_more),
    and the signed one keeps its unit, which joined to them it would lose."""
    from .recognise.body import takes_more

    parts = [[span[0]]]
    for before, paragraph in zip(span, span[1:]):
        # (the entry is read only after a paragraph that signs a unit: a long paste is read once;
        # undated, the lines over an entry (报送单位：临颍县) are no entry a signature ends)
        if (signed_unit(before) and (item := pasted_item(parts[-1], known_units)).date
                and not takes_more(item, plain(paragraph))):
            parts.append([paragraph])
        else:
            parts[-1].append(paragraph)
    return parts


def repeated_entries(items: list[Item]) -> int:
    """How many of ``items`` repeat one before them word for word (its date, unit and text):
    a paste holding the same entries twice, which the clerk is told of and keeps, to judge."""
    return sum(repeats(items))


def repeats(items: list[Item]) -> list[bool]:
    """For each of ``items``, whether it repeats one before it word for word (repeated_entries):
    the window counts them, ``entry add`` names them."""
    seen: set[tuple[str, str, str, RichText]] = set()
    found: list[bool] = []
    for item in items:
        key = (item.mark, item.date, item.unit, normalize(item.body))
        found.append(key in seen)
        seen.add(key)
    return found


def units_known_to(archive_units: list[str], issue: Issue | None) -> list[str]:
    """The units a paste into ``issue`` is read against (a name after its date is its unit
    when known): the archive's, then those of this issue's entries it lacks, in order."""
    units = list(archive_units)
    if issue is not None:
        seen = set(units)
        for _section, entry in issue.entries():
            unit = getattr(entry, "unit", "")
            if unit and unit not in seen:
                units.append(unit)
                seen.add(unit)
    return units
