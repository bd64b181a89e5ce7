"""The entries a submission offers: one per dated paragraph when it reports several events
(11月15日，… 11月16日，…), else one item, or an article when it is a longer piece."""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterable

from ..model import (
    DATE_SEPARATOR, ENTRY_DATE_PATTERN, SENDER_LABEL, Article, Entry, Item, attribution, author_start, is_source_line,
    numbering_length, place_and_office, signed_unit, time_phrase_length, unit_before_date, unit_moved_after_date,
    unit_name_at_start,
)
from ..emoji import without_emoji, without_emoji_text
from ..numerals import to_int
from ..recognise.patterns import DATE, NUMERIC_DATE, YEAR_ISSUE_NUMBER, compact, is_caption
from ..units.detect import SENDER_ALONE, is_passed_on
from ..units.registry import BANNER
from .covering_lines import chat_day, is_attachment_label, is_covering_line
from ..richtext import RichText, Run, concat, from_plain, normalize, parse_markup, plain, replace_range

_DATED = re.compile(rf"^{ENTRY_DATE_PATTERN}{DATE_SEPARATOR}")
# Lines about the submission, not news: who sends it and how to reach them (报送单位：…
# 联系人：… 电话：…), and a closing signature over a date (西平县应急管理局 / 2023年6月5日).
_ABOUT_SENDER = re.compile(r"^(?:" + SENDER_LABEL + r"|报送人|投稿人|撰稿人|执笔|联系人|联系电话|电话|手机|审核人|审核|"
                           r"签发人|签发|邮箱|电子邮箱|传真|(?:报送|上报|投稿|成稿|发稿)(?:日期|时间)|"
                           # (whom a unit's own bulletin goes to)
                           r"发送|抄送|分送|印送|主送)\s*[：:]")
_FULL_DATE = re.compile(rf"^[（(]?(?:{DATE}|{NUMERIC_DATE})[）)]?$")  # a signature's date, maybe in brackets
_DATE_IN = re.compile(f"{DATE}|{NUMERIC_DATE}")
_SIGNATURE_MAX = 30
# An item is one paragraph of news; more undated paragraphs than this make an article.
_ITEM_PARAGRAPHS = 1


# where an undated entry's own date may stand, after a clause opening it
_OPENING = 60
_DATE_INSIDE = re.compile(rf"[，,]\s*{ENTRY_DATE_PATTERN}[，,]")


def _as_item(text: RichText, received: dt.date, unit: str, names: tuple[str, ...]) -> Item:
    written = ""
    # (舞阳县　12月1日，县应急管理局…: read as a paste reads it, 舞阳县 and 12月1日，应急管理局…)
    if moved := unit_moved_after_date(text):
        written, text = moved.unit, moved.rest
        if written not in names:  # another unit than the sender's (a town in its county's report)
            unit, names = written, (written,)
    item = Item.from_rich(text)
    if moved and (joined := place_and_office(moved, item.unit)):  # 舞阳县　12月1日，**县应急局**…: 舞阳县应急局
        item.unit = joined
    if not item.date and not item.unit and (opening := time_phrase_length(plain(text))):
        # it says when itself (6月3日以来，西平县组织…): kept as written, the unit's name after
        # the time phrase in bold, as a unit after a date is
        return Item(body=_bold_name_at(text, opening, names if unit else ()))
    if not item.date and _DATE_INSIDE.search(plain(text)[:_OPENING]):
        return item  # dated further on (按照…部署，3月13日，县住建局组织…): as written, not dated again
    if not item.date:
        item.date = f"{received.month}月{received.day}日"
    if not item.unit and unit:
        body = list(normalize(item.body))
        lead = plain(tuple(body[:1]))
        # "舞阳县组织专家…" from 舞阳县 becomes **舞阳县**组织专家…, not **舞阳县**舞阳县组织…
        named = next((name for name in sorted(names, key=len, reverse=True)
                      if body and not body[0].bold and lead.startswith(name)), None)
        if named is None and not _SUBJECTLESS.match(plain(item.body)):
            # it names its own subject (县安委办组织…, 市应急管理局督导组到…): as written; a unit
            # written before the date (【郾城区】11月30日，区安委办…) stays, after the date, as
            # the text had it: taken out, the entry no longer said whose 区安委办 it was (unless
            # the text names it itself: 【上蔡县重阳街道】3月8日，重阳街道开展…)
            place = unit_name_at_start(written) if written else ""
            begins = plain(item.body)[:_OPENING]
            if written and not any(part and part in begins for part in (written, written[len(place):])):
                item.unit = written
            return item
        if named is not None:  # bold as written (市住建局 stays 市住建局: the registry knows it by that name too)
            body[0] = Run(lead[len(named):])
        item.unit = named or unit
        item.body = normalize(body)
    return item


# An entry's sentence that opens with what was done, its subject left out (组织专家…, 对辖区…):
# the sender is its subject, put before it as the bulletin prints units. One that opens with
# a subject of its own (县安委办…, 市应急管理局督导组…, 该县…) is not given a second one.
_SUBJECTLESS = re.compile(
    r"^(?:组织|开展|召开|举办|举行|联合|会同|对|在|于|深入|围绕|积极|认真|扎实|迅速|及时|持续|全面|进一步|按照|根据|"
    r"针对|坚持|通过|为|就|到|赴|前往|邀请|印发|下发|制定|出台|启动|成立|部署|落实|完成|发布|派出|抽调|集中|专题|"
    r"多措并举|精心|周密|高度重视|率先|创新|大力|着力|切实|狠抓|强化|加强|推进|推动|全力|筑牢|以|把|从|再次|首次|"
    r"连续|先后|分别|共|累计|已|将|正|还|又|也)")


def _bold_name_at(text: RichText, at: int, names: tuple[str, ...]) -> RichText:
    """``text`` with the longest of ``names`` that starts at character ``at`` in bold (when
    that stretch is plain text of one run)."""
    runs = list(normalize(text))
    start = 0
    for index, run in enumerate(runs):
        if start <= at < start + len(run.text):
            offset = at - start
            for name in sorted(names, key=len, reverse=True):
                if name and not run.bold and run.text.startswith(name, offset):
                    runs[index:index + 1] = [Run(run.text[:offset]), Run(name, True),
                                             Run(run.text[offset + len(name):])]
                    break
            break
        start += len(run.text)
    return normalize(runs)


def opens_dated_news(text: str) -> bool:
    """Dated as the bulletin prints news (11月15日，…), or after the unit it is about
    (【上蔡县】3月8日，…): news, never a title."""
    return bool(_DATED.match(text) or unit_before_date(text))


def candidate_entries(title: str, body_markup: str, received: dt.date, unit: str = "",
                      unit_names: tuple[str, ...] = (), left_out: list[int] | None = None,
                      sections: list[str] | None = None) -> list[Entry]:
    """Fresh entries (new uids each call) ready to go into a section; ``unit_names`` are the
    names the unit is known by, so a body opening with one of them is not doubled. The
    entries are without emoji and chat expressions (core.emoji); ``left_out``, given, gets
    how many each entry was made without, in the order of the entries; ``sections``, given,
    the name of the section the submission lists each under (【隐患排查】 over it or before
    its date, 二、隐患排查), or "" for none."""
    lines = [parse_markup(line) for line in body_markup.split("\n") if line.strip()]
    opening = title.removesuffix("…")  # a title made of the text's opening words

    def untitled() -> bool:
        return not lines or any(plain(unnumbered(line)).strip().startswith(opening) for line in lines)

    if opens_dated_news(title) and not untitled():
        lines.insert(0, parse_markup(title))  # its dated first line was taken for its title
    printable = [without_emoji(line) for line in lines]
    kept = _news_indices([plain(text) for text, _ in printable])
    counts = {i: printable[i][1] for i in kept}
    for i, (text, count) in enumerate(printable):
        if count and i not in counts and kept and not _WORDS.search(plain(text)):
            # a line of stickers alone ([强][强]) answers the message above it
            counts[max((k for k in kept if k < i), default=kept[0])] += count
    labels = [found.group(1) if (found := _leading_label(plain(printable[i][0]))) else "" for i in kept]
    paragraphs = [unnumbered(_unlabelled(printable[i][0])) for i in kept]
    weights = [counts[i] for i in kept]
    shown_title, title_count = without_emoji_text(title)
    if not paragraphs:
        paragraphs, weights = [parse_markup(shown_title)], [title_count]
    elif not untitled():
        weights[0] += title_count  # a heading of its own, printed as the article's title
    names = tuple(dict.fromkeys((unit, *unit_names))) if unit else unit_names
    dated = [i for i, p in enumerate(paragraphs) if opens_dated_news(plain(p))]
    if len(dated) >= 2 or (dated == [0] and untitled()):
        # lines before the first date (报送单位, 联系人) are not news and are left out; lines
        # after a date are its message's, as a chat's sender broke them
        spans = list(zip(dated, dated[1:] + [len(paragraphs)]))
        entries: list[Entry] = [_as_item(concat(*(p for p in paragraphs[start:end] if not _section_label(plain(p)))),
                                         received, unit, names) for start, end in spans]
        tallies = [sum(weights[start:end]) for start, end in spans]
        placed = [(_section_name(plain(paragraphs[start - 1])) if start else "") or labels[start] for start, _end in spans]
    elif len(paragraphs) <= _ITEM_PARAGRAPHS:
        entries, tallies = [_as_item(paragraphs[0], received, unit, names)], [sum(weights)]
    else:
        entries, tallies = [Article(title=shown_title, paragraphs=list(paragraphs))], [sum(weights)]
    for entry in entries:
        if isinstance(entry, Item):
            entry.body = _author_left_out(entry.body)
    if left_out is not None:
        left_out.extend(tallies)
    if sections is not None:
        sections.extend(placed if len(dated) >= 2 or (dated == [0] and untitled()) else [""] * len(entries))
    return entries


# The name of a section a submission lists its items under, between them (【隐患排查】, 二、隐患排查)
# or before an item's date (【隐患排查】11月24日，…): it says where the item may go, and is no
# part of the item (nor its unit); a unit's name so written (【郾城区】) is none
_BRACKET_LABEL = re.compile(r"\s*【([^【】\s，。；：]{2,10})】\s*")
_LABEL_WORDS = re.compile(r"[^\s，。；：！？,.;:!?\d]{2,10}")


# a banner or a league (阿荣旗, 鄂温克族自治旗, 阿拉善盟), which model.unit_name_at_start does not
# take for a unit: a place, no section
_BANNER_OR_LEAGUE = re.compile(rf"{BANNER}|\S{{2,}}盟|\S{{2,}}自治州")


def _names_a_place(name: str) -> bool:
    return bool(unit_name_at_start(name) or _BANNER_OR_LEAGUE.fullmatch(name))


def _section_name(text: str) -> str:
    """The section a line alone names (【隐患排查】, 二、隐患排查 → 隐患排查), or ""."""
    text = text.strip()
    if found := _BRACKET_LABEL.fullmatch(text):
        name = found.group(1)
    elif (numbered := numbering_length(text)) and _LABEL_WORDS.fullmatch(text[numbered:].strip()):
        name = text[numbered:].strip()
    else:
        return ""
    return "" if _names_a_place(name) else name


def _section_label(text: str) -> bool:
    return bool(_section_name(text))


def _leading_label(text: str) -> re.Match | None:
    """The section named before a dated item's date (【隐患排查】11月24日，…), or None."""
    found = _BRACKET_LABEL.match(text)
    if found is None or _names_a_place(found.group(1)) or not _DATED.match(text[found.end():]):
        return None
    return found


def _unlabelled(paragraph: RichText) -> RichText:
    """A dated item without the section name put before it: read as a unit before the date,
    it was printed after the date as one (11月24日，隐患排查源汇区…)."""
    found = _leading_label(plain(paragraph))
    return replace_range(paragraph, 0, found.end(), "") if found else paragraph


def _author_left_out(body: RichText) -> RichText:
    """``body`` signed at its end with its unit and who wrote it (……。（县应急局　张三））,
    signed with the unit alone: the writer is the office's to know, not the bulletin's to
    print; other bodies as they are."""
    text = plain(body)
    signed = attribution(text.rstrip())
    if (author := author_start(signed)) < 0:
        return body
    at = text.rfind(signed)
    return replace_range(body, at + author, at + len(signed), "")


def unnumbered(paragraph: RichText) -> RichText:
    """A dated piece of news without the number the submission listed it under
    (1.11月20日，… → 11月20日，…): the bulletin's entries carry no numbers of their own."""
    text = plain(paragraph)
    length = numbering_length(text)
    if length and _DATED.match(text[length:]):
        return replace_range(paragraph, 0, length, "")
    return paragraph


# and what comes with the submission above its title: a cover note's salutation and sentence
# (县委办： / 现将……报送如下：), a mail's headers, the sender's name alone or with the date
_SALUTATION = re.compile(r"^[^，。；：:,\s]{1,12}[：:]$")
_COVER_NOTE = re.compile(r"^现将.{0,60}(?:如下|报送|呈报|报来|报上)")
# the heading of a cover letter sent with the news (关于报送郾城区11月份安全生产信息的函): the
# letter's, not the news' title
_COVER_HEADING = re.compile(r"^关于(?:报送|上报|呈报|报来|报上).{1,40}(?:信息|稿件|材料|情况|简报|动态)(?:的(?:函|报告|说明|通知))?$")
# a submission's form (信息报送单): its heading and the label over its text (正文, 内容)
_FORM_LINE = re.compile(r"^(?:.{0,8}(?:报送|投稿|送审|审批|登记)(?:单|表|卡)|(?:正文|内容|主要内容|信息内容)[：:]?)$")
# a cover letter's document number (临应急函〔2022〕15号)
_DOCUMENT_NUMBER = re.compile(r"^[^\s，。；：]{1,14}[〔\[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*\d{1,4}\s*号$")
# a line saying this copy corrects one sent before (此稿为更正稿，请以此稿为准，原稿作废。), maybe after a
# salutation: the news is the rest of the submission
CORRECTION_NOTE = re.compile(r"^(?:[^，。；：:,\s]{1,12}[：:])?[^。！？]{0,12}(?:(?:更正|修改|修订)稿(?![件子纸])|以此(?:稿|件|版)为准|"
                             r"请以此为准|原稿(?:作废|不用|撤回)|替换(?:原稿|前稿|上一稿))[^。！？]{0,24}[。！!]?$")
_CORRECTION_NOTE_CHARS = 50
# what marks a title as a corrected copy's: 【更正稿】…, …（修改稿）, 更正：…
_CORRECTION_WORDS = r"(?:更正稿?|修改稿|修订稿|更正版|修改版|重发稿?)"
CORRECTION_TAG = re.compile(rf"^[【\[（(]{_CORRECTION_WORDS}[】\]）)]\s*|\s*[【\[（(]{_CORRECTION_WORDS}[】\]）)]$"
                            rf"|^{_CORRECTION_WORDS}\s*[：:]\s*")
# what marks a file's name as a corrected copy's, the text saying nothing (叶县-11月信息（修改稿）.docx,
# …(更正).docx, …-修改后.docx, 【更正】…): the word set off by a bracket or a separator, at either end
_FILE_CORRECTION_WORDS = rf"(?:{_CORRECTION_WORDS}|修改后|改后|修改|修订版?|修正稿?|重报|终稿)"
_CORRECTED_FILE = re.compile(rf"(?:^|[\s\-_—－·.（(【\[])[【\[（(]?{_FILE_CORRECTION_WORDS}[】\]）)]?$"
                             rf"|^[【\[（(]{_FILE_CORRECTION_WORDS}[】\]）)]")
# the copy number a download or a copied file gets (…(1).docx, …副本.docx): no part of the name's end
_COPY_NUMBER = re.compile(r"\s*(?:[（(]\d{1,2}[）)]|\s-\s副本|副本)$")


def is_corrected_file_name(source: str) -> bool:
    """Whether a file's name marks it as a corrected copy of one sent before."""
    stem = _COPY_NUMBER.sub("", source.rsplit(".", 1)[0].strip()) if "." in source else source.strip()
    return bool(_CORRECTED_FILE.search(stem))


def about_sender(text: str) -> bool:
    """A line about who sends the submission (报送单位：…, 联系人：…, the sender's name, a cover
    note, a mail's headers, a chat's header, its attachments, its form's heading and labels),
    not its news."""
    from ..recognise.patterns import MAIL_HEADER, OFFICE_AND_DATE

    line = text.strip()
    return bool(_ABOUT_SENDER.match(line) or MAIL_HEADER.match(line) or _SALUTATION.match(line)
                or _COVER_NOTE.match(line) or _COVER_HEADING.match(line) or _FORM_LINE.match(line) or OFFICE_AND_DATE.match(line) or SENDER_ALONE.match(line)
                or _DOCUMENT_NUMBER.match(line) or is_passed_on(line) or is_correction_note(line) or is_covering_line(line))


def is_correction_note(line: str) -> bool:
    """A line saying the copy corrects one the unit sent before (请以此稿为准)."""
    line = line.strip()
    if CORRECTION_TAG.search(line) or opens_dated_news(line):  # a title tagged so (【更正稿】郾城区开展……), news
        return False
    return len(line) <= _CORRECTION_NOTE_CHARS and bool(CORRECTION_NOTE.match(line))


def stated_date(lines: list[str], today: dt.date | None = None) -> dt.date | None:
    """The day a submission says it was sent: a full date on a line about the sender
    (报送时间：…, a mail's 发送时间：…, 西平县应急管理局　2024年6月5日) or on its last line, a
    signature's date; else, given ``today``, the day a chat's header names without a year.
    Not a date in its news: that is what happened, not when it was sent."""
    last = next((line.strip() for line in reversed(lines) if line.strip()), "")
    for line in (last, *lines):
        line = line.strip()
        about = about_sender(line) or _FULL_DATE.match(re.sub(r"\s", "", line))
        if about and (found := _DATE_IN.search(line.replace(" ", ""))):
            parts = [part for part in found.groups() if part is not None]
            try:
                return dt.date(*(to_int(part) or 0 for part in parts[:3]))
            except ValueError:
                continue
        if about and (day := _english_date(line)) is not None:  # Sent: Monday, November 21, 2022 9:30 AM
            return day
    if today is not None:
        return next((day for line in lines if (day := chat_day(line, today)) is not None), None)
    return None


# A mail program's date in English (Sent: Monday, November 21, 2022 9:30 AM; Date: Tue, 22 Nov 2022
# 15:15:02 +0800), on a mail's header line
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ENGLISH_DATE = re.compile(r"\b(?:(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})|([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4}))\b")


def _english_date(line: str) -> dt.date | None:
    for found in _ENGLISH_DATE.finditer(line):
        day, month, year = (found.group(1), found.group(2), found.group(3)) if found.group(1) else (
            found.group(5), found.group(4), found.group(6))
        if month[:3].lower() in _MONTHS:
            try:
                return dt.date(int(year), _MONTHS.index(month[:3].lower()) + 1, int(day))
            except ValueError:
                continue
    return None


# A formula closing an office's report, no news of its own: 特此报告。 妥否，请批示。 请审阅。
_FORMULA = re.compile(r"^(?:特此(?:报告|报送|函告|说明)|妥否[，,]?请.{1,6}|请(?:审阅|审示|阅示|批示|审定)|以上.{0,10}(?:报告|报送)"
                      r".{0,10})[。！.!]?$")


# a line with a word in it: one of nothing but emoji, stickers and marks (👍👍👍, [强], ——) is a
# chat's, no news
_WORDS = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]")


def masthead_end(lines: list[str]) -> int:
    """How many lines at the start are the submission's own masthead (信息专报 / 第23期, a
    unit's red header) or the cover letter sent before its news (关于报送……的函 / 市应急管理局：
    / 现将……报送如下 / 临颍县应急管理局 / 2022年11月28日): up to the masthead's number line,
    among the first three, or the letter's date; 0 for none."""
    masthead = next((i + 1 for i, line in enumerate(lines[:3]) if YEAR_ISSUE_NUMBER.match(compact(line))), 0)
    return max(masthead, _letter_end(lines))


_LETTER_TOP = 8  # lines: a cover letter's heading or handing-over sentence comes near the top


def _letter_end(lines: list[str]) -> int:
    """After a cover letter's date, when its heading or the sentence handing the news over
    (现将……报送如下) is among the first lines and a full date follows it within a few lines;
    else 0. (A letter without a date is left to about_sender, line by line.)"""
    opening = next((i for i, line in enumerate(lines[:_LETTER_TOP])
                    if _COVER_HEADING.match(line.strip()) or _COVER_NOTE.match(line.strip())), None)
    if opening is None:
        return 0
    end = next((i + 1 for i in range(opening + 1, min(len(lines) - 1, opening + _LETTER_TOP))
                if _FULL_DATE.match(re.sub(r"\s", "", lines[i]))), 0)
    # only the letter's own lines before its date: news there is the submission's, however dated
    letter = [line.strip() for line in lines[opening + 1:end - 1]]
    return end if all(about_sender(line) or _signature_like(line) for line in letter) else 0


def _signature_like(line: str) -> bool:
    return len(line) <= _SIGNATURE_MAX and not re.search(r"[。，；！？,;!?]", line)


def is_news(text: str) -> bool:
    """A paragraph that reports something: not a line about the sender, a picture's caption,
    the sender's own attribution, a report's closing formula or a line of emoji."""
    line = text.strip()
    return not (about_sender(line) or is_caption(line) or is_source_line(line) or _signed_alone(line)
                or _FORMULA.match(line) or not _WORDS.search(without_emoji_text(line)[0]))


_BRACKETED = re.compile(r"^[（(][^（）()]{2,60}[）)]$")


def _signed_alone(line: str) -> bool:
    """A line that is only the sender's name, or the names of the units sending together, in
    brackets (（源汇区应急管理局）, （召陵区应急管理局　召陵区住建局）): the news above it
    signed, no news of its own; left in, it made an item of the paragraph above an article."""
    if _BRACKETED.match(line) and SENDER_ALONE.match(line[1:-1].strip()):
        return True  # （临颍县YJJ）: an office's name in Latin letters, which the model reads as no unit
    if not _BRACKETED.match(line):
        # unbracketed, the sender's name and who wrote it (临颍县应急管理局办公室　刘洋), as a mail is signed
        return len(line) <= _SIGNATURE_MAX and author_start(line) >= 0
    names = signed_unit(from_plain(line)).split("、")
    return all(SENDER_ALONE.match(name) or (name and unit_name_at_start(name) == name) for name in names)


def news_paragraphs(paragraphs: Iterable[RichText]) -> list[RichText]:
    """The paragraphs that report something (is_news), below the submission's own masthead;
    a closing signature over a date is left out."""
    paragraphs = list(paragraphs)
    return [paragraphs[i] for i in _news_indices([plain(p) for p in paragraphs])]


# the line a mail program sets above the sender's signature
_SIGNATURE_DELIMITER = re.compile(r"^\s*-{2,}\s*$")
# a file's name listed under 附件： (1.某某情况统计表): numbered, no sentence of its own
_LISTED_FILE = re.compile(r"^\s*\d{1,2}\s*[.、．]\s*[^，。；！？,;!?：:]{2,40}$")


def _attached(lines: list[str], at: int) -> bool:
    """Whether line ``at`` names a file in the list under an attachments label above it."""
    start = at
    while start > 0 and _LISTED_FILE.match(lines[start - 1]):
        start -= 1
    return bool(_LISTED_FILE.match(lines[at])) and start > 0 and is_attachment_label(lines[start - 1])


def _news_indices(lines: list[str]) -> list[int]:
    """Where news_paragraphs' paragraphs are among ``lines``: not below a mail's signature
    delimiter (--), nor the numbered names of files under 附件：."""
    end = next((i for i, line in enumerate(lines) if _SIGNATURE_DELIMITER.match(line)), len(lines))
    kept = [i for i in range(masthead_end(lines), end) if is_news(lines[i]) and not _attached(lines, i)]
    if kept and _FULL_DATE.match(re.sub(r"\s", "", lines[kept[-1]])):
        kept.pop()
        signer = lines[kept[-1]].strip() if kept else ""
        if signer and len(signer) <= _SIGNATURE_MAX and not re.search(r"[。，；！？,;!?]", signer):
            kept.pop()
    return kept
