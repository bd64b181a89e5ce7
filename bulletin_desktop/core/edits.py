"""Small in-place edits of an Issue: the only code that changes an issue's structure.

Plain Python, no Qt: the undo commands call these, and the tests can check them
without a window. Rows are indexes into the current lists; a move takes the
insertion index counted *before* the moved node is taken out, as a drop reports it.
(Places *inside* a text are ``positions.Position`` values, not rows.)
"""
from __future__ import annotations

import copy
from typing import Any

from .model import (
    Article, DistributionLine, Entry, Issue, Item, Section, Special, YearNumber, new_uid,
)
from .richtext import RichText, normalize

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
