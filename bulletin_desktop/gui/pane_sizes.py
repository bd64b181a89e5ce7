"""The window's first layout, before the clerk has set one: the side dock's width and the
widths of the section tree, the entry editor and the preview, worked out from the room the
window has and the size of its text, so that a laptop at 150 % (911 logical pixels across)
gets a readable tree as a large screen does. Once the clerk moves a divider, the window
keeps what was set (settings)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter

DOCK_SHARE = 0.24  # of the window's width, for the masthead and issue list dock
DOCK_MOST = 330  # px: as wide as the masthead's fields need on a large screen
TREE_SHARE = 0.2  # of the splitter's width
TREE_CHARS = (11, 15)  # a section tree this many characters wide at least, and no wider than needed
TREE_FRAME = 40  # px: the tree's indentation, branch marks and scroll bar
EDITOR_SHARE = 0.5  # of what the tree leaves: the editor and the preview share it evenly


def first_dock_width(window_width: int, least: int) -> int:
    """The side dock's width: a quarter of a narrow window, at most ``DOCK_MOST``, never
    below what its contents need (``least``)."""
    return max(least, min(DOCK_MOST, round(window_width * DOCK_SHARE)))


def readable_tree(width: int, char_width: int) -> bool:
    """A section tree ``width`` wide shows a section's name (``TREE_CHARS[0]`` characters)."""
    return width >= TREE_CHARS[0] * char_width + TREE_FRAME


def first_splitter_sizes(width: int, char_width: int, least: tuple[int, int, int]) -> list[int]:
    """Tree, editor and preview widths that fill ``width``: the tree wide enough for a
    section's name (``char_width``: one Chinese character in the window's font), the editor
    and the preview sharing the rest; each at least its ``least``."""
    fewest, most = (chars * char_width + TREE_FRAME for chars in TREE_CHARS)
    tree = max(least[0], min(most, max(fewest, round(width * TREE_SHARE))))
    rest = max(0, width - tree)
    editor = max(least[1], round(rest * EDITOR_SHARE))
    preview = max(least[2], rest - editor)
    return [tree, editor, preview]


class FirstLayout(QObject):
    """Lays the window out by the functions above whenever the window or the splitter
    changes size, until the clerk moves a divider of the splitter (what the clerk sets is
    saved with the window and restored instead). ``dock``/``panes``: nothing saved for
    the dock's width / the splitter's sizes."""

    def __init__(self, window: QMainWindow, side_dock: QDockWidget, splitter: QSplitter, dock: bool, panes: bool):
        super().__init__(window)
        self._window, self._dock, self._splitter = window, side_dock, splitter
        self._dock_free, self._panes_free = dock, panes
        window.installEventFilter(self)
        splitter.installEventFilter(self)
        splitter.splitterMoved.connect(self._set_by_clerk)

    @property
    def panes_set(self) -> bool:
        """The splitter's sizes are the clerk's (restored, or a divider moved), not the window's."""
        return not self._panes_free

    def _set_by_clerk(self) -> None:
        self._dock_free = self._panes_free = False
        self._window.removeEventFilter(self)
        self._splitter.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            if watched is self._window and self._dock_free:
                self.fit_dock()
            elif watched is self._splitter and self._panes_free:
                self.fit_panes()
        return False

    def fit_dock(self) -> None:
        if self._dock_free:
            width = first_dock_width(self._window.width(), self._dock.minimumSizeHint().width())
            self._window.resizeDocks([self._dock], [width], Qt.Orientation.Horizontal)

    def fit_panes(self) -> None:
        splitter = self._splitter
        if not self._panes_free or splitter.count() != 3:
            return
        panes = [splitter.widget(i) for i in range(3)]
        least = (panes[0].minimumWidth(), panes[1].minimumWidth(), panes[2].minimumWidth())  # type: ignore[union-attr]
        room = splitter.width() - splitter.handleWidth() * 2
        sizes = first_splitter_sizes(room, splitter.fontMetrics().horizontalAdvance("中"), least)
        if sizes != splitter.sizes():
            splitter.setSizes(sizes)
