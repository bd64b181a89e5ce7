"""The proofreading controller: checks the open issue, keeps what the clerk ignored, applies
suggestions as undo steps, cleans extraction artefacts, and runs the 校对 step before export.

The text checks run here, as the clerk types (a few milliseconds). The archive checks run in
the background (``archive_runner``), so that opening an issue never waits for them; the 校对
step before export waits for them, so an export never goes out without them."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ...core.edits import suggestion_changes
from ...core.errors import BulletinError
from ...core.positions import Position
from ...core.proofread import CheckContext, Finding, check, ignored_here
from ...core.proofread import archive_checks
from ...core.proofread.archive_checks import ArchiveFinding, archive_context
from ...core.proofread.artefacts import issue_artefact_fixes
from ...core.proofread.ignored_here import anchor_in, anchor_of
from ...core.proofread.issue_check import IssueFinding, check_issue
from ..undo_commands import ReplaceCommand
from .archive_runner import ArchiveChecks
from .highlighter import FindingHighlighter

if TYPE_CHECKING:
    from ..entry_editor import EntryEditor
    from ..models.issue_document import IssueDocument
    from ..session import Session
    from ..undo_commands import IssueEditing

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
RECHECK_DELAY_MS = 400  # the dock follows the typing after a pause, not on every key
# the 校对 step waits this long for the archive checks (a tenth of a second on a thousand
# issues), then runs them itself: an export never goes out without them
EXPORT_WAIT_MS = 10_000
_SHOWN_AS_BANNER = "spacing"  # artefacts are cleaned in one action, never underlined one by one


@dataclass(frozen=True)
class Item:
    """One row of the dock: a text finding or an archive finding, with where it is."""

    kind: str
    rule: str
    message: str
    found: str
    suggestion: str | None
    severity: str
    section: str | None
    entry_index: int
    position: Position | None
    details: dict

    @classmethod
    def from_text(cls, f: IssueFinding) -> "Item":
        g = f.finding
        return cls(g.kind, g.rule, g.message, g.found, g.suggestion, g.severity, f.section, f.entry_index,
                   f.position, {})

    @classmethod
    def from_archive(cls, f: ArchiveFinding) -> "Item":
        return cls(f.kind, f.rule, f.message, f.found, f.suggestion, f.severity, f.section, f.entry_index,
                   f.position, f.details)


class ProofreadController(QObject):
    findingsChanged = Signal()  # the list of findings (and the artefact count) was recomputed
    jumpRequested = Signal(object)  # Position: show this entry with the span selected
    exportChecked = Signal(int)  # the 校对 step ran before an export: this many findings unresolved
    listsDialogShown = Signal(object)  # the term-list dialog, just before it runs
    compareDialogShown = Signal(object)  # the side-by-side view of a reused entry, just shown
    archiveCheckingChanged = Signal(bool)  # the archive checks started or ended in the background

    def __init__(self, document: "IssueDocument", editing: "IssueEditing", session: "Session",
                 editor: "EntryEditor", parent: QObject | None = None):
        super().__init__(parent)
        self._doc = document
        self._editing = editing
        self._session = session
        self._editor = editor
        self._context = CheckContext()  # with the places of the open issue where findings are ignored
        self._cache: dict[str, list[Finding]] = {}
        self._text_items: list[Item] = []
        self._archive_items: list[Item] = []
        self.artefacts = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECHECK_DELAY_MS)
        self._timer.timeout.connect(self.recheck_text)
        self._archive_checks = ArchiveChecks(self)
        self._archive_checks.checked.connect(self._archive_checked)
        self._archive_checks.busyChanged.connect(self.archiveCheckingChanged)
        self._highlighters = [
            FindingHighlighter(editor.ui.itemBody, lambda text: self._underlined("body", text)),
            FindingHighlighter(editor.ui.articleBody, lambda text: self._underlined("paragraph", text), headings=True),
        ]
        document.issueReplaced.connect(self.issue_opened)
        document.changed.connect(self._timer.start)
        self.issue_opened()

    # -- what is found ------------------------------------------------------------------

    @property
    def items(self) -> list[Item]:
        """Unresolved findings of the open issue, artefacts aside (they have the banner)."""
        return self._text_items + self._archive_items

    @property
    def keeps_lists(self) -> bool:
        """The archive keeps what the clerk ignores and lists (词表…): it is not open read-only."""
        archive = self._session.archive
        return archive is not None and not archive.readonly

    @property
    def archive_checking(self) -> bool:
        """The archive checks of the open issue are running; their findings are not in yet."""
        return self._archive_checks.busy

    def issue_opened(self) -> None:
        self._archive_items = []  # another issue's: never shown with this one
        self._reload_context()
        self.recheck_all()

    def _reload_context(self) -> None:
        # here, not in the background: the squiggles need the clerk's terms and ignores at
        # once, and reading those small tables takes well under a millisecond
        archive, issue = self._session.archive, self._doc.issue
        self._context = CheckContext(issue_date=issue.date if issue else None)
        if archive is not None and issue is not None:
            try:
                self._context = archive_context(archive, issue)
            except BulletinError:  # an unreadable archive is the window's business; check the text alone
                log.warning("proofreading lists could not be read", exc_info=True)
        self._cache.clear()

    def recheck_all(self) -> None:
        """Text checks now, archive checks in the background (on opening the issue, when the
        clerk's lists change, before export); the archive findings shown so far stay until
        the new ones come."""
        archive, issue = self._session.archive, self._doc.issue
        if archive is None or issue is None:  # no issue, or the archive closing: a check under way is dropped
            self._archive_checks.cancel()
            self._archive_items = []
        # the text first: once the thread runs, the two share the interpreter and both go slower
        self.recheck_text()
        if archive is not None and issue is not None:
            self._archive_checks.request(archive.path, issue, self._context)

    def _rerun_archive_checks(self) -> None:
        """The clerk's memory changed (an ignore, a unit answer) while a check was running with
        the old one: it is asked again, so that what was just dismissed does not come back."""
        archive, issue = self._session.archive, self._doc.issue
        if self._archive_checks.busy and archive is not None and issue is not None:
            self._archive_checks.request(archive.path, issue, self._context)

    def _archive_checked(self, found: list[ArchiveFinding] | None, error: BaseException | None) -> None:
        if error is not None:  # e.g. the file cannot be opened a second time: checked here, as before
            self._archive_items = self._check_archive_here()
        else:
            self._archive_items = [Item.from_archive(f) for f in found or []]
        self.findingsChanged.emit()

    def _check_archive_here(self) -> list[Item]:
        """The archive checks in this (the GUI) thread, on the window's own connection."""
        archive, issue = self._session.archive, self._doc.issue
        if archive is None or issue is None:
            return []
        try:
            found = archive_checks.check_archive(archive, issue, self._context)
        except BulletinError:
            log.warning("archive checks could not read the archive", exc_info=True)
            return []
        return [Item.from_archive(f) for f in found]

    def shutdown(self) -> None:
        """The window is closing: a check under way is stopped and its thread waited for."""
        self._archive_checks.shutdown()

    def recheck_text(self) -> None:
        self._timer.stop()
        issue = self._doc.issue
        found = check_issue(issue, self._context) if issue is not None else []
        items = [Item.from_text(f) for f in found]
        self.artefacts = sum(fix.count for fix in issue_artefact_fixes(issue)) if issue is not None else 0
        self._text_items = [i for i in items if i.kind != _SHOWN_AS_BANNER]
        self.findingsChanged.emit()

    def _underlined(self, field: str, text: str) -> list[Finding]:
        findings = self._cache.get(text)
        if findings is None:
            if len(self._cache) > 500:
                self._cache.clear()
            findings = self._cache[text] = check(text, self._context)
        findings = [f for f in findings if f.kind != _SHOWN_AS_BANNER]
        uid, here = self._editor.current_uid, self._context.ignored_here
        if not here or not uid:
            return findings
        return [f for f in findings if anchor_in(text, Position(uid, field, f.start, f.end), f.rule, f.found)
                not in here]

    def _refresh(self) -> None:
        # only the body on show: the hidden one is re-highlighted when an entry is loaded into it
        active = self._editor.active_body()
        for highlighter in self._highlighters:
            if active is not None and highlighter.document() is active.document():
                highlighter.rehighlight()
        self.recheck_text()

    # -- what the clerk does with a finding --------------------------------------------

    @property
    def editable(self) -> bool:
        """Fixes can go into the open issue: there is one, and it is not final (or in an
        archive opened read-only)."""
        return self._doc.issue is not None and not self._doc.readonly

    def apply(self, item: Item) -> bool:
        """Put the suggestion in place of what the finding covers, by the rule ``check --apply``
        follows (``edits.suggestion_changes``): one undo step of its own. False when it no
        longer fits: the text there changed since the check, or the place is gone."""
        position, issue = item.position, self._doc.issue
        if item.suggestion is None or position is None or issue is None or not self.editable:
            return False
        changes = suggestion_changes(issue, position, item.found, item.suggestion)
        if not changes:
            return False
        [change] = changes  # a finding lies in one field
        if change.uid and change.field != "section":  # an entry's: undoing it selects the entry again
            self._editing.edit_entry(change.uid, change.field, change.new, "proofread")
        else:  # a section title, the masthead or the closing block
            self._doc.undo_stack.push(ReplaceCommand(self._doc, changes,
                                                     translate("UndoCommands", "Proofreading fix")))
        if item in self._archive_items:  # e.g. a unit spelling: the archive checks see the new text
            self._archive_items = [i for i in self._archive_items if i != item]
            self.recheck_all()
        else:
            self.recheck_text()
        return True

    def ignore_here(self, item: Item) -> None:
        """Not this finding at this place of this issue: kept in the archive (for the session
        only when the archive is read-only). Edits elsewhere keep it ignored; an edit of
        the place itself brings it back (``core.proofread.ignored_here``)."""
        issue, archive = self._doc.issue, self._session.archive
        if issue is None:
            return
        anchor = anchor_of(issue, item.position, item.rule, item.found)
        if archive is not None and not archive.readonly and issue.id is not None:
            try:
                ignored_here.remember(archive, issue.id, anchor)
            except BulletinError:  # not kept past this session; the clerk still sees it go
                log.warning("an ignored finding could not be kept in the archive", exc_info=True)
        self._context.ignored_here = self._context.ignored_here | {anchor}
        self._archive_items = [i for i in self._archive_items
                               if anchor_of(issue, i.position, i.rule, i.found) != anchor]
        self._rerun_archive_checks()
        self._refresh()

    def ignore_everywhere(self, item: Item) -> bool:
        """Remember in the archive never to report this text for this rule again."""
        archive = self._session.archive
        if archive is None or archive.readonly:
            return False
        archive.proofread().add_ignore(item.rule, item.found)
        self._reload_context()
        self._archive_items = [i for i in self._archive_items if (i.rule, i.found) != (item.rule, item.found)]
        self._rerun_archive_checks()
        self._refresh()
        return True

    def unit_differs(self, item: Item) -> bool:
        """The clerk said the rare spelling names another unit than the common one: kept in the
        archive, so the pair is never reported again (the 'same unit' answer is ``apply``)."""
        archive = self._session.archive
        if archive is None or archive.readonly or item.kind != "unit" or item.suggestion is None:
            return False
        archive.proofread().confirm_unit(item.found, item.suggestion)
        self._archive_items = [i for i in self._archive_items
                               if not (i.kind == "unit" and (i.found, i.suggestion) == (item.found, item.suggestion))]
        self._rerun_archive_checks()
        self._refresh()
        return True

    def edit_lists(self) -> None:
        """The term list, the ignore-everywhere list and the open issue's ignored places, in a
        dialog; the issue is re-checked after."""
        from ...core.proofread import ignored_here
        from .lists_dialog import ProofreadListsDialog

        archive, issue = self._session.archive, self._doc.issue
        if archive is None or archive.readonly:
            return
        here, forget = [], None
        if issue is not None and issue.id is not None:
            issue_id = issue.id
            here = ignored_here.listed(archive, issue_id)
            forget = lambda row_id: ignored_here.forget(archive, issue_id, row_id)  # noqa: E731
        dialog = ProofreadListsDialog(archive.proofread(), self._editor.window(), here, forget)
        self.listsDialogShown.emit(dialog)
        dialog.exec()
        self._reload_context()
        self.recheck_all()
        self._refresh()

    def compare(self, item: Item):
        """A reused entry beside the earlier one it resembles, in a read-only window of its own."""
        from PySide6.QtCore import Qt

        from .compare_dialog import ReusedCompareDialog

        if item.kind != "reused" or "text" not in item.details:
            return None
        dialog = ReusedCompareDialog(item.details, self._editor.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.compareDialogShown.emit(dialog)
        return dialog

    def jump(self, item: Item) -> None:
        if item.position is not None:
            self.jumpRequested.emit(item.position)

    # -- artefacts ---------------------------------------------------------------------

    def clean_artefacts(self) -> int:
        """Remove every stray space and rejoin paragraphs cut by a page break: one undo step."""
        issue = self._doc.issue
        # a final issue is left as printed: no empty undo step, no count of what was not cleaned
        fixes = issue_artefact_fixes(issue) if issue is not None and self.editable else []
        if not fixes:
            return 0
        stack = self._doc.undo_stack
        stack.beginMacro(self.tr("Clean up layout traces"))
        try:
            for fix in fixes:
                self._editing.edit_entry(fix.uid, fix.field, fix.new, "proofread")
        finally:
            stack.endMacro()
        self.recheck_text()
        return sum(fix.count for fix in fixes)

    # -- before export -----------------------------------------------------------------

    def export_step(self) -> int:
        """The 校对 step before export: the whole issue re-checked (text and archive), what is
        unresolved listed in the dock, which is brought forward. It never blocks the export;
        the count is returned for ``record_export`` once the export goes ahead.

        The archive checks are waited for (the dock says so meanwhile), and run here if they
        do not come in time: the count always includes them."""
        self._reload_context()
        self.recheck_all()
        if not self._archive_checks.wait(EXPORT_WAIT_MS):
            self._archive_checks.cancel()
            self._archive_items = self._check_archive_here()
            self.findingsChanged.emit()
        count = len(self.items)
        self.exportChecked.emit(count)
        return count

    def record_export(self, unresolved: int) -> None:
        """The issue went out with ``unresolved`` findings: kept in the archive."""
        archive, issue = self._session.archive, self._doc.issue
        if archive is not None and not archive.readonly and issue is not None and issue.id is not None:
            try:
                archive.proofread().record_export(issue.id, unresolved)
            except BulletinError:  # the export itself reports a broken archive; this record is secondary
                log.warning("the unresolved count could not be recorded", exc_info=True)
