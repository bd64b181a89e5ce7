"""An automatic backup that failed (the backups folder on a full disk, a read-only one, a
USB stick pulled out): the clerk is told, not only the log. The archive itself is whole;
what is at stake is the next rescue, so the way on is named: back up elsewhere."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from ..main_window import MainWindow

translate = QCoreApplication.translate


def tell_backup_failed(window: "MainWindow", message: str, first: bool) -> None:
    """``message``: the archive's sentence (Chinese). The status bar says it every time; the
    ``first`` time for this archive a box says it too, not modal: the clerk keeps working."""
    window.statusBar().showMessage(message)  # stays until the next message: backups are still not taken
    if not first:
        return
    box = QMessageBox(QMessageBox.Icon.Warning, translate("BackupFailed", "Automatic Backup Failed"), message,
                      QMessageBox.StandardButton.Ok, window)
    box.setObjectName("backupFailed")
    box.setInformativeText(translate(
        "BackupFailed", "Your work is saved in the archive, but it is not being backed up. Free some space or "
        "make the backups folder writable; meanwhile, Archive > Backup and Restore > Back Up To… writes a copy "
        "elsewhere (a USB stick)."))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()
