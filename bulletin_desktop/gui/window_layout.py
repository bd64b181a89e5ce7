"""The window's size, docks and pane widths kept between runs: restored when the window is
made (before its panes, so that the first frame already has the clerk's layout), saved on
closing, and a window larger than its screen fitted to it."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from .pane_sizes import FirstLayout, readable_tree

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from .settings import AppSettings
    from .window_panes import WindowUi


class WindowLayout:
    def __init__(self, window: QMainWindow, ui: WindowUi, settings: AppSettings):
        self._window, self._ui, self._settings = window, ui, settings
        self._first_layout = self._restore()

    def _restore(self) -> FirstLayout:
        window, settings, splitter = self._window, self._settings, self._ui.splitter
        geometry = settings.window_geometry()
        if geometry is not None:
            window.restoreGeometry(geometry)
        state = settings.window_state()
        if state is not None:
            window.restoreState(state)
        sizes = settings.splitter_sizes()
        set_by_clerk = settings.panes_set_by_clerk()
        if sizes is not None and not set_by_clerk and (
                set_by_clerk is False or not readable_tree(sizes[0], splitter.fontMetrics().horizontalAdvance("中"))):
            # the window's own layout saved at the last exit, or an earlier version's that cut
            # the sections' names (110 px at 150 %): laid out anew for the room there is
            sizes = None
        if sizes is not None:
            splitter.setSizes(sizes)
        # nothing saved yet: laid out for the room the window gets until the clerk moves a divider
        first_layout = FirstLayout(window, self._ui.mastheadDock, splitter, state is None, sizes is None)
        self._ui.mastheadDock.raise_()
        return first_layout

    def fit_dock(self) -> None:
        """Once the panes are built: the side dock's first width from their smallest sizes."""
        self._first_layout.fit_dock()

    def fit_to_screen(self) -> None:
        """A window larger than its screen's free area (the form's 1440×900 on a 1366×768
        office laptop) fills that area instead of running past its edges."""
        window = self._window
        screen = window.screen()
        if screen is None:
            return
        free = screen.availableGeometry()
        if window.width() > free.width() or window.height() > free.height():
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)

    def save(self) -> None:
        window = self._window
        self._settings.save_window(window.saveGeometry(), window.saveState(), self._ui.splitter.sizes(),
                                   self._first_layout.panes_set)
        self._settings.sync()
