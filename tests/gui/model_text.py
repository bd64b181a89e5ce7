"""Reading a table model's headers in a test. ``horizontalHeaderItem`` hands back a wrapper
of an item Qt made itself; the model keeps that wrapper, and once the model is cleared (the
statistics view clears it on every refresh) the wrapper points at freed memory. A QAction
later made at the same address then comes back from Qt as that stale QStandardItem. Header
data carries the same text without making a wrapper."""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt


def header_texts(model: QAbstractItemModel) -> list[str]:
    return [str(model.headerData(column, Qt.Orientation.Horizontal) or "") for column in range(model.columnCount())]
