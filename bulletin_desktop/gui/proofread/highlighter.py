"""Wavy underlines under what the proofreader found, in one entry-editor body.

Only the editor gets them; the preview is the print and stays clean. Each block (paragraph)
is checked on its own as Qt re-highlights it while the clerk types, which costs well under
a millisecond per paragraph, so no timer is needed here.

What concerns a paragraph's end (no full stop yet, a comma last) is held back while the
cursor sits at that end: there the clerk is still writing the sentence. It shows once the
cursor leaves. In an article, a paragraph set wholly in bold is a heading and ends bare, as
the whole-issue check (core.proofread.issue_check) has it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import QTextEdit

from ...core.positions import utf16_offset
from ...core.proofread.issue_check import is_heading_paragraph
from ...core.proofread.punctuation import HEADING_EXEMPT_RULES, PARAGRAPH_END_RULES
from ..rich_edit import block_rich_text

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
    """``findings(text)`` gives the findings to underline in one paragraph of ``edit``;
    ``headings``: a paragraph wholly in bold is a heading (an article's body)."""

    def __init__(self, edit: QTextEdit, findings: Callable[[str], list["Finding"]], headings: bool = False):
        super().__init__(edit.document())
        self._edit = edit
        self._headings = headings
        self._findings = findings
        self._formats = {severity: squiggle(severity) for severity in ("error", "suggestion")}
        self._writing_at = -1  # the paragraph whose end has the cursor (-1: none)
        edit.cursorPositionChanged.connect(self._cursor_moved)

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        findings = self._findings(text)
        held = PARAGRAPH_END_RULES if block.blockNumber() == self._writing_end() else frozenset()
        if (self._headings and any(f.rule in HEADING_EXEMPT_RULES for f in findings)
                and is_heading_paragraph(block_rich_text(block))):
            held = held | HEADING_EXEMPT_RULES
        for finding in findings:
            if finding.rule in held:
                continue
            start = utf16_offset(text, finding.start)
            end = utf16_offset(text, finding.end)
            self.setFormat(start, end - start, self._formats[finding.severity])

    def _writing_end(self) -> int:
        cursor = self._edit.textCursor()
        return cursor.blockNumber() if cursor.atBlockEnd() and not cursor.hasSelection() else -1

    def _cursor_moved(self) -> None:
        now = self._writing_end()
        if now == self._writing_at:
            return
        left, self._writing_at = self._writing_at, now
        for number in (left, now):  # the end left gets its marks; the end reached holds them back
            block = self.document().findBlockByNumber(number)
            if block.isValid():
                self.rehighlightBlock(block)
