"""The reused-entry finding's side-by-side view: this issue's entry beside the earlier one,
the characters that differ highlighted. Read-only; opened from the findings dock (对照)."""
from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QGridLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget,
)

from ...core.positions import utf16_offset
from ...core.proofread.compare import Span, differing_spans

DIFFERENCE = QColor("#ffd6a5")


class ReusedCompareDialog(QDialog):
    def __init__(self, details: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reusedCompareDialog")
        self.setWindowTitle(self.tr("Compare with an earlier issue"))
        mine, other = details.get("mine", ""), details.get("text", "")
        self.mineSpans, self.otherSpans = differing_spans(mine, other)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("This issue"), self), 0, 0)
        grid.addWidget(QLabel(self.tr("{issue}, {section}").format(
            issue=details.get("line", ""), section=details.get("section", "")), self), 0, 1)
        self.mineText = self._text(mine, self.mineSpans)
        self.otherText = self._text(other, self.otherSpans)
        grid.addWidget(self.mineText, 1, 0)
        grid.addWidget(self.otherText, 1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Similar: {percent}%. Characters that differ are highlighted.").format(
            percent=details.get("percent", "")), self))
        layout.addLayout(grid, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 360)

    def _text(self, text: str, spans: list[Span]) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setReadOnly(True)
        edit.setPlainText(text)
        marked = QTextCharFormat()
        marked.setBackground(DIFFERENCE)
        cursor = QTextCursor(edit.document())
        for start, end in spans:  # code points in the text, UTF-16 units in Qt
            cursor.setPosition(utf16_offset(text, start))
            cursor.setPosition(utf16_offset(text, end), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(marked)
        return edit

    def highlighted(self, edit: QPlainTextEdit) -> list[str]:
        """The highlighted runs of one side, as text (what the clerk sees marked)."""
        out = []
        block = edit.document().begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                if fragment.charFormat().background().color() == DIFFERENCE:
                    out.append(fragment.text())
                fragments += 1
            block = block.next()
        return out
