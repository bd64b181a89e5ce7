"""A dock whose content is built the first time it is shown.

The dock itself (title, place, the View menu's toggle, the saved window layout) exists
from the start; the panel inside, with its module and form, is imported and built only
when the clerk first opens it, so a feature's dock costs nothing at start-up.

A window restores its saved layout, and so shows a dock the clerk left open, before the
panels have what they are built from (the archive session); such a dock waits for
``ready`` and is built then.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QFrame, QMainWindow, QScrollArea, QVBoxLayout, QWidget


class LazyDock(QDockWidget):
    def __init__(self, title: str, name: str, build: Callable[[], QWidget], parent: QWidget | None = None,
                 ready: bool = True, scrolled: bool = False):
        """``scrolled``: the panel sits in a scroll area, so that a panel taller than the
        room a short screen leaves the dock scrolls instead of pushing the window past the
        screen's bottom edge."""
        super().__init__(title, parent)
        self._ready = ready
        self._scrolled = scrolled
        self._panel: QWidget | None = None
        self._hold_due = False
        self._window_size = QSize()  # before the dock was shown
        if scrolled and parent is not None:
            parent.installEventFilter(self)
        self.setObjectName(name)
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self._build: Callable[[], QWidget] | None = build

    def content(self) -> QWidget:
        """The panel, built now if it was not yet."""
        if self._build is not None:
            build, self._build = self._build, None
            self._panel = build()
            self.setWidget(self._scroll_area(self._panel) if self._scrolled else self._panel)
        assert self._panel is not None
        return self._panel

    def built(self) -> QWidget | None:
        """The panel if it was built, else None (asking builds nothing)."""
        return self._panel

    def _scroll_area(self, panel: QWidget) -> QScrollArea:
        area = QScrollArea(self)
        area.setObjectName(f"{self.objectName()}Scroll")
        area.setWidgetResizable(True)  # the panel fills the dock whenever the dock has room for it
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(_Filling(panel))
        area.setFocusProxy(panel)
        return area

    def open(self) -> QWidget:
        """Show the dock in front of the docks it shares a place with, the focus in the
        panel (its focus proxy: a search box, say); returns the panel."""
        panel = self.content()
        self.show()
        self.raise_()
        panel.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return panel

    def set_ready(self) -> None:
        """What the panel is built from exists now: a dock already on the screen gets it."""
        self._ready = True
        if self.isVisible():
            self.content()

    def showEvent(self, event) -> None:  # shown by the View menu or a restored layout
        if self._ready:
            self.content()
        super().showEvent(event)
        if self._scrolled and self._panel is not None:
            window = self.parentWidget()
            self._window_size = window.size() if window is not None else QSize()
            self._hold_later()

    def eventFilter(self, watched, event) -> bool:
        # the window laid out anew (another dock shown, the screen changed): what the
        # other panes need may have changed, and with it the room left for the panel
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            self._hold_later()
        return False

    def _hold_later(self) -> None:
        if not self._hold_due:
            self._hold_due = True
            QTimer.singleShot(0, self._hold)

    def _hold(self) -> None:
        """A scrolled panel is held at its minimum size as far as the screen has room for it
        beside the minimum of the window's other panes: with a scroll bar's minimum only,
        the window gave the dock a strip whenever it laid itself out again. A window that
        grew past the screen's edge when the dock was shown (Qt grows a maximised one too) is
        brought back."""
        self._hold_due = False
        window = self.parentWidget()
        area, panel = self.widget(), self._panel
        if not isinstance(window, QMainWindow) or panel is None or self.isFloating() or not self.isVisible():
            return
        across = window.dockWidgetArea(self) in (Qt.DockWidgetArea.TopDockWidgetArea,
                                                 Qt.DockWidgetArea.BottomDockWidgetArea)

        def extent(size: QSize) -> int:  # across the dock: what is held
            return size.height() if across else size.width()

        def length(size: QSize) -> int:  # along the dock: what scrolls
            return size.width() if across else size.height()

        screen = window.screen().availableGeometry().size() - (window.frameGeometry().size() - window.size())
        others = extent(window.minimumSizeHint()) - extent(self.minimumSizeHint())  # the window without this dock
        title = extent(self.size()) - extent(area.size())
        least = panel.minimumSizeHint()
        need = extent(least)
        if isinstance(area, QScrollArea) and length(least) > length(area.size()):
            # a panel longer than its room scrolls along the dock, and that scroll bar is
            # taken from the room beside it: the panel's minimum would then scroll sideways too
            need += extent((area.horizontalScrollBar() if across else area.verticalScrollBar()).sizeHint())
        held = max(0, min(need, extent(screen) - others - title))
        if held != extent(area.minimumSize()):
            if across:
                area.setMinimumHeight(held)
            else:
                area.setMinimumWidth(held)
        limit = screen.expandedTo(self._window_size)
        if limit.expandedTo(window.size()) != limit:
            window.resize(window.size().boundedTo(limit).expandedTo(window.minimumSizeHint()))


class _Filling(QWidget):
    """Holds a scrolled panel at the scroll area's height, down to the panel's minimum.
    A panel whose height follows its width (a wrapped label) would otherwise be held at its
    preferred height for that width, and scroll in a dock that has room for its minimum."""

    def __init__(self, panel: QWidget):
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(panel)

    def heightForWidth(self, width: int) -> int:
        return -1  # the scroll area then gives the viewport's height, or the minimum
