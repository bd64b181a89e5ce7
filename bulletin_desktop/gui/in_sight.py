"""Whether the clerk can see a widget.

A dock whose tab is behind another's stays visible for Qt (``isVisible()`` is true): its
tab bar hides it by moving it out of the window. What counts is the part of the widget
left inside the window.
"""
from __future__ import annotations

from PySide6.QtWidgets import QWidget


def in_sight(widget: QWidget) -> bool:
    return widget.isVisible() and not widget.visibleRegion().isEmpty()
