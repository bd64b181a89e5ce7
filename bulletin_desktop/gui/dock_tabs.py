"""The docks sharing a place as tabs (期次, 报头, 全库检索, 校对…): the one the clerk is working
with comes to the front.

- Held under a drag, a tab comes forward, as a browser's tabs do: an entry dragged from the
  tree towards the 期次 tab while 报头 is in front brings the issue list forward to drop it
  on another issue. Qt makes these tab bars itself, whenever docks are put together (at
  start-up, by a restored layout, by the clerk dragging a dock onto another), so each one is
  set up as it appears.
- The keyboard going into a dock behind another's tab (Tab from the panes, or an Alt key of
  one of its fields: Alt+J for the masthead's 日期) brings that dock forward: Qt keeps such
  a dock "visible", only moved out of sight, so the clerk would type into a field unseen.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QTabBar, QWidget

from .in_sight import in_sight


def _switch_on_drag(bar: QTabBar) -> None:
    bar.setChangeCurrentOnDrag(True)
    bar.setAcceptDrops(True)  # the tab bar sees no drag without it


class DockTabs(QObject):
    """Installed on the window: its dock tab bars, now and later, switch tabs under a drag,
    and a dock behind a tab comes forward when the focus goes into it."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self._window = window
        for bar in window.findChildren(QTabBar):
            if bar.parent() is window:  # the dock areas' bars, not a tab widget's inside a pane
                _switch_on_drag(bar)
        window.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # a child is polished once made, before it shows: a new dock tab bar is a whole
        # QTabBar by then (at ChildAdded it is still being built)
        if watched is self._window and event.type() == QEvent.Type.ChildPolished:
            child = event.child()  # type: ignore[attr-defined]
            if isinstance(child, QTabBar):
                _switch_on_drag(child)
        return False

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        dock = _dock_of(new, self._window)
        if dock is not None and dock.isVisible() and not in_sight(dock):
            dock.raise_()


def _dock_of(widget: QWidget | None, window: QMainWindow) -> QDockWidget | None:
    """The window's dock that ``widget`` is in, if any."""
    while widget is not None:
        if isinstance(widget, QDockWidget):
            return widget if widget.parent() is window else None
        widget = widget.parentWidget()
    return None
