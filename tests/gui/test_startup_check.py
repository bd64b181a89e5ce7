"""At start-up the archive opens without SQLite's check of the whole file (a tenth of a
second on a thousand issues); the check runs on its own connection in the background and
a damaged file is then rescued as one found damaged on opening."""
from __future__ import annotations

import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from bulletin_desktop.core.archive import Archive, ArchiveCorruptError


def _forty_issues_with_a_backup(path, sample_issue) -> None:
    with Archive.open(path, auto_backup=False) as archive:
        for number in range(1, 41):
            sample_issue.number = number
            archive.add_issue(sample_issue)
        archive.backup_now()


def _damage(path) -> None:
    with open(path, "r+b") as handle:
        handle.seek(path.stat().st_size // 2)
        handle.write(bytes(range(256)) * 64)


def test_the_background_check_reports_damage_and_only_damage(tmp_path, sample_issue):
    path = tmp_path / "archive.sqlite"
    _forty_issues_with_a_backup(path, sample_issue)
    reports: list[ArchiveCorruptError] = []
    with Archive.open(path, auto_backup=False, check=False) as archive:
        archive.check_in_background(reports.append).join(30)
    assert reports == []
    _damage(path)
    done = threading.Event()
    with Archive.open(path, auto_backup=False, check=False) as archive:  # opens: the check comes after
        archive.check_in_background(lambda exc: (reports.append(exc), done.set())).join(30)
    assert done.is_set()
    [report] = reports
    assert report.path == path.absolute() and report.last_backup is not None


def test_damage_found_after_start_up_offers_the_rescue(qtbot, tmp_path, sample_issue):
    from bulletin_desktop.gui.main_window import MainWindow

    path = tmp_path / "archive.sqlite"
    _forty_issues_with_a_backup(path, sample_issue)
    _damage(path)
    seen: dict = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.objectName() == "rescueDialog":
            seen["backup"] = dialog.ui.backupInfo.text()
            dialog.ui.restoreButton.click()
            return
        if isinstance(dialog, QMessageBox):  # reading the damaged file may fail first: said, then rescued
            dialog.accept()
        QTimer.singleShot(10, answer)

    QTimer.singleShot(0, answer)
    win = MainWindow()
    qtbot.addWidget(win)
    win.open_archive(path, check_later=True)
    qtbot.waitUntil(lambda: "backup" in seen and win.session.archive is not None, timeout=20000)
    assert "40" in seen["backup"]
    qtbot.waitUntil(lambda: len(win.session.summaries()) == 40)
    assert win.session.archive.integrity_check() == "ok"
    assert list(tmp_path.glob("archive-damaged-*.sqlite"))
    win.close()


def test_distribution_labels_are_offered_when_the_field_is_entered(qtbot, window):
    from bulletin_desktop.gui.masthead_panel import DistributionRow

    window.ui.mastheadDock.raise_()
    rows = window.ui.mastheadPanel.findChildren(DistributionRow)
    assert [row.label.currentText() for row in rows] == ["送", "发"]  # shown as stored, nothing loaded for it
    label = rows[1].label
    label.setFocus()
    qtbot.waitUntil(label.hasFocus)
    assert label.count() > 3 and label.currentText() == "发"
    assert [row.value().label for row in rows] == ["送", "发"]
