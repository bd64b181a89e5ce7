"""The reused-entry finding's side-by-side view: this issue's entry beside the earlier one,
the characters that differ highlighted. Read-only; opened from the findings dock (对照)."""
from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QDialog, QPlainTextEdit, QWidget

from ...core.positions import utf16_offset
from ...core.proofread.compare import Span, differing_spans
from ..forms.ui_reused_compare_dialog import Ui_ReusedCompareDialog

DIFFERENCE = QColor("#ffd6a5")


class ReusedCompareDialog(QDialog):
    def __init__(self, details: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ReusedCompareDialog()
        self.ui.setupUi(self)
        self.setObjectName("reusedCompareDialog")
        mine, other = details.get("mine", ""), details.get("text", "")
        self.mineSpans, self.otherSpans = differing_spans(mine, other)
        self.ui.similarLabel.setText(self.tr("Similar: {percent}%. Characters that differ are highlighted.").format(
            percent=details.get("percent", "")))
        self.ui.otherLabel.setText(self.tr("{issue}, {section}").format(
            issue=details.get("line", ""), section=details.get("section", "")))
        _show(self.ui.mineText, mine, self.mineSpans)
        _show(self.ui.otherText, other, self.otherSpans)
        self.ui.buttonBox.rejected.connect(self.reject)

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


def _show(edit: QPlainTextEdit, text: str, spans: list[Span]) -> None:
    edit.setPlainText(text)
    marked = QTextCharFormat()
    marked.setBackground(DIFFERENCE)
    cursor = QTextCursor(edit.document())
    for start, end in spans:  # code points in the text, UTF-16 units in Qt
        cursor.setPosition(utf16_offset(text, start))
        cursor.setPosition(utf16_offset(text, end), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(marked)
