"""Small in-place edits of an Issue: the only code that changes an issue's structure.

Plain Python, no Qt: the undo commands call these, and the tests can check them
without a window. Rows are indexes into the current lists; a move takes the
insertion index counted *before* the moved node is taken out, as a drop reports it.
(Places *inside* a text are ``positions.Position`` values, not rows.)
"""
from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .model import (
    Article, DistributionLine, Entry, Issue, Item, Section, Signoff, Special, YearNumber, new_uid,
)
from .positions import FOUND_ONLY_FIELDS, Position, text_at
from .richtext import RichText, normalize, replace_ranges

ITEM_FIELDS = ("mark", "date", "unit", "body")
ARTICLE_FIELDS = ("title", "paragraphs")
MASTHEAD_FIELDS = ("series", "series_id", "number", "year_number", "special", "date", "office", "signoff",
                   "distribution", "print_copies", "marking")


class EditError(LookupError):
    """An edit names a section or entry the issue no longer has."""


def section_index(issue: Issue, uid: str) -> int:
    for index, section in enumerate(issue.sections):
        if section.uid == uid:
            return index
    raise EditError(uid)


def locate_entry(issue: Issue, uid: str) -> tuple[Section, int]:
    found = issue.find_entry(uid)
    if found is None:
        raise EditError(uid)
    return found


def entry_by_uid(issue: Issue, uid: str) -> Entry:
    section, index = locate_entry(issue, uid)
    return section.entries[index]


# -- entries ------------------------------------------------------------------------

def entry_field(entry: Entry, field: str) -> Any:
    if isinstance(entry, Item):
        if field not in ITEM_FIELDS:
            raise EditError(field)
        return entry.body if field == "body" else getattr(entry, field)
    if field not in ARTICLE_FIELDS:
        raise EditError(field)
    return list(entry.paragraphs) if field == "paragraphs" else entry.title


def set_entry_field(issue: Issue, uid: str, field: str, value: Any) -> None:
    entry = entry_by_uid(issue, uid)
    entry_field(entry, field)  # validates the field name for this kind
    if isinstance(entry, Item) and field == "body":
        entry.body = normalize(value)
    elif isinstance(entry, Article) and field == "paragraphs":
        entry.paragraphs = [normalize(p) for p in value]
    else:
        setattr(entry, field, str(value))


def insert_entry(issue: Issue, section_uid: str, row: int, entry: Entry) -> None:
    section = issue.sections[section_index(issue, section_uid)]
    row = max(0, min(row, len(section.entries)))
    section.entries.insert(row, entry)


def take_entry(issue: Issue, uid: str) -> tuple[str, int, Entry]:
    """Remove an entry; returns where it was (section uid, row) and the entry itself."""
    section, row = locate_entry(issue, uid)
    return section.uid, row, section.entries.pop(row)


def move_entry(issue: Issue, uid: str, section_uid: str, row: int) -> tuple[str, int]:
    """Move an entry before position ``row`` of the target section (counted before the
    move); returns where it was, as the arguments that would move it back."""
    old_section, old_row = locate_entry(issue, uid)
    target = issue.sections[section_index(issue, section_uid)]
    if row < 0 or row > len(target.entries):
        row = len(target.entries)
    if target is old_section and row > old_row:
        row -= 1
    entry = old_section.entries.pop(old_row)
    target.entries.insert(row, entry)
    # moving back: into the old section at the old row, counted as a drop would count it
    back_row = old_row + 1 if (target is old_section and old_row > row) else old_row
    return old_section.uid, back_row


def copy_entry(entry: Entry) -> Entry:
    duplicate = copy.deepcopy(entry)
    duplicate.uid = new_uid()
    return duplicate


def new_item(date: str = "", unit: str = "", body: RichText = ()) -> Item:
    return Item(body=normalize(body), date=date, unit=unit)


def new_article(title: str = "") -> Article:
    return Article(title=title, paragraphs=[])


# -- sections -----------------------------------------------------------------------

def insert_section(issue: Issue, row: int, section: Section) -> None:
    row = max(0, min(row, len(issue.sections)))
    issue.sections.insert(row, section)


def take_section(issue: Issue, uid: str) -> tuple[int, Section]:
    row = section_index(issue, uid)
    return row, issue.sections.pop(row)


def move_section(issue: Issue, uid: str, row: int) -> int:
    """Move a section before position ``row`` (counted before the move); returns the
    row that moves it back."""
    old_row = section_index(issue, uid)
    if row < 0 or row > len(issue.sections):
        row = len(issue.sections)
    if row > old_row:
        row -= 1
    issue.sections.insert(row, issue.sections.pop(old_row))
    return old_row + 1 if old_row > row else old_row


def rename_section(issue: Issue, uid: str, title: str) -> str:
    section = issue.sections[section_index(issue, uid)]
    old, section.title = section.title, title
    return old


def copy_section(section: Section) -> Section:
    return Section(section.title, [copy_entry(e) for e in section.entries])


# -- masthead -----------------------------------------------------------------------

def masthead_field(issue: Issue, field: str) -> Any:
    if field not in MASTHEAD_FIELDS:
        raise EditError(field)
    value = getattr(issue, field)
    if field == "signoff":
        return copy.deepcopy(value)  # lists of names: the caller's copy is its own
    if field == "distribution":
        return [DistributionLine(d.label, d.text) for d in value]
    return value


def set_masthead_field(issue: Issue, field: str, value: Any) -> None:
    if field not in MASTHEAD_FIELDS:
        raise EditError(field)
    if field == "signoff":
        value = copy.deepcopy(value)
    elif field == "distribution":
        value = [DistributionLine(d.label, d.text) for d in value]
    elif field == "special" and value is not None and not isinstance(value, Special):
        raise EditError(field)
    elif field == "year_number" and value is not None and not isinstance(value, YearNumber):
        raise EditError(field)
    elif field == "number":
        value = int(value)
    elif field == "print_copies" and value is not None:
        value = int(value)
    setattr(issue, field, value)


# -- replacing text -----------------------------------------------------------------

@dataclass(frozen=True)
class Replacement:
    """One field's value before and after replacing text in it: what an undo step sets
    back. ``uid`` and ``field`` name it as the setters above do: a section's title
    (field "section"), an entry's field (``ITEM_FIELDS``, ``ARTICLE_FIELDS``) or, with uid
    "", a masthead field (``MASTHEAD_FIELDS``: the closing block is "signoff" and
    "distribution")."""
    uid: str
    field: str
    old: Any
    new: Any
    places: tuple[Position, ...]  # the matches replaced, counted in the old text


def _model_field(position: Position) -> str:
    if position.kind == "closing":
        return "distribution" if position.field == "distribution" else "signoff"
    return {"body": "body", "paragraph": "paragraphs"}.get(position.field, position.field)


def _replace_plain(text: str, spans: list[tuple[int, int]], new: str) -> str:
    for start, end in sorted(spans, reverse=True):  # from the end: earlier offsets stay valid
        text = text[:start] + new + text[end:]
    return text


def _replace_rich(text: RichText, spans: list[tuple[int, int]], new: str) -> RichText:
    return replace_ranges(text, [(start, end, new) for start, end in spans])


def _spans(places: Iterable[Position], index: int) -> list[tuple[int, int]]:
    return [(p.start, p.end) for p in places if p.paragraph == index]


def _replaced_value(old: Any, field: str, places: tuple[Position, ...], new: str) -> Any:
    if field == "body":
        return _replace_rich(old, _spans(places, 0), new)
    if field == "paragraphs":
        return [_replace_rich(p, _spans(places, i), new) for i, p in enumerate(old)]
    if field == "special":
        return Special(_replace_plain(old.name, _spans(places, 0), new), old.number)
    if field == "signoff":
        def role(attr: str) -> list[str]:  # a name replaced by nothing is no name
            texts = [_replace_plain(t, [(p.start, p.end) for p in places if p.field == attr and p.paragraph == i], new)
                     for i, t in enumerate(getattr(old, attr))]
            return [t for t in texts if t.strip()]
        return Signoff(role("editors"), role("reviewers"), role("signers"), role("others"))
    if field == "distribution":
        return [DistributionLine(d.label, _replace_plain(d.text, _spans(places, i), new)) for i, d in enumerate(old)]
    return _replace_plain(old, _spans(places, 0), new)


def _current_value(issue: Issue, uid: str, field: str) -> Any:
    if not uid:
        return masthead_field(issue, field)
    if field == "section":
        return issue.sections[section_index(issue, uid)].title
    return entry_field(entry_by_uid(issue, uid), field)


def replacements(issue: Issue, matches: Iterable[Position], new: str) -> list[Replacement]:
    """What replacing each of ``matches`` (found in ``issue`` as it is now) by ``new`` would
    change, one ``Replacement`` per field, in the order of the matches. Matches in
    ``positions.FOUND_ONLY_FIELDS`` are left as they are, and so is one already reading ``new``."""
    grouped: dict[tuple[str, str], list[Position]] = {}
    for place in matches:
        if place.field in FOUND_ONLY_FIELDS or text_at(issue, place) == new:
            continue
        grouped.setdefault((place.uid, _model_field(place)), []).append(place)
    changes = []
    for (uid, field), places in grouped.items():
        old = _current_value(issue, uid, field)
        value = _replaced_value(old, field, tuple(places), new)
        if value != old:
            changes.append(Replacement(uid, field, old, value, tuple(places)))
    return changes


def suggestion_changes(issue: Issue, place: Position, found: str, suggestion: str) -> list[Replacement]:
    """What putting a proofreading suggestion in place of the text its finding covers would
    change: the one field's ``Replacement``, bold kept as any replacement keeps it. None when
    the text at ``place`` is no longer ``found`` (the issue was edited since it was checked,
    or another fix took those characters), when the place is gone, or is only found, never
    replaced (``replacements``). The proofreading dock's 应用建议 and ``check --apply`` both."""
    try:
        if text_at(issue, place) != found:
            return []
    except LookupError:
        return []
    return replacements(issue, [place], suggestion)


def set_value(issue: Issue, uid: str, field: str, value: Any) -> None:
    """Set a field named as ``Replacement`` names it."""
    if not uid:
        set_masthead_field(issue, field, value)
    elif field == "section":
        rename_section(issue, uid, value)
    else:
        set_entry_field(issue, uid, field, value)


def replace_in_issue(issue: Issue, query: str, new: str) -> list[Replacement]:
    """Replace every match of ``query`` (found as find finds it: case ignored, matches not
    overlapping) by ``new`` throughout the issue as printed; what changed, for the count
    (``replaced_count``) and the places."""
    from .find import find_in_issue

    changes = replacements(issue, find_in_issue(issue, query), new)
    for change in changes:
        set_value(issue, change.uid, change.field, change.new)
    return changes


def replaced_count(changes: Iterable[Replacement]) -> int:
    return sum(len(change.places) for change in changes)
