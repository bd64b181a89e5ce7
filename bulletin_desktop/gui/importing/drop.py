"""Files and folders dropped on the window are handed to the importer."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from ...core.file_kinds import IMPORTABLE_SUFFIXES, OTHER_OFFICE_SUFFIXES, PAGE_FILE_SUFFIXES, WORD_XML_SUFFIX  # (no reader loaded at start-up)


def _paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The files and folders dropped that the importer reads, and those it refuses by what they
    are, a past issue kept as a PDF or an OFD or a table picked by mistake: it says why and what
    to do, as the command line does, where ignoring the drop would leave the clerk guessing."""
    data = event.mimeData()
    if not data.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
    # (an .xml too: Word's XML document, the importer refusing any other XML file, said why)
    return [p for p in paths if p.is_dir() or p.suffix.lower() in IMPORTABLE_SUFFIXES or p.suffix.lower() == WORD_XML_SUFFIX
            or p.suffix.lower() in PAGE_FILE_SUFFIXES or p.suffix.lower() in OTHER_OFFICE_SUFFIXES]


class FileDropFilter(QObject):
    """Accepts drags of files to import (or folders) onto ``window`` and calls ``on_drop``."""

    def __init__(self, window: QWidget, on_drop: Callable[[list[Path]], None]):
        super().__init__(window)
        self._on_drop = on_drop
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if _paths(event):  # type: ignore[arg-type]
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif event.type() == QEvent.Type.Drop:
            paths = _paths(event)  # type: ignore[arg-type]
            if paths:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                self._on_drop(paths)
                return True
        return super().eventFilter(watched, event)
