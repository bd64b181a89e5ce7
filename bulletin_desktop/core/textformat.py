r"""The plain-text bulletin format (docs/text-format.md): reading and writing.

The reader takes text as clerks and print extraction produce it: it splits the text into
lines, joins a paragraph cut in two by a page break (a blank line in the middle of a
sentence), and hands the paragraphs to the structure recogniser (``core.recognise``), the
same one that reads Word files.
The writer produces the same format, so that reading what it wrote gives the same issue:
where a line written the ordinary way would be read back differently (a bold lead that is
not a reporting unit, an item after an article, a paragraph that looks like a title …), it
writes an *explicit line* instead (``\条目|date|unit|body``, ``\标题|title``, ``\段落|text``,
``\期号|running number|期号 line``, ``\标记|marks``, ``\刊名|name``, ``\单位|office``), which the
reader takes as written without guessing.
"""
from __future__ import annotations

import re

from .model import Article, Issue, Item, format_cn_date, is_marked_byline, is_speaker_line
from .pasted_entries import hyphenated, joined_lines, line_gap
from .recognise import MARKING_SEPARATOR, MAX_PARAGRAPHS, BulletinFormatError, Hint, Paragraph, patterns, recognise, too_many_paragraphs
from .recognise.body import article_part, ends_entry, is_sub_heading, is_table_row, read_item, stray_numbered_heading, two_cells
from .recognise.closing import is_closing_line
from .recognise.masthead import mark_lines
from .richtext import RichText, from_plain, normalize, parse_markup, plain, to_markup
from .wrapped_text import (
    copy_width, goes_on_unindented, is_indented, is_page_number, is_running_head, is_running_head_alone, join_printed_lines, masthead_lines,
    read_columns_down,
)

MAX_TEXT_BYTES = 8 * 1024 * 1024
"""A bulletin is a few pages; anything this large is not one (and would stall the editor)."""


DISTRIBUTION_LABELS = patterns.DISTRIBUTION_LABELS

# --- explicit lines: what the writer uses where the recogniser would guess wrong ---------

EXPLICIT_ITEM, EXPLICIT_TITLE, EXPLICIT_PARAGRAPH = "\\条目|", "\\标题|", "\\段落|"
EXPLICIT_MARKED_ITEM = "\\序号|"  # an item with a number or bullet before its date: mark|date|unit|body
EXPLICIT_NUMBER = "\\期号|"  # a 期号 line that does not print the issue's running number
EXPLICIT_MARKING = "\\标记|"  # marks above the name that the masthead would not read as marks
EXPLICIT_NAME = "\\刊名|"  # a name the masthead would read as something else, or respace
EXPLICIT_OFFICE = "\\单位|"  # an office the masthead would read as something else (〔2024〕)
_EXPLICIT = re.compile(r"^\\(?:条目|序号|标题|段落|期号|标记|刊名|单位)\|")
_FIELD_ESCAPE = re.compile(r"[\\|]")


def decode(data: bytes) -> str:
    """Bytes of a text file as str: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030,
    the encodings Chinese office machines write."""
    if len(data) > MAX_TEXT_BYTES:
        raise BulletinFormatError(
            f"文件过大（{len(data) / 1024 / 1024:.0f} MB）。一期简报的纯文本通常不到 100 KB，请确认选择了正确的文件。"
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    elif b"\x00" in data:
        raise BulletinFormatError("这不是文本文件（含有二进制数据），无法作为简报导入。")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise BulletinFormatError("无法识别文件的文字编码（既不是 UTF-8 也不是 GBK/GB18030）。")


def _lines(text: str) -> list[tuple[str, bool]]:
    """The lines, trimmed ("" for a blank one), each with whether it was indented. Blank
    lines only separate; every line is a paragraph unless the page-break rule below joins it
    with the next. An explicit line keeps its text exactly (only what precedes the backslash
    is dropped)."""
    return [(raw.lstrip() if _EXPLICIT.match(raw.lstrip()) else raw.strip(), is_indented(raw))
            for raw in text.split("\n")]


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")


def _clean(text: str) -> str:
    """Drop characters that cannot be part of a bulletin (controls other than tab)."""
    return _CONTROL.sub("", text)


def _unquoted(text: str) -> str:
    """A bulletin pasted from an email reply, its lines quoted (> 第5期), without the marks
    (recognise.furniture.mostly_quoted)."""
    from .recognise.furniture import QUOTE_MARK, mostly_quoted

    lines = text.split("\n")
    return "\n".join(QUOTE_MARK.subn("", line)[0] for line in lines) if mostly_quoted(lines) else text


def read_text(text: str) -> Issue:
    """Read one bulletin in the plain-text format. Raises BulletinFormatError."""
    return recognise(text_paragraphs(text)).issue


def text_paragraphs(text: str) -> list[Paragraph]:
    """The text as the paragraphs the structure recogniser reads: one a line, blank lines
    dropped, a paragraph cut in two by a page break joined again, an explicit line taken
    exactly as written; a printed copy's lines joined into its paragraphs
    (core.wrapped_text)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if (count := text.count("\n")) > 2 * MAX_PARAGRAPHS:  # (a blank line after each paragraph is usual)
        raise too_many_paragraphs(count)
    raw_lines = _unquoted(_clean(read_columns_down(text))).split("\n")
    lines = _lines("\n".join(raw_lines))
    # A printed copy's lines are joined by their width (join_printed_lines), each by the one
    # printed line before it; joined here first, a paragraph's lines would stand for one line
    # as wide as all of them, and the heading after it would be taken for its next line.
    paragraphs = [_paragraph(line, indented) for line, indented in lines]
    if copy_width(paragraphs) is None:
        lines = _join_cut_lines(lines, raw_lines)
        paragraphs = [_paragraph(line, indented) for line, indented in lines]
    return _join_cut_paragraphs([p for p in join_printed_lines(paragraphs, pages=True) if p.exact or p.rich])


def _paragraph(line: str, indented: bool = False) -> Paragraph:
    return _explicit(line) if _EXPLICIT.match(line) else Paragraph(parse_markup(line), indented=indented)


def _join_cut_lines(lines: list[tuple[str, bool]], raw_lines: list[str]) -> list[tuple[str, bool]]:
    """Lines cut by a page break joined as written, before the markup is read: a bold run
    may go on across the cut; and a short printed copy's lines, by their indents
    (wrapped_text.goes_on_unindented; ``raw_lines``: the lines untrimmed), also across the
    page number and the running head under it. Blank lines ("") stay, for a printed copy's
    paragraphs; the page numbers and running heads too, left out later (join_printed_lines)."""
    out: list[tuple[str, bool]] = []
    visible: list[str] = []  # what each line shows; "" for a line never joined
    turn: list[bool] = []  # a page number, or the running head under it: where a page turned
    line_before = ""  # the last line of text as read, its indent kept
    masthead = masthead_lines(line for line, _ in lines)  # the first lines, which a running head may repeat
    after_page_number = False
    for (line, indented), raw in zip(lines, raw_lines):
        explicit = bool(_EXPLICIT.match(line))
        page = not explicit and (is_page_number(line) or (after_page_number and is_running_head(line, masthead))
                                 or is_running_head_alone(line, masthead))
        if line:
            after_page_number = not explicit and is_page_number(line)
        # an explicit line is never joined, nor a page number or a running head
        shown = "" if explicit or page else plain(parse_markup(line))
        last = next((i for i in range(len(out) - 1, -1, -1) if out[i][0] and not turn[i]), None)
        # the line before, or the last one of the page before, a blank line or none between
        adjacent = last is not None and (last == len(out) - 1 or (
            any(turn[last + 1:]) and all(turn[i] or not out[i][0] for i in range(last + 1, len(out)))))
        if shown and last is not None and visible[last] and (
                patterns.cut_by_page_break(visible[last], shown)
                or (adjacent and goes_on_unindented(line_before, raw, out[last][1]))):
            if hyphenated(visible[last], shown) and out[last][0].endswith(visible[last][-1]):
                out[last] = (out[last][0][:-1] + line, out[last][1])  # (Intelli- / gent: the layout's hyphen)
                visible[last] = visible[last][:-1] + shown
            else:
                gap = line_gap(visible[last], shown)
                out[last] = (out[last][0] + gap + line, out[last][1])
                visible[last] += gap + shown
        else:
            out.append((line, indented))
            visible.append(shown)
            turn.append(page)
        if shown:
            line_before = raw
    return out


def _join_cut_paragraphs(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """A printed copy's paragraph, once its lines are joined, cut by a page break too (the
    page number and the running head between, Hint.PAGE, stay where they stood)."""
    out: list[Paragraph] = []
    last = -1  # the last paragraph of text in out
    for paragraph in paragraphs:
        if paragraph.hint is Hint.PAGE:
            out.append(paragraph)
            continue
        before = out[last] if last >= 0 else None
        if before is not None and not (before.exact or paragraph.exact) \
                and patterns.cut_by_page_break(before.text, paragraph.text):
            out[last] = Paragraph(joined_lines(before.rich, paragraph.rich), before.hint)
        else:
            out.append(paragraph)
            last = len(out) - 1
    return out


def _explicit(line: str) -> Paragraph:
    rest = line[len(EXPLICIT_ITEM):]  # every tag is as long as this one
    if line.startswith(EXPLICIT_NUMBER):
        number = _split_fields(rest, 1)
        if number is None or not number[0].isascii() or not number[0].isdigit():
            return Paragraph(parse_markup(line))  # not what it claims to be: ordinary text
        return Paragraph(from_plain(number[1]), Hint.ISSUE_NUMBER, exact=True, fields=(number[0], "", ""))
    if line.startswith(EXPLICIT_MARKING):
        return Paragraph(from_plain(rest), Hint.MARKING, exact=True)
    if line.startswith(EXPLICIT_NAME):
        return Paragraph(from_plain(rest), Hint.NAME, exact=True)
    if line.startswith(EXPLICIT_OFFICE):
        return Paragraph(from_plain(rest), Hint.OFFICE, exact=True)
    if line.startswith(EXPLICIT_TITLE):
        return Paragraph(parse_markup(rest), Hint.ARTICLE_TITLE, exact=True)
    if line.startswith(EXPLICIT_PARAGRAPH):
        return Paragraph(parse_markup(rest), Hint.ARTICLE_PARAGRAPH, exact=True)
    marked = line.startswith(EXPLICIT_MARKED_ITEM)
    fields = _split_fields(rest, 3 if marked else 2)
    if fields is None:  # not the [mark|]date|unit|body it claims to be: read it as ordinary text
        return Paragraph(parse_markup(line))
    mark, date, unit, body = fields if marked else ["", *fields]
    return Paragraph(parse_markup(body), Hint.ITEM, exact=True, fields=(date, unit, mark))


def _split_fields(text: str, count: int) -> list[str] | None:
    """``count`` fields ended by ``|`` (``\\|`` and ``\\\\`` inside them are a literal | and \\),
    then the rest of the text unchanged; None if there are fewer separators."""
    fields: list[str] = []
    buf: list[str] = []
    index = 0
    while len(fields) < count:
        if index >= len(text):
            return None
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            buf.append(text[index + 1])
            index += 2
            continue
        if char == "|":
            fields.append("".join(buf))
            buf = []
        else:
            buf.append(char)
        index += 1
    return [*fields, text[index:]]


# --- writing ---------------------------------------------------------------------------


def write_text(issue: Issue) -> str:
    """The issue in the plain-text format; ``read_text(write_text(x)) == x``."""
    date = format_cn_date(issue.date)
    out: list[str] = _marking_lines(issue)
    numbering = [_number_line(issue)]
    if issue.special:
        numbering.append(f"（{issue.special.label()}）")
    out += [_masthead_line(issue.series, "series", out, [*numbering, date], EXPLICIT_NAME), *numbering]
    if issue.office:
        out.append(_masthead_line(issue.office, "office", out, [date], EXPLICIT_OFFICE))
    out.append(date)
    titles: list[int] = []  # where an article's title is written as a line like any other
    items: dict[int, Item] = {}  # where an item is, so written
    for section in issue.sections:
        out.append(f"【{section.title}】")
        in_article = False
        for at, entry in enumerate(section.entries):
            if isinstance(entry, Article):
                before = section.entries[at - 1] if at else None
                out.append(_title_line(entry, out[-1], before if isinstance(before, Article) else None))
                if not entry.paragraphs and at == len(section.entries) - 1 and not _EXPLICIT.match(out[-1]):
                    out[-1] = EXPLICIT_TITLE + out[-1]  # (over the next heading or the end, a line of text)
                if not _EXPLICIT.match(out[-1]):
                    titles.append(len(out) - 1)
                out.extend(_paragraph_line(p, out[-1]) for p in entry.paragraphs)
                in_article = True
            else:
                out.append(_item_line(entry, out[-1], in_article))
                if not _EXPLICIT.match(out[-1]):
                    items[len(out) - 1] = entry
                in_article = False
    _mark_lines_read_as_headings(out, titles, items)
    closing = issue.signoff.line()
    if closing:
        out.append(closing)
    lines = [d.line() for d in issue.distribution]
    if issue.print_note:
        lines.append(issue.print_note)
    text = "\n\n".join(out)
    if lines:
        text += "\n\n" + "\n".join(lines)
    return text + "\n"


def _marking_lines(issue: Issue) -> list[str]:
    """The marks above the name as printed; explicit when they would not be read as marks."""
    if not issue.marking:
        return []
    marking = issue.marking
    # (read back as they are: 000123秘密★1年 would come back with its copy number apart)
    if patterns.MASTHEAD_MARK.match(patterns.compact(marking)) and MARKING_SEPARATOR.join(mark_lines(marking)) == marking:
        return [marking]
    return [EXPLICIT_MARKING + issue.marking.replace("\n", " ")]


def _masthead_line(value: str, field: str, above: list[str], below: list[str], tag: str) -> str:
    """The name or the office as printed, or explicit where the masthead, read with the
    lines around it, would not give that line back as the issue's ``field`` (an office
    〔2024〕 reads as a year, a name 工 作 动 态 loses its spaces)."""
    try:
        read = getattr(recognise(text_paragraphs("\n\n".join([*above, value, *below, "【】"]))).issue, field)
    except BulletinFormatError:
        read = None
    return value if read == value else tag + value


def _number_line(issue: Issue) -> str:
    """The 期号 line as printed; explicit where it does not print the running number and
    reading it would take the year's number for it."""
    line = issue.number_line()
    year_number = issue.year_number
    if year_number is not None and not year_number.total and year_number.number != issue.number:
        return f"{EXPLICIT_NUMBER}{issue.number}|{line}"
    return line


def _markup_line(text: RichText) -> str:
    # Paragraph breaks inside an entry would split it on reading: keep one line.
    return to_markup(text).replace("\n", " ")


def _stands_alone(line: str, previous: str) -> bool:
    """Whether an ordinary body line is read back as one paragraph of its own with the same
    text: not trimmed, not a heading, not the closing block, not explicit, not joined to the
    line before it by the page-break rule (the recogniser's rules, asked directly)."""
    shown = plain(parse_markup(line))
    before = "" if _EXPLICIT.match(previous) else plain(parse_markup(previous))
    return (
        bool(line)
        and line.strip() == line
        and shown.strip() == shown
        and not patterns.SECTION_BRACKETS.match(shown)
        and not is_closing_line(shown)
        and not _EXPLICIT.match(line)
        and not (before and patterns.cut_by_page_break(before, shown))
    )


def _is_article_title(line: str) -> bool:
    return patterns.is_article_title(plain(parse_markup(line))) and not _is_row(line)


def _is_row(line: str) -> bool:
    """Read as a row of a table typed as text (its cells apart), whatever it looks like."""
    return is_table_row(_paragraph(line))


def _item_line(item: Item, previous: str, in_article: bool) -> str:
    line = _markup_line(item.rich)
    # after another entry, a line read as part of it (its source, its next paragraph) is written explicitly
    after_entry = not in_article and not patterns.SECTION_BRACKETS.match(previous)
    listed = not in_article and patterns.NEXT_ATTACHMENT.match(plain(item.rich)) and _lists_attachments(previous)
    if listed and _stands_alone(line, previous) and not (item.mark or item.date or item.unit):
        if parse_markup(line) == normalize(item.body):
            return line  # read back as written, the list's next attachment
    elif (not listed and not in_article and _stands_alone(line, previous) and not _is_article_title(line)
            and not patterns.asks_as_title(plain(parse_markup(line)))  # (a title where it opens its section)
            and not (after_entry and ends_entry(plain(parse_markup(line))))):
        read = Item(body=parse_markup(line)) if _is_row(line) else read_item(parse_markup(line))
        # (two cells apart, a line is read as a row where another such line stands by it: its
        # text then, with no date or unit, whatever the lines next to it will be)
        fields = (item.mark, item.date, item.unit)
        if ((read.mark, read.date, read.unit, read.body) == (*fields, normalize(item.body))
                and (not any(fields) or not two_cells(_paragraph(line)))):
            return line
    return _explicit_item_line(item)


def _explicit_item_line(item: Item) -> str:
    values = (item.mark, item.date, item.unit) if item.mark else (item.date, item.unit)
    fields = (_FIELD_ESCAPE.sub(r"\\\g<0>", value) for value in values)
    return (EXPLICIT_MARKED_ITEM if item.mark else EXPLICIT_ITEM) + "|".join(fields) + "|" + _markup_line(item.body)


def _lists_attachments(line: str) -> bool:
    """附件：… or 2.… before: a numbered line after it is read as the list's next attachment,
    as written, never with its number as a mark."""
    shown = plain(parse_markup(line.rsplit("|", 1)[-1] if _EXPLICIT.match(line) else line)).strip()
    return bool(patterns.ATTACHMENTS.match(shown) or patterns.NEXT_ATTACHMENT.match(shown))


def _title_line(article: Article, previous: str, before: Article | None) -> str:
    title = article.title
    line = _markup_line(from_plain(title))
    # under another article's title a byline (——某镇做法) or a speaker (县长　王某某) belongs to it,
    # and after it a numbered part ((二)某某) unless that article's title is numbered alike
    of_another = (is_marked_byline(title) or is_speaker_line(title)
                  or (before is not None and article_part(title, before)))
    if (_stands_alone(line, previous) and _is_article_title(line) and plain(parse_markup(line)) == title
            and not of_another):
        return line  # unless it stands over dated lines (_mark_titles_read_as_topics)
    return EXPLICIT_TITLE + line


def _mark_lines_read_as_headings(out: list[str], titles: list[int], items: dict[int, Item]) -> None:
    """A title or an item over dated lines may be read as a heading: a title as a topic line
    over entries (is_sub_heading), either, numbered 一、, as a section's heading typed in the
    other form (一、**检查** over an entry); the lines it is read over may be those of the
    entries after its article (an article with one dated paragraph or none). Such a line is
    written explicitly. From the last up: a line made explicit is an entry the line above it
    stands over."""
    for index in sorted([*titles, *items], reverse=True):
        # two dated lines decide it: a bare line written here is never blank, and an explicit one ends the run
        after = [_paragraph(line) for line in out[index + 1:index + 3]]
        if stray_numbered_heading(_paragraph(out[index]), after):
            out[index] = _explicit_item_line(items[index]) if index in items else EXPLICIT_TITLE + out[index]
        elif index not in items and is_sub_heading(plain(parse_markup(out[index])), after):
            out[index] = EXPLICIT_TITLE + out[index]  # (an item read so is read as the item it is)


def _paragraph_line(paragraph: RichText, previous: str) -> str:
    line = _markup_line(paragraph)
    if _stands_alone(line, previous) and not _is_article_title(line) and parse_markup(line) == normalize(paragraph):
        return line
    return EXPLICIT_PARAGRAPH + line
