"""The tabs of docks sharing a place (期次, 报头, 全库检索, 校对…) come to the front when the
clerk holds a dragged entry over them, as a browser's tabs do: an entry dragged from the
tree towards the 期次 tab while 报头 is in front brings the issue list forward to drop it
on another issue. Qt makes these tab bars itself, whenever docks are put together (at
start-up, by a restored layout, by the clerk dragging a dock onto another), so each one is
set up as it appears.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMainWindow, QTabBar


def _switch_on_drag(bar: QTabBar) -> None:
    bar.setChangeCurrentOnDrag(True)
    bar.setAcceptDrops(True)  # the tab bar sees no drag without it


class DockTabsOnDrag(QObject):
    """Installed on the window: its dock tab bars, now and later, switch tabs under a drag."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self._window = window
        self.refresh()
        window.installEventFilter(self)

    def refresh(self) -> None:
        for bar in self._window.findChildren(QTabBar):
            if bar.parent() is self._window:  # the dock areas' bars, not a tab widget's inside a pane
                _switch_on_drag(bar)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # a child is polished once made, before it shows: a new dock tab bar is a whole
        # QTabBar by then (at ChildAdded it is still being built)
        if watched is self._window and event.type() == QEvent.Type.ChildPolished:
            child = event.child()  # type: ignore[attr-defined]
            if isinstance(child, QTabBar):
                _switch_on_drag(child)
        return False
