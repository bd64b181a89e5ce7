"""After a salvage in the window, the report names every issue that could not be read
whole (behind 详细信息), so the clerk knows which ones to import again, as the command line
names the first ten in its summary."""
from __future__ import annotations

import datetime as dt
import random
import sqlite3

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.model import Issue, Item, Section
from bulletin_desktop.core.richtext import parse_markup


def _damaged_archive(path):
    with Archive.open(path, auto_backup=False) as archive:
        for n in range(1, 41):
            texts = [f"3月{n % 28 + 1}日，**临颍县**排查第{n}批燃气管道隐患，整改{k}处。" * 4 for k in range(5)]
            archive.add_issue(Issue(series="漯河安全生产简报", number=n, date=dt.date(2024, 1, 1) + dt.timedelta(days=7 * n),
                                    office="漯河市安全生产委员会办公室",
                                    sections=[Section("工作动态", [Item.from_rich(parse_markup(t)) for t in texts])]))
    with sqlite3.connect(path) as conn:
        leaves = [row[0] for row in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'entries' AND pagetype = 'leaf' ORDER BY pageno")]
    rnd = random.Random(8)
    with open(path, "r+b") as handle:
        handle.seek((leaves[len(leaves) // 2] - 1) * 4096)
        handle.write(bytes(rnd.randrange(256) for _ in range(4096)))


def test_the_salvage_report_lists_the_issues_left_out(qtbot, tmp_path):
    from bulletin_desktop.gui.main_window import MainWindow

    path = tmp_path / "archive.sqlite"
    _damaged_archive(path)

    def salvage_when_asked() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "rescueDialog":
            QTimer.singleShot(20, salvage_when_asked)
            return
        dialog.ui.salvageButton.click()

    QTimer.singleShot(0, salvage_when_asked)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_archive(path)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "rescueReport") is not None, timeout=30000)
    report = window.findChild(QMessageBox, "rescueReport")
    kept = {s.number for s in window.session.summaries()}
    lost = sorted(set(range(1, 41)) - kept)
    assert lost and len(kept) > 30
    details = report.detailedText().splitlines()
    assert len(details) == len(lost)
    for number, line in zip(lost, details):
        assert f"第{number}期" in line and "漯河安全生产简报" in line
    report.close()
    window.close()
