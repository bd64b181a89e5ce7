"""The SQLite archive that keeps every issue. All SQL of the program lives in this package."""
from .archive import Archive
from .errors import (
    ArchiveCorruptError, ArchiveError, ArchiveLockedError, ArchiveTooNewError, DuplicateIssueError,
    IssueNotFoundError, ReadOnlyArchiveError,
)
from .records import IssueSummary, SearchHit
from .schema import SCHEMA_VERSION

__all__ = [
    "Archive", "ArchiveCorruptError", "ArchiveError", "ArchiveLockedError", "ArchiveTooNewError",
    "DuplicateIssueError", "IssueNotFoundError", "IssueSummary", "ReadOnlyArchiveError", "SCHEMA_VERSION",
    "SearchHit",
]
