"""The clerk's start: the issue's pages are laid out and painted before the other panes are
built, and the window then opens that same issue without laying it out again."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.archive import Archive

from test_startup import lock_holder  # noqa: F401  (a fixture)


def clerks_start(qtbot, qapp, archive_path, ask_readonly=None):
    """The window as ``application.run`` starts it for the clerk, up to the moment after the
    early pages (the panes and the archive follow in the next turn of the event loop)."""
    from bulletin_desktop.gui import application
    from bulletin_desktop.gui.main_window import MainWindow
    from bulletin_desktop.gui.settings import AppSettings

    settings = AppSettings()
    settings.set_zoom(0.8)
    window = MainWindow(settings, ask_readonly=ask_readonly, panes_later=True)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    application._start(qapp, window, settings, archive_path, None, None, probe=False)
    return window


def opened(qtbot, window) -> None:
    """The panes built and the archive opened (one step, in the turn after the early pages)."""
    qtbot.waitUntil(lambda: getattr(window, "session", None) is not None)


def test_the_pages_come_before_the_panes_and_are_not_laid_out_again(qtbot, qapp, archive_path):
    window = clerks_start(qtbot, qapp, archive_path)
    preview = window.ui.preview
    assert preview.page_count() > 0
    assert getattr(window.ui, "sectionTree", None) is None  # not built yet
    early_text = preview.plain_text()
    opened(qtbot, window)
    preview.refresh_now()
    assert preview.last_update().laid_out == 0 and preview.last_update().reused > 0
    assert preview.plain_text() == early_text
    assert window.ui.sectionTree.current_kind() == "item"
    assert window.status.pages_label.text() == f"约 {preview.page_count()} 页"
    window.close()


def test_the_early_pages_are_the_issue_the_window_opens(qtbot, qapp, archive_path):
    """The issue the clerk had open last, not the newest."""
    from bulletin_desktop.gui.settings import AppSettings

    with Archive.open(archive_path, auto_backup=False) as archive:
        remembered = archive.latest_issue_id()
        newer = archive.next_issue()
        newer.date = dt.date(2022, 11, 28)
        archive.save_issue(newer)
        AppSettings().set_last_issue(archive.path, remembered)
    window = clerks_start(qtbot, qapp, archive_path)
    assert window.ui.preview.page_count() > 1  # the sample's pages; the new issue fills one
    opened(qtbot, window)
    assert window.document.issue.id == remembered
    window.close()


@pytest.mark.slow
def test_nothing_opened_takes_the_early_pages_away(qtbot, qapp, archive_path, lock_holder):  # noqa: F811
    """Another program holds the archive and the clerk declines to read it: the window shows
    no issue, and neither does its preview."""
    window = clerks_start(qtbot, qapp, archive_path, ask_readonly=lambda _exc: False)
    assert window.ui.preview.page_count() > 0  # read-only, the pages could be read
    opened(qtbot, window)
    qtbot.waitUntil(lambda: window.ui.preview.page_count() == 0)
    assert window.document.issue is None and window.status.pages_label.text() == ""
    window.close()


def test_an_archive_that_cannot_be_read_gives_no_early_pages_and_the_usual_message(qtbot, qapp, archive_path,
                                                                                  monkeypatch):
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    with sqlite3.connect(archive_path) as conn:
        conn.execute("PRAGMA user_version = 999")  # made by a newer version of the program
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    window = clerks_start(qtbot, qapp, archive_path)
    assert getattr(window.ui, "preview", None) is None  # nothing to show early: made with the other panes
    opened(qtbot, window)
    assert window.document.issue is None and window.ui.preview.page_count() == 0
    assert len(shown) == 1 and "更新版本" in shown[0]
    window.close()


def test_an_archive_switched_to_an_empty_one_leaves_no_pages_behind(window, tmp_path):
    assert window.ui.preview.page_count() > 0
    assert window.open_archive(tmp_path / "empty.sqlite")
    window.ui.preview.refresh_now()
    assert window.document.issue is None and window.ui.preview.page_count() == 0
