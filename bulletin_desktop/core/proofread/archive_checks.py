"""Checks only an archive can do: reused entries, issue and 专刊 numbering, lead dates far
from the issue date, a unit written two ways; and the clerk's terms and ignores as context."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache

from ..errors import BulletinError
from ..model import ENTRY_DATE_PATTERN, Article, Issue, Item
from ..positions import Position
from ..richtext import plain
from .findings import CheckContext, Term
from .lists import read_tsv

REUSE_THRESHOLD = 0.85
DEFAULT_MAX_AGE_DAYS = 30
MAX_AGE_SETTING = "max_age_days"
_NOT_COMPARED = re.compile(r"[\s\W_]+")  # spaces and punctuation
_CLAUSES = re.compile(r"[^，。；：、！？“”（）《》\s,.;:!?()]{4,}")
_LEAD_DATE = re.compile(r"^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日?")  # 11月14日…, 11月14—18日, 2024年3月1日
_LEAD = re.compile(rf"^(?:{ENTRY_DATE_PATTERN})[，,]?")
_RARE_MAX = 2
_COMMON_MIN = 3


@cache
def _messages() -> dict[str, dict[str, str]]:
    return {row["id"]: row for row in read_tsv("archive_rules.tsv")}


@dataclass(frozen=True)
class ArchiveFinding:
    rule: str
    kind: str
    severity: str
    message: str
    found: str = ""
    suggestion: str | None = None
    position: Position | None = None  # None: the issue as a whole (numbering)
    section: str | None = None
    entry_index: int = 0
    details: dict = field(default_factory=dict)  # e.g. the earlier entry, for a side-by-side view

    def to_json(self) -> dict:
        return {"section": self.section, "entry_index": self.entry_index,
                "entry_uid": self.position.uid if self.position else None,
                "field": self.position.field if self.position else None,
                "paragraph": self.position.paragraph if self.position else 0, "found": self.found,
                "start": self.position.start if self.position else 0,
                "end": self.position.end if self.position else 0, "kind": self.kind, "rule": self.rule,
                "message": self.message, "suggestion": self.suggestion, "severity": self.severity,
                "details": self.details}


def _make(rule: str, **values) -> tuple[str, str, str, str]:
    row = _messages()[rule]
    return rule, row["kind"], row["severity"], row["message"].format(**values)


def archive_context(archive, issue: Issue) -> CheckContext:
    """The checks' context from the archive: the clerk's terms, ignore-everywhere list and
    the places of this issue where a finding was ignored."""
    from .ignored_here import listed

    queries = archive.proofread()
    here = frozenset(anchor for _id, anchor in listed(archive, issue.id)) if issue.id is not None else frozenset()
    return CheckContext(issue_date=issue.date, terms=[Term(*t) for t in queries.terms()],
                        ignored=frozenset(queries.ignores()), ignored_here=here)


def max_age_days(queries) -> int:
    """How many days before the issue date an entry's lead date may be, as kept in the archive."""
    try:
        return max(1, int(queries.setting(MAX_AGE_SETTING, str(DEFAULT_MAX_AGE_DAYS))))
    except ValueError:  # never written so by the program; the default rather than no check
        return DEFAULT_MAX_AGE_DAYS


def set_max_age_days(queries, days: int) -> None:
    if days < 1:
        raise BulletinError("条目日期的天数须为正整数。")
    queries.set_setting(MAX_AGE_SETTING, str(days))


def check_archive(archive, issue: Issue, context: CheckContext | None = None,
                  max_age: int | None = None) -> list[ArchiveFinding]:
    """``max_age``: for this check only, instead of the archive's setting."""
    queries = archive.proofread()
    ignored = context.ignored if context else frozenset(queries.ignores())
    if max_age is None:
        max_age = max_age_days(queries)
    out = [*_sequence(queries, issue), *_lead_dates(issue, max_age), *_units(queries, issue),
           *_reused(queries, issue)]
    out = [f for f in out if (f.rule, f.found) not in ignored and ("*", f.found) not in ignored]
    if context is not None and context.ignored_here:
        from .ignored_here import anchor_of

        out = [f for f in out if anchor_of(issue, f.position, f.rule, f.found) not in context.ignored_here]
    return out


# -- numbering of the series ---------------------------------------------------------

def _sequence(queries, issue: Issue) -> list[ArchiveFinding]:
    others = [s for s in queries.series_issues(issue.series) if s.id != issue.id]
    out = []
    earlier = [s for s in others if s.number < issue.number]
    later = [s for s in others if s.number > issue.number]
    date = issue.date.isoformat()
    if earlier and earlier[-1].number != issue.number - 1:
        rule, kind, sev, msg = _make("A-NUMBER-GAP", previous=earlier[-1].number, number=issue.number)
        out.append(ArchiveFinding(rule, kind, sev, msg, found=f"第{issue.number}期"))
    wrong = next((s for s in reversed(earlier) if s.date > issue.date), None) or next(
        (s for s in later if s.date < issue.date), None)
    if wrong:
        rule, kind, sev, msg = _make("A-NUMBER-ORDER", other=wrong.number, other_date=wrong.date.isoformat(),
                                     date=date)
        out.append(ArchiveFinding(rule, kind, sev, msg, found=date))
    if issue.special and issue.special.number is not None:  # an unnumbered 专刊 has no sequence to keep
        name, number = issue.special.name, issue.special.number
        same = [s for s in others if s.special_name == name]
        twin = next((s for s in same if s.special_number == number), None)
        if twin:
            rule, kind, sev, msg = _make("A-SPECIAL-DUP", other=twin.number, special=name, number=number)
            out.append(ArchiveFinding(rule, kind, sev, msg, found=f"{name}第{number}期"))
        before = [s for s in same if s.number < issue.number and s.special_number is not None]
        if before and not twin and before[-1].special_number != number - 1:
            rule, kind, sev, msg = _make("A-SPECIAL-GAP", special=name, previous=before[-1].special_number,
                                         number=number)
            out.append(ArchiveFinding(rule, kind, sev, msg, found=f"{name}第{number}期"))
    return out + _year_sequence(others, issue)


def _year_sequence(others, issue: Issue) -> list[ArchiveFinding]:
    """The number within the year (2026年第6期): not repeated within its year, one more than
    the year's previous issue, and 第1期 again when a new year starts. Issues numbered
    plainly take no part; the year is the printed one, else the issue date's."""
    mine = issue.year_number
    if mine is None or mine.number is None:  # 总第N期 alone: no number within a year to check
        return []
    year = mine.year_of(issue.date)
    current = f"{year}年第{mine.number}期"
    numbered = [(s, s.year_number, s.year_number.year_of(s.date)) for s in others
                if s.year_number is not None and s.year_number.number is not None]
    twin = next((s for s, number, y in numbered if y == year and number.number == mine.number), None)
    if twin:
        rule, kind, sev, msg = _make("A-YEAR-NUMBER-DUP", other=twin.number, current=current)
        return [ArchiveFinding(rule, kind, sev, msg, found=current)]
    earlier = [(number, y) for s, number, y in numbered if s.number < issue.number]
    if not earlier or earlier[-1][1] > year:  # none before it, or dated out of order (A-NUMBER-ORDER)
        return []
    previous, previous_year = earlier[-1]
    if mine.number == (previous.number + 1 if previous_year == year else 1):
        return []
    rule, kind, sev, msg = _make("A-YEAR-NUMBER-GAP", previous=f"{previous_year}年第{previous.number}期",
                                 current=current)
    return [ArchiveFinding(rule, kind, sev, msg, found=current)]


# -- lead dates ----------------------------------------------------------------------

def lead_date(text: str, issue_date: dt.date) -> dt.date | None:
    """The date an entry's lead (11月15日 or the start of a range) names, in its own year if it
    gives one, else in the year that puts it nearest before the issue date."""
    m = _LEAD_DATE.match(text)
    if not m:
        return None
    month, day = int(m.group(2)), int(m.group(3))
    if m.group(1):
        try:
            return dt.date(int(m.group(1)), month, day)
        except ValueError:
            return None
    candidates = []
    for year in (issue_date.year, issue_date.year - 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            pass
    if not candidates:
        return None
    before = [c for c in candidates if c <= issue_date]
    return before[0] if before and (issue_date - before[0]).days <= 180 else candidates[0]


def _lead_dates(issue: Issue, max_age: int) -> list[ArchiveFinding]:
    out = []
    for section in issue.sections:
        for index, entry in enumerate(section.entries, 1):
            if not isinstance(entry, Item) or not entry.date:
                continue
            when = lead_date(entry.date, issue.date)
            if when is None:
                continue
            found = _LEAD_DATE.match(entry.date).group()  # type: ignore[union-attr]  # lead_date matched it
            position = Position(entry.uid, "date", 0, len(found))
            if when > issue.date:
                rule, kind, sev, msg = _make("A-LEAD-FUTURE", found=found, date=_cn(issue.date))
            elif (issue.date - when).days > max_age:
                rule, kind, sev, msg = _make("A-LEAD-OLD", found=found, days=(issue.date - when).days,
                                             limit=max_age)
            else:
                continue
            out.append(ArchiveFinding(rule, kind, sev, msg, found=found, position=position, section=section.title,
                                      entry_index=index))
    return out


def _cn(date: dt.date) -> str:
    return f"{date.month}月{date.day}日"


# -- unit spellings ------------------------------------------------------------------

def one_apart(a: str, b: str) -> bool:
    """Levenshtein distance exactly one."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _units(queries, issue: Issue) -> list[ArchiveFinding]:
    counts = queries.unit_counts()
    confirmed = queries.confirmed_units()
    common = [u for u, n in counts.items() if n >= _COMMON_MIN and len(u) >= 3]
    out = []
    for section in issue.sections:
        for index, entry in enumerate(section.entries, 1):
            unit = getattr(entry, "unit", "")
            if len(unit) < 3 or counts.get(unit, 0) > _RARE_MAX:
                continue
            match = next((c for c in common if one_apart(unit, c) and (unit, c) not in confirmed), None)
            if match is None:
                continue
            rule, kind, sev, msg = _make("A-UNIT", found=unit, rare=counts.get(unit, 0), suggestion=match,
                                         common=counts[match])
            out.append(ArchiveFinding(rule, kind, sev, msg, found=unit, suggestion=match,
                                      position=Position(entry.uid, "unit", 0, len(unit)), section=section.title,
                                      entry_index=index, details={"common": match}))
    return out


# -- reused entries ------------------------------------------------------------------

def comparable_lead(text: str) -> str:
    """The entry without its lead date."""
    return _LEAD.sub("", text)


def comparable(text: str) -> str:
    """An entry as compared for reuse: without its lead date, spaces and punctuation."""
    return _NOT_COMPARED.sub("", comparable_lead(text))


def _probe_phrases(text: str) -> list[str]:
    """The entry's longest clause (at most 12 characters) for the trigram index: an entry used
    again holds it. One phrase, newest matches first, keeps the query near the index's own
    cost; more phrases joined with AND cost several times as much on a large archive."""
    clauses = sorted(_CLAUSES.findall(comparable_lead(text)), key=len, reverse=True)[:1]
    return [c[:12] for c in clauses]


def _reused(queries, issue: Issue) -> list[ArchiveFinding]:
    out = []
    for section in issue.sections:
        for index, entry in enumerate(section.entries, 1):
            text = entry.text if isinstance(entry, Item) else "\n".join(plain(p) for p in entry.paragraphs)
            mine = comparable(text)
            if len(mine) < 20:
                continue
            best = None
            matcher = SequenceMatcher(None, autojunk=False)
            matcher.set_seq2(mine)  # analysed once, compared with every candidate
            for other in queries.entries_containing(_probe_phrases(text), issue.date, issue.id, limit=30):
                if other.uid == entry.uid and other.issue_id == issue.id:
                    continue
                matcher.set_seq1(comparable(other.text))
                if matcher.real_quick_ratio() < REUSE_THRESHOLD or matcher.quick_ratio() < REUSE_THRESHOLD:
                    continue
                ratio = matcher.ratio()
                if ratio >= REUSE_THRESHOLD and (best is None or ratio > best[0]):
                    best = (ratio, other)
            if best is None:
                continue
            ratio, other = best
            rule, kind, sev, msg = _make("A-REUSED", line=other.number_line(), section=other.section,
                                         percent=int(ratio * 100))
            field_name = "paragraph" if isinstance(entry, Article) else "body"
            out.append(ArchiveFinding(
                rule, kind, sev, msg, found=f"第{other.number}期:{other.uid}", position=Position(entry.uid, field_name, 0, 0),
                section=section.title, entry_index=index,
                details={"issue_id": other.issue_id, "number": other.number, "line": other.number_line(), "entry_uid": other.uid,
                         "section": other.section, "text": other.text, "mine": text, "percent": int(ratio * 100)}))
    return out
