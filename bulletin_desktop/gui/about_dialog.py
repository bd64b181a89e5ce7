"""About: the version, where the archive is and where its backups go."""
from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QWidget

from .. import __version__
from .forms.ui_about_dialog import Ui_AboutDialog


class AboutDialog(QDialog):
    def __init__(self, archive_path: Path | None, backups_dir: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        font = self.ui.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.ui.titleLabel.setFont(font)
        self.ui.versionValue.setText(__version__)
        none = self.tr("(no archive open)")
        self.ui.archiveValue.setText(str(archive_path) if archive_path else none)
        self.ui.backupsValue.setText(str(backups_dir) if backups_dir else none)
        self.ui.qtValue.setText(f"Qt {qVersion()} · PySide6 {PySide6.__version__}")
        self.ui.openArchiveFolderButton.setEnabled(archive_path is not None)
        self.ui.openBackupsFolderButton.setEnabled(backups_dir is not None)
        if archive_path is not None:
            self.ui.openArchiveFolderButton.clicked.connect(lambda: _open_folder(archive_path.parent))
        if backups_dir is not None:
            self.ui.openBackupsFolderButton.clicked.connect(lambda: _open_folder(backups_dir))


def _open_folder(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
