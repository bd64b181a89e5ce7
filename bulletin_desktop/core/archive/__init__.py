"""The SQLite archive that keeps every issue. All SQL of the program lives in this package."""
from .archive import Archive
from .changes import ArchiveChange
from .errors import (
    ArchiveCorruptError, ArchiveError, ArchiveLockedError, ArchiveTooNewError, DuplicateIssueError,
    DuplicateSeriesError, InvalidSeriesNameError, IssueNotFoundError, ReadOnlyArchiveError, SeriesNotFoundError,
)
from .records import IssueSummary, SearchChoices, SearchFilters, SearchHit
from .schema import SCHEMA_VERSION

__all__ = [
    "Archive", "ArchiveChange", "ArchiveCorruptError", "ArchiveError", "ArchiveLockedError", "ArchiveTooNewError",
    "DuplicateIssueError", "DuplicateSeriesError", "InvalidSeriesNameError", "IssueNotFoundError", "IssueSummary",
    "ReadOnlyArchiveError", "SCHEMA_VERSION", "SearchChoices", "SearchFilters", "SearchHit", "SeriesNotFoundError",
]
