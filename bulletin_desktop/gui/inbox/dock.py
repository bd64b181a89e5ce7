"""The inbox (the content of the main window's inbox dock) and what its buttons, drops and
drags do with the archive and the open issue. Adopting is an ordinary edit of the issue (one undo step, autosaved); the archive
counts a submission as adopted while an entry made from it exists, so the inbox shows
the right status after every save, undo or deletion without bookkeeping here."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QInputDialog, QLineEdit, QMainWindow, QMessageBox, QVBoxLayout, QWidget,
)

from ...core.errors import BulletinError
from ...core.inbox import submissions as inbox
from ...core.inbox.adopt import adopted_here, entries_for
from ...core.inbox.joint_senders import unplaced_co_senders
from ...core.file_kinds import CONVERTED_SUFFIXES
from ...core.inbox.reading import (
    SUFFIXES, expand_folders, make_submissions, paragraphs_from_text, read_submissions,
)
from ...core.units import registry
from .models import InboxTableModel
from .panel import InboxPanel

if TYPE_CHECKING:
    from ...core.archive import Archive
    from ..file_reading import FileReading, ReadingEnd

# files read while the window waits; a folder of more (some 0.08 s a Word file here, more on
# an office PC) is read in the background, with a progress dialog and a way to cancel, where
# forty froze the window for three seconds with nothing said
READ_AT_ONCE = 6


class InboxView(QWidget):
    importFinished = Signal(list)  # the ids registered ([] when refused or cancelled)

    def __init__(self, window: QMainWindow):
        super().__init__()
        self.reader: FileReading | None = None  # reads converted files in the background, made when first needed
        self._reading_into: Archive | None = None  # the archive a background reading is for: stored into that one only
        self._closed = False  # the window closed: nothing more is asked, shown or stored
        self.session = window.session  # type: ignore[attr-defined]
        self.section_tree = window.ui.sectionTree  # type: ignore[attr-defined]
        self.document = window.document  # type: ignore[attr-defined]
        self.editing = window.editing  # type: ignore[attr-defined]
        self.model = InboxTableModel(self._read_rows, self)
        self.panel = InboxPanel(self.model, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)
        self.setFocusProxy(self.panel.ui.searchEdit)
        p = self.panel
        p.filtersChanged.connect(self.refresh)
        p.currentChanged.connect(self._show_details)
        p.importRequested.connect(self.choose_files)
        p.pasteRequested.connect(self.paste)
        p.filesDropped.connect(self.import_files)
        p.adoptRequested.connect(self.adopt_to)
        p.declineRequested.connect(self.decline)
        p.reopenRequested.connect(self.reopen)
        p.unitChosen.connect(self.set_unit)
        p.editRequested.connect(self.edit)
        window.tree_model.adoptRequested.connect(self.adopt)  # type: ignore[attr-defined]
        self.session.archiveChanged.connect(self.reload)
        # every save, undo, deletion or import of the archive may change a status: the notices say when
        self.session.archiveEdited.connect(self._archive_edited)
        self.reload()

    # -- reading ------------------------------------------------------------------------

    @property
    def archive(self):
        return self.session.archive

    def _read_rows(self, ids):
        try:
            return inbox.rows_by_id(self.archive, ids) if self.archive is not None else {}
        except BulletinError:  # the archive went away under the view; the next refresh shows it
            return {}

    def reload(self) -> None:
        """Another archive: units and rows read afresh."""
        self.panel.set_units(registry.list_units(self.archive) if self.archive is not None else [])
        self.refresh()

    def refresh(self) -> None:
        current = self.panel.current_id()
        ids = inbox.list_ids(self.archive, **self.panel.filters()) if self.archive is not None else []
        self.model.set_ids(ids)
        if current:
            self.panel.select_id(current)

    def _archive_edited(self, change) -> None:
        if change.inbox_changed:  # units registered with a submission, or in the units dialog, are offered too
            self.reload()
        elif change.issues_changed or change.issues_deleted or change.issues_added:
            self.refresh()

    def _show_details(self, submission_id: int) -> None:
        if not submission_id or self.archive is None:
            self.panel.show_details(None, [], [], 0)
            return
        submission = inbox.get_submission(self.archive, submission_id)
        sections: list[str] = []
        candidates = entries_for(self.archive, submission, sections=sections)
        with self.archive.reading() as conn:
            unplaced = unplaced_co_senders(conn, submission_id)
        self.panel.show_details(submission.unit_id, submission.places, candidates, submission_id, submission.status,
                                submission.reason, sections, unplaced)

    # -- registering submissions -------------------------------------------------------

    def _writable(self) -> bool:
        if self.archive is None or self.archive.readonly:
            self._error(self.tr("The archive is open read-only; submissions cannot be changed."))
            return False
        return True

    def _error(self, message: str) -> None:
        from ..dialogs import show_error

        show_error(self, self.tr("Submissions"), message)

    def choose_files(self) -> None:
        from ..settings import AppSettings

        settings = AppSettings()
        # where the last submissions came from (the week's folder of mail attachments), not the home folder each time
        start = settings.import_dir() or Path.home()
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Import Submissions"), str(start),
                                                self.tr("Submissions ({patterns});;All files (*)").format(
                                                    patterns=" ".join(f"*{suffix}" for suffix in SUFFIXES)))
        if names:
            settings.set_import_dir(Path(names[0]).parent)
            self.import_files([Path(n) for n in names])

    def import_files(self, paths: list[Path]) -> list[int]:
        """Register every file (a folder: the files in it) or, if one is refused, none.
        Files LibreOffice converts, and more than a few files, are read in the background
        behind a progress dialog: then the ids come later through ``importFinished`` and
        this returns []."""
        if not self._writable():
            return []
        try:
            files = expand_folders(paths)
            if len(files) > READ_AT_ONCE or any(path.suffix.lower() in CONVERTED_SUFFIXES for path in files):
                self._read_in_background(files)
                return []
            items = read_submissions(files, registry.unit_names(self.archive), None, today=self.archive.today()) or []
            new_units: list[str] = []
            repeated: list[inbox.Repeated] = []
            unplaced: list[inbox.Unplaced] = []
            replaced: list[inbox.Repeated] = []
            withdrawn: list[inbox.Withdrawn] = []
            ids = (inbox.add_submissions(self.archive, items, new_units, repeated, unplaced, replaced, withdrawn)
                   if items else [])
        except BulletinError as exc:
            self._error(self.tr("Nothing was registered: {error}").format(error=exc.in_window))
            return []
        self._registered(ids, new_units, [(items[r.item].source, r.id) for r in repeated], unplaced,
                         [(items[r.item].source, r.id, r.reopened, r.resent) for r in replaced], withdrawn)
        self.importFinished.emit(ids)
        return ids

    def _read_in_background(self, files: list[Path]) -> None:
        from ..file_reading import FileReading

        if self.reader is None:
            self.reader = FileReading("inbox-read", self, self.tr("Import Submissions"),
                                      self.tr("Reading the submissions…"))
            self.reader.ended.connect(self._read)
        names = registry.unit_names(self.archive)
        today = self.archive.today()
        self._reading_into = self.archive
        if not self.reader.start([path.name for path in files],
                                 lambda cancel, report: read_submissions(files, names, None, cancel=cancel,
                                                                         report=report, today=today)):
            self._error(self.tr("Submissions are being read already; wait for them to finish."))

    def _read(self, end: ReadingEnd) -> None:
        """The background reading ended: store everything in one transaction, or nothing."""
        ids: list[int] = []
        into, self._reading_into = self._reading_into, None
        if end.cancelled or self._closed or into is not self.archive:  # the archive read for is gone: not another
            pass
        elif end.error is not None:
            from ..dialogs import error_message

            message = end.error.message if isinstance(end.error, BulletinError) else error_message(end.error)
            self._error(self.tr("Nothing was registered: {error}").format(error=message))
        elif into is not None and self._writable():
            new_units: list[str] = []
            repeated: list[inbox.Repeated] = []
            unplaced: list[inbox.Unplaced] = []
            replaced: list[inbox.Repeated] = []
            withdrawn: list[inbox.Withdrawn] = []
            try:
                ids = (inbox.add_submissions(into, end.result, new_units, repeated, unplaced, replaced, withdrawn)
                       if end.result else [])
            except BulletinError as exc:
                repeated.clear()  # nothing was stored: not even the repeats were looked at to the end
                replaced.clear()
                withdrawn.clear()
                self._error(self.tr("Nothing was registered: {error}").format(error=exc.in_window))
            self._registered(ids, new_units, [(end.result[r.item].source, r.id) for r in repeated], unplaced,
                             [(end.result[r.item].source, r.id, r.reopened, r.resent) for r in replaced], withdrawn)
        self.importFinished.emit(ids)

    def shutdown(self) -> None:
        """The window is closing: a reading under way is cancelled (a LibreOffice conversion
        ended) and waited for, storing nothing; a dialog of the inbox still open (修改来稿, a
        question) is closed unanswered, so none outlives the window or reaches the closed archive."""
        self._closed = True
        if self.reader is not None:
            self.reader.shutdown()
        from ..dialogs import close_unanswered

        close_unanswered(self.findChildren(QDialog))

    def paste(self) -> list[int]:
        text = QGuiApplication.clipboard().text()
        paragraphs = paragraphs_from_text(text)
        if not paragraphs:
            self._error(self.tr("The clipboard holds no text."))
            return []
        if not self._writable():
            return []
        try:
            items = make_submissions(paragraphs, source="粘贴", received=None, unit_id=None,
                                     names=registry.unit_names(self.archive), today=self.archive.today())
            new_units: list[str] = []
            repeated: list[inbox.Repeated] = []
            unplaced: list[inbox.Unplaced] = []
            replaced: list[inbox.Repeated] = []
            withdrawn: list[inbox.Withdrawn] = []
            ids = inbox.add_submissions(self.archive, items, new_units, repeated, unplaced, replaced, withdrawn)
        except BulletinError as exc:
            self._error(exc.in_window)
            return []
        pasted = self.tr("The pasted text")
        self._registered(ids, new_units, [(pasted, r.id) for r in repeated], unplaced,
                         [(pasted, r.id, r.reopened, r.resent) for r in replaced], withdrawn)
        return ids

    def _registered(self, ids: list[int], new_units: list[str], repeated: list[tuple[str, int]],
                    unplaced: list[inbox.Unplaced] = (),  # type: ignore[assignment]
                    replaced: list[tuple[str, int, str, bool]] = (),  # type: ignore[assignment]
                    withdrawn: list[inbox.Withdrawn] = ()) -> None:  # type: ignore[assignment]
        """Select what was registered (or, when everything was there already, the first of
        those) and say what was not registered again, which corrected copies took the place
        of the submission they correct, which units are new, and which submissions are
        signed by (or name as sending it together) a name that does not say which county or
        town's it is, and which notices took a submission back (撤稿)."""
        kept = [sid for _source, sid in repeated] + [sid for _source, sid, _was, _resent in replaced] + [w.id for w in withdrawn]
        if ids or kept:  # the archive's notice has refreshed the list already
            self.panel.select_id(ids[0] if ids else kept[0])
        if repeated:
            self._error(self.tr("Already in the inbox, not registered again: {files}").format(
                files="；".join(self.tr("{source} (No. {id})").format(source=source, id=sid)
                               for source, sid in repeated)))
        # a copy that said it corrects the earlier one (更正稿), and one that did not: the same piece sent again
        if corrected := [(source, sid, was) for source, sid, was, resent in replaced if not resent]:
            self._error(self.tr("Corrected copies, which took the place of the submissions they correct (their numbers "
                                "and dates received kept): {files}").format(files=self._replaced_files(corrected)))
        if resent := [(source, sid, was) for source, sid, was, resent in replaced if resent]:
            self._error(self.tr("Sent again with some words changed (not marked as corrected), taken as the same piece: "
                                "the new text took the place of the earlier submission's (its number and date received "
                                "kept): {files}").format(files=self._replaced_files(resent)))
        if withdrawn:
            self._error(self.tr("Notices withdrawing a submission, not registered themselves: {notices}").format(
                notices="；".join(self.tr("No. {id} “{title}” marked declined (withdrawn by its unit)").format(
                    id=w.id, title=w.title) if not w.places else
                    self.tr("No. {id} “{title}” is adopted in {places}, left as it is: delete the adopted entries, "
                            "then decline it").format(id=w.id, title=w.title, places="、".join(w.places))
                    for w in withdrawn)))
        if signed := [u for u in unplaced if not u.joint]:
            self._error(self.tr("{submissions}: the signature does not say which county or town the sender is, so no "
                                "unit was registered for it (every county has one of that name). Choose its unit.").format(
                submissions="、".join(self.tr("No. {id} signed “{name}”").format(id=u.id, name=u.name)
                                     for u in signed)))
        if joint := [u for u in unplaced if u.joint]:
            self._error(self.tr("{submissions}: a unit sending it together does not say which county or town it is, "
                                "so it was left out. Give it under “Sent with” in Edit Submission.").format(
                submissions="、".join(self.tr("No. {id} sent with “{name}”").format(id=u.id, name=u.name)
                                     for u in joint)))
        window = self.window()
        if new_units and isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                self.tr("New units registered, as the submissions name their senders: {units}").format(
                    units="、".join(new_units)), 10000)

    def _replaced_files(self, replaced: list[tuple[str, int, str]]) -> str:
        return "；".join(self.tr("{source} (No. {id})").format(source=source, id=sid) if not was else
                        # one declined or sent back, now mended: to be judged again
                        self.tr("{source} (No. {id}, marked {status} before: pending again)").format(
                            source=source, id=sid, status=was)
                        for source, sid, was in replaced)

    # -- adopting and declining --------------------------------------------------------

    def adopt(self, submission_id: int, candidate: int, section_uid: str, row: int) -> bool:
        """A submission (or its candidate number ``candidate``, 0 for all) dropped on a section."""
        if self.document.issue is None or self._refused_final() or self.document.readonly or not self._writable():
            if self.document.issue is None:
                self._error(self.tr("Open an issue to adopt submissions into."))
            return False
        left_out: list[int] = []
        try:
            entries = entries_for(self.archive, inbox.get_submission(self.archive, submission_id), candidate or None,
                                  left_out)
            section = self.document.issue.find_section(section_uid)
            one = entries[0] if candidate else None  # 0: every candidate
            place = adopted_here(self.archive, submission_id, self.document.issue, section, one) if section else None
            if place and not self._adopt_again(place):
                return False
            inbox.link_adoption(self.archive, submission_id, [e.uid for e in entries])
        except BulletinError as exc:
            self._error(exc.in_window)
            return False
        if not self.editing.insert_entries(section_uid, row, entries, self.tr("Adopt submission")):
            return False
        self.document.focusRequested.emit(entries[0].uid)
        window = self.section_tree.window()  # the main window, also while this dock floats
        if sum(left_out) and isinstance(window, QMainWindow):
            # the submission keeps them as received; only what is printed goes without
            window.statusBar().showMessage(self.tr(
                "{count} emoji and chat expressions were left out of the adopted text: the bulletin's fonts "
                "cannot print them.").format(count=sum(left_out)), 10000)
        elif section is not None and hasattr(window, "structure"):
            # where it went and the way back, as the window's other edits say it (gone at the next step)
            window.structure.show_undo_hint(self.tr(
                "Adopted into 【{section}】 ({count} entries). Press Ctrl+Z to undo.").format(
                section=section.title, count=len(entries)), 10000)
        return True

    def _refused_final(self) -> bool:
        """The open issue is final: nothing is adopted into it, and the clerk is told why."""
        issue = self.document.issue
        if issue is None or issue.status != "final":
            return False
        from ..archive_tools.final_actions import refuse_final

        refuse_final(self, self.tr("Submissions"), issue.series, issue.number_line())
        return True

    def _adopt_again(self, place: str) -> bool:
        """The submission is in that section already: adopt it a second time? (No by default:
        its entries would be printed and counted twice.)"""
        answer = QMessageBox.question(
            self, self.tr("Adopt again"),
            self.tr("This submission has already been adopted into {place}. Adopt it again? "
                    "Its entries would be printed and counted twice.").format(place=place),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def adopt_to(self, submission_id: int, candidate: int = 0) -> bool:
        """采用到…: the clerk chooses the section."""
        issue = self.document.issue
        if issue is None or not issue.sections:
            self._error(self.tr("Open an issue with sections to adopt submissions into."))
            return False
        if self._refused_final():  # said before the clerk chooses a section it cannot go into
            return False
        titles = [f"【{s.title}】" for s in issue.sections]
        title, ok = QInputDialog.getItem(self, self.tr("Adopt to"),
                                         self.tr("Section of {issue}:").format(issue=issue.number_line()),
                                         titles, self._chosen_section(issue, submission_id, candidate), False)
        if not ok or title not in titles:
            return False
        return self.adopt(submission_id, candidate, issue.sections[titles.index(title)].uid, -1)

    def _chosen_section(self, issue, submission_id: int = 0, candidate: int = 0) -> int:
        """The section offered first: the one the submission lists the candidate under
        (【隐患排查】), when the issue has it; else the section the clerk has chosen in the tree
        (or whose entry is chosen): the clerk often picks the section, then the submission for it."""
        listed = self.panel.candidates.sections
        if candidate and submission_id == self.panel.candidates.submission_id and candidate <= len(listed):
            titles = [section.title for section in issue.sections]
            if listed[candidate - 1] in titles:
                return titles.index(listed[candidate - 1])
        uid = self.section_tree.current_uid()
        for index, section in enumerate(issue.sections):
            if section.uid == uid or any(entry.uid == uid for entry in section.entries):
                return index
        return 0

    def decline(self, submission_id: int) -> bool:
        if not self._writable():
            return False
        reason, label = "", self.tr("Reason (the unit is told this):")
        while True:  # asked again, not refused in a box after the question closed: the reason is required
            reason, ok = QInputDialog.getText(self, self.tr("Decline"), label, QLineEdit.EchoMode.Normal, reason)
            if not ok:
                return False
            if reason.strip():
                break
            label = self.tr("Write the reason (the unit is told this); it cannot be left empty:")
        try:
            inbox.decline(self.archive, submission_id, reason)
        except BulletinError as exc:
            self._error(exc.in_window)
            return False
        return True

    def reopen(self, submission_id: int) -> bool:
        """A declined or returned submission waits again (inbox reopen)."""
        if not self._writable():
            return False
        try:
            inbox.reopen(self.archive, submission_id)
        except BulletinError as exc:
            self._error(exc.in_window)
            return False
        return True

    def edit(self, submission_id: int):
        """Open 修改来稿 for the submission (window-modal, not blocking); the dialog, or None."""
        if not self._writable():
            return None
        from .edit_dialog import SubmissionDialog

        try:
            submission = inbox.get_submission(self.archive, submission_id)
        except BulletinError as exc:
            self._error(exc.in_window)
            return None
        dialog = SubmissionDialog(self.archive, submission, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def set_unit(self, submission_id: int, unit_id: int) -> None:
        if not self._writable():
            return
        try:
            inbox.set_unit(self.archive, submission_id, unit_id or None)
        except BulletinError as exc:
            self._error(exc.in_window)
            return
        self._show_details(submission_id)

