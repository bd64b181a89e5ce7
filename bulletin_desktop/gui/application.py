"""Starting the GUI: the application object, translations, settings, the window.

The window's frame is shown and painted before anything else is built, so the clerk sees
the window at once; right after that first frame come the pages of the issue about to
open (early_pages.py), and in the next turn of the event loop the other panes, the
archive and the issue itself.
"""
from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from ..resources import resource_path
from . import collector
from .settings import APPLICATION, ORGANIZATION, AppSettings

STARTUP_PROBE_ENV = "BULLETIN_DESKTOP_STARTUP_PROBE"
"""Benchmarks: print "first-paint" when the window first paints, then what
startup_probe.py reports (the issue laid out, painted, the whole window ready), then quit."""
TEST_TYPE_ENV = "BULLETIN_DESKTOP_TEST_TYPE"
"""Tests only: type this text at the end of the first entry after start, print "typed"."""

_installed: list[QTranslator] = []


def ensure_application(argv: list[str] | None = None) -> QApplication:
    # instance() is typed as the core application; this process only ever makes a QApplication
    app = cast(QApplication, QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1]))
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("")
    app.setWindowIcon(application_icon())
    app.setDesktopFileName("bulletin-desktop")  # lets the desktop match the window to its menu entry
    return app


def application_icon():
    """The program's icon at every size it ships in, for title bars, the taskbar and dialogs."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    folder = resource_path("icons", "app")
    for png in sorted(folder.glob("bulletin-desktop-*.png")):
        icon.addFile(str(png))
    return icon


def install_translators(app: QApplication, lang: str) -> None:
    """The program's own strings and Qt's (standard dialogs, text-field menus) in ``lang``.
    Safe to call again: earlier translators are removed first."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{lang}", qt_dir), (f"bulletin_desktop_{lang}", str(resource_path("translations")))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)


def archive_path_for(db_path: Path | None, settings: AppSettings) -> Path:
    if db_path is not None:
        return Path(db_path)
    remembered = settings.last_archive()
    if remembered is not None and remembered.exists():
        return remembered
    if remembered is not None:  # gone, but its backups are there: the window offers them (not another archive)
        from ..core.archive.backup import has_backups

        if has_backups(remembered):
            return remembered
    from ..core.paths import ensure_default_archive

    return ensure_default_archive()


class _AfterFirstPaint(QObject):
    """Runs ``then`` once the window has painted its first frame, so that building the
    panes and opening the archive (and loading their modules) never delay the window
    appearing."""

    FALLBACK_MS = 1000  # a window that is never painted (minimised at start) still loads

    def __init__(self, window, then, report: bool):
        super().__init__(window)
        self._then = then
        self._report = report
        self._done = False
        window.installEventFilter(self)
        QTimer.singleShot(self.FALLBACK_MS, self._run)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            if self._report:
                print("first-paint", flush=True)
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        if not self._done:
            self._done = True
            parent = self.parent()
            if parent is not None:
                parent.removeEventFilter(self)
            self._then()


def run(db_path: Path | None, issue_ref: str | None, screenshot: Path | None, lang: str | None,
        view: str | None = None, end_process: bool = False) -> int:
    """Show the window until it is closed (or the screenshot is saved). ``end_process``:
    this is the program's process, ended at once afterwards (see ``_end_process``)."""
    app = ensure_application()
    settings = AppSettings()
    install_translators(app, lang or settings.language())

    from .main_window import MainWindow

    probe = bool(os.environ.get(STARTUP_PROBE_ENV))
    # a screenshot's window is built at once (nobody watches it appear); the clerk's shows
    # its frame first and gets its panes right after that frame is painted
    window = MainWindow(settings, panes_later=screenshot is None)

    def start() -> None:
        _start(app, window, settings, db_path, issue_ref, screenshot, probe, view)

    if screenshot is not None:
        from .screenshot import prepare_unseen

        prepare_unseen(window)
        QTimer.singleShot(0, start)
    else:
        if settings.window_geometry() is None:  # the first start: no size of the clerk's yet
            window.window_layout.fit_to_screen()
        _AfterFirstPaint(window, start, probe)
        QTimer.singleShot(collector.LATEST_RESUME_MS, collector.resume)
    window.show()
    code = app.exec()
    if end_process:
        _end_process(window, settings, code)
    return code


def _end_process(window, settings: AppSettings, code: int) -> None:
    """Everything the program keeps is written once the archive is closed and the settings
    are synced; tearing down the window's thousands of Qt objects one by one after that
    (50–70 ms) only delays the exit. A thread the ordinary exit would wait for (a backup
    being finished) gets that exit; daemon threads (a read-only check) it would not wait
    for either."""
    session = getattr(window, "session", None)  # none if the window closed before its panes were built
    if session is not None:
        session.close_for_exit()  # nothing left to do when closing the window already closed it
    settings.sync()
    if any(thread.is_alive() and not thread.daemon for thread in threading.enumerate()
           if thread is not threading.main_thread()):
        return
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _start(app: QApplication, window, settings: AppSettings, db_path: Path | None, issue_ref: str | None,
           screenshot: Path | None, probe: bool, view: str | None = None) -> None:
    unattended = None
    if screenshot is not None:
        from .unattended import Unattended

        unattended = Unattended(app)  # a question nobody can answer is dismissed, and the run fails
    try:
        path = archive_path_for(db_path, settings)
    except Exception as exc:  # the default archive could not be created
        from .dialogs import show_error  # message boxes load when one is shown, not at every start

        window.build_panes()
        collector.resume()
        show_error(window, QCoreApplication.translate("MainWindow", "Cannot open the archive"), exc)
        if screenshot is not None or probe:
            app.exit(1)
        return

    def open_archive() -> None:
        window.build_panes()
        opened = window.open_archive(path, issue_ref, check_later=True)  # the file's check runs alongside
        if opened and view:
            window.show_view(view)
        if screenshot is not None:
            from .screenshot import ScreenshotTaker

            taker = ScreenshotTaker(window, screenshot, window.ui.preview, window.document.issue is not None)
            answered = unattended.answered if unattended is not None else []
            taker.finished.connect(lambda ok: app.exit(0 if ok and opened and not answered else 1))
        if watcher is not None:
            watcher.window_built()
        if screenshot is None:  # a screenshot run ends with its picture: no collection is due
            QTimer.singleShot(0, collector.resume)
        text = os.environ.get(TEST_TYPE_ENV)
        if text and opened:
            QTimer.singleShot(0, lambda: _type_into_first_entry(window, text))

    watcher = None
    if screenshot is not None:  # one picture of the finished window: nothing to show earlier
        open_archive()
        return
    if probe:
        from .startup_probe import StartupProbe

        watcher = StartupProbe(app, window)
    # the clerk's start: the issue's pages first, painted before the other panes are built
    from .early_pages import read_early_pages

    early = read_early_pages(path, issue_ref, settings.last_issue)
    if watcher is not None:
        watcher.watch(window.add_preview())
    if early is not None:
        window.show_early_pages(*early)
        window.ui.preview.repaint()  # on the screen now, not after the other panes are built
    QTimer.singleShot(0, open_archive)


def _type_into_first_entry(window, text: str) -> None:
    from .text_input import type_text

    issue = window.document.issue
    first = next((e for _s, e in issue.entries() if e.kind == "item"), None) if issue else None
    if first is None:
        print("no-entry", flush=True)
        return
    window.ui.sectionTree.select_uid(first.uid)
    body = window.ui.entryEditor.ui.itemBody
    body.setFocus()
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    body.setTextCursor(cursor)
    type_text(body, text)
    print("typed", flush=True)
