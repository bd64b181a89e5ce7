"""The SQLite archive that keeps every issue. All SQL of the program lives in this package.

The errors load with the package; the records, the change notices and ``Archive`` (with
sqlite3, the schema and every query module) load when first asked for, so the window can
name the archive's errors without paying for the rest before its first frame.
"""
import importlib
from typing import TYPE_CHECKING, Any

from .errors import (
    ArchiveCorruptError, ArchiveError, ArchiveLockedError, ArchiveNotWritableError, ArchiveTooNewError,
    DuplicateIssueError, DuplicateSeriesError, InvalidSeriesNameError, IssueNotFoundError, ReadOnlyArchiveError, SeriesNotFoundError,
)

TRASH_RETENTION_DAYS = 90
"""How many days the trash keeps what was deleted, unless the clerk sets another number;
here, with the errors, so that the window's settings can name it before the rest loads."""

KEEP_BACKUPS = 10
"""How many rotating backups are kept, unless the clerk sets another number."""

if TYPE_CHECKING:
    from .archive import Archive
    from .changes import ArchiveChange
    from .records import IssueSummary
    from .search_records import SearchChoices, SearchFilters, SearchHit
    from .schema import SCHEMA_VERSION

_LOADED_LATER = {
    "Archive": "archive", "ArchiveChange": "changes", "IssueSummary": "records", "SearchChoices": "search_records",
    "SearchFilters": "search_records", "SearchHit": "search_records", "SCHEMA_VERSION": "schema",
}


def __getattr__(name: str) -> Any:
    module = _LOADED_LATER.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)


__all__ = [
    "Archive", "ArchiveChange", "ArchiveCorruptError", "ArchiveError", "ArchiveLockedError", "ArchiveNotWritableError",
    "ArchiveTooNewError",
    "DuplicateIssueError", "DuplicateSeriesError", "InvalidSeriesNameError", "IssueNotFoundError", "IssueSummary",
    "ReadOnlyArchiveError", "SCHEMA_VERSION", "SearchChoices", "SearchFilters", "SearchHit", "SeriesNotFoundError",
    "KEEP_BACKUPS", "TRASH_RETENTION_DAYS",
]
