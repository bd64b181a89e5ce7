"""Wavy underlines under what the proofreader found, in one entry-editor body.

Only the editor gets them; the preview is the print and stays clean. Each block (paragraph)
is checked on its own as Qt re-highlights it while the clerk types, which costs well under
a millisecond per paragraph, so no timer is needed here.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from ...core.positions import utf16_offset

if TYPE_CHECKING:
    from ...core.proofread import Finding

ERROR_COLOR = QColor("#d00000")
SUGGESTION_COLOR = QColor("#1f5fd6")


def squiggle(severity: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    fmt.setUnderlineColor(ERROR_COLOR if severity == "error" else SUGGESTION_COLOR)
    return fmt


class FindingHighlighter(QSyntaxHighlighter):
    """``findings(text)`` gives the findings to underline in one paragraph's text."""

    def __init__(self, document: QTextDocument, findings: Callable[[str], list["Finding"]]):
        super().__init__(document)
        self._findings = findings
        self._formats = {severity: squiggle(severity) for severity in ("error", "suggestion")}

    def highlightBlock(self, text: str) -> None:
        for finding in self._findings(text):
            start = utf16_offset(text, finding.start)
            end = utf16_offset(text, finding.end)
            self.setFormat(start, end - start, self._formats[finding.severity])
