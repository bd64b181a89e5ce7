"""The statistics view in the main window's statistics dock, kept current by the archive's
change notices while it is in view."""
from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QMainWindow

from .view import StatisticsView


def build_statistics_view(window: QMainWindow, dock: QDockWidget) -> StatisticsView:
    session = window.session  # type: ignore[attr-defined]
    view = StatisticsView()
    view.set_archive(session.archive)

    def follow(change) -> None:
        if dock.isVisible():  # hidden, it catches up when shown again
            view.refresh()

    view.openEntryRequested.connect(window.places.show_entry)  # type: ignore[attr-defined]
    view.exported.connect(lambda path: window.statusBar().showMessage(view.exported_message(path), 10000))
    session.archiveChanged.connect(lambda: view.set_archive(session.archive))
    session.archiveEdited.connect(follow)
    dock.visibilityChanged.connect(lambda visible: view.refresh() if visible else None)
    return view
