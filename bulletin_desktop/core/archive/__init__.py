"""The SQLite archive that keeps every issue. All SQL of the program lives in this package.

The records and errors load with the package; ``Archive`` (with sqlite3, the schema and
every query module) loads when first asked for, so the window can name the archive's
errors and records without paying for opening one before its first frame.
"""
from typing import TYPE_CHECKING, Any

from .changes import ArchiveChange
from .errors import (
    ArchiveCorruptError, ArchiveError, ArchiveLockedError, ArchiveTooNewError, DuplicateIssueError,
    DuplicateSeriesError, InvalidSeriesNameError, IssueNotFoundError, ReadOnlyArchiveError, SeriesNotFoundError,
)
from .records import IssueSummary, SearchChoices, SearchFilters, SearchHit

if TYPE_CHECKING:
    from .archive import Archive
    from .schema import SCHEMA_VERSION


def __getattr__(name: str) -> Any:
    if name == "Archive":
        from .archive import Archive

        return Archive
    if name == "SCHEMA_VERSION":
        from .schema import SCHEMA_VERSION

        return SCHEMA_VERSION
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Archive", "ArchiveChange", "ArchiveCorruptError", "ArchiveError", "ArchiveLockedError", "ArchiveTooNewError",
    "DuplicateIssueError", "DuplicateSeriesError", "InvalidSeriesNameError", "IssueNotFoundError", "IssueSummary",
    "ReadOnlyArchiveError", "SCHEMA_VERSION", "SearchChoices", "SearchFilters", "SearchHit", "SeriesNotFoundError",
]
