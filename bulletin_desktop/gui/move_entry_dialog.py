"""条目 → 移到栏目…: the chooser of another section of the issue, and the place in it, for
the selected entry (the keyboard's way of what dragging it in the tree does)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from ..core.model import Issue
from .forms.ui_move_entry_dialog import Ui_MoveEntryDialog
from .models.section_tree_model import entry_label_segments

translate = QCoreApplication.translate
AT_END = -1


def shown_title(title: str) -> str:
    return title.strip() or translate("MoveEntryDialog", "(untitled section)")


class MoveEntryDialog(QDialog):
    """The issue's sections other than the entry's own; the entry goes at the end unless
    the clerk picks a place."""

    def __init__(self, issue: Issue, uid: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MoveEntryDialog()
        self.ui.setupUi(self)
        found = issue.find_entry(uid)
        assert found is not None
        own, row = found
        entry = own.entries[row]
        self._sections = [s for s in issue.sections if s is not own]
        label = "".join(text for text, _bold in entry_label_segments(entry))  # as the tree shows it
        self.ui.entryLabel.setText(translate("MoveEntryDialog", "Move “{entry}” from “{section}” to:").format(
            entry=label, section=shown_title(own.title)))
        for section in self._sections:
            item = QListWidgetItem(shown_title(section.title))
            item.setData(Qt.ItemDataRole.UserRole, section.uid)
            self.ui.sectionList.addItem(item)
        self.ui.sectionList.currentRowChanged.connect(self._fill_places)
        self.ui.sectionList.itemDoubleClicked.connect(lambda _item: self.accept())
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.sectionList.setCurrentRow(0)
        self.ui.sectionList.setFocus()  # arrows choose the section, Enter confirms
        rows = max(1, min(len(self._sections), 12))
        self.ui.sectionList.setMinimumHeight(rows * self.ui.sectionList.sizeHintForRow(0) + 8)

    def _fill_places(self, row: int) -> None:
        box = self.ui.placeBox
        box.clear()
        box.addItem(translate("MoveEntryDialog", "At the end"), AT_END)
        count = len(self._sections[row].entries) if 0 <= row < len(self._sections) else 0
        for place in range(count):
            box.addItem(translate("MoveEntryDialog", "As entry {n}").format(n=place + 1), place)

    def target(self) -> tuple[str, int] | None:
        """The chosen section's uid and the row the entry takes (``AT_END``: after its last)."""
        item = self.ui.sectionList.currentItem()
        if item is None:
            return None
        return item.data(Qt.ItemDataRole.UserRole), int(self.ui.placeBox.currentData())


def ask_move_target(parent: QWidget, issue: Issue, uid: str) -> tuple[str, int] | None:
    """Where the clerk wants the entry ``uid`` moved, or None (cancelled, or no other section)."""
    if issue.find_entry(uid) is None or len(issue.sections) < 2:
        return None
    dialog = MoveEntryDialog(issue, uid, parent)
    return dialog.target() if dialog.exec() == QDialog.DialogCode.Accepted else None
