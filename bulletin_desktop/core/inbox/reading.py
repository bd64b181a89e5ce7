"""Turning a received file or pasted text into a submission: title, body paragraphs, unit."""
from __future__ import annotations

import datetime as dt
import re
import threading
from pathlib import Path
from typing import Callable, Iterable, Sequence

from ..errors import unreadable_file_message
from ..recognise import Paragraph
from ..richtext import RichText, from_plain, plain, to_markup, visible
from ..textformat import MAX_TEXT_BYTES, BulletinFormatError, decode
from ..units.detect import SENDER_ALONE, detect_unit, joint_senders, passed_on_for, stated_sender
from ..file_kinds import IMPORTABLE_KINDS_NAMED, IMPORTABLE_SUFFIXES, WORD_SUFFIXES
from ..input_files import expand_paths, other_program_problem
from ..wrapped_text import is_indented, join_printed_lines
from ..recognise.patterns import MAIL_HEADER
from .candidates import (
    CORRECTION_TAG, about_sender, is_corrected_file_name, is_correction_note, is_news, masthead_end, opens_dated_news, stated_date, unnumbered,
)
from .covering_lines import chat_poster, is_chat_header, is_mail_separator, quoted_from
from .submissions import InboxError, NewSubmission

# the files a submission may come as, those the importer reads (CONVERTED_SUFFIXES: through
# LibreOffice, seconds each, so the window reads them in the background: file_kinds)
SUFFIXES = IMPORTABLE_SUFFIXES

# A first line that is a heading, not a paragraph: short and not ending a sentence.
_MAX_TITLE = 40
_SENTENCE_END = re.compile(r"[。！？；：，]$")


class SubmissionFileError(InboxError):
    """A file that cannot become a submission (wrong kind, unreadable, empty)."""


def paragraphs_from_text(text: str) -> list[RichText]:
    # pasted chat text wraps lines at random; a blank line or an indented line starts a paragraph
    # only in text files, so here each non-empty line is a paragraph, as clerks paste them;
    # a printed copy's lines (text copied out of a PDF) are joined into its paragraphs
    raw = text.replace("\r\n", "\n").split("\n")
    typed = _mail_or_chat(raw)
    if typed:  # the mail it answers or forwards is no part of it; nor is the chat group's name
        quoted = quoted_from(raw)
        if any(is_news(line.strip()) for line in raw[:quoted] if line.strip()):  # (forwarded as it is: all of it)
            raw = raw[:quoted]
        elif quoted < len(raw) and is_mail_separator(raw[quoted]):
            raw = _forwarded(raw, quoted)
        raw = [line for index, line in enumerate(raw) if index > 0 or not _CHAT_GROUP.match(line.strip())]
        raw = _sender_s_messages(raw)
    lines = [Paragraph(from_plain(line.strip()), exact=typed, indented=is_indented(line)) for line in raw]
    return [rich for p in join_printed_lines(lines) if (rich := visible(p.rich))]


# the name of the chat group a chat's messages were copied from, over them (某某信息报送群, …群聊天记录)
_CHAT_GROUP = re.compile(r"^[^，。；！？,;!?\s]{2,30}(?:群|群聊)(?:的?聊天记录)?$|^.{0,30}聊天记录$")


# A mail's or a chat's lines are as their sender typed them, never a printed page's, however
# alike their widths (a mail's short lines read as a narrow page's): none is joined to the next.
_HEAD_LINES = 5


_FORWARDER = re.compile(r"^\s*(?:发件人|From)\s*[：:]", re.IGNORECASE)


def _forwarded(lines: list[str], at: int) -> list[str]:
    """A mail forwarded as it is (nothing of the forwarder's own above the separator at
    ``at``): the forwarded mail, without the mails it quotes in turn (a reply's > lines),
    under the forwarding mail's headers — its date and subject, not its sender: the news is
    the forwarded mail's sender's, whoever passed it on (as 代报). A mail forwarded on again
    (转发：转发：…, each office's note above it) is the first one down that holds news."""
    inner = lines[at + 1:]
    while ((end := quoted_from(inner)) < len(inner) and is_mail_separator(inner[end])
           and not any(is_news(line.strip()) for line in inner[:end] if line.strip())):
        inner = inner[end + 1:]
    return [line for line in lines[:at] if not _FORWARDER.match(line)] + inner[:quoted_from(inner)]


def _mail_or_chat(lines: list[str]) -> bool:
    head = [line.strip() for line in lines if line.strip()][:_HEAD_LINES]
    return any(MAIL_HEADER.match(line) or is_chat_header(line) for line in head)


def read_paragraphs(path: Path, cancel: threading.Event | None = None) -> list[RichText]:
    """The file's non-empty paragraphs; setting ``cancel`` ends a LibreOffice conversion
    (libreoffice.ConversionCancelled)."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:  # a PDF or OFD copy, a table: said as what it is and what to do
        raise SubmissionFileError(other_program_problem(path) or f"{path.name}：只能登记{IMPORTABLE_KINDS_NAMED}来稿。")
    try:
        if path.is_dir():
            raise SubmissionFileError(f"{path}：这是一个文件夹，请选择其中的文件。")
        if path.exists() and not path.is_file():  # a pipe or a device would block or never end
            raise SubmissionFileError(f"{path.name}：不是普通文件（可能是设备或管道），不能登记。")
        # a Word file's photos make it large, not its text: the Word reader has its own limits
        if suffix not in WORD_SUFFIXES and path.stat().st_size > MAX_TEXT_BYTES * 4:
            raise SubmissionFileError(f"{path.name}：文件过大，不像一篇来稿。")
        if suffix in WORD_SUFFIXES:
            from ..wordread import read_word  # deferred: the Word reader loads python-docx

            try:
                word = read_word(path, cancel=cancel)
            except BulletinFormatError as exc:
                raise SubmissionFileError(exc.message) from None
            paragraphs = [p.rich for p in word.paragraphs if plain(p.rich).strip()]
            paragraphs = _sender_in_header([p.rich for p in word.header]) + paragraphs
        else:
            try:
                paragraphs = paragraphs_from_text(decode(path.read_bytes()))
            except BulletinFormatError as exc:
                raise SubmissionFileError(f"{path.name}：{exc.message}") from None
    except OSError as exc:
        raise SubmissionFileError(unreadable_file_message(path, exc)) from None
    paragraphs = [shown for p in paragraphs if (shown := visible(p))]
    if not paragraphs:
        raise SubmissionFileError(f"{path.name}：文件里没有文字，没有登记。")
    return paragraphs


def _sender_in_header(header: list[RichText]) -> list[RichText]:
    """The sender's name a unit's template prints in the page header (临颍县应急管理局), as a
    line above the title, where a sender's name on a line of its own is read: the header's
    other lines (内部资料, a page number) are no part of the submission."""
    return [line for line in header if SENDER_ALONE.match(plain(line).strip())]


# what a mail program puts before the subject of a mail answered or forwarded, and the tag a
# sender puts there to say what it is (【信息】, [投稿])
_REPLYING = re.compile(r"^(?:(?:回复|答复|转发|Re|Fw|Fwd)\s*[：:]\s*|[【\[](?:(?:工作|政务|安全生产)?信息|动态|报送|来稿|投稿|稿件|简报|"
                       r"紧急|重要)[】\]]\s*)+", re.IGNORECASE)
_SUBJECT = re.compile(r"^(?:主题|Subject)\s*[：:]\s*(\S.{0,60})$")
# the title a submission's form (信息报送单) labels: 标题 | 李庄镇开展防汛应急演练, read 标题：……
_LABELLED_TITLE = re.compile(r"^(?:标题|题目|信息标题|稿件标题)\s*[：:]\s*(\S.{0,60})$")
_FORM_TOP = 6  # lines: a form labels its title near its top, not in the text below


def split_title(paragraphs: list[RichText]) -> tuple[str, list[RichText]]:
    """A short first line without a sentence end is the title (lines about the sender above
    it, 报送单位：…, and the submission's own masthead stay in the body), unless it opens
    dated news (a chat's message whose sentence ends in an emoji); a form's labelled title
    (标题：……) before all; otherwise a mail's subject, or the opening words of the text."""
    lines = [plain(p).strip() for p in paragraphs]
    if labelled := next(((i, m.group(1).strip()) for i, line in enumerate(lines[:_FORM_TOP]) if (m := _LABELLED_TITLE.match(line))), None):
        return labelled[1], paragraphs[:labelled[0]] + paragraphs[labelled[0] + 1:]
    start = masthead_end(lines)
    at = next((i for i, p in enumerate(paragraphs) if i >= start and is_news(plain(p))), 0)
    first = plain(unnumbered(paragraphs[at])).strip()
    if (len(paragraphs) > at + 1 and len(first) <= _MAX_TITLE and not _SENTENCE_END.search(first)
            and not opens_dated_news(first)):
        return first, paragraphs[:at] + paragraphs[at + 1:]
    subject = next((m.group(1).strip() for line in lines if (m := _SUBJECT.match(line))), "")
    subject = _REPLYING.sub("", subject)
    if subject and not about_sender(subject):  # (回复：关于报送11月份信息的通知 is the office's notice answered)
        return subject, paragraphs
    return first[:24] + ("…" if len(first) > 24 else ""), paragraphs


def make_submissions(paragraphs: list[RichText], *, source: str, received: dt.date | None,
                     unit_id: int | None, names: Iterable[tuple[str, int]] = (),
                     today: dt.date | None = None) -> list[NewSubmission]:
    """make_submission, or of a text holding the signed pieces of several units
    (several_senders), one submission for each, dated alike (the text's date, when it says
    one, is the day all of them were sent)."""
    from .several_senders import pieces_by_signer

    names = list(names)
    pieces = pieces_by_signer(paragraphs, names) if unit_id is None else []
    if not pieces:
        return [make_submission(paragraphs, source=source, received=received, unit_id=unit_id, names=names,
                                today=today)]
    if received is None:
        received = _received([plain(p) for p in paragraphs], today)
    return [make_submission(piece, source=source, received=received, unit_id=unit, names=names, today=today)
            for piece, unit in pieces]


def _received(lines: list[str], today: dt.date | None) -> dt.date:
    """The day a submission says it was sent, not later than ``today``; else today."""
    today = today or dt.date.today()
    dated = stated_date(lines, today)
    return dated if dated is not None and dated <= today else today


def make_submission(paragraphs: list[RichText], *, source: str, received: dt.date | None,
                    unit_id: int | None, names: Iterable[tuple[str, int]] = (),
                    today: dt.date | None = None) -> NewSubmission:
    """``unit_id`` None: detected from the source's name and the first lines. ``received``
    None: the day the submission says it was sent (报送时间, its signature's date), not
    later than today; else today (a folder of last year's submissions keeps their days).
    ``today``: the archive's (``Archive.today``), so that its clock dates the submission."""
    title, body = split_title(paragraphs)
    lines = [plain(p) for p in paragraphs]
    # a corrected copy (【更正稿】, （修改稿）, 请以此稿为准) replaces the copy it corrects (add_submissions)
    untagged = CORRECTION_TAG.sub("", title).strip()
    corrects = untagged != title or any(is_correction_note(line) for line in lines) or is_corrected_file_name(source)
    title = untagged or title
    if received is None:
        received = _received(lines, today)
    stated = ""
    text = "\n".join(lines)
    joint = joint_senders(text)  # 报送单位：A、B: the unit is A, and B sent it too
    if unit_id is None:
        # a sender named outright (or the office posting it in a chat) outranks a unit its text mentions
        signed = joint[0] if joint else stated_sender(text) or _posted_by(lines)
        # (of 报送单位：市住房和城乡建设局和市应急管理局, the first, not the one registered)
        # (a file passed on for another unit (代报) is named by who passed it on: its name is no sender's)
        named = "" if passed_on_for(text) else source
        unit_id = detect_unit(names, signed) if joint else detect_unit(names, named, text, opening=not signed)
        stated = signed if unit_id is None else ""
    from .withdrawals import withdrawn_title

    return NewSubmission(received=received, unit_id=unit_id, title=title,
                         body="\n".join(to_markup(p) for p in body), source=source, stated_unit=stated, joint=joint,
                         corrects=corrects, withdraws=withdrawn_title(title, lines))


def _sender_s_messages(lines: list[str]) -> list[str]:
    """Of a chat's export where several people posted (the office asking for the week's news,
    a unit sending it, the office answering 收到), the messages of whoever posted the first
    dated news (else of the first poster) and the others' messages with dated news of their
    own; the lines above the first message stay."""
    heads = [i for i, line in enumerate(lines) if is_chat_header(line.strip())]
    posters = [chat_poster(lines[i]) for i in heads]
    if len(set(posters)) < 2:
        return lines
    messages = [lines[start:end] for start, end in zip(heads, [*heads[1:], len(lines)])]
    dated = [any(opens_dated_news(line.strip()) for line in message[1:]) for message in messages]
    sender = next((poster for poster, news in zip(posters, dated) if news), posters[0])
    return lines[:heads[0]] + [line for poster, news, message in zip(posters, dated, messages)
                               if poster == sender or news for line in message]


def _posted_by(lines: list[str]) -> str:
    """The office that posted a chat's first message (召陵区应急局-王磊 2022-11-18 08:41), or ""."""
    poster = next((chat_poster(line) for line in lines if is_chat_header(line)), "")
    return poster if SENDER_ALONE.match(poster) else ""


def read_submissions(files: Sequence[Path], names: Iterable[tuple[str, int]], received: dt.date | None, *,
                     unit_id: int | None = None, cancel: threading.Event | None = None,
                     report: Callable[[int], None] | None = None,
                     today: dt.date | None = None) -> list[NewSubmission] | None:
    """Every file as a submission (``unit_id`` None: each detected; ``received`` None: each
    dated as it says by ``today``, see make_submission), or None once ``cancel``
    is set (then at once, even in a LibreOffice conversion); ``report(index)`` before each
    file. Stores nothing: the caller stores all of them, or none when one is refused."""
    names = list(names)
    items: list[NewSubmission] = []
    refused: list[str] = []  # every file that cannot be registered is named, not just the first
    for index, path in enumerate(files):
        if cancel is not None and cancel.is_set():
            return None
        if report is not None:
            report(index)
        try:
            paragraphs = read_paragraphs(path, cancel)
        except SubmissionFileError as exc:
            refused.append(exc.message)
            continue
        items += make_submissions(paragraphs, source=path.name, received=received, unit_id=unit_id, names=names,
                                  today=today)
    if cancel is not None and cancel.is_set():
        return None
    if len(refused) > 1 or (refused and len(files) > 1):
        raise SubmissionFileError(f"有 {len(refused)} 个文件不能登记，这一批 {len(files)} 个文件一个也没有登记"
                                  f"（去掉或修好这些文件后再登记）：\n" + "\n".join(refused))
    if refused:
        raise SubmissionFileError(refused[0])
    return items


def expand_folders(paths: Iterable[Path]) -> list[Path]:
    """Files as given; a folder stands for the submission files directly in it, by name (the
    files the importer reads there: not the lock file beside a document open in Word)."""
    return expand_paths(paths)
