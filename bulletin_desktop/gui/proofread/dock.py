"""The findings dock: what the proofreader found in the open issue, grouped by kind and
entry with counts, with apply / ignore here / ignore everywhere, and the clean-up banner."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QTreeWidgetItem, QWidget

from ...core.proofread import KIND_LABELS
from ..forms.ui_proofread_findings import Ui_FindingsDock
from ..in_sight import in_sight
from .controller import Item, ProofreadController

if TYPE_CHECKING:
    from ..main_window import MainWindow

# A section with nothing in it is found as an empty placeholder is, but it is listed as what
# it is and at its heading: it has no entry to be the first of.
EMPTY_SECTION_RULE = "S-EMPTY-SECTION"
EMPTY_SECTION_GROUP = "empty_section"
ItemRole = Qt.ItemDataRole.UserRole + 1


class FindingsDock(QDockWidget):
    def __init__(self, controller: ProofreadController, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("proofreadDock")
        self.controller = controller
        body = QWidget(self)
        # the buttons in two rows (the form): a dock beside the window's panes must fit a 1366-pixel screen
        self.ui = Ui_FindingsDock()
        self.ui.setupUi(body)
        self.setWidget(body)
        ui = self.ui
        # the archive checks run in the background: what is listed may still grow
        ui.archiveNote.setVisible(controller.archive_checking)

        ui.cleanButton.clicked.connect(controller.clean_artefacts)
        ui.applyButton.clicked.connect(lambda: self._act(controller.apply))
        ui.ignoreHereButton.clicked.connect(lambda: self._ignore(everywhere=False))
        ui.ignoreEverywhereButton.clicked.connect(lambda: self._ignore(everywhere=True))
        ui.listsButton.clicked.connect(controller.edit_lists)
        # a unit spelt two ways: the clerk answers once whether it is the same unit
        ui.sameUnitButton.clicked.connect(lambda: self._act(controller.apply))  # the common spelling, one undo step
        ui.differentUnitButton.clicked.connect(lambda: self._act(controller.unit_differs))
        ui.compareButton.clicked.connect(lambda: self._act(controller.compare))
        ui.tree.customContextMenuRequested.connect(self._context_menu)
        ui.tree.itemActivated.connect(self._activated)
        ui.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        controller.findingsChanged.connect(self.reload)
        controller.exportChecked.connect(self.show_export_check)
        controller.archiveCheckingChanged.connect(ui.archiveNote.setVisible)
        self.reload()

    # -- showing ---------------------------------------------------------------------

    def reload(self) -> None:
        items = self.controller.items
        self.setWindowTitle(self.tr("Proofreading ({count})").format(count=len(items)))
        count = self.controller.artefacts
        self.ui.cleanupBanner.setVisible(count > 0)
        self.ui.cleanButton.setEnabled(self.controller.editable)
        self.ui.bannerLabel.setText(self.tr("{count} layout traces left by copying (stray spaces, paragraphs cut by "
                                         "a page break).").format(count=count))
        current = self.current_item()
        listed = [node.data(0, ItemRole) for node in self._leaves()]
        at = listed.index(current) if current in listed else -1
        self.ui.tree.clear()
        groups: dict[str, dict[tuple, list[Item]]] = {}
        for item in items:
            at_heading = item.position is not None and item.position.field == "section"
            entry_key = (item.section, None if at_heading else item.entry_index)
            group = EMPTY_SECTION_GROUP if item.rule == EMPTY_SECTION_RULE else item.kind
            groups.setdefault(group, {}).setdefault(entry_key, []).append(item)
        for group, entries in groups.items():
            total = sum(len(found) for found in entries.values())
            kind_node = QTreeWidgetItem(self.ui.tree, [f"{self._group_label(group)}（{total}）"])
            for (section, index), found in entries.items():
                entry_node = QTreeWidgetItem(kind_node, [self._place(section, index, len(found))])
                for item in found:
                    hint = f" → {item.suggestion}" if item.suggestion else ""
                    leaf = QTreeWidgetItem(entry_node, [f"{item.found}{hint}：{item.message}"])
                    leaf.setData(0, ItemRole, item)
                    leaf.setToolTip(0, self._tooltip(item))
                    if item == current:
                        self.ui.tree.setCurrentItem(leaf)
        self.ui.tree.expandAll()
        if at >= 0 and self.ui.tree.currentItem() is None:
            # the finding chosen went (ignored, fixed): the one now in its place is chosen, so
            # that the clerk works down the list with the buttons or keys without clicking each
            leaves = list(self._leaves())
            if leaves:
                self.ui.tree.setCurrentItem(leaves[min(at, len(leaves) - 1)])
        self._update_buttons()

    def _group_label(self, group: str) -> str:
        if group == EMPTY_SECTION_GROUP:
            return self.tr("Empty sections")
        return KIND_LABELS.get(group, group)

    def _place(self, section: str | None, index: int | None, count: int) -> str:
        """Where the findings under it are: an entry of a section, a section's heading, the issue."""
        if section is None:
            return self.tr("This issue ({count})").format(count=count)
        if index is None:
            return self.tr("【{section}】 heading ({count})").format(section=section, count=count)
        return self.tr("【{section}】 entry {index} ({count})").format(section=section, index=index, count=count)

    def show_export_check(self, count: int) -> None:
        """Before an export: bring the dock forward with what is still unresolved (never a dialog
        that stops the export)."""
        if count == 0:
            self.ui.exportNote.hide()
            return
        self.ui.exportNote.setText(self.tr("Exported with {count} unresolved proofreading findings; they are "
                                        "listed below and the count is recorded with the issue.").format(count=count))
        self.ui.exportNote.show()
        self.show()
        self.raise_()

    def _tooltip(self, item: Item) -> str:
        if item.kind == "reused" and "text" in item.details:  # the two entries side by side, in text
            return self.tr("This issue: {mine}\n{earlier}: {text}").format(
                mine=item.details["mine"], earlier=item.details.get("line", ""), text=item.details["text"])
        return item.message

    def current_item(self) -> Item | None:
        node = self.ui.tree.currentItem()
        return node.data(0, ItemRole) if node is not None else None

    def select(self, item: Item) -> None:
        """Show ``item`` chosen in the dock, bringing the dock forward (it may be a hidden tab)."""
        for node in self._leaves():
            if node.data(0, ItemRole) == item:
                self.show()
                self.raise_()
                self.ui.tree.setCurrentItem(node)
                return

    def _leaves(self):
        for i in range(self.ui.tree.topLevelItemCount()):
            kind = self.ui.tree.topLevelItem(i)
            for j in range(kind.childCount()):
                entry = kind.child(j)
                for k in range(entry.childCount()):
                    yield entry.child(k)

    def _update_buttons(self) -> None:
        item = self.current_item()
        self.ui.applyButton.setEnabled(item is not None and item.suggestion is not None and item.position is not None
                                    and self.controller.editable)
        self.ui.ignoreHereButton.setEnabled(item is not None)
        self.ui.ignoreEverywhereButton.setEnabled(item is not None)
        unit = item is not None and item.kind == "unit" and item.suggestion is not None
        if unit and item is not None:
            self.ui.sameUnitButton.setText(self.tr("Same unit, change to {common}").format(common=item.suggestion))
        self.ui.sameUnitButton.setVisible(unit)
        self.ui.sameUnitButton.setEnabled(self.controller.editable)
        self.ui.differentUnitButton.setVisible(unit)
        self.ui.compareButton.setVisible(self._comparable(item))

    @staticmethod
    def _comparable(item: Item | None) -> bool:
        return item is not None and item.kind == "reused" and "text" in item.details

    # -- acting ------------------------------------------------------------------------

    def _act(self, action) -> None:
        item = self.current_item()
        if item is not None:
            action(item)

    def _ignore(self, everywhere: bool) -> None:
        """Ignore the chosen finding, and say in the status bar where it can be brought back:
        the finding leaves the list, and nothing else tells the clerk it can be undone."""
        item = self.current_item()
        if item is None:
            return
        keeps = self.controller.keeps_lists
        if everywhere:
            if not self.controller.ignore_everywhere(item):
                return
            said = self.tr("“{found}” is not flagged in any issue any more. To have it flagged again: Lists…, "
                           "the Ignored findings tab.").format(found=item.found)
        else:
            self.controller.ignore_here(item)
            said = (self.tr("Not flagged at this place any more. To have it flagged again: Lists…, the Ignored "
                            "findings tab.") if keeps else
                    self.tr("Not flagged at this place while the archive is open (it is open read-only)."))
        window = self.parent()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(said, 10000)

    def _context_menu(self, point) -> None:
        node = self.ui.tree.itemAt(point)
        item = node.data(0, ItemRole) if node is not None else None
        if item is None or not self._comparable(item):
            return
        menu = QMenu(self.ui.tree)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.tr("Compare"), lambda: self.controller.compare(item))
        menu.popup(self.ui.tree.viewport().mapToGlobal(point))

    def _activated(self, node: QTreeWidgetItem, _column: int) -> None:
        item = node.data(0, ItemRole)
        if item is not None:
            self.controller.jump(item)


def attach_proofreading(window: "MainWindow") -> ProofreadController:
    """Build the controller and its dock into the window, and connect the jump."""
    ui = window.ui
    controller = ProofreadController(window.document, window.editing, window.session, ui.entryEditor, window)
    dock = FindingsDock(controller, window)
    if not window.restoreDockWidget(dock):  # where the clerk left it, else a tab beside 期次 and 报头
        tabs = [ui.issueListDock, *window.tabifiedDockWidgets(ui.issueListDock)]
        front = next((tab for tab in tabs if in_sight(tab)), ui.mastheadDock)
        window.tabifyDockWidget(ui.issueListDock, dock)  # so the preview keeps its width
        front.raise_()  # the new tab does not take the place of the one the clerk was looking at
    controller.dock = dock  # type: ignore[attr-defined]

    def jump(position) -> None:
        ui.sectionTree.select_uid(position.uid)
        ui.entryEditor.select_position(position)
        body = ui.entryEditor.active_body()
        if body is not None:
            body.setFocus()

    controller.jumpRequested.connect(jump)
    return controller
