"""Start-up choices: which archive, which language, an empty archive's first issue."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.gui.application import archive_path_for, install_translators
from bulletin_desktop.gui.settings import AppSettings


def test_archive_path_prefers_the_argument_then_the_last_one(tmp_path, archive_path):
    settings = AppSettings()
    given = tmp_path / "given.sqlite"
    assert archive_path_for(given, settings) == given
    settings.set_last_archive(archive_path)
    assert archive_path_for(None, settings) == archive_path


def test_first_start_creates_the_default_archive_with_the_sample(tmp_path):
    path = archive_path_for(None, AppSettings())
    with Archive.open(path, readonly=True) as archive:
        assert [s.number for s in archive.list_issues()] == [52]


def test_english_can_be_chosen(qtbot, qapp, archive_path):
    from bulletin_desktop.gui.main_window import MainWindow
    from bulletin_desktop.gui.settings_dialog import SettingsDialog

    settings = AppSettings()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("en"))
    dialog.accept()
    assert AppSettings().language() == "en"
    install_translators(qapp, "en")
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        window.open_archive(archive_path)
        assert window.action_set.new_issue.text() == "&New Issue"
        assert window.windowTitle() == "漯河安全生产简报 第52期 — Bulletin Desktop"  # the 期号 as printed
        window.close()
    finally:
        install_translators(qapp, "zh_CN")


def test_an_empty_archive_starts_its_first_issue(qtbot, tmp_path, monkeypatch):
    from bulletin_desktop.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_archive(tmp_path / "empty.sqlite")
    assert window.document.issue is None
    assert not window.action_set.add_entry.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("测试简报", True))
    window.action_set.new_issue.trigger()
    issue = window.document.issue
    assert (issue.series, issue.number) == ("测试简报", 1)
    window.action_set.add_entry.trigger()  # no sections yet: one is made for the entry
    assert len(issue.sections) == 1 and len(issue.sections[0].entries) == 1
    assert window.ui.entryEditor.ui.dateEdit.hasFocus() or not window.isVisible()
    window.close()


@pytest.mark.parametrize("ref, number", [("52", 52), ("漯河安全生产简报:52", 52)])
def test_issue_argument_opens_that_issue(qtbot, archive_path, ref, number):
    from bulletin_desktop.gui.main_window import MainWindow

    with Archive.open(archive_path, auto_backup=False) as archive:
        issue = archive.next_issue()
        archive.save_issue(issue)
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_archive(archive_path, ref)
    assert window.document.issue.number == number


def test_unknown_issue_argument_is_reported_and_the_latest_opens(qtbot, archive_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from bulletin_desktop.gui.main_window import MainWindow

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append((title, text)))
    opened_when_told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: (
        shown.append((title, text)), opened_when_told.append(window.document.issue)))
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_archive(archive_path, "99")
    assert shown and shown[0][0] == "找不到这一期" and "第99期" in shown[0][1]
    assert window.document.issue.number == 52
    # told over the issue that opened instead, with the window's own list to look in (the
    # command line's list command means nothing in the window)
    assert opened_when_told[0] is not None and opened_when_told[0].number == 52
    assert "第52期" in shown[0][1] and "期次" in shown[0][1] and "list" not in shown[0][1]


def test_the_application_has_its_icon(qapp):
    from bulletin_desktop.gui.application import ensure_application

    app = ensure_application()
    sizes = {(s.width(), s.height()) for s in app.windowIcon().availableSizes()}
    assert {(16, 16), (32, 32), (256, 256)} <= sizes
