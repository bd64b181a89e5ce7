"""The fixture ladder for GUI tests: isolated settings -> a temporary archive holding the
sample issue -> the real main window opened on it."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.model import Issue


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp):
    """Every test gets its own empty QSettings (INI files under tmp_path)."""
    from bulletin_desktop.gui.settings import APPLICATION, ORGANIZATION

    qapp.setOrganizationName(ORGANIZATION)
    qapp.setApplicationName(APPLICATION)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield tmp_path / "settings"


@pytest.fixture(scope="module", autouse=True)
def collections_in_the_gui_thread(qapp):
    """The garbage collector as in the program's process (collector.py): collecting only
    in the GUI thread, never in a reading or export thread that would delete a window's Qt
    objects there. Back to automatic after each file, for the tests that follow."""
    from bulletin_desktop.gui import collector

    collector.collect_in_gui_thread()
    yield
    collector.back_to_automatic()


@pytest.fixture(scope="session", autouse=True)
def chinese_ui(qapp):
    """The default language, as a clerk starts the program."""
    from bulletin_desktop.gui.application import install_translators

    install_translators(qapp, "zh_CN")


@pytest.fixture
def archive_path(tmp_path, sample_issue) -> Path:
    path = tmp_path / "archive.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        archive.add_issue(sample_issue)
    return path


@pytest.fixture
def stored_issue(archive_path):
    """The issue as it is on disk now, read through a second, read-only connection."""
    def read(issue_id: int, path: Path = archive_path) -> Issue:
        with Archive.open(path, readonly=True) as archive:
            return archive.load_issue(issue_id)
    return read


@pytest.fixture
def window(qtbot, archive_path):
    from bulletin_desktop.gui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1400, 900)
    assert win.open_archive(archive_path)
    win.show()
    qtbot.waitExposed(win)
    # the issue list's tab in front, as the clerk clicks it: behind the masthead's tab (the
    # first start's layout) it reads its rows only when it comes in sight
    win.ui.issueListDock.raise_()
    qtbot.waitUntil(lambda: win.ui.issueList.model.rowCount() > 0)
    yield win
    win.close()


_PAGE_NUMBER = re.compile(r"^— \d+ —$")


def preview_text(window) -> str:
    """What the preview shows, as running text: printed lines joined, page numbers left out,
    so that a paragraph reads as one string wherever the lines and pages break."""
    preview = window.ui.preview
    preview.refresh_now()
    lines = preview.plain_text().replace("\f", "\n").split("\n")
    return "".join(line for line in lines if not _PAGE_NUMBER.match(line.strip()))


@pytest.fixture
def shown_text():
    return preview_text
