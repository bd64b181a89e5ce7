"""The open archive and the issue being edited: opening, switching, saving, deleting.

The window asks; this object does the archive work and reports back through signals.
Widgets never touch the archive.

Nothing is replaced silently: before another issue or archive takes the place of the
open issue, pending edits are saved, and when that save fails ``ask_discard`` decides
(the window asks the clerk: keep editing, or discard the changes).

The archive's change notices arrive as ``archiveEdited(ArchiveChange)``, whoever made the
change, so views of archive data refresh themselves from it.

The open issue is laid out with its series' layout (``layout_options``); ``layoutChanged``
says when that changes (another series, or its layout edited).
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Signal

from ..core.archive import ArchiveError, ArchiveLockedError, ArchiveNotWritableError, IssueSummary
from ..core.model import Issue, Series
from ..export.layout_options import LayoutOptions
from .autosave import Autosaver
from .models.issue_document import IssueDocument

if TYPE_CHECKING:
    from ..core.archive import SearchChoices, SearchFilters, SearchHit  # loaded with the search panel
    from ..core.archive.archive import Archive  # loaded when the first archive opens, after the first frame


log = logging.getLogger(__name__)


class Session(QObject):
    archiveChanged = Signal()  # another archive is open (or none)
    archiveEdited = Signal(object)  # ArchiveChange: what an operation on the open archive changed
    archiveDamaged = Signal(object)  # ArchiveCorruptError: the check after opening found the file damaged
    saveStateChanged = Signal(str, str)  # SaveState value, error message
    layoutChanged = Signal(object)  # the LayoutOptions of the open issue's series
    # before pending edits are saved (export, Ctrl+S, another issue): a view holding text typed
    # but not yet handed over as an edit (a name being typed in place) hands it over now
    flushing = Signal()

    def __init__(self, document: IssueDocument, parent: QObject | None = None, keep_backups: int = 10,
                 ask_discard: Callable[[str], bool] | None = None,
                 finish_backup: Callable[["Archive"], object] | None = None):
        super().__init__(parent)
        self.document = document
        self.archive: Archive | None = None
        self.keep_backups = keep_backups
        self.trash_days: int | None = None  # the window sets the clerk's setting; None: the archive's default
        # asked with the save error when unsaved edits would be replaced; True discards them
        self.ask_discard: Callable[[str], bool] = ask_discard or (lambda _error: False)
        # before an archive is let go: its closing backup taken and waited for where the clerk
        # sees it (the window: closing_backup.py); without it, closing the archive waits unseen
        self.finish_backup: Callable[[Archive], object] = finish_backup or (lambda _archive: None)
        self.autosaver = Autosaver(self._save, self)
        self.autosaver.stateChanged.connect(self.saveStateChanged)
        self._unsubscribe: Callable[[], None] | None = None
        # open read-only because another program holds the archive for writing (not a backup
        # looked at, not a write-protected disk): the window watches for it to let go
        self.held_elsewhere = False
        self._layout = LayoutOptions()
        document.changed.connect(self.autosaver.schedule)
        document.issueReplaced.connect(self._update_layout)
        document.mastheadChanged.connect(self._masthead_changed)
        self.archiveEdited.connect(self._series_edited)

    @property
    def readonly(self) -> bool:
        return self.archive is None or self.archive.readonly

    # -- archive ----------------------------------------------------------------------

    def open_archive(self, path: Path, ask_readonly: Callable[[ArchiveLockedError], bool],
                     readonly: bool = False, check_later: bool = False) -> bool:
        """Open ``path`` for writing (or ``readonly``: a backup looked at), or read-only when
        another program holds it and ``ask_readonly`` agrees. Other archive errors propagate
        (they carry a message). ``check_later``: the file's check runs in the background
        after opening (start-up), reported by ``archiveDamaged``."""
        if self.archive is not None and self.archive.path == Path(path).expanduser().absolute():
            return True
        from ..core.archive.archive import Archive

        held_elsewhere = False
        try:
            archive = self._open_file(Path(path), readonly, check_later)
        except ArchiveLockedError as exc:
            if not ask_readonly(exc):
                return False
            archive = Archive.open(path, readonly=True)
            held_elsewhere = True
        except ArchiveNotWritableError:  # a write-protected USB stick, a CD: to look and to export
            archive = Archive.open(path, readonly=True)
        if not self.leave_issue():  # opened first, so a file that cannot be opened costs nothing
            archive.close()
            return False
        self.close_archive()
        self._adopt(archive, held_elsewhere, check_later)
        return True

    def _open_file(self, path: Path, readonly: bool, check_later: bool) -> "Archive":
        from ..core.archive.archive import Archive

        return Archive.open(path, readonly=readonly, keep_backups=self.keep_backups, check=not check_later,
                            trash_days=self.trash_days)

    def _adopt(self, archive: "Archive", held_elsewhere: bool, check_later: bool) -> None:
        self.archive = archive
        self.held_elsewhere = held_elsewhere
        # the archive may call from another thread; the signal then arrives queued
        self._unsubscribe = archive.subscribe(self.archiveEdited.emit)
        self.autosaver.set_enabled(not archive.readonly)
        if check_later:  # on its own connection and core: the issue is shown meanwhile
            archive.check_in_background(self.archiveDamaged.emit)
        self.archiveChanged.emit()

    def reopen_writable(self) -> bool:
        """The archive, open read-only because another program was writing to it, opened for
        writing in its place now that the program let go, at the issue that was open (the
        latest if that one was deleted meanwhile). ``ArchiveLockedError`` when it holds the
        archive again (the read-only one stays open); False when there was nothing to reopen.
        The file's check runs in the background, as at start-up: the clerk clicked to edit."""
        old = self.archive
        if old is None or not self.held_elsewhere:
            return False
        archive = self._open_file(old.path, False, check_later=True)
        issue = self.document.issue
        self._let_go()  # read-only: nothing pending, no backup to take, no undo history kept
        self._adopt(archive, False, check_later=True)
        if issue is not None and issue.id is not None and archive.summaries_of([issue.id]):
            self.open_issue(issue.id)
        else:
            self.open_latest()
        return True

    def close_archive(self) -> bool:
        """Save what is pending and let go of the archive (another is opened, a backup restored,
        the window closes); False when the save failed."""
        ok = self.flush()
        if self.archive is not None:
            self.finish_backup(self.archive)
        self.document.set_issue(None)
        self.document.forget_histories()
        self.autosaver.reset()
        self._let_go()
        return ok

    def close_for_exit(self) -> bool:
        """The program ends: save what is pending and close the archive, leaving the views
        as they are (unlike ``close_archive``, which empties them for the next archive)."""
        ok = self.flush()
        self._let_go()
        return ok

    def _let_go(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.held_elsewhere = False
        if self.archive is not None:
            self.archive.close()
            self.archive = None

    def leave_issue(self) -> bool:
        """Before the open issue is replaced: True when nothing unsaved is left behind (saved
        now, or the clerk chose to discard it); False to keep editing it."""
        if self.flush():
            return True
        if self.ask_discard(self.autosaver.error):
            self.autosaver.reset()
            return True
        return False

    def flush(self) -> bool:
        self.flushing.emit()
        return self.autosaver.save_now()

    # -- issues -----------------------------------------------------------------------

    def summaries(self) -> list[IssueSummary]:
        return self.archive.list_issues() if self.archive is not None else []

    def summaries_of(self, issue_ids) -> list[IssueSummary]:
        return self.archive.summaries_of(issue_ids) if self.archive is not None else []

    def series_counts(self, series_id: int) -> tuple[int, int]:
        """How many issues the bulletin has, and how many of them are final: what renaming it
        reaches (the masthead asks with them)."""
        issues = [s for s in self.summaries() if s.series_id == series_id]
        return len(issues), sum(s.status == "final" for s in issues)

    def list_series(self) -> list[Series]:
        return self.archive.list_series() if self.archive is not None else []

    def open_issue(self, issue_id: int) -> bool:
        """False when the clerk chose to keep editing the open issue."""
        if self.archive is None:
            return False
        if not self.leave_issue():
            return False
        issue = self.archive.load_issue(issue_id)
        self.autosaver.reset()
        # a final (定稿) issue opens read-only until it is reopened
        self.document.set_issue(issue, readonly=self.archive.readonly or issue.status == "final")
        return True

    def open_latest(self) -> bool:
        latest = self.archive.latest_issue_id() if self.archive is not None else None
        if latest is None:
            self.document.set_issue(None)
            return False
        self.open_issue(latest)
        return True

    def has_series(self) -> bool:
        return bool(self.list_series())

    def new_issue(self, series_id: int | None = None) -> int | None:
        """Start the issue after the latest one of ``series_id`` (default: the open issue's
        series), store it at once and open it. None when nothing was started."""
        if self.archive is None or self.archive.readonly or not self.leave_issue():
            return None
        if series_id is None and self.document.issue is not None:
            series_id = self.document.issue.series_id
        issue = self.archive.next_issue(series_id)
        issue_id = self.archive.save_issue(issue)
        self.autosaver.reset()
        self.document.set_issue(issue)
        return issue_id

    def take_back_new_issue(self, issue_id: int, previous_id: int | None) -> bool:
        """新建一期 undone: the new issue, still open, goes to the trash and the issue open
        before it (else the latest) opens again, with its undo history. False when that
        issue is no longer the open one."""
        issue = self.document.issue
        if self.archive is None or self.archive.readonly or issue is None or issue.id != issue_id:
            return False
        self.flush()  # what the undo restored, so that the trash holds the issue as it began
        self.delete_issue(issue_id)
        if previous_id is not None and any(s.id == previous_id for s in self.summaries_of([previous_id])):
            self.open_issue(previous_id)
        else:
            self.open_latest()
        return True

    def new_series(self, name: str) -> int | None:
        """Create the series ``name`` and start its first issue; None when nothing was made."""
        if self.archive is None or self.archive.readonly or not self.leave_issue():
            return None
        series = self.archive.add_series(name)
        return self.new_issue(series.id)

    def delete_issue(self, issue_id: int) -> None:
        if self.archive is None:
            return
        current = self.document.issue
        if current is not None and current.id == issue_id:
            self.autosaver.reset()
            self.document.set_issue(None)
        self.archive.delete_issue(issue_id)

    def search(self, query: str, filters: SearchFilters, limit: int) -> list[SearchHit]:
        """The archive as last saved: an edit is found once autosave has written it (within a second)."""
        if self.archive is None:
            return []
        return self.archive.search(query, limit, filters)

    def search_choices(self) -> SearchChoices:
        if self.archive is None:
            from ..core.archive import SearchChoices

            return SearchChoices([], [], [], [])
        return self.archive.search_choices()

    def known_units(self) -> list[str]:
        from ..core.pasted_entries import units_known_to

        return units_known_to(self.archive.known_units() if self.archive is not None else [], self.document.issue)

    def alias_typed_units(self, names: list[str]) -> None:
        """Units written whole into entries (the unit field left, a paste) that are other
        writings of registered units become those units' aliases, as an import's would: the
        entries count for them in the statistics. A busy or read-only archive keeps them as
        written: the statistics show them as typed, and the clerk can register them there."""
        if self.readonly:
            return
        from ..core.errors import BulletinError
        from ..core.units.registry import alias_typed_writing  # loaded when first wanted, not at start

        for name in names:
            try:
                alias_typed_writing(self.archive, name)  # type: ignore[arg-type]
            except BulletinError:  # the archive busy (another program writing), a name refused
                log.warning("unit %r written in an entry not aliased", name, exc_info=True)

    def save_series_defaults(self) -> None:
        """New issues of this bulletin start from the open issue's sections and closing block,
        and write their 期号 and print run as it does (numbers continuing the latest issue)."""
        issue = self.document.issue
        if self.archive is None or issue is None:
            return
        self.archive.save_defaults_from(issue)

    # -- the series' layout -------------------------------------------------------------

    def load_for_export(self, issue_ids: list[int]) -> list[tuple[Issue, LayoutOptions]]:
        """The issues as stored (the open issue's edits are saved first), each with its
        series' layout, for exporting several at once."""
        from ..export.series_options import series_options

        if self.archive is None:
            return []
        self.flush()
        layouts: dict[int | None, LayoutOptions] = {}
        loaded = []
        for issue_id in issue_ids:
            issue = self.archive.load_issue(issue_id)
            if issue.series_id not in layouts:
                stored = self.archive.series_layout(issue.series_id) if issue.series_id is not None else {}
                layouts[issue.series_id] = series_options(stored)
            loaded.append((issue, layouts[issue.series_id]))
        return loaded

    def layout_options(self) -> LayoutOptions:
        """How the open issue is laid out: its series' layout."""
        return self._layout

    def layout_changes(self) -> dict:
        """The layout options the open issue's series changes from the defaults."""
        issue = self.document.issue
        if self.archive is None or issue is None or issue.series_id is None:
            return {}
        return self.archive.series_layout(issue.series_id)

    def set_layout_changes(self, changes: dict) -> None:
        """Store the layout of the open issue's series (the archive says so, and it is applied)."""
        issue = self.document.issue
        if self.archive is not None and issue is not None and issue.series_id is not None:
            self.archive.set_series_layout(issue.series_id, changes)

    def _masthead_changed(self, field: str) -> None:
        if field == "series_id":  # the issue moved to another series: its layout with it
            self._update_layout()

    def _series_edited(self, change) -> None:
        issue = self.document.issue
        if issue is None or issue.series_id is None or issue.series_id not in change.series_changed:
            return
        self._adopt_series_name(issue.series_id, issue.series)
        self._update_layout()

    def _adopt_series_name(self, series_id: int, shown: str) -> None:
        """The series was renamed by someone else (another view, a command): show its new
        name, so that the next autosave does not rename it back."""
        if self.archive is None or self.autosaver.pending or self._open_is_final():
            return  # a final issue prints the name it was finalized with
        try:
            stored = self.archive.get_series(series_id)
        except ArchiveError:
            return
        if stored is not None and stored.name != shown:
            self.document.set_masthead_field("series", stored.name)

    def _update_layout(self) -> None:
        from ..export.series_options import series_options

        try:
            layout = series_options(self.layout_changes())
        except ArchiveError:  # unreadable now: keep the layout in use, the next change retries
            return
        if layout != self._layout:
            self._layout = layout
            self.layoutChanged.emit(layout)

    # -- saving -----------------------------------------------------------------------

    def _open_is_final(self) -> bool:
        issue = self.document.issue
        return issue is not None and issue.status == "final"

    def _save(self) -> None:
        issue = self.document.issue
        if self.archive is None or issue is None:
            return
        self.archive.save_issue(issue)
