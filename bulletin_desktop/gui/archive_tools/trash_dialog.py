"""回收站: what was deleted and when; restore an item where it was, or empty the trash."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QTreeWidgetItem

from ...core.archive import ArchiveError
from ...core.archive.trash import NumberTakenError
from ...core.number_limits import ISSUE_NUMBER_MAX
from ..dates import shown_time
from ..dialogs import show_error
from ..forms.ui_trash_dialog import Ui_TrashDialog

if TYPE_CHECKING:
    from ..main_window import MainWindow

ItemIdRole = Qt.ItemDataRole.UserRole + 1


class TrashDialog(QDialog):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.ui = Ui_TrashDialog()
        self.ui.setupUi(self)
        self.window_ = window
        self.kind_names = {"issue": self.tr("Issue"), "section": self.tr("Section"), "entry": self.tr("Entry")}
        self.ui.retentionSpin.setValue(window.settings.trash_days())
        self.ui.retentionSpin.valueChanged.connect(self._retention_changed)
        self.ui.restoreButton.clicked.connect(self.restore_selected)
        self.ui.emptyButton.clicked.connect(self.empty)
        self.ui.itemList.itemSelectionChanged.connect(self._update_buttons)
        self.ui.itemList.itemDoubleClicked.connect(lambda _item, _column: self.restore_selected())
        if self._readonly:  # looked at, not changed: the buttons say why they are off
            why = self.tr("The archive is open read-only: what is in the trash can be looked at here, "
                          "not restored or removed.")
            self.ui.explanation.setText(f"{self.ui.explanation.text()}\n{why}")
            for button in (self.ui.restoreButton, self.ui.emptyButton):
                button.setToolTip(why)
        self.refresh()

    @property
    def archive(self):
        return self.window_.session.archive

    @property
    def _readonly(self) -> bool:
        return self.archive is None or self.archive.readonly

    def refresh(self) -> None:
        view = self.ui.itemList
        view.clear()
        items = self.archive.trash_items() if self.archive is not None else []
        for entry in items:
            row = QTreeWidgetItem([shown_time(entry.deleted_at), self.kind_names.get(entry.kind, entry.kind), entry.label])
            row.setData(0, ItemIdRole, entry.id)
            row.setToolTip(2, entry.label)  # an entry's words are cut at the column's edge: all of them here
            view.addTopLevelItem(row)
        for column in range(2):
            view.resizeColumnToContents(column)
        if items:
            view.setCurrentItem(view.topLevelItem(0))
        self.ui.emptyButton.setEnabled(bool(items) and not self._readonly)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.ui.restoreButton.setEnabled(self.ui.itemList.currentItem() is not None and not self._readonly)

    def _retention_changed(self, days: int) -> None:
        self.window_.settings.set_trash_days(days)
        self.window_.session.trash_days = days

    def restore_selected(self) -> bool:
        current = self.ui.itemList.currentItem()
        if current is None or self._readonly:
            return False
        item_id = int(current.data(0, ItemIdRole))
        label = current.text(2)
        session = self.window_.session
        if not session.flush():
            return False
        number = None
        while True:
            try:
                issue_id = self.archive.restore_from_trash(item_id, number=number)
                break
            except NumberTakenError as exc:
                number, ok = QInputDialog.getInt(
                    self, self.tr("Number taken"),
                    self.tr("{message}\n\nRestore it as issue number:").format(message=exc.in_window),
                    exc.free_number, 1, ISSUE_NUMBER_MAX)
                if not ok:
                    return False
            except ArchiveError as exc:
                show_error(self, self.tr("Cannot restore"), exc)
                return False
        open_issue = self.window_.document.issue
        if open_issue is not None and open_issue.id == issue_id:
            session.open_issue(issue_id)  # a section or entry came back into the open issue: show it
        # named, as several may be restored in a row, and an issue's row is not selected for it;
        # under the number it was given when its own was taken (the label still has the old one)
        if number is None:
            said = self.tr("Restored: {item}").format(item=label)
        else:
            said = self.tr("Restored: {item}, as issue number {number}").format(item=label, number=number)
        self.window_.statusBar().showMessage(said, 10000)
        self.refresh()
        return True

    def empty(self) -> bool:
        if self._readonly:
            return False
        answer = QMessageBox.question(self, self.tr("Empty Trash"),
                                      self.tr("Remove everything in the trash for good?"),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.archive.empty_trash()
        except ArchiveError as exc:
            show_error(self, self.tr("Empty Trash"), exc)
            return False
        self.refresh()
        return True
