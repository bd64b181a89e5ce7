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

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QWidget


class LazyDock(QDockWidget):
    def __init__(self, title: str, name: str, build: Callable[[], QWidget], parent: QWidget | None = None,
                 ready: bool = True):
        super().__init__(title, parent)
        self._ready = ready
        self.setObjectName(name)
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self._build: Callable[[], QWidget] | None = build

    def content(self) -> QWidget:
        """The panel, built now if it was not yet."""
        if self._build is not None:
            build, self._build = self._build, None
            self.setWidget(build())
        return self.widget()

    def built(self) -> QWidget | None:
        """The panel if it was built, else None (asking builds nothing)."""
        return None if self._build is not None else self.widget()

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
