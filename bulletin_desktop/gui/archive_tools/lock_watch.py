"""The archive open read-only because another program was writing to it: told when that
program lets go, and opened for editing where the clerk was, when the clerk asks.

Only while the archive is read-only for that reason (not a backup looked at, not a
write-protected disk, not a final issue, which the archive's lock has nothing to do with)
the lock is tried every few seconds, taken and let go at once; nothing runs while the archive
is editable. When it is free, the strip under the read-only notice says so with 开始编辑.
The window never switches by itself: the clerk may be reading, and the place they read
(the issue, the entry chosen, the preview's scroll) is kept when they click.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from ...core.archive import ArchiveError, ArchiveLockedError
from ..banner_strip import label_and_button, place_under

if TYPE_CHECKING:
    from pathlib import Path

    from ..main_window import MainWindow

POLL_MS = 3000  # how often the lock is tried: the clerk is told within seconds, the disk barely touched
STYLE = "#archiveFreeBanner { background: #fff4ce; border-bottom: 1px solid #e0c36a; } QLabel { color: #5c4400; }"


class LockWatch(QObject):
    """Tries the write lock of ``path`` every ``POLL_MS`` while watching; ``released`` once free."""

    released = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._path: Path | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._try)

    def watch(self, path: "Path | None") -> None:
        """Watch ``path`` (None: stop watching)."""
        self._path = path
        if path is None:
            self._timer.stop()
        else:
            self._timer.start()

    @property
    def watching(self) -> bool:
        return self._timer.isActive()

    def _try(self) -> None:
        from ...core.archive.lock import is_free

        if self._path is not None and is_free(self._path):
            self._timer.stop()  # told once; watching again if opening it fails
            self.released.emit()


class ArchiveFreeBanner(QWidget):
    """The strip saying the other program let go, with 开始编辑."""

    startRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("archiveFreeBanner")
        self.setStyleSheet(STYLE)
        self.label, self.start_button = label_and_button(self, "archiveFreeLabel", self.tr("Start Editing"),
                                                         "startEditingButton")
        self.label.setText(self.tr("The other program has closed the archive: it can be edited now."))
        self.start_button.clicked.connect(self.startRequested)

    @classmethod
    def install(cls, anchor: QWidget) -> "ArchiveFreeBanner":
        """Placed right under ``anchor`` (the read-only banner), above the panes."""
        banner = cls(anchor.parentWidget())
        place_under(anchor, banner)
        return banner


class ReadOnlyWhileHeld(QObject):
    """The watch, the strip and the reopening, for one window; made the first time an archive
    opens read-only because another program holds it."""

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.watch = LockWatch(self)
        self.banner = ArchiveFreeBanner.install(window.ui.readonlyBanner)
        self.watch.released.connect(self._offer)
        self.banner.startRequested.connect(self.start_editing)

    def follow_session(self) -> None:
        """Another archive is open (or the same one another way): watch only while it is
        read-only because another program holds it."""
        session = self.window.session
        archive = session.archive
        self.banner.hide()
        self.watch.watch(archive.path if archive is not None and session.held_elsewhere else None)

    def _offer(self) -> None:
        self.window.ui.readonlyBanner.hide()
        self.banner.show()

    def start_editing(self) -> None:
        """开始编辑: the archive opened for writing, at the issue, entry and page the clerk was at."""
        window, ui = self.window, self.window.ui
        uid = ui.sectionTree.current_uid()
        scroll = _scroll_bars(ui.preview)
        positions = [bar.value() for bar in scroll]
        try:
            reopened = window.session.reopen_writable()
        except ArchiveLockedError:  # taken again in the meantime: still read-only, watched again
            self.banner.hide()
            ui.readonlyBanner.show()
            self.watch.watch(window.session.archive.path if window.session.archive is not None else None)
            window.statusBar().showMessage(
                self.tr("Another program has opened the archive again; it stays read-only for now."), 8000)
            return
        except ArchiveError as exc:
            from ..dialogs import show_error

            show_error(window, self.tr("Cannot open the archive"), exc)
            return
        if not reopened:
            return
        window.show_archive_access()
        if uid:
            ui.sectionTree.select_uid(uid)
        ui.preview.refresh_now()  # laid out and followed to the entry now, so that the scroll set next stays
        for bar, value in zip(_scroll_bars(ui.preview), positions):
            bar.setValue(value)
        window.statusBar().showMessage(self.tr("The archive is open for editing."), 5000)


def _scroll_bars(preview: QWidget) -> list:
    view = preview.findChild(QAbstractScrollArea)
    return [] if view is None else [view.verticalScrollBar(), view.horizontalScrollBar()]
