"""Settings: interface language (applied at the next start) and how many backups to keep."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from .forms.ui_settings_dialog import Ui_SettingsDialog
from .settings import AppSettings

LANGUAGE_NAMES = (("zh_CN", "中文（简体）"), ("en", "English"))


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self._settings = settings
        for code, name in LANGUAGE_NAMES:  # each language named in itself, as language menus do
            self.ui.languageCombo.addItem(name, code)
        self.ui.languageCombo.setCurrentIndex(max(0, self.ui.languageCombo.findData(settings.language())))
        self.ui.backupsSpin.setValue(settings.keep_backups())

    def accept(self) -> None:
        self._settings.set_language(self.ui.languageCombo.currentData())
        self._settings.set_keep_backups(self.ui.backupsSpin.value())
        self._settings.sync()
        super().accept()
