"""The main window's form and the panes that fill it.

The form (``forms/main_window.ui``) is the window's frame: menus, toolbar, docks, status
bar and the splitter, with an empty slot where each pane goes. It loads in a few
milliseconds, so at start-up the window shows its whole layout in its first frame; the
panes (the section tree, the entry editor, the preview, the find bar, the issue list,
the masthead panel), whose modules take about a hundred milliseconds to load, are built
right after, each filling its slot.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from .forms.ui_main_window import Ui_MainWindow

if TYPE_CHECKING:
    from .entry_editor import EntryEditor
    from .find_bar import FindBar
    from .issue_list import IssueListPanel
    from .masthead_panel import MastheadPanel
    from .preview import PreviewWidget
    from .section_tree import SectionTreeView


class WindowUi(Ui_MainWindow):
    """The form's widgets and, once ``add_panes`` has run, the panes."""

    sectionTree: SectionTreeView
    entryEditor: EntryEditor
    preview: PreviewWidget
    findBar: FindBar
    issueList: IssueListPanel
    mastheadPanel: MastheadPanel

    def has_preview(self) -> bool:
        return getattr(self, "preview", None) is not None

    def add_preview(self) -> PreviewWidget:
        """The preview alone (start-up shows the issue's pages before the other panes are
        built: early_pages.py); ``add_panes`` then keeps it."""
        if not self.has_preview():
            from .preview import PreviewWidget

            self.preview = _fill(self.previewSlot, PreviewWidget(self.previewSlot), "preview")
        return self.preview

    def add_panes(self) -> None:
        from .entry_editor import EntryEditor
        from .find_bar import FindBar
        from .issue_list import IssueListPanel
        from .masthead_panel import MastheadPanel
        from .section_tree import SectionTreeView

        # each made inside its slot, so that it has the window's font and style from the start
        self.sectionTree = _fill(self.treeSlot, SectionTreeView(self.treeSlot), "sectionTree")
        self.entryEditor = _fill(self.editorSlot, EntryEditor(self.editorSlot), "entryEditor")
        self.add_preview()
        self.issueList = _fill(self.issueListSlot, IssueListPanel(self.issueListSlot), "issueList")
        self.mastheadPanel = _fill(self.mastheadSlot, MastheadPanel(self.mastheadSlot), "mastheadPanel")
        # under the read-only banner, above the panes; shown by Ctrl+F
        self.findBar = FindBar(self.centralWidget)
        self.findBar.setObjectName("findBar")
        self.findBar.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.findBar.setVisible(False)
        self.centralLayout.insertWidget(self.centralLayout.indexOf(self.splitter), self.findBar)


def _fill(slot: QWidget, pane, name: str):
    """``pane`` fills ``slot``, which keeps its place, size and minimum width in the form.
    In a window already on the screen (start-up) the pane is shown and sized at once, as it
    would be when the window shows: otherwise it stays hidden at a default size until the
    next turn of the event loop, and the issue opened meanwhile would be scrolled and
    zoomed for a view of the wrong size."""
    pane.setObjectName(name)
    layout = QVBoxLayout(slot)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(pane)
    if slot.isVisible():
        pane.show()
        layout.activate()
    return pane
