"""The window's notice while the latest changes could not be saved: a line above the panes
with the whole reason. It takes no keyboard focus and opens no window, so the digits the
clerk types to put the 期号 right go on into the field being edited."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from .banner_strip import place_under

STYLE = "QLabel { background: #fde7e9; color: #8a1020; padding: 6px 10px; border-bottom: 1px solid #e8a0a8; }"


class SaveErrorBanner(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("saveErrorBanner")
        self.setStyleSheet(STYLE)
        self.setWordWrap(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.hide()

    @classmethod
    def install(cls, anchor: QWidget) -> "SaveErrorBanner":
        """Placed right under ``anchor`` (the read-only banner), above the panes."""
        banner = cls(anchor.parentWidget())
        place_under(anchor, banner)
        return banner

    def show_error(self, message: str) -> None:
        self.setText(self.tr("The latest changes could not be saved: {error} They are kept in memory and saved "
                             "again with the next change (or press Ctrl+S).").format(error=message))
        self.show()
