"""The open archive and the issue being edited: opening, switching, saving, deleting.

The window asks; this object does the archive work and reports back through signals.
Widgets never touch the archive.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Signal

from ..core.archive import Archive, ArchiveLockedError, IssueSummary
from ..core.model import Series
from .autosave import Autosaver
from .models.issue_document import IssueDocument


class Session(QObject):
    archiveChanged = Signal()  # another archive is open (or none)
    issuesChanged = Signal()  # the list of issues should be read again
    saveStateChanged = Signal(str, str)  # SaveState value, error message

    def __init__(self, document: IssueDocument, parent: QObject | None = None, keep_backups: int = 10):
        super().__init__(parent)
        self.document = document
        self.archive: Archive | None = None
        self.keep_backups = keep_backups
        self.autosaver = Autosaver(self._save, self)
        self.autosaver.stateChanged.connect(self.saveStateChanged)
        self.autosaver.saved.connect(self._after_save)
        self._list_stale = False
        document.changed.connect(self.autosaver.schedule)
        document.mastheadChanged.connect(self._mark_list_stale)
        document.structureChanged.connect(self._mark_list_stale)

    @property
    def readonly(self) -> bool:
        return self.archive is None or self.archive.readonly

    # -- archive ----------------------------------------------------------------------

    def open_archive(self, path: Path, ask_readonly: Callable[[ArchiveLockedError], bool]) -> bool:
        """Open ``path`` for writing, or read-only when another program holds it and
        ``ask_readonly`` agrees. Other archive errors propagate (they carry a message)."""
        if self.archive is not None and self.archive.path == Path(path).expanduser().absolute():
            return True
        try:
            archive = Archive.open(path, keep_backups=self.keep_backups)
        except ArchiveLockedError as exc:
            if not ask_readonly(exc):
                return False
            archive = Archive.open(path, readonly=True)
        self.close_archive()
        self.archive = archive
        self.autosaver.set_enabled(not archive.readonly)
        self.archiveChanged.emit()
        self.issuesChanged.emit()
        return True

    def close_archive(self) -> bool:
        """Save what is pending and let go of the archive; False when the save failed."""
        ok = self.flush()
        self.document.set_issue(None)
        self.autosaver.reset()
        if self.archive is not None:
            self.archive.close()
            self.archive = None
        return ok

    def flush(self) -> bool:
        return self.autosaver.save_now()

    # -- issues -----------------------------------------------------------------------

    def summaries(self) -> list[IssueSummary]:
        return self.archive.list_issues() if self.archive is not None else []

    def open_issue(self, issue_id: int) -> None:
        if self.archive is None:
            return
        self.flush()
        issue = self.archive.load_issue(issue_id)
        self.autosaver.reset()
        self.document.set_issue(issue, readonly=self.archive.readonly)

    def open_latest(self) -> bool:
        rows = self.summaries()
        if not rows:
            self.document.set_issue(None)
            return False
        self.open_issue(rows[0].id)
        return True

    def next_issue_series(self) -> str:
        """The series the next issue continues ("" in an empty archive)."""
        return self.archive.next_issue().series if self.archive is not None else ""

    def new_issue(self, series: str | None = None) -> int | None:
        """Start the issue after the latest one, store it at once and open it."""
        if self.archive is None or self.archive.readonly:
            return None
        self.flush()
        issue = self.archive.next_issue(series or None)
        if series:
            issue.series = series
        issue_id = self.archive.save_issue(issue)
        self.autosaver.reset()
        self.document.set_issue(issue)
        self.issuesChanged.emit()
        return issue_id

    def delete_issue(self, issue_id: int) -> None:
        if self.archive is None:
            return
        current = self.document.issue
        if current is not None and current.id == issue_id:
            self.autosaver.reset()
            self.document.set_issue(None)
        self.archive.delete_issue(issue_id)
        self.issuesChanged.emit()

    def known_units(self) -> list[str]:
        units = self.archive.known_units() if self.archive is not None else []
        issue = self.document.issue
        if issue is not None:
            seen = set(units)
            for _section, entry in issue.entries():
                unit = getattr(entry, "unit", "")
                if unit and unit not in seen:
                    units.append(unit)
                    seen.add(unit)
        return units

    def save_series_defaults(self) -> None:
        """New issues of this bulletin start from the open issue's sections and closing block."""
        issue = self.document.issue
        if self.archive is None or issue is None:
            return
        self.archive.save_series(Series(
            name=issue.series, office=issue.office, default_sections=[s.title for s in issue.sections],
            signoff=self.document.masthead_field("signoff"), distribution=self.document.masthead_field("distribution"),
        ))

    # -- saving -----------------------------------------------------------------------

    def _save(self) -> None:
        issue = self.document.issue
        if self.archive is not None and issue is not None:
            self.archive.save_issue(issue)

    def _mark_list_stale(self, *_args) -> None:
        self._list_stale = True

    def _after_save(self) -> None:
        if self._list_stale:
            self._list_stale = False
            self.issuesChanged.emit()
