"""The status bar's permanent fields: saved state, characters in the issue, estimated pages."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from .autosave import SaveState

translate = QCoreApplication.translate

ERROR_STYLE = "QLabel { color: #c00000; font-weight: bold; }"


class _SaveLabel(QLabel):
    """The save state; a failure too long for the status bar is read whole on hover or by a click."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.full_text = ""

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        if self.full_text and event.button() == Qt.MouseButton.LeftButton:
            from PySide6.QtWidgets import QMessageBox  # only here: importing it builds its enums, ~2 ms at start-up

            QMessageBox.information(self.window(), translate("StatusIndicators", "Not saved"), self.full_text)


class StatusIndicators:
    def __init__(self, status_bar: QStatusBar):
        self.save_label = _SaveLabel(status_bar)
        self.save_label.setObjectName("saveStateLabel")
        self.chars_label = QLabel(status_bar)
        self.chars_label.setObjectName("charCountLabel")
        self.pages_label = QLabel(status_bar)
        self.pages_label.setObjectName("pageCountLabel")
        for label in (self.chars_label, self.pages_label, self.save_label):
            label.setContentsMargins(8, 0, 8, 0)
            status_bar.addPermanentWidget(label)

    def set_save_state(self, state: str, message: str, readonly: bool = False) -> None:
        label = self.save_label
        if readonly:
            label.full_text = ""
            label.setText(translate("StatusIndicators", "Read-only"))
            label.setToolTip(translate("StatusIndicators", "This archive is open read-only; nothing is saved."))
            label.setStyleSheet("")
            return
        if state == SaveState.FAILED.value:
            label.setText(translate("StatusIndicators", "Not saved: {error}").format(error=_short(message)))
            label.full_text = translate("StatusIndicators", "The changes are kept in memory and saved again with the "
                                                            "next change. {error}").format(error=message)
            label.setToolTip(label.full_text)
            label.setCursor(Qt.CursorShape.PointingHandCursor)
            label.setStyleSheet(ERROR_STYLE)
            return
        label.full_text = ""
        label.unsetCursor()
        label.setStyleSheet("")
        label.setToolTip("")
        if state == SaveState.SAVING.value:
            label.setText(translate("StatusIndicators", "Saving…"))
        elif state == SaveState.PENDING.value:
            label.setText(translate("StatusIndicators", "Changed"))
        else:
            label.setText(translate("StatusIndicators", "Saved"))

    def set_char_count(self, count: int | None) -> None:
        label = self.chars_label
        label.setText("" if count is None else translate("StatusIndicators", "{count} characters").format(count=f"{count:,}"))

    def set_page_count(self, pages: int | None) -> None:
        label = self.pages_label
        label.setText("" if not pages else translate("StatusIndicators", "about {pages} pages").format(pages=pages))


def _short(message: str, limit: int = 40) -> str:
    return message if len(message) <= limit else message[:limit] + "…"
