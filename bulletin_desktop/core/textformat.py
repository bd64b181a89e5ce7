r"""The plain-text bulletin format (docs/text-format.md): reading and writing.

The reader takes text as clerks and print extraction produce it: masthead lines, 【…】
section headings, entries, an article with its title and 一、二、三、 parts, ``**bold**``,
the 编辑/审核/签发 line and 报/送/发 lines that may wrap. A paragraph cut in two by a
page break (a blank line in the middle of a sentence) is read as one paragraph.
The writer produces the same format, so that reading what it wrote gives the same issue:
where a line written the ordinary way would be read back differently (a bold lead that is
not a reporting unit, an item after an article, a paragraph that looks like a title …), it
writes an *explicit line* instead (``\条目|date|unit|body``, ``\标题|title``, ``\段落|text``),
which the reader takes as written without guessing.
"""
from __future__ import annotations

import datetime as dt
import re

from .recognise.errors import BulletinFormatError
from .model import (
    SIGNOFF_LABELS,
    Article,
    DistributionLine,
    Issue,
    Item,
    Section,
    Signoff,
    Special,
    format_cn_date,
)
from .recognise.parts import Paragraph
from .richtext import RichText, from_plain, normalize, parse_markup, plain, to_markup

MAX_TEXT_BYTES = 8 * 1024 * 1024
"""A bulletin is a few pages; anything this large is not one (and would stall the editor)."""


# --- masthead -------------------------------------------------------------------------

_ISSUE_LINE = re.compile(r"^第\s*(\d{1,6})\s*期$")
_SPECIAL_LINE = re.compile(r"^[（(]\s*(.+?)\s*第\s*(\d{1,6})\s*期\s*[）)]$")
_DATE_TEXT = r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
_DATE_LINE = re.compile(rf"^{_DATE_TEXT}$")
_OFFICE_AND_DATE = re.compile(rf"^(.+?)\s+{_DATE_TEXT}$")
_SECTION = re.compile(r"^【\s*(.*?)\s*】$")

# --- closing block ---------------------------------------------------------------------

_SIGNOFF_PART = re.compile(r"(编辑|审核|签发)\s*[：:]\s*")
DISTRIBUTION_LABELS = ("报", "送", "发", "抄送", "抄报", "分送", "印发", "本期增发")
_DISTRIBUTION = re.compile(rf"^({'|'.join(sorted(DISTRIBUTION_LABELS, key=len, reverse=True))})\s*[：:]\s*(.*)$")

# --- body ------------------------------------------------------------------------------

# Where a paragraph may properly end; a long paragraph ending elsewhere was cut by a page break.
_TERMINAL = "。！？；：…”’）》」』】!?;:)"
_TITLE_MAX = 40
"""Article titles are short lines without closing punctuation."""
_RUN_IN_HEADING = re.compile(r"^(?:\*\*)?[一二三四五六七八九十百]+、")
_ENTRY_START = re.compile(r"^(?:\*\*)?\d{1,2}月\d{1,2}日")

# --- explicit lines: what the writer uses where the rules above would guess wrong ---------

EXPLICIT_ITEM, EXPLICIT_TITLE, EXPLICIT_PARAGRAPH = "\\条目|", "\\标题|", "\\段落|"
_EXPLICIT = re.compile(r"^\\(?:条目|标题|段落)\|")
_FIELD_ESCAPE = re.compile(r"[\\|]")


def _join_lines(lines: list[str]) -> str:
    """Lines wrapped inside one paragraph join without a space, as Chinese text does,
    except between two Latin letters or digits."""
    out = ""
    for line in lines:
        if out and out[-1].isascii() and out[-1].isalnum() and line[:1].isascii() and line[:1].isalnum():
            out += " "
        out += line
    return out


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


def _trimmed(raw: str) -> str:
    return raw.replace("\u3000", " ").strip()


def _lines(text: str) -> list[str]:
    """Non-empty lines, trimmed. Blank lines only separate; every line is a paragraph unless
    the page-break rule below joins it with the next. An explicit line keeps its text exactly
    (only what precedes the backslash is dropped)."""
    out = []
    for raw in text.split("\n"):
        start = raw.lstrip()
        line = start if _EXPLICIT.match(start) else _trimmed(raw)
        if line:
            out.append(line)
    return out


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")


def _clean(text: str) -> str:
    """Drop characters that cannot be part of a bulletin (controls other than tab)."""
    return _CONTROL.sub("", text)


def read_text(text: str) -> Issue:
    """Read one bulletin in the plain-text format. Raises BulletinFormatError."""
    lines = _lines(_clean(text.replace("\r\n", "\n").replace("\r", "\n")))
    if not lines:
        raise BulletinFormatError("文件是空的，没有可导入的简报内容。")
    issue, rest = _read_masthead(lines)
    body, closing = _split_closing(rest)
    issue.sections = _read_sections(_merge_page_breaks(body))
    _read_closing(closing, issue)
    return issue


def _read_masthead(lines: list[str]) -> tuple[Issue, list[str]]:
    name = office = ""
    number: int | None = None
    special: Special | None = None
    date: dt.date | None = None
    index = 0
    for index, line in enumerate(lines):  # noqa: B007 -- where the masthead ends, read after the loop
        if _SECTION.match(line) or len(line) > 60:
            break
        if m := _ISSUE_LINE.match(line):
            number = int(m.group(1))
        elif m := _SPECIAL_LINE.match(line):
            special = Special(m.group(1), int(m.group(2)))
        elif m := _DATE_LINE.match(line):
            date = _date(m.group(1), m.group(2), m.group(3))
        elif m := _OFFICE_AND_DATE.match(line):
            office = m.group(1).strip()
            date = _date(m.group(2), m.group(3), m.group(4))
        elif not name and number is None:
            name = line
        elif not office and not _is_closing_line(line):
            office = line
        else:
            break
    else:
        index = len(lines)
    if not name:
        raise BulletinFormatError("找不到简报名称（报头第一行，例如“漯河安全生产简报”）。")
    if len(name) > 40:
        raise BulletinFormatError(f"报头第一行太长，不像简报名称：“{name[:20]}…”。")
    if number is None:
        raise BulletinFormatError("找不到期号（报头中应有“第N期”一行）。")
    if date is None:
        raise BulletinFormatError("找不到日期（报头中应有“2022年11月21日”这样的一行）。")
    return Issue(series=name, number=number, special=special, date=date, office=office), lines[index:]


def _date(year: str, month: str, day: str) -> dt.date:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        raise BulletinFormatError(f"报头中的日期不存在：{year}年{month}月{day}日。") from None


def _is_closing_line(line: str) -> bool:
    return bool(_SIGNOFF_PART.match(line) or _DISTRIBUTION.match(line))


def _split_closing(lines: list[str]) -> tuple[list[str], list[str]]:
    """The closing block starts at the sign-off line or at a distribution line near the end
    (with the distribution lines right before it, however many there are)."""
    for index, line in enumerate(lines):
        if _SIGNOFF_PART.match(line):
            return lines[:index], lines[index:]
        if _DISTRIBUTION.match(line) and index >= len(lines) - 8:
            while index > 0 and _DISTRIBUTION.match(lines[index - 1]):
                index -= 1
            return lines[:index], lines[index:]
    return lines, []


def _merge_page_breaks(lines: list[str]) -> list[str]:
    """Join a long paragraph that stops mid-sentence with the paragraph after it."""
    out: list[str] = []
    for text in lines:
        if out and _cut_by_page_break(out[-1], text):
            out[-1] += text
        else:
            out.append(text)
    return out


def _cut_by_page_break(previous: str, following: str) -> bool:
    if _SECTION.match(previous) or _SECTION.match(following):
        return False
    if _EXPLICIT.match(previous) or _EXPLICIT.match(following):
        return False
    visible = plain(parse_markup(previous))
    if len(visible) <= _TITLE_MAX or visible[-1] in _TERMINAL:
        return False
    return not (_RUN_IN_HEADING.match(following) or _ENTRY_START.match(following))


def _is_article_title(text: str) -> bool:
    visible = plain(parse_markup(text))
    return (
        0 < len(visible) <= _TITLE_MAX
        and visible[-1] not in _TERMINAL
        and "，" not in visible
        and not _ENTRY_START.match(text)
        and not _RUN_IN_HEADING.match(text)
    )


def _read_sections(paras: list[str]) -> list[Section]:
    sections: list[Section] = []
    article: Article | None = None
    for text in paras:
        if m := _SECTION.match(text):
            sections.append(Section(m.group(1)))
            article = None
            continue
        if not sections:
            # text before the first 【】 heading still belongs to the issue
            sections.append(Section(""))
        section = sections[-1]
        if _EXPLICIT.match(text):
            article = _read_explicit(text, section, article)
        elif _is_article_title(text):
            article = Article(title=plain(parse_markup(text)))
            section.entries.append(article)
        elif article is not None:
            article.paragraphs.append(parse_markup(text))
        else:
            section.entries.append(Item.from_rich(parse_markup(text)))
    return sections


def _read_explicit(line: str, section: Section, article: Article | None) -> Article | None:
    """Add what an explicit line holds to ``section``; returns the article now open."""
    rest = line[len(EXPLICIT_ITEM):]  # the three tags are equally long
    if line.startswith(EXPLICIT_TITLE):
        article = Article(title=plain(parse_markup(rest)))
        section.entries.append(article)
        return article
    if line.startswith(EXPLICIT_PARAGRAPH):
        if article is None:  # a paragraph with no title before it: an untitled article
            article = Article()
            section.entries.append(article)
        article.paragraphs.append(parse_markup(rest))
        return article
    fields = _split_fields(rest, 2)
    if fields is None:  # not the date|unit|body it claims to be: read it as ordinary text
        section.entries.append(Item.from_rich(parse_markup(line)))
    else:
        date, unit, body = fields
        section.entries.append(Item(body=parse_markup(body), date=date, unit=unit))
    return None


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


def _read_closing(lines: list[str], issue: Issue) -> None:
    distribution: list[DistributionLine] = []
    for line in lines:
        if _SIGNOFF_PART.match(line):
            issue.signoff = _read_signoff(line)
        elif m := _DISTRIBUTION.match(line):
            distribution.append(DistributionLine(m.group(1), m.group(2).strip()))
        elif distribution:
            # a long distribution list wraps onto the next line
            last = distribution[-1]
            last.text = _join_lines([last.text, line])
        else:
            raise BulletinFormatError(f"无法识别报尾中的这一行：“{line[:30]}”。")
    issue.distribution = distribution


def _read_signoff(line: str) -> Signoff:
    signoff = Signoff()
    parts = _SIGNOFF_PART.split(line)
    # split gives ['', label, names, label, names, ...]
    for label, names in zip(parts[1::2], parts[2::2]):
        setattr(signoff, SIGNOFF_LABELS[label], names.split())
    return signoff


def text_paragraphs(text: str) -> list[Paragraph]:
    """The text as the paragraphs the structure recogniser reads: one a line, blank lines
    dropped, a paragraph cut in two by a page break joined again."""
    from .recognise.patterns import cut_by_page_break

    joined: list[str] = []
    visible: list[str] = []
    for line in _lines(_clean(text.replace("\r\n", "\n").replace("\r", "\n"))):
        shown = plain(parse_markup(line))
        if joined and cut_by_page_break(visible[-1], shown):
            joined[-1] += line
            visible[-1] += shown
        else:
            joined.append(line)
            visible.append(shown)
    return [Paragraph(parse_markup(line)) for line in joined]


# --- writing ---------------------------------------------------------------------------


def write_text(issue: Issue) -> str:
    """The issue in the plain-text format; ``read_text(write_text(x)) == x``."""
    out: list[str] = [issue.series, f"第{issue.number}期"]
    if issue.special:
        out.append(f"（{issue.special.name} 第{issue.special.number}期）")
    if issue.office:
        out.append(issue.office)
    out.append(format_cn_date(issue.date))
    for section in issue.sections:
        out.append(f"【{section.title}】")
        in_article = False
        for entry in section.entries:
            if isinstance(entry, Article):
                out.append(_title_line(entry.title, out[-1]))
                out.extend(_paragraph_line(p, out[-1]) for p in entry.paragraphs)
                in_article = True
            else:
                out.append(_item_line(entry, out[-1], in_article))
                in_article = False
    closing = issue.signoff.line()
    if closing:
        out.append(closing)
    lines = [f"{d.label}：{d.text}" for d in issue.distribution]
    text = "\n\n".join(out)
    if lines:
        text += "\n\n" + "\n".join(lines)
    return text + "\n"


def _markup_line(text: RichText) -> str:
    # Paragraph breaks inside an entry would split it on reading: keep one line.
    return to_markup(text).replace("\n", " ")


def _stands_alone(line: str, previous: str) -> bool:
    """Whether an ordinary body line is read back as one line of its own with the same text:
    not trimmed, not a heading, not the closing block, not explicit, not joined to the line
    before it by the page-break rule."""
    return (
        bool(line)
        and _trimmed(line) == line
        and not _SECTION.match(line)
        and not _is_closing_line(line)
        and not _EXPLICIT.match(line)
        and not _cut_by_page_break(previous, line)
    )


def _item_line(item: Item, previous: str, in_article: bool) -> str:
    line = _markup_line(item.rich)
    if not in_article and _stands_alone(line, previous) and not _is_article_title(line):
        read = Item.from_rich(parse_markup(line))
        if (read.date, read.unit, read.body) == (item.date, item.unit, normalize(item.body)):
            return line
    fields = (_FIELD_ESCAPE.sub(r"\\\g<0>", value) for value in (item.date, item.unit))
    return EXPLICIT_ITEM + "|".join(fields) + "|" + _markup_line(item.body)


def _title_line(title: str, previous: str) -> str:
    line = _markup_line(from_plain(title))
    if _stands_alone(line, previous) and _is_article_title(line) and plain(parse_markup(line)) == title:
        return line
    return EXPLICIT_TITLE + line


def _paragraph_line(paragraph: RichText, previous: str) -> str:
    line = _markup_line(paragraph)
    if _stands_alone(line, previous) and not _is_article_title(line) and parse_markup(line) == normalize(paragraph):
        return line
    return EXPLICIT_PARAGRAPH + line
