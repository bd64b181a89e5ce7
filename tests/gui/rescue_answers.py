"""For window tests of a damaged archive: a 40-issue archive with a backup, made unreadable
in its middle, and the rescue dialog answered as the clerk would."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from bulletin_desktop.core.archive import Archive


def archive_with_a_backup(path: Path, issue, count: int = 40) -> None:
    """``count`` copies of ``issue`` numbered 1…count, and one backup of them."""
    with Archive.open(path, auto_backup=False) as archive:
        for number in range(1, count + 1):
            issue.number = number
            archive.add_issue(issue)
        archive.backup_now()


def scribble_over_the_middle(path: Path) -> None:
    with open(path, "r+b") as handle:
        handle.seek(path.stat().st_size // 2)
        handle.write(bytes(range(256)) * 64)


def answer_rescue(choose: str, seen: dict) -> None:
    """When the rescue dialog comes up: what it says into ``seen``, then its button ``choose``
    ("restoreButton", "salvageButton") clicked."""
    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "rescueDialog":
            QTimer.singleShot(20, click)
            return
        seen.update(message=dialog.ui.message.text(), backup=dialog.ui.backupInfo.text(),
                    details=dialog.ui.details.toPlainText(), details_shown=dialog.ui.details.isVisible(),
                    restore=dialog.ui.restoreButton.isEnabled())
        getattr(dialog.ui, choose).click()

    QTimer.singleShot(0, click)
