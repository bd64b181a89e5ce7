"""The body: sections, dated entries with their bold unit, articles with their parts."""
from __future__ import annotations

import re
from collections import Counter

from ..model import (
    BULLETS, DATE_SEPARATOR, SENDER_SUFFIXES, Article, Item, Section, bare_number, dated_lead_mark, is_marked_byline, is_source_line, is_speaker_line,
    is_valid_entry_date, lead_mark_length, loose_lead_length, unit_before_date, numbering_length, signed_again, signed_unit, unit_bracket, unspaced_name,
    named_as_a_unit, unit_name_at_start,
)
from ..numerals import to_int
from ..richtext import RichText, Run, normalize, plain, replace_range
from .parts import Hint, Paragraph, Role
from .patterns import (
    ATTACHMENTS, BOLD_BRACKETED_UNIT, CELL_GAP, CONTENTS_HEADING, CONTENTS_MARKS, EDITOR_NOTE, ENTRY_GOES_ON, ENTRY_START, HALF_WIDTH_AFTER_DATE,
    NUMBERED_HEADING, SECTION_BRACKETS, SIGNATURE_GAP, UNIT_BEFORE_COLON, NEXT_ATTACHMENT, UNIT_BYLINE,
    asks_as_title, compact, heading_title, is_article_title, name_alone, names_sign_above, section_title,
)

_HEADING_MAX = 30
# how many paragraphs after one are looked at to tell what it is (a heading over entries, an
# article's part): the next few only, so a long file costs time in proportion to its length
_LOOKAHEAD = 8


def read_body(paras: list[Paragraph], roles: list[list[Role]], offset: int) -> list[Section]:
    # 一、 lines are section headings only in a bulletin that does not use 【】 for them;
    # otherwise they are an article's parts.
    numbered_sections = not any(SECTION_BRACKETS.match(p.text) for p in paras)
    # Word's heading styles are section headings where nothing else marks them: the top level
    # used; a level below it holds the articles' titles (标题 1 栏目, 标题 2 文章标题), and
    # under 【】 headings every level does
    levels = {p.hint for p in paras} & {Hint.HEADING, Hint.SUBHEADING}
    heading_hints = {Hint.SECTION} | ({min(levels, key=_HEADING_LEVELS.index)} if numbered_sections and levels else set())
    # Neither 【】 nor 一、 nor heading styles: the sections are short lines of their own
    # (工作动态), told from an article's title by what follows them, a dated entry
    bare_sections = numbered_sections and not any(
        NUMBERED_HEADING.match(p.text) or p.hint in heading_hints for p in paras)
    # no headings of any kind, and the text opens with （一）重点工作 over dated entries: the
    # sections are numbered so, （二）… the next one
    first = next((i for i, p in enumerate(paras) if p.text.strip()), None)
    next_part = 1 if (bare_sections and first is not None and _part_number(paras[first]) == 1
                      and is_sub_heading(paras[first].text, paras[first + 1:first + 1 + _LOOKAHEAD])) else 0
    sections: list[Section] = []
    # how the bare headings found so far are decorated; marks set round two short lines or more
    # (★领导批示★ … ★工作动态★) make headings of them all, the first over any text too
    heading_marks = _repeated_marks(paras) if bare_sections else set()
    bare_found = False  # a bare heading was found: the bulletin's sections are such short lines
    article: Article | None = None
    contents: set[str] | None = None  # in a 本期要目 block: the titles it listed so far
    opened: Section | None = None  # the untitled section opened after the contents
    numbered = 0  # the number of the last section headed 一、…: one not after it is an article's part
    parts_of: Article | None = None  # an article numbering its own parts 一、二、 before any section is
    parts = 0  # the number of its last such part
    attachments = False  # the article's or the entries' last lines are a list of attachments (附件：1.…)
    styled_section = False  # the last section's heading was a Word heading style's paragraph
    # (a unit's name alone under each entry signs it, printed flush right)
    signed_below = names_sign_above((p.text, p.hint is Hint.NONE) for p in paras)
    for index, para in enumerate(paras):
        text = para.text
        after = paras[index + 1:index + 1 + _LOOKAHEAD]
        before = paras[index - 1].text if index else ""
        attachments = bool({Role.ARTICLE_PARAGRAPH, Role.ITEM} & set(roles[offset + index - 1])) and bool(
            ATTACHMENTS.match(before) or (attachments and NEXT_ATTACHMENT.match(before))) if index else False
        if contents is not None:
            # the first section's heading, over its text, ends the contents as a title listed
            # again does (本期要目 / ◇… / ◆工作动态◆ / 某某……), as does a section's heading of
            # the bulletin's own form over a dated entry (1.某某…… / 一、工作动态 / 11月20日，…)
            # (a line a document marks as an entry is none: an exported issue's own contents)
            heading = (bare_sections and _bare_heading(para, after, heading_marks)) or (
                para.hint is not Hint.ITEM and _section_title(para, numbered_sections, heading_hints) is not None
                and _over_dated_entry(after))
            listed_under = _over_listed_title(para, paras[index - 1] if index else None, after, contents)
            if (not heading and not listed_under and _contents_line(para, contents)) or _listed_heading(para, after, contents):
                sections[-1].entries.append(Item(body=para.rich))
                roles[offset + index].append(Role.ITEM)
                continue
            contents = None
            if listed_under:
                sections.append(Section(_section_name(text)))
                bare_found = True
                roles[offset + index].append(Role.SECTION)
                continue
            opened = Section("")  # the issue's own text, after its contents
            sections.append(opened)
        if _contents_heading(para, sections):
            sections.append(Section(unspaced_name(text.strip())))  # 目　录 is the section 目录
            article, contents = None, set()
            roles[offset + index].append(Role.SECTION)
            continue
        if (signed_below and article is None and para.hint is Hint.NONE and not para.exact and sections
                and sections[-1].entries and Role.ITEM in roles[offset + index - 1]
                and isinstance(entry := sections[-1].entries[-1], Item) and _signs_below(entry, text)):
            add_to_entry(entry, (Run(SIGNATURE_GAP + text.strip()),))  # (printed flush right: kept after a gap)
            roles[offset + index].append(Role.ITEM)
            continue
        if article is not None and not article.paragraphs and not para.exact and para.hint is Hint.NONE and (
                UNIT_BYLINE.match(text.strip())):
            article.paragraphs.append(para.rich)  # the unit that wrote it, under its title: no heading
            roles[offset + index].append(Role.ARTICLE_PARAGRAPH)
            continue
        title = None
        row = is_table_row(para) or _in_two_column_table(paras, index) or _in_narrow_table(paras, index)
        if not row:  # a table's row is its text, never a heading
            title = _section_title(para, numbered_sections, heading_hints)
            if title is not None and _styled_under_section(para, sections, article, styled_section):
                # 一、经验交流 (typed, or a bold 栏目 line) over a 标题 2 paragraph: the sections
                # are marked otherwise and the heading style holds the articles' titles
                heading_hints = heading_hints - {para.hint}
                title = None
            if title is None and not numbered_sections and article is None:
                title = stray_numbered_heading(para, after)
            if title is None and next_part and _part_number(para) == next_part:
                title, next_part = text.strip(), next_part + 1
            # (under an article's title, before its text, a short line is its byline or speaker:
            # 县政协委员　王春梅)
            if title is None and bare_sections and not _unit_among_marked(para, heading_marks) and not (
                    article is not None and not article.paragraphs and _under_title(para)) and (
                    _bare_heading(para, after, heading_marks)
                    or (bare_found and _heading_over_text(para, after))):
                title = heading_title(_without_colon(text))
                bare_found = True
                if (marks := _marks_around(text)) is not None:
                    heading_marks.add(marks)
        if title is not None and (number := _section_number(para)):
            own = numbered == 0 and article is not None and (
                (parts_of is article and number == parts + 1) or (number == 1 and _opens_parts(article, title)))
            if own:
                parts_of, parts = article, number
            if article is not None and (number <= numbered or own):  # 二、经验交流 / title / 一、主要做法: the article's
                article.paragraphs.append(para.rich)
                roles[offset + index].append(Role.ARTICLE_PARAGRAPH)
                continue
            numbered = number
        if title is not None:
            if opened is not None and sections[-1] is opened and not opened.entries:
                sections.pop()  # opened after the contents, and a section begins at once
            sections.append(Section(_section_name(title)))
            styled_section = para.hint in _HEADING_LEVELS
            article = None
            roles[offset + index].append(Role.SECTION)
            continue
        if not sections:
            # text before the first heading still belongs to the issue
            sections.append(Section(""))
        section = sections[-1]
        if row:  # a row of a table: its text, in the article it stands in or on its own
            if article is not None:
                article.paragraphs.append(para.rich)
                roles[offset + index].append(Role.ARTICLE_PARAGRAPH)
            else:
                section.entries.append(Item(body=para.rich))
                roles[offset + index].append(Role.ITEM)
        elif para.hint is Hint.ITEM:
            date, unit, mark = para.fields
            section.entries.append(Item(body=para.rich, date=date, unit=unit, mark=mark))
            article = None
            roles[offset + index].append(Role.ITEM)
        elif para.hint is Hint.NONE and not para.exact and EDITOR_NOTE.match(text):
            if article is not None and not article.paragraphs:  # right under its title: the article's own
                article.paragraphs.append(para.rich)
                roles[offset + index].append(Role.ARTICLE_PARAGRAPH)
                continue
            section.entries.append(Item(body=para.rich))  # not the paragraph of an article before it
            article = None
            roles[offset + index].append(Role.ITEM)
        elif para.hint is Hint.ARTICLE_PARAGRAPH:
            if article is None:  # a paragraph with no title before it: an untitled article
                article = Article()
                section.entries.append(article)
            article.paragraphs.append(para.rich)
            roles[offset + index].append(Role.ARTICLE_PARAGRAPH)
        elif article is not None and not para.exact and (
                is_marked_byline(text) or (len(article.paragraphs) <= 1 and is_speaker_line(text))):
            # under the title its subtitle, byline or speaker, at the end its source: not a title of its own
            article.paragraphs.append(para.rich)
            roles[offset + index].append(Role.ARTICLE_PARAGRAPH)
        elif (attachments and article is not None and para.hint is Hint.NONE and not para.exact
              and NEXT_ATTACHMENT.match(text)):
            article.paragraphs.append(para.rich)  # 2.重点项目进展情况表: the list goes on, no title
            roles[offset + index].append(Role.ARTICLE_PARAGRAPH)
            continue
        elif (attachments and article is None and para.hint is Hint.NONE and not para.exact
              and NEXT_ATTACHMENT.match(text.strip())):
            section.entries.append(Item(body=para.rich))  # after entries, each attachment an entry as written
            roles[offset + index].append(Role.ITEM)
        elif (article is None and para.hint is Hint.NONE and not para.exact and section.entries
              and isinstance(previous := section.entries[-1], Item) and ends_entry(text, dated_item(previous))
              and takes_more(previous, text)):
            # the entry's source (where it names its unit) or its next paragraph: the entry, kept as
            # one paragraph, not a second entry with no date or unit
            add_to_entry(previous, (Run(text.strip()),) if is_source_line(text) else para.rich)
            roles[offset + index].append(Role.ITEM)
        elif para.hint is Hint.NONE and not para.exact and is_sub_heading(text, after):
            section.entries.append(read_item(para.rich))  # its dated entries stay entries, not an article's text
            article = None
            roles[offset + index].append(Role.ITEM)
        elif (article is not None and para.hint is Hint.NONE and not para.exact
              and article_part(text, article, after)):
            article.paragraphs.append(para.rich)  # （二）建立长效机制: the article's own part, not a new one
            roles[offset + index].append(Role.ARTICLE_PARAGRAPH)
        elif (para.hint is Hint.ARTICLE_TITLE
              or (not para.exact and is_article_title(text) and not _over_no_text(after))
              or (para.hint is Hint.NONE and not para.exact and not section.entries and _asking_title(text, after))
              or (para.hint in _HEADING_LEVELS and not _dated_entry(text))):  # a heading style below the sections
            article = Article(title=text)
            section.entries.append(article)
            roles[offset + index].append(Role.ARTICLE_TITLE)
        elif (article is not None and article.paragraphs and text.strip()[:1] in BULLETS
              and _opens_with_bold_unit(para)):
            # ▶**长葛市交通运输局：**开展…: a unit's news set after a bullet, after an article: an
            # entry of its own (an article's bulleted parts are run-in titles, not units)
            section.entries.append(read_item(para.rich))
            article = None
            roles[offset + index].append(Role.ITEM)
        elif article is not None:
            article.paragraphs.append(para.rich)
            roles[offset + index].append(Role.ARTICLE_PARAGRAPH)
        else:
            section.entries.append(read_item(para.rich))
            roles[offset + index].append(Role.ITEM)
    return sections


def _contents_heading(para: Paragraph, sections: list[Section]) -> bool:
    """本期要目 on a line of its own (or set as a section's heading, as we export it), before any entry."""
    return (not para.exact and para.hint in (Hint.NONE, Hint.SECTION) and bool(CONTENTS_HEADING.match(compact(para.text)))
            and not any(s.entries for s in sections))


def _contents_key(text: str) -> str:
    return compact(CONTENTS_MARKS.sub("", text.strip()))


_BARE_HEADING_MAX = 8  # (as a section's name a line alone may be: 工作动态, 基层信息)


def _over_listed_title(para: Paragraph, before: Paragraph | None, after: list[Paragraph], listed: set[str]) -> bool:
    """A short line without the marks of the contents' lines over it (◇, 1., a page's figure),
    right over a title they listed (本期要目 / ◇某某…… / 工作动态 / 某某……): the heading of the
    section the issue's own text begins with. (Where the contents mark no line, a short last
    one, 简讯, may be theirs: it stays so.)"""
    following = next((p for p in after if p.text.strip()), None)
    key = _contents_key(para.text)
    marked = before is not None and _contents_key(before.text) != compact(before.text.strip())
    # (a line with the contents' marks, its number or its page, is one they list: 3. 基层简讯……3)
    return (following is not None and marked and not para.exact and bool(key) and key not in listed
            and key == compact(para.text.strip())
            and _contents_key(following.text) in listed and len(key) <= _BARE_HEADING_MAX and is_article_title(para.text.strip()))


def _listed_heading(para: Paragraph, after: list[Paragraph], listed: set[str]) -> bool:
    """A section's heading the contents list (本期要目 / 【重点工作】 / 【基层动态】 / 【重点工作】 / 11月28日，…):
    one with another heading under it, not its text, listed once. Adds it to ``listed``."""
    following = next((p for p in after if p.text.strip()), None)
    key = _contents_key(para.text)
    if (para.exact or para.hint is not Hint.NONE or section_title(para.text.strip()) is None or key in listed
            or following is None or following.exact or section_title(following.text.strip()) is None):
        return False
    listed.add(key)
    return True


def _contents_line(para: Paragraph, listed: set[str]) -> bool:
    """A title the contents list: a short line without a sentence end, not yet listed (the
    first title met again is the issue's own text beginning). Adds it to ``listed``."""
    if para.exact or para.hint not in (Hint.NONE, Hint.ITEM):
        return False
    text = para.text.strip()
    key = compact(CONTENTS_MARKS.sub("", text))
    if para.hint is Hint.NONE and not (is_article_title(text) or key != compact(text)):
        return False
    if not key or key in listed or EDITOR_NOTE.match(text) or section_title(text) is not None:
        return False
    listed.add(key)
    return True


def ends_entry(text: str, dated: bool = True) -> bool:
    """A paragraph read as part of the entry above it: its source set on a line of its own
    (（城关镇党政办供稿）, ——县消防救援大队), who reported it (（通讯员　陈晨）, 记者 王磊),
    the mark that it is all ((完)), or, under a dated entry, its next paragraph (会议要求，…,
    下一步，…) or a unit's name alone in brackets, its author after it (（县政府办　李明）)."""
    return (is_source_line(text) or _credit_line(text) or bool(_DONE_MARK.match(text.strip()))
            or (dated and (bool(ENTRY_GOES_ON.match(text)) or (
                bool(_ONE_BRACKET.match(text.strip())) and bool(signed_unit((Run(text.strip()),)))))))


# (完), ——完——: the end of a piece of news, as agencies and offices mark it
_DONE_MARK = re.compile(r"^(?:[（(]\s*完\s*[）)]|[—－\-]+\s*完\s*[—－\-]+)$")


_IN_BRACKETS = re.compile(r"^[（(]\s*(.*?)\s*[）)]$")
_ONE_BRACKET = re.compile(r"^[（(][^（）()]+[）)]$")  # the line one bracketed phrase, not （3）…（某某局）


def _credit_line(text: str) -> bool:
    """（通讯员　陈晨）, 记者　王磊　通讯员　刘洋: a line crediting who wrote or reported the
    text, in brackets or not, as an article's byline is written (no dash: ——某县做法 may be a subtitle)."""
    text = text.strip()
    inner = bracketed.group(1) if (bracketed := _IN_BRACKETS.match(text)) else text
    return inner[:1] not in "—－" and is_marked_byline(inner)


def read_item(rich: RichText) -> Item:
    """An ordinary paragraph read as an item: its leading date and bold unit recognised,
    or the units reporting together in one bold run (**县应急局、县消防救援大队**联合…)."""
    item = Item.from_rich(tidy_lead(rich))
    if not item.date and (bracketed := _bracketed_lead(rich)) is not None:
        return bracketed
    numbered = 1 if not item.mark and len(item.body) > 1 and bare_number(item.body[0]) else 0  # 2．**县住建局、县应急局**…
    if (not item.unit and len(item.body) > numbered and item.body[numbered].bold
            and unit_bracket(item.mark) < 0):
        bold = item.body[numbered].text
        spaced = ""
        if _joint_units(bold) or (spaced := _spaced_units(bold)):
            item.mark = item.mark or "".join(run.text for run in item.body[:numbered])
            item.unit, item.body = spaced or bold, item.body[numbered + 1:]
    if not (item.unit or item.date or item.mark) and (before := unit_before_date(plain(item.body))) is not None \
            and plain(item.body).startswith(before[0]):
        # 西平县：6月3日，…, 西平县　6月3日，… (as a chat forwards it): the unit written before the
        # date, read as the bold one before its colon is, the text as written (the date in it)
        item.unit, item.body = before[0], replace_range(item.body, 0, len(before[0]), "")
    body, item.body = item.body, ()
    add_to_entry(item, body)
    return item


_NOT_IN_NAMES = re.compile(r"[，。；：！？,;:!?\s]")


# A short name in square brackets before an entry's date, on the entry's own line (【方城一高】12月1日，…,
# 【简讯】12月2日，…), whose name does not end as units' names do (those the entry reads itself:
# model.Item.from_rich); the brackets, the name and the spaces after them
_BRACKETED_LEAD = re.compile(r"^([【〔［\[])\s*([^】〕］\]，。；：、！？,.;:!?\s（）()“”《》]{2,12})\s*([】〕］\]])[ \u3000]*")
_SQUARE_PAIRS = ("【】", "〔〕", "［］", "[]")
# what the sentence after the date opens with when the entry names who did it there: a whole
# place or all its offices (全县, 各乡镇, 我市, 全系统), so the bracketed name over it is no unit of its
# own; 该校, 我校, 本院 name the bracketed unit itself
_WHOLE_PLACE = re.compile(r"^(?:[全各][县区市镇乡村省州旗]|[本我][县区市省州旗]|全系统|全行业|各地|各单位|各部门)")
# or a level's office named by it (县气象台, 市科协, 区妇联), which unit_name_at_start does not end so
_LEVEL_OFFICE = re.compile(rf"^[省市县区镇乡][^，。；：、！？,.;:!?\s]{{1,14}}?(?:{SENDER_SUFFIXES})")


def _bracketed_lead(rich: RichText) -> Item | None:
    """An entry that opens with a short name in square brackets before its date, after its
    number if any (【方城一高】12月1日，学校开展…, 2．【二中】12月2日，…): the name is its unit, in
    the mark's brackets as 【长葛市】 is, where the entry names no unit of its own, neither in bold
    after the date, nor signed at its end, nor opening its sentence (12月2日，县应急局召开…,
    全县开展…), and the name ends as a unit's does (model.named_as_a_unit: not 【5处】, 【动态】);
    else a label printed before the date as the entry's mark (【简讯】12月2日，…), its date read
    all the same. Square brackets only: round
    ones hold notes (（图）). A heading on a line of its own in such brackets is a section's
    (the issue's sections are checked again: bracketed_units_no_sections)."""
    text = plain(rich)
    numbered = numbering_length(text)
    found = _BRACKETED_LEAD.match(text[numbered:])
    if found is None or found.group(1) + found.group(3) not in _SQUARE_PAIRS:
        return None
    lead = numbered + found.end()
    rest = read_item(replace_range(normalize(rich), 0, lead, ""))
    if not rest.date or rest.mark:
        return None
    name = found.group(2)
    opening = plain(rest.body)
    if (rest.unit or not named_as_a_unit(name) or unit_name_at_start(opening) or _WHOLE_PLACE.match(opening)
            or _LEVEL_OFFICE.match(opening)):
        rest.mark = text[:lead]  # a label: printed as it stood, before the date
    else:
        rest.mark = text[:numbered] + found.group(1) + found.group(3) + text[numbered + found.end(3):lead]
        rest.unit = name
    return rest


def bracketed_label(item: Item) -> str:
    """The label an entry's mark holds in square brackets before its date (【简讯】, read so by
    _bracketed_lead where it names no unit), or ""."""
    if unit_bracket(item.mark) >= 0:
        return ""
    found = _BRACKETED_LEAD.match(item.mark[numbering_length(item.mark):])
    return found.group(2) if found else ""


def bracketed_units_no_sections(sections: list[Section]) -> None:
    """No section's title is a unit: a name bracketed before an entry's date (_bracketed_lead)
    that heads a section of the issue on a line of its own (【安全提示】), or that stands as a
    label over another entry naming its own unit, is a label there too, printed as it stood."""
    items = [entry for section in sections for entry in section.entries if isinstance(entry, Item)]
    labels = {section.title for section in sections}
    labels |= {label for item in items if (label := bracketed_label(item))}
    for item in items:
        if item.unit in labels and (opening := unit_bracket(item.mark)) >= 0:
            item.mark = item.mark[:opening + 1] + item.unit + item.mark[opening + 1:]
            item.unit = ""


_SPACED_UNIT = re.compile(rf"^[^，。；：、！？,.;:!?\s\d]{{2,20}}(?:{SENDER_SUFFIXES}|村)$")


def _spaced_units(text: str) -> str:
    """Two or three units' names set apart by spaces alone in one bold run (县委办公室　县政府办公室,
    as Word's 双行合一 prints joint senders one above the other and the reader sets them apart):
    the units reporting together, joined as the registry and the statistics read joint units
    (县委办公室、县政府办公室); "" for anything else."""
    from ..units.joined import JOINERS

    names = text.split()
    return JOINERS[0].join(names) if 2 <= len(names) <= 3 and all(_SPACED_UNIT.match(name) for name in names) else ""


def _joint_units(text: str) -> bool:
    """县应急局、县消防救援大队 (or 县住建局会同县城管局): units' names joined, as the registry
    and the statistics read them. (Their module is loaded at the first bold lead that is no
    unit alone: the units' package takes a tenth of a second.)"""
    from ..units.joined import joined_names

    return not _NOT_IN_NAMES.search(text) and bool(joined_names(text))


def add_to_entry(item: Item, more: RichText) -> None:
    """``more`` at the end of ``item``'s body (its text, its source on a line of its own).
    Without a unit, the unit the text then signs with (……。（县应急局供稿）, ——县应急局) is
    the entry's, printed there only; with the same unit bold after the date as well
    (**县应急局**…（县应急局供稿）), that one is kept in the body, where it stood."""
    body = normalize((*item.body, *more))
    if unit_bracket(item.mark) < 0:  # (a unit in the mark's brackets is printed there)
        if item.unit and item.body and signed_unit(item.body) == item.unit and signed_unit(body) != item.unit:
            body = unit_signed_mid_text(item.unit, body)
        elif item.unit:
            body = signed_again(item.unit, body)
        else:
            item.unit = signed_unit(body)
    item.body = body


def _signs_below(item: Item, text: str) -> bool:
    """Whether the unit's name alone on the line ``text`` (or with what a signature says after
    it: 县应急管理局　王磊) signs ``item``, the dated entry above it that names no other unit."""
    line = text.strip()
    if not item.date or not name_alone(line):
        return False
    unit = signed_unit(normalize((*item.body, Run(SIGNATURE_GAP + line))))
    return bool(unit) and item.unit in ("", unit)


def takes_more(item: Item, text: str) -> bool:
    """Whether ``text`` may follow ``item``'s text in its one paragraph: not where the entry signs
    its unit at its end (……全县开展督导。（县疾控中心供稿）) and names it nowhere at its start, as
    the text after the signature would make the unit print after the date, words the entry never
    had (unit_signed_mid_text); the paragraph is then an entry of its own, as written. A paste
    parts its paragraphs so as well."""
    if not item.unit or unit_bracket(item.mark) >= 0 or signed_unit(item.body) != item.unit:
        return True
    if signed_unit(normalize((*item.body, Run(text.strip())))) == item.unit:
        return True  # (a credit after the signature that still signs it so)
    return item.body[:1] == (Run(item.unit, True),) or plain(item.body).startswith(item.unit)


def unit_signed_mid_text(unit: str, body: RichText) -> RichText:
    """The body of an entry that signed its unit at its end (……。（县医院供稿）), printed there
    only, when more text follows the signature (its next paragraph, 会议要求，…; a credit,
    （通讯员　陈晨）): the unit then prints after the date as a bold unit does, so its name is
    taken out where it opens the body, bold (signed_again put it there) or not (县疾控中心在…:
    the name, printed once, now bold); the text stays as written. A paste reads its
    paragraphs so as well."""
    if body[:1] == (Run(unit, True),):
        return body[1:]
    if plain(body).startswith(unit):
        return replace_range(body, 0, len(unit), "")
    return body


_HEADING_LEVELS = [Hint.HEADING, Hint.SUBHEADING]


def _section_number(para: Paragraph) -> int | None:
    """3 for a heading numbered 三、 (not a Word heading style's: its level says what it is)."""
    match = NUMBERED_HEADING.match(para.text) if para.hint is Hint.NONE else None
    return to_int(match.group(1)) if match else None


def _styled_under_section(para: Paragraph, sections: list[Section], article: Article | None,
                          styled_section: bool) -> bool:
    """A Word heading style's paragraph right under a section headed otherwise (一、, 【】, a
    line in the 栏目 style), with no entry between: the first article's title."""
    return (para.hint in _HEADING_LEVELS and section_title(para.text) is None and not NUMBERED_HEADING.match(para.text)
            and bool(sections) and bool(sections[-1].title) and not sections[-1].entries and article is None
            and not styled_section)


def _section_title(para: Paragraph, numbered_sections: bool, heading_hints: set[Hint]) -> str | None:
    if para.exact:
        return None
    text = para.text
    if (title := section_title(text)) is not None:
        return title
    if para.hint in heading_hints and len(text) <= _HEADING_MAX:
        match = NUMBERED_HEADING.match(text)
        return match.group(2).strip() if match else heading_title(text)
    if numbered_sections and (match := NUMBERED_HEADING.match(text)):
        return match.group(2).strip()
    return None


_BARE_HEADING_MAX = 8


def stray_numbered_heading(para: Paragraph, after: list[Paragraph]) -> str | None:
    """一、安排部署 in a bulletin whose other sections are 【】 headings (or 【督导检查】 among
    一、 ones): a heading typed in the other form. Among entries, short and over a dated entry,
    it is a section; in an article it stays the article's part."""
    match = None if para.exact or para.hint is not Hint.NONE else NUMBERED_HEADING.match(para.text.strip())
    if match is None or not _heading_words(unspaced_name(match.group(2).strip())) or read_item(para.rich).unit:
        return None  # (一、**马庄村**: a numbered entry's unit)
    return match.group(2).strip() if _over_dated_entry(after) else None


def _first_with_text(paragraphs: list[Paragraph]) -> Paragraph | None:
    """The first of ``paragraphs`` that holds any text: the one a line stands over (the blank
    lines between are layout)."""
    return next((p for p in paragraphs if p.text.strip()), None)


def _over_dated_entry(after: list[Paragraph]) -> bool:
    first = _first_with_text(after)
    return first is not None and _dated_paragraph(first)


def _over_no_text(after: list[Paragraph]) -> bool:
    """Nothing follows a line but the next section's heading in brackets (【乡村建设】) or the
    end of the body: the line heads no text, and is no article's title (高砂镇人民政府 signing
    the entry above it on a line of its own is a line of the text). (一、基本情况 under a
    report's title may be its part: no such heading here.)"""
    following = next((p for p in after if p.text.strip() or p.exact), None)  # (an explicit empty paragraph is text)
    return following is None or (not following.exact and (
        following.hint is Hint.SECTION or section_title(following.text) is not None))


def _plain_text(para: Paragraph | None) -> bool:
    """A paragraph of text as it is (no style or list marks it, no article's title): what a
    heading stands over."""
    return (para is not None and not para.exact and para.hint is Hint.NONE
            and not is_article_title(para.text.strip()))


_HAN = re.compile(r"[\u4e00-\u9fff]")
_NOT_IN_HEADINGS = set("：:“”\"《》（）()")


def _unit_among_marked(para: Paragraph, known_marks: set[tuple[str, str]]) -> bool:
    """A unit's name alone on a line (沁阳市应急管理局) where the bulletin sets its headings
    between marks (◆工作动态◆): no heading, but a line of its entries' (their unit signing)."""
    return bool(known_marks) and _marks_around(para.text) is None and bool(UNIT_BYLINE.match(para.text.strip()))


def _bare_heading(para: Paragraph, after: list[Paragraph], known_marks: set[tuple[str, str]]) -> bool:
    """A short title-like line (工作动态, 县区交流) whose next paragraph is a dated entry or
    a table's row, or an article's title with its text after it (经验交流 / 某县“三个聚焦”… /
    今年以来，…), or set between the same marks as a heading found before it (◆工作动态◆
    over dated entries, then ◆环境质量◆ over a paragraph of figures)."""
    if not _heading_shape(para):
        return _colon_heading(para, after)
    if _marks_around(para.text) in known_marks:
        return True
    following = (p for p in after if p.text.strip())
    first, then = next(following, None), next(following, None)
    if first is None:
        return False
    if is_table_row(first):
        return True
    if _dated_paragraph(first):
        return not _headline_beside(then, after)
    if _listed_news(first) and then is not None and _listed_news(then):
        return True  # 简讯 over ◆… lines, 村级动态 over 1、**马庄村**… lines: a list of short news, each an entry
    if first.exact or not is_article_title(first.text) or _under_title(first):
        return False  # a subtitle or byline follows an article's title, never a heading
    # the title's subtitle, byline or speaker, or the unit that wrote it on a line of its own
    while then is not None and (_under_title(then) or (not then.exact and UNIT_BYLINE.match(then.text.strip()))):
        then = next(following, None)
    return then is not None and not then.exact and not is_article_title(then.text) and not _dated_entry(then.text)


# what a line ending with a colon introduces when it is no heading: a list (具体如下：) or words
# said (会议要求：, 他强调：)
_INTRODUCES = re.compile(r"(?:如下|以下|要求|指出|强调|表示|认为|提出|批示|按)$")


def _without_colon(text: str) -> str:
    return text.strip().rstrip("：:")


def _colon_heading(para: Paragraph, after: list[Paragraph]) -> bool:
    """工作动态： (a short title and its colon, as a clerk types a heading) over a dated entry:
    a section's heading; not what introduces a list or words said (具体如下：, 会议要求：)."""
    text = para.text.strip()
    if para.exact or para.hint is not Hint.NONE or text[-1:] not in "：:":
        return False
    title = unspaced_name(heading_title(_without_colon(text)))
    if not _heading_words(title) or _INTRODUCES.search(title):
        return False
    first = _first_with_text(after)
    return first is not None and _dated_paragraph(first)


_NUMERAL = re.compile(r"[一二三四五六七八九十]+|\d+")


# 一是强化组织领导, 二是…: a point of an article's, counted so, on a line of its own over its text
_POINT = re.compile(r"^[一二三四五六七八九十]{1,3}是")


def article_part(text: str, article: Article, after: list[Paragraph] | None = None) -> bool:
    """A numbered line in an article is one of its parts: the first ((一)联民意) or one
    numbered like a part before it ((二)建立长效管理机制 after (一)…), or a point counted 一是,
    二是 under its text. Not when the article's own title is numbered so, nor over a dated
    paragraph ((二)县政府召开调度会议 / 6月3日，…): then it is the next article's title."""
    numbered = numbering_length(text)
    point = bool(_POINT.match(text))
    if not (numbered or point) or text[0] in BULLETS:
        return False
    if after is not None and (following := _first_with_text(after)) is not None:
        if following.hint is Hint.ITEM or _dated_entry(following.text):
            return False
    if point:
        return bool(article.paragraphs) and not _POINT.match(article.title)
    form = _form(text)
    if _form(article.title) == form:
        return False
    numeral = _NUMERAL.search(text[:numbered])
    return (numeral is not None and numeral.group() in ("一", "1")) or any(
        _form(plain(paragraph)) == form for paragraph in article.paragraphs)


def _form(text: str) -> str:
    """How a line is numbered, whatever its number: （N） for （二）, N. for 2."""
    return _NUMERAL.sub("N", text[:numbering_length(text)].strip())


# how the parts of a report are headed inside it (主要做法, 存在问题, 下一步打算), which are no sections
_REPORT_PART = re.compile(r"(?:做法|情况|问题|打算|成效|启示|体会|建议|措施|分析|亮点|思路|举措|成果|原因|对策|不足|特点|特征|进展|概况|现状|形势)$")


def _opens_parts(article: Article, title: str) -> bool:
    """一、 under an article, before any section numbered so: its own first part, right
    under its title (全市呼吸道传染病防治工作情况 / 一、基本情况), or after its lead paragraph
    as a report's part is headed (一、主要做法); 一、工作动态 after a lead article opens the sections."""
    return not article.paragraphs or bool(_REPORT_PART.search(title))


def _heading_over_text(para: Paragraph, after: list[Paragraph]) -> bool:
    """In a bulletin whose sections are short lines, one more over a paragraph of text
    (数据统计 / 截至5月10日，全区……): a section like the others, not an article's title
    or a part of the article above (主要做法 / 一是……)."""
    return (_heading_shape(para) and not _REPORT_PART.search(heading_title(para.text))
            and _plain_text(_first_with_text(after)))


_CELL_GAPS = re.compile(CELL_GAP + "+")


# four short cells or more set apart by one space each, as WPS types a table's row (序号　样品名称　检验结果
# 　结论): no sentence, whose words a space never parts so often, nor a byline (县政协委员　王春梅); three
# of them words, not the characters of a line spaced out letter by letter (【工　作　动　态】), no colon (编辑：…);
# a row only beside another row, as a headline of phrases spaced apart stands alone (守初心 担使命 找差距 抓落实)
_NARROW_ROW = re.compile(r"^[^\s，。；！？,;!?：:【〔［\[（(]{1,12}(?:[ \u3000][^\s，。；！？,;!?：:]{1,12}){3,}$")
_NARROW_ROW_WORDS = 3


def _narrow_row(text: str) -> bool:
    return bool(_NARROW_ROW.match(text)) and sum(len(cell) > 1 for cell in text.split()) >= _NARROW_ROW_WORDS and (
        not _credit_line(text))  # (记者 王磊 通讯员 刘洋: who reported it)


def is_table_row(para: Paragraph) -> bool:
    """A row of a Word table, or of a table typed as text, three cells or more set apart by
    spaces or tabs (站点　　当前水位　　警戒水位)."""
    return para.table_row or (not para.exact and para.hint is Hint.NONE and len(_CELL_GAPS.findall(_cells_text(para))) >= 2)


def _in_narrow_table(paras: list[Paragraph], index: int) -> bool:
    """Four short cells or more set apart by one space each, next to another row (_NARROW_ROW)."""
    def narrow(para: Paragraph) -> bool:
        return not para.exact and para.hint is Hint.NONE and _narrow_row(para.text.strip())

    return narrow(paras[index]) and any(
        0 <= near < len(paras) and (narrow(paras[near]) or is_table_row(paras[near])) for near in (index - 1, index + 1))


def two_cells(para: Paragraph) -> bool:
    """Two cells set apart; not an entry that opens with its date and comma ((一)11月15日，…
    with a tab or a wide gap in its text), which is no table's row."""
    text = para.text.strip()
    dated = is_valid_entry_date(text[lead_mark_length(text):].split(DATE_SEPARATOR, 1)[0].strip())
    return not para.exact and para.hint is Hint.NONE and len(_CELL_GAPS.findall(_cells_text(para))) == 1 and not dated


def _cells_text(para: Paragraph) -> str:
    """The text whose gaps set cells apart: without the number and the tab or spaces a dated
    entry opens with (1．→5月8日，…, 2．　　5月9日，…: a list's number, no cell)."""
    text = para.text.strip()
    return text[dated_lead_mark(text):]


def _in_two_column_table(paras: list[Paragraph], index: int) -> bool:
    """A line of two cells set apart (类别  事项数 / 社保医保  12) next to another such line:
    rows of a two-column table (as our Word file prints an imported table's rows). One such
    line alone may be a byline or a speaker's line; three cells are a row by themselves."""
    return two_cells(paras[index]) and any(
        0 <= near < len(paras) and (two_cells(paras[near]) or paras[near].table_row) for near in (index - 1, index + 1))


def _under_title(para: Paragraph) -> bool:
    """A line set under an article's title: its subtitle, byline or speaker."""
    return not para.exact and (is_marked_byline(para.text) or is_speaker_line(para.text))


def _heading_shape(para: Paragraph) -> bool:
    """Short enough for a bare heading, and worded like one: no colon, quote or bracket."""
    return not para.exact and para.hint is Hint.NONE and _heading_words(unspaced_name(heading_title(para.text)))


def _heading_words(text: str) -> bool:
    if not 2 <= len(text) <= _BARE_HEADING_MAX:
        return False
    return is_article_title(text) and not _NOT_IN_HEADINGS & set(text) and bool(_HAN.search(text))  # not —12—


def _headline_beside(then: Paragraph | None, after: list[Paragraph]) -> bool:
    """After a short line's one dated paragraph, a news item's headline over its own dated
    paragraph, too long or too punctuated for a heading (县委召开常委会议 / 3月5日，… /
    全县春季义务植树活动启动 / 3月6日，…): the short line is such a headline as well, not a
    section of one entry."""
    if then is None or then.exact or then.hint is not Hint.NONE:
        return False
    if not is_article_title(then.text.strip()) or not _HAN.search(then.text):  # not a page number, —12—
        return False
    if _heading_shape(then):
        return False  # a heading of the same kind: the sections go on
    rest = after[after.index(then) + 1:]
    following = _first_with_text(rest)
    return following is not None and (following.hint is Hint.ITEM or _dated_entry(following.text))


def _bulleted(para: Paragraph) -> bool:
    """A paragraph set after a bullet (◆县应急局召开…。), not a title."""
    text = para.text.strip()
    return (not para.exact and para.hint is Hint.NONE and text[:1] in BULLETS
            and not is_article_title(text[numbering_length(text):]))


def _listed_news(para: Paragraph) -> bool:
    """A paragraph set after a bullet, or opening with its unit in bold after its number or
    none (1、**马庄村**投入…): short news with no date, never an article's text (whose bold
    leads are run-in titles, **一是强化领导。**)."""
    return _bulleted(para) or _opens_with_bold_unit(para)


def _opens_with_bold_unit(para: Paragraph) -> bool:
    """1、**马庄村**投入…, ▶**长葛市交通运输局：**开展…: its unit in bold after its number or bullet, or first."""
    if para.exact or para.hint is not Hint.NONE:
        return False
    item = read_item(para.rich)
    return bool(item.unit) and unit_bracket(item.mark) < 0 and plain(item.rich)[len(item.mark):].startswith(item.unit)


def _repeated_marks(paras: list[Paragraph]) -> set[tuple[str, str]]:
    """The pairs of marks set round the titles of two heading-like lines or more (◆…◆, ★…★)."""
    pairs = Counter(marks for p in paras if _heading_shape(p) and (marks := _marks_around(p.text)) and all(marks))
    return {marks for marks, count in pairs.items() if count > 1}


def _marks_around(text: str) -> tuple[str, str] | None:
    """The marks a heading's title is set between (("◆", "◆") for ◆工作动态◆), or None."""
    text = text.strip()
    title = heading_title(text)
    at = text.find(title)
    if at < 0 or len(title) == len(text):
        return None
    return text[:at].strip(), text[at + len(title):].strip()


def _asking_title(text: str, after: list[Paragraph]) -> bool:
    """基层减负为何“越减越重”？: a headline put as a question or an exclamation, first in its
    section and over its text (not over a dated entry or another title). Further down it may
    as well be an article's short paragraph asking its question, and is read so."""
    if not asks_as_title(text):
        return False
    first = _first_with_text(after)
    return first is not None and _plain_text(first) and not _dated_paragraph(first)


def _dated_entry(text: str) -> bool:
    """A dated entry, also after a bullet, symbol or number set before it (●8月26日，…, 🔥8月26日，…,
    1．8月26日，…)."""
    text = text.strip()
    return bool(ENTRY_START.match(text[lead_mark_length(text):]))


def _dated_paragraph(para: Paragraph) -> bool:
    """A paragraph read as a dated entry: one whose text opens with a date, or one with a
    looser lead before its bold unit (11.16，**城关镇**…, 近日，**县卫健委**…), which the entry
    reads as its date too: a line over such entries heads them as it heads 11月16日，…"""
    if para.hint is Hint.ITEM or _dated_entry(para.text):
        return True
    return para.hint is Hint.NONE and not para.exact and dated_item(read_item(para.rich))


def dated_item(item: Item) -> bool:
    """An entry with its date: in its field, or after its unit, in bold with its colon
    (**县卫健委：**近日，…, **西平县：**6月3日，…) or not (西平县：6月3日，…, 西平县　6月3日，…, as a chat
    forwards it), where the date stays in the text as written, after the unit."""
    if item.date or (not item.mark and unit_before_date(plain(item.body)) is not None):
        return True
    text = plain(item.body)
    if not item.unit or text[:1] not in "：: \u3000":
        return False
    lead = text.lstrip("：: \u3000").split(DATE_SEPARATOR, 1)
    return len(lead) == 2 and is_valid_entry_date(lead[0])


_SUB_HEADING_MAX = 10
# the number a section's title is printed with (第一部分　工作动态, 1. 工作动态, （一）重点工作)
_TITLE_NUMBER = re.compile(r"^(?:第[一二三四五六七八九十]{1,3}(?:部分|篇|章|节)|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、])[ \u3000]*")


def _section_name(title: str) -> str:
    """The section's title without the spaces it was letter-spaced with (【工　作　动　态】 is
    工作动态), but for the space after its number: that one the clerk typed."""
    number = _TITLE_NUMBER.match(title.strip())
    cut = number.end() if number else 0
    return title.strip()[:cut] + unspaced_name(title.strip()[cut:])


_NUMBERED_PART = re.compile(r"^[（(]([一二三四五六七八九十]{1,3})[）)]\s*(\S.*)$")


def _part_number(para: Paragraph) -> int | None:
    """1 for （一）重点工作: a short topic numbered in brackets on a line of its own."""
    match = None if para.exact or para.hint is not Hint.NONE else _NUMBERED_PART.match(para.text.strip())
    if match is None or not 2 <= len(match.group(2)) <= _SUB_HEADING_MAX or not is_article_title(match.group(2)):
        return None
    return to_int(match.group(1))


def is_sub_heading(text: str, after: list[Paragraph]) -> bool:
    """A short topic line over dated entries inside a section (（一）危化品领域 / 8月7日，… /
    8月8日，…), told from an article's title over a dated first paragraph (县委召开常委会议
    研究部署防汛工作 / 6月2日，…): a numbered one needs one dated entry after it, an
    unnumbered one two, but a unit's name alone (舞阳县 / 5月28日，县应急局…), which is no
    headline, one."""
    text = text.strip()
    numbered = numbering_length(text)
    topic = text[numbered:].strip()
    if not 2 <= len(topic) <= _SUB_HEADING_MAX or not is_article_title(text) or _NOT_IN_HEADINGS & set(topic):
        return False
    dated = 0
    for para in after:
        if para.exact:  # an explicit line, an empty entry's too, is no dated text under a topic
            break
        if not para.text.strip():
            continue
        if para.hint is not Hint.NONE or not _dated_paragraph(para):
            break
        dated += 1
        if dated >= (1 if numbered or UNIT_BYLINE.match(topic) else 2):
            return True
    return False


_SPACES = " \u3000\u00a0"


def tidy_lead(rich: RichText) -> RichText:
    """Word authors bold the date with the unit, or the comma after the unit, or start with
    the unit and a colon in bold; the entry's lead is read as if they had bolded just the
    unit. The text stays the same."""
    runs = list(normalize(rich))
    if not runs:
        return ()
    if not runs[0].bold and (comma := HALF_WIDTH_AFTER_DATE.match(runs[0].text, lead_mark_length(runs[0].text))):
        # 11月16日,县应急局…: the date's comma typed half-width is the separator the entry prints
        runs[0] = Run(runs[0].text[:comma.end(1)] + DATE_SEPARATOR + runs[0].text[comma.end():])
    # (the bracketed unit and the unit before its colon may follow the entry's number: 3.**【庙湾所】**…)
    at = 1 if len(runs) > 2 and bare_number(runs[0]) and runs[1].bold else 0
    if (len(runs) > at + 1 and runs[at].bold and not runs[at + 1].bold
            and BOLD_BRACKETED_UNIT.match(runs[at].text, numbering_length(runs[at].text))):  # (**3.【庙湾所】**: bold with it)
        unbolded = normalize([*runs[:at], Run(runs[at].text), *runs[at + 1:]])
        if unit_bracket(Item.from_rich(unbolded).mark) >= 0:
            runs = list(unbolded)  # **【县应急局】**11月16日，…: the unit in the brackets before the date
    if at and len(runs) > at and runs[at].bold and (named := UNIT_BEFORE_COLON.match(runs[at].text)):  # （三）**县应急局：**11月5日…
        runs[at:at + 1] = [Run(named.group(1), True), Run(runs[at].text[named.end(1):])]
        return normalize(runs)
    first = runs[0]
    if first.bold and (match := ENTRY_START.match(first.text)) and first.text[match.end():].startswith(DATE_SEPARATOR):
        cut = match.end() + len(DATE_SEPARATOR)
        runs[0:1] = [Run(first.text[:cut]), Run(first.text[cut:], True)]
        runs = list(normalize(runs))
    elif (first.bold and (match := ENTRY_START.match(first.text)) and match.end() == len(first.text)
          and len(runs) > 1 and runs[1].text.startswith(DATE_SEPARATOR)):
        runs[0] = Run(first.text)  # **9月11日**，**李庄镇**…: a date in bold, then its comma
        runs = list(normalize(runs))
    if runs[0].bold and (named := UNIT_BEFORE_COLON.match(runs[0].text)):  # **西平县：**6月3日，…
        runs[0:1] = [Run(named.group(1), True), Run(runs[0].text[named.end(1):])]
        return normalize(runs)
    # only after a date: elsewhere a bold phrase ending in punctuation is a bold lead, not a unit
    if len(runs) < 2 or runs[0].bold or not _dated_lead(runs[0].text):
        return normalize(runs)  # (1．8月26日，…: the number or bullet before the date is passed over)
    position = 1
    if runs[position].bold and runs[0].text.rstrip().endswith(DATE_SEPARATOR):
        # 6月5日， **镇综治中心** 联合…: the spaces typed round the bold unit (a pasted no-break
        # space too) are no text of the entry's
        runs[0] = Run(runs[0].text.rstrip())
        if position + 1 < len(runs) and not runs[position + 1].bold:
            runs[position + 1] = Run(runs[position + 1].text.lstrip(_SPACES))
    if runs[position].bold:
        unit = runs[position].text
        stripped = unit.rstrip("，,：: ")
        if stripped != unit and 0 < len(stripped) <= 20:
            runs[position:position + 1] = [Run(stripped, True), Run(unit[len(stripped):])]
    return normalize(runs)



def _dated_lead(text: str) -> bool:
    """A first run that opens with a date (past its number or bullet), or is a looser lead
    alone (26日， 近日，) before what may be the bold unit."""
    return bool(ENTRY_START.match(text[dated_lead_mark(text):]) or loose_lead_length(text))
