"""The closing block (报尾): sign-off, distribution lines, the print note."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from ..model import OTHER_ROLE_START, ROLE_LABEL, DistributionLine, Signoff, split_names, split_roles
from ..numerals import to_int
from ..pasted_entries import line_gap
from .parts import Paragraph, Role
from .patterns import (
    ATTACHMENTS, CONTACT_START, DATE, DISTRIBUTION, DISTRIBUTION_INLINE, ENTRY_START, ISSUED_LINE, PERSON_LABELS, PRINT_NOTE, SECTION_BRACKETS, SIGNOFF_LABELS, SIGNOFF_PART,
    NEXT_ATTACHMENT, SENT_AS_FAR_AS_NOTE, compact, opens_dated_entry, print_copies, roles_over_names, signoff_text,
)

_CONTINUATION_MAX = 200
# What ends a wrapped distribution list: a dated line (…办公室　2024年5月6日印发), a note in
# brackets (（此件公开发布）), a line with a label of its own (联系人：…).
_NOT_RECIPIENTS = re.compile(rf"{DATE}|^[（(]|^[^：:，、；;\s]{{1,6}}[：:]")
# a line of the block that names someone or something after a short label of its own
_ROLE_LINE = re.compile(rf"^{ROLE_LABEL}\s*\S")
# a list set one recipient a line (发：各乡镇司法所 / 局机关各股室), not wrapped at the page's
# width: its line is short, names one recipient (no mark between two) and ends as a name does
_ONE_A_LINE_MAX = 20
_ONE_RECIPIENT = re.compile(r"^(?:[^：:]{1,6}[：:])?[^，、；,;。]+[\u4e00-\u9fff）)]$")


@dataclass
class Closing:
    signoff: Signoff = field(default_factory=Signoff)
    distribution: list[DistributionLine] = field(default_factory=list)
    print_copies: int | None = None  # （共印35份）
    extras: list[str] = field(default_factory=list)


def is_closing_line(text: str) -> bool:
    """A line that opens or belongs to the closing block wherever it stands."""
    return bool(signoff_text(text) is not None or DISTRIBUTION.match(text) or PRINT_NOTE.search(text)
                or ISSUED_LINE.match(text))


def _is_closing_line(text: str, after_distribution: bool) -> bool:
    if is_closing_line(text):
        return True
    # a long distribution list wraps onto lines of its own
    return after_distribution and len(text) <= _CONTINUATION_MAX and not (
        ENTRY_START.match(text) or SECTION_BRACKETS.match(text))


def _goes_on_with_the_body(para: Paragraph) -> bool:
    """A section heading, an explicit line, or an entry's date and its comma (11月15日，…; not
    the closing block's 11月15日印发)."""
    return para.exact or bool(SECTION_BRACKETS.match(para.text)) or opens_dated_entry(para.text)


def find_closing(paras: list[Paragraph], start: int) -> int:
    """Where the closing block begins: the first sign-off line after which the body does not
    go on, or the first distribution line from which every line to the end belongs to a
    closing block (a body paragraph that happens to start with 发： or 摄影： stays in the body)."""
    body_after = len(paras)  # from here on, no section heading, dated entry or explicit line
    while body_after > start and not _goes_on_with_the_body(paras[body_after - 1]):
        body_after -= 1
    signoff_at = next((i for i in range(max(start, body_after), len(paras))
                       if not paras[i].exact and (signoff_text(paras[i].text) is not None
                                                  or _roles_row(paras, i) is not None)), len(paras))
    for i in range(start, signoff_at):
        text = paras[i].text
        if paras[i].exact or not (DISTRIBUTION.match(text) or PRINT_NOTE.fullmatch(text) or ISSUED_LINE.match(text)):
            continue
        after_distribution = False
        for para in paras[i:]:
            if para.exact or not _is_closing_line(para.text, after_distribution):
                break
            after_distribution = after_distribution or bool(DISTRIBUTION.match(para.text))
        else:
            return i
    return signoff_at


def attachments_at_end(paras: list[Paragraph], start: int) -> int:
    """Where a list of attachments closing the document begins (附件：1.… / 2.…, or 附件： over
    1.… 2.…), some offices printing it under the closing block; ``len(paras)`` when the last
    lines are no such list."""
    at = len(paras)
    while at > start and not paras[at - 1].exact and NEXT_ATTACHMENT.match(paras[at - 1].text.strip()):
        at -= 1
    if at > start and not paras[at - 1].exact and ATTACHMENTS.match(paras[at - 1].text.strip()):
        return at - 1
    return len(paras)


def lists_under_masthead(paras: list[Paragraph], start: int) -> int:
    """Where the body starts after the distribution lines some offices print under the
    masthead (报：… / 送：… / 发：…, above the first section): ``start`` when there are none,
    or when nothing but them follows."""
    end = start
    while end < len(paras) and not paras[end].exact and DISTRIBUTION.match(paras[end].text.strip()):
        end += 1
    return end if end < len(paras) else start


def with_lists_above(above: Closing, closing: Closing) -> Closing:
    """The closing block with the lines printed under the masthead first, as they came."""
    return Closing(
        signoff=closing.signoff,  # (the lines above are lists only)
        distribution=above.distribution + closing.distribution,
        print_copies=closing.print_copies if closing.print_copies is not None else above.print_copies,
        extras=above.extras + closing.extras,
    )


# the 印发 line is the closing block's last line, or among its last few (a page number after it)
_ISSUED_LOOK_BACK = 5


def issued_date(paras: list[Paragraph]) -> tuple[dt.date, str] | None:
    """The date the closing block's 印发 line states with its year (某某办公室　2026年11月30日印发),
    and the line; None when the last lines hold none."""
    for para in reversed(paras[-_ISSUED_LOOK_BACK:]):
        text = para.text.strip()
        if para.exact or not (match := ISSUED_LINE.match(text)) or not match.group(1):
            continue
        try:
            return dt.date(*(to_int(group) or 0 for group in match.groups()[:3])), text
        except ValueError:
            return None  # no such day: the masthead says what is missing
    return None


def _roles_row(paras: list[Paragraph], index: int) -> str | None:
    """The sign-off the row of roles at ``index`` and the row of names under it make
    (编辑　审核　签发 / 张三　李四　王五), or None."""
    if index + 1 >= len(paras) or paras[index].exact or paras[index + 1].exact:
        return None
    return roles_over_names(paras[index].text, paras[index + 1].text)


def read_closing(paras: list[Paragraph], roles: list[list[Role]], offset: int) -> Closing:
    closing = Closing()
    last: DistributionLine | None = None
    line_before = ""
    names_row = -1  # the row of names under a row of roles, read with it
    for index, para in enumerate(paras):
        text, line_before = para.text.strip(), paras[index - 1].text.strip() if index else ""
        if index == names_row:
            roles[offset + index].append(Role.SIGNOFF)
            continue
        if (combined := _roles_row(paras, index)) is not None:
            _read_signoff(combined, closing.signoff)
            roles[offset + index].append(Role.SIGNOFF)
            names_row, last = index + 1, None
            continue
        if note := PRINT_NOTE.search(text):
            closing.print_copies = print_copies(note)
            roles[offset + index].append(Role.PRINT_NOTE)
            text = text[: note.start()].rstrip()
            if not text:
                continue
        # (联系人：张三　电话：…) in brackets, below the lists, is a line of the box as the bare one is
        contact = closing.distribution and CONTACT_START.match(text.lstrip("（("))
        if (signoff := signoff_text(text)) is not None and not contact:
            _read_signoff(signoff, closing.signoff)
            roles[offset + index].append(Role.SIGNOFF)
            last = None
            continue
        if ISSUED_LINE.match(text) or SENT_AS_FAR_AS_NOTE.match(text):  # kept as written, a line of the box without a label
            closing.distribution.append(DistributionLine("", text))
            roles[offset + index].append(Role.DISTRIBUTION)
            last = None
            continue
        if labelled := DISTRIBUTION.match(text):
            # (its label unspaced first, 抄　　送：…: the gap inside it is no gap before a second label)
            text = compact(labelled.group(1)) + text[labelled.end(1):]
            text, issued = _issued_beside(text)
            last = _labelled_lines(DISTRIBUTION_INLINE.split(text), closing)
            if issued:
                closing.distribution.append(DistributionLine("", issued))
                last = None
            roles[offset + index].append(Role.DISTRIBUTION)
        elif last is not None and not _NOT_RECIPIENTS.search((split := DISTRIBUTION_INLINE.split(text))[0]):
            # the wrapped rest of a line may hold the next label (…分管领 / 导。　送：县各工作专班。,
            # or typed on: 导。送：…), whose colon is no label of a line of its own
            rest, *more = split
            one_a_line = len(line_before) < _ONE_A_LINE_MAX and _ONE_RECIPIENT.match(line_before)
            last.text = f"{last.text}\u3000{rest}" if one_a_line else last.text + line_gap(last.text, rest) + rest
            last = _labelled_lines(more, closing) or last
            roles[offset + index].append(Role.DISTRIBUTION)
        elif _ROLE_LINE.match(text) or contact:
            _read_role_line(text, closing)
            roles[offset + index].append(Role.DISTRIBUTION if closing.distribution else Role.SIGNOFF)
            last = None
        else:
            closing.extras.append(text)
            roles[offset + index].append(Role.UNPLACED)
    closing.signoff = replace(closing.signoff)  # made anew: its other roles in the order printed
    return closing


_GAP = re.compile(r"[ \u3000\t]{2,}")
_DATE_FIRST = re.compile(rf"(?:{DATE}|[\d０-９])")


def _issued_beside(text: str) -> tuple[str, str]:
    """抄送：…。　　　　某某办公室2026年11月20日印发: the list and, spaced off on its right, the
    印发 line (a table's row read as one line prints them so), apart; the text and "" when none."""
    for gap in _GAP.finditer(text):
        # (印发：某某办公室　　2024年3月6日印发: the date spaced off in the 印发 line itself, no office after the gap)
        if ISSUED_LINE.match(tail := text[gap.end():]) and not _DATE_FIRST.match(tail):
            return text[:gap.start()], tail
    return text, ""


def distribution_line(text: str) -> DistributionLine:
    """A line of the distribution as written (送：…, 抄 送：… with its label compacted); a line
    without such a label, the 印发 line (…办公室　2026年11月20日印发), as its text alone."""
    text = text.strip()
    labelled = DISTRIBUTION.match(text)
    return DistributionLine(compact(labelled.group(1)), labelled.group(2).strip()) if labelled \
        else DistributionLine("", text)


def _labelled_lines(pieces: list[str], closing: Closing) -> DistributionLine | None:
    """Each piece a labelled line of the distribution (送：…, 发：…), added to ``closing``;
    the last of them (None for no pieces)."""
    last = None
    for piece in pieces:
        last = distribution_line(piece)  # labelled: split where such a label begins
        closing.distribution.append(last)
    return last


def _read_role_line(text: str, closing: Closing) -> None:
    """联系人：王五　电话：…: where it stands, printed with the sign-off above the box, or in
    the box, as written, below its lists."""
    if closing.distribution:
        closing.distribution.append(DistributionLine("", text))
    else:
        closing.signoff.others.extend(split_roles(text))


def _read_signoff(line: str, signoff: Signoff) -> None:
    """The names under each role into ``signoff``; the other roles (主编：王五, 校对：李四,
    电话：…) as written into its ``others``, not read as more names of the role before them."""
    parts = SIGNOFF_PART.split(line)
    _add_others(signoff, parts[0])  # 联系人：王五 before the first role
    # split gives ['', label, names, label, names, ...]
    for label, names in zip(parts[1::2], parts[2::2]):
        rest = ""
        if other := OTHER_ROLE_START.search(names):  # 校对：, 校　对： after the names of a role
            names, rest = names[:other.start()], names[other.start():]
        role = SIGNOFF_LABELS.get(compact(label))
        if role is not None:
            getattr(signoff, role).extend(split_names(names))
        elif names.strip():
            signoff.others.append(f"{compact(label)}：{names.strip()}")
        _add_others(signoff, rest)


def _add_others(signoff: Signoff, text: str) -> None:
    """The roles written in ``text`` into the sign-off's others, but 签发人：… and 审核人：…
    into the names of the role they are."""
    for role in split_roles(text):
        label, _, names = role.replace(":", "：").partition("：")
        if (field_name := PERSON_LABELS.get(compact(label))) is not None:
            getattr(signoff, field_name).extend(split_names(names))
        else:
            signoff.others.append(role)


def settle_roles(signoff: Signoff) -> Signoff:
    """The sign-off with any of the three roles written among the others (签发：王五, 责任编辑：
    李四 typed as another role) moved to that role's names, where reading the printed line
    puts them; the other roles stay as they are."""
    settled = Signoff(list(signoff.editors), list(signoff.reviewers), list(signoff.signers))
    for role in signoff.others:
        _read_signoff(role, settled)
    return replace(settled)  # made anew: its other roles in the order printed


