"""The squiggles of one editor body: what concerns a paragraph's end waits while the cursor
is at that end, and an article's paragraph set wholly in bold is a heading."""
from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QTextEdit

from bulletin_desktop.core.proofread import check
from bulletin_desktop.gui.proofread.highlighter import FindingHighlighter

from test_proofread_gui import squiggles

HEADING = "坚持高位推动，凝聚各方工作合力，全面压实责任"
PARAGRAPH = "今年以来，我镇坚持安全发展理念，扎实开展隐患排查"


def _edit(qtbot, html: str, headings: bool) -> QTextEdit:
    edit = QTextEdit()
    qtbot.addWidget(edit)
    edit.setHtml(html)
    edit.highlighter = FindingHighlighter(edit, check, headings=headings)
    edit.moveCursor(QTextCursor.MoveOperation.Start)
    edit.highlighter.rehighlight()
    QApplication.processEvents()
    return edit


def test_a_bold_paragraph_of_an_article_is_a_heading_and_ends_bare(qtbot):
    edit = _edit(qtbot, f"<p><b>{HEADING}</b></p><p>{PARAGRAPH}</p>", headings=True)
    assert squiggles(edit) == [("查", "#1f5fd6")]  # the paragraph's missing full stop, not the heading's


def test_in_an_item_body_a_bold_line_is_no_heading(qtbot):
    edit = _edit(qtbot, f"<p><b>{HEADING}</b></p>", headings=False)
    assert squiggles(edit) == [("任", "#1f5fd6")]


def test_partly_bold_is_no_heading(qtbot):
    edit = _edit(qtbot, "<p><b>坚持高位推动</b>，凝聚工作合力，全面压实各方责任</p>", headings=True)
    assert squiggles(edit) == [("任", "#1f5fd6")]
