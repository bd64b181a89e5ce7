"""条目 → 移到栏目…: the chooser of where the selected entry goes — another section of the
issue (the keyboard's way of what dragging it in the tree does), or a section of another
issue (next week's, when the news came too late for this one) — and the place in it."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from ..core.model import Issue, format_cn_date
from .forms.ui_move_entry_dialog import Ui_MoveEntryDialog
from .models.section_tree_model import entry_label_segments

if TYPE_CHECKING:
    from ..core.archive.records import IssueSummary

translate = QCoreApplication.translate
AT_END = -1


def shown_title(title: str) -> str:
    return title.strip() or translate("MoveEntryDialog", "(untitled section)")


_NEW_ISSUE = -1  # the item data of the bulletin's next issue, not stored yet (archive ids start at 1)


@dataclass(frozen=True)
class MoveTarget:
    """Where the clerk chose: ``issue_id`` None is the entry's own issue, or, with
    ``new_issue``, the bulletin's next issue, to be started with the entry in it."""
    issue_id: int | None
    section_uid: str
    row: int  # AT_END: after the section's last entry
    new_issue: Issue | None = None


def issue_choice_text(summary: IssueSummary, own_series_id: int | None) -> str:
    """第53期（2022年12月5日）, with （已定稿） after a final issue, which refuses the entry, and
    the bulletin's name last when it is another one's: a box too narrow cuts the name, not
    the number."""
    text = translate("MoveEntryDialog", "{number} ({date})").format(
        number=summary.number_line(), date=format_cn_date(summary.date))
    if summary.status == "final":
        text = translate("MoveEntryDialog", "{issue} (final)").format(issue=text)
    if summary.series_id != own_series_id:
        text = f"{text}《{summary.series}》"
    return text


class MoveEntryDialog(QDialog):
    """The issues to choose from (the entry's own first), the chosen issue's sections (in its
    own issue, those other than the entry's) and the place in the section (the end unless
    the clerk picks another). ``offered``: the other issues in the order shown; ``load``
    reads one of them; ``next_issue``: the bulletin's next issue, not stored yet, offered
    right after this one (next week's, when it has not been started)."""

    def __init__(self, issue: Issue, uid: str, parent: QWidget | None = None,
                 offered: list[IssueSummary] = (), load: Callable[[int], Issue] | None = None,  # type: ignore[assignment]
                 chosen_issue: int | None = None, next_issue: Issue | None = None):
        super().__init__(parent)
        self.ui = Ui_MoveEntryDialog()
        self.ui.setupUi(self)
        found = issue.find_entry(uid)
        assert found is not None
        own, row = found
        entry = own.entries[row]
        self._issue, self._own, self._load = issue, own, load
        self._offered = [s for s in offered if s.id != issue.id]
        self._next = next_issue
        self._chosen: Issue = issue
        self._sections: list = []
        label = "".join(text for text, _bold in entry_label_segments(entry))  # as the tree shows it
        self.ui.entryLabel.setText(translate("MoveEntryDialog", "Move “{entry}” from “{section}” to:").format(
            entry=label, section=shown_title(own.title)))
        box = self.ui.issueBox
        box.addItem(translate("MoveEntryDialog", "This issue ({number})").format(number=issue.number_line()), None)
        if next_issue is not None:
            box.addItem(translate("MoveEntryDialog", "A new issue: {number} ({date})").format(
                number=next_issue.number_line(), date=format_cn_date(next_issue.date)), _NEW_ISSUE)
        for summary in self._offered:
            box.addItem(issue_choice_text(summary, issue.series_id), summary.id)
        # a long list opens where the clerk can see its neighbours, not a screen tall, as wide
        # as its longest entry (the box itself keeps the dialog's width)
        box.setMaxVisibleItems(15)
        popup = box.view()
        popup.setMinimumWidth(popup.sizeHintForColumn(0) + 2 * popup.frameWidth() + 24)
        self.ui.issueLabel.setVisible(box.count() > 1)
        box.setVisible(box.count() > 1)
        box.currentIndexChanged.connect(self._fill_sections)
        self.ui.sectionList.currentRowChanged.connect(self._fill_places)
        self.ui.sectionList.itemDoubleClicked.connect(lambda _item: self._accept_if_allowed())
        self.ui.buttonBox.accepted.connect(self._accept_if_allowed)
        self.ui.buttonBox.rejected.connect(self.reject)
        # an issue of one section has no other: the newest issue of the bulletin is the likely wish
        start = 1 if len(issue.sections) < 2 and box.count() > 1 else 0
        if chosen_issue is not None and box.findData(chosen_issue) > 0:  # the issue an entry was dropped on
            start = box.findData(chosen_issue)
        if start == box.currentIndex():
            self._fill_sections(start)
        box.setCurrentIndex(start)
        self.ui.sectionList.setFocus()  # arrows choose the section, Enter confirms
        rows = max(4, min(max(len(issue.sections), 1), 12))
        self.ui.sectionList.setMinimumHeight(rows * max(self.ui.sectionList.sizeHintForRow(0), 16) + 8)

    def _fill_sections(self, index: int) -> None:
        issue_id = self.ui.issueBox.itemData(index)
        summary = next((s for s in self._offered if s.id == issue_id), None)
        if issue_id == _NEW_ISSUE and self._next is not None:
            chosen = self._next
        else:
            chosen = self._issue if summary is None or self._load is None else self._load(summary.id)
        self._chosen = chosen
        same = chosen is self._issue
        self._sections = [s for s in chosen.sections if not (same and s is self._own)]
        listed = self.ui.sectionList
        listed.blockSignals(True)
        listed.clear()
        for section in self._sections:
            item = QListWidgetItem(shown_title(section.title))
            item.setData(Qt.ItemDataRole.UserRole, section.uid)
            listed.addItem(item)
        listed.blockSignals(False)
        # in another issue, the section of the same name (a new issue takes over the last one's)
        titles = [s.title.strip() for s in self._sections]
        listed.setCurrentRow(titles.index(self._own.title.strip()) if not same and self._own.title.strip() in titles
                             else (0 if self._sections else -1))
        self._fill_places(listed.currentRow())
        self._say_what_happens(summary)

    def _say_what_happens(self, summary: IssueSummary | None) -> None:
        """The note under the choices: why OK is off, or what moving to another issue does."""
        if self._next is not None and self._chosen is self._next and not self._sections:
            refused = translate("MoveEntryDialog", "{issue} would start with no sections, so the entry has nowhere to "
                                "go. Start it with New Issue and add a section first.").format(
                issue=self._next.number_line())
            self._say(refused, refused)
            return
        if self._next is not None and self._chosen is self._next:
            self._say(translate("MoveEntryDialog", "The entry leaves this issue for {issue}, started now as New Issue "
                                "starts it; a submission it was adopted from counts for {issue} then. Ctrl+Z moves the "
                                "entry back; the new issue stays.").format(issue=self._next.number_line()), "")
            return
        named = ""  # the issue chosen, with its bulletin's name when it is another one's
        if summary is not None:
            named = summary.number_line() if summary.series_id == self._issue.series_id \
                else f"《{summary.series}》{summary.number_line()}"
        refusal = ""
        if summary is not None and summary.status == "final":
            refusal = translate("MoveEntryDialog", "{issue} is final and takes no entries. To move the entry there, "
                                "open that issue and reopen it first.").format(issue=named)
        elif not self._sections and summary is None:
            refusal = translate("MoveEntryDialog", "This issue has no other section. Choose another issue, "
                                "or add a section first.")
        elif not self._sections:
            refusal = translate("MoveEntryDialog", "{issue} has no sections yet. Open it and add a section first.").format(
                issue=named)
        if refusal:
            note = refusal
        elif summary is not None:
            note = translate("MoveEntryDialog", "The entry leaves this issue for {issue}; a submission it was adopted "
                             "from counts for {issue} then. Both issues are saved at once; Ctrl+Z moves it back.").format(
                issue=named)
        else:
            note = ""
        self._say(note, refusal)

    def _say(self, note: str, refusal: str) -> None:
        self.ui.noteLabel.setText(note)
        self.ui.noteLabel.setVisible(bool(note))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not refusal)
        self.ui.sectionList.setEnabled(not refusal)
        self.ui.placeBox.setEnabled(not refusal)

    def _fill_places(self, row: int) -> None:
        box = self.ui.placeBox
        box.clear()
        box.addItem(translate("MoveEntryDialog", "At the end"), AT_END)
        count = len(self._sections[row].entries) if 0 <= row < len(self._sections) else 0
        for place in range(count):
            box.addItem(translate("MoveEntryDialog", "As entry {n}").format(n=place + 1), place)

    def _accept_if_allowed(self) -> None:
        if self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            self.accept()

    def target(self) -> MoveTarget | None:
        """The chosen issue (None: the entry's own), section and the row the entry takes."""
        item = self.ui.sectionList.currentItem()
        if item is None or not self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            return None
        issue_id = self.ui.issueBox.currentData()
        section_uid, row = item.data(Qt.ItemDataRole.UserRole), int(self.ui.placeBox.currentData())
        if issue_id == _NEW_ISSUE:
            return MoveTarget(None, section_uid, row, new_issue=self._next)
        return MoveTarget(None if issue_id is None else int(issue_id), section_uid, row)


def ask_move_target(parent: QWidget, issue: Issue, uid: str, offered: list[IssueSummary] = (),  # type: ignore[assignment]
                    load: Callable[[int], Issue] | None = None, chosen_issue: int | None = None,
                    next_issue: Issue | None = None) -> MoveTarget | None:
    """Where the clerk wants the entry ``uid`` moved, or None (cancelled, or nowhere to go).
    ``chosen_issue``: the issue shown first, else the entry's own."""
    others = [s for s in offered if s.id != issue.id]
    if issue.find_entry(uid) is None or (len(issue.sections) < 2 and not others and next_issue is None):
        return None
    dialog = MoveEntryDialog(issue, uid, parent, others, load, chosen_issue, next_issue)
    return dialog.target() if dialog.exec() == QDialog.DialogCode.Accepted else None
