"""The body editor: plain text with bold spans, nothing else.

Its own undo is off: every change is reported through ``richTextChanged`` and becomes a
command on the window's undo stack, so Ctrl+Z undoes typing, bold and structure edits in
one order. Pastes are cleaned to text and bold (see paste_sanitizer); copies carry the
bold spans so that moving text between entries keeps them.
"""
from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import (
    QAction, QContextMenuEvent, QFont, QKeyEvent, QTextBlock, QTextBlockFormat, QTextCharFormat, QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from ..core.richtext import RichText, Run, normalize, to_markup
from .field_edit import replace_undo_entries, route_undo_keys
from ..core.pasted_entries import join_paragraphs, untabbed
from .paste_sanitizer import RICH_MIME, BOLD_WEIGHT, Pasted, block_pieces, pasted_from_mime

PasteFilter = Callable[[Pasted, bool], list[RichText]]

CHANGE_TYPING = "typing"
CHANGE_BOLD = "bold"
CHANGE_PASTE = "paste"


class RichEdit(QTextEdit):
    richTextChanged = Signal(str)  # what kind of change: typing, bold or paste
    boldStateChanged = Signal(bool)  # the weight at the cursor, for the 加粗 button
    # the clerk's cursor went into another paragraph: its index among those the model holds
    # (the non-empty ones; on an empty line, the one after it), for the preview to follow
    paragraphEntered = Signal(int)

    def __init__(self, parent: QWidget | None = None, single_paragraph: bool = False):
        super().__init__(parent)
        self._single = single_paragraph
        self._loading = False
        self._extra_actions: list[QAction] = []
        self._paste_filter: PasteFilter | None = None
        self.setUndoRedoEnabled(False)
        route_undo_keys(self, self)  # Ctrl+Z goes to the window's one undo stack
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)  # the clerk reads this all day
        self.setFont(font)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)
        self._cursor_block = -1  # the paragraph the cursor was last in
        self.textChanged.connect(self._on_text_changed)
        self.cursorPositionChanged.connect(self._cursor_moved)
        self.currentCharFormatChanged.connect(
            lambda fmt: self.boldStateChanged.emit(fmt.fontWeight() >= BOLD_WEIGHT))

    def _cursor_moved(self) -> None:
        block = self.textCursor().block()
        if block.blockNumber() == self._cursor_block:
            return
        self._cursor_block = block.blockNumber()
        if self._loading:  # text loaded with the cursor put somewhere: not the clerk going there
            return
        before, previous = 0, block.previous()
        while previous.isValid():
            before += bool(block_rich_text(previous))
            previous = previous.previous()
        self.paragraphEntered.emit(before)

    # -- content --------------------------------------------------------------------

    @property
    def single_paragraph(self) -> bool:
        return self._single

    def set_single_paragraph(self, single: bool) -> None:
        self._single = single

    def paragraphs(self) -> list[RichText]:
        return _document_paragraphs(self.document())

    def rich_text(self) -> RichText:
        """The whole text as one paragraph (the entry body)."""
        return join_paragraphs(self.paragraphs())

    def non_empty_paragraphs(self) -> list[RichText]:
        return [p for p in self.paragraphs() if p]

    def set_paragraphs(self, paragraphs: list[RichText], cursor_at: int | None = None) -> None:
        """Load text without reporting a change; ``cursor_at`` is a UTF-16 offset as Qt counts
        (paragraph breaks count one), the end if None."""
        self._loading = True
        try:
            doc = self.document()
            doc.clear()
            cursor = QTextCursor(doc)
            block_format = self._block_format()
            cursor.setBlockFormat(block_format)
            for i, paragraph in enumerate(paragraphs or [()]):
                if i:
                    cursor.insertBlock(block_format, _char_format(False))
                for run in paragraph:
                    cursor.insertText(run.text, _char_format(run.bold))
            cursor = QTextCursor(doc)
            end = doc.characterCount() - 1
            cursor.setPosition(end if cursor_at is None else max(0, min(cursor_at, end)))
            cursor.setCharFormat(_char_format(False))
            self.setTextCursor(cursor)
        finally:
            self._loading = False

    def set_rich_text(self, text: RichText, cursor_at: int | None = None) -> None:
        self.set_paragraphs([text], cursor_at)

    def _block_format(self) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setLineHeight(150, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        fmt.setBottomMargin(0 if self._single else 6)
        if not self._single:
            fmt.setTextIndent(2 * self.fontMetrics().horizontalAdvance("中"))
        return fmt

    def _on_text_changed(self) -> None:
        if not self._loading:
            self.richTextChanged.emit(CHANGE_TYPING)

    # -- bold -----------------------------------------------------------------------

    def is_bold_at_cursor(self) -> bool:
        return self.textCursor().charFormat().fontWeight() >= BOLD_WEIGHT

    def toggle_bold(self) -> None:
        """Bold the selection, or un-bold it when all of it is bold already; without a
        selection, switch the weight of what is typed next."""
        if self.isReadOnly():
            return
        cursor = self.textCursor()
        if not cursor.hasSelection():
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Normal if self.is_bold_at_cursor() else QFont.Weight.Bold)
            self.mergeCurrentCharFormat(fmt)
            self.boldStateChanged.emit(self.is_bold_at_cursor())
            return
        make_bold = not self._selection_all_bold(cursor)
        self._loading = True
        try:
            cursor.mergeCharFormat(_char_format(make_bold))
        finally:
            self._loading = False
        self.richTextChanged.emit(CHANGE_BOLD)
        self.boldStateChanged.emit(make_bold)

    def _selection_all_bold(self, cursor: QTextCursor) -> bool:
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        block = self.document().findBlock(start)
        while block.isValid() and block.position() < end:
            for r in block.textFormats():
                a, b = block.position() + r.start, block.position() + r.start + r.length
                if b > start and a < end and r.format.fontWeight() < BOLD_WEIGHT:
                    return False
            block = block.next()
        return True

    # -- clipboard ------------------------------------------------------------------

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasFormat(RICH_MIME) or source.hasHtml() or source.hasText()

    def set_paste_filter(self, paste_filter: PasteFilter | None) -> None:
        """``paste_filter(pasted, at_start)`` gives what of a paste goes into the text, told
        whether it goes at the start; it is called before the text changes, with the
        paragraphs as pasted (a one-paragraph field joins what it gives)."""
        self._paste_filter = paste_filter

    def insertFromMimeData(self, source: QMimeData) -> None:
        if self.isReadOnly():
            return
        pasted = pasted_from_mime(source)
        if not pasted.paragraphs and not pasted.left_out:
            return
        paragraphs = pasted.paragraphs
        cursor = self.textCursor()
        if self._paste_filter is not None:  # told the paragraphs as pasted: they may be several entries
            paragraphs = self._paste_filter(pasted, cursor.selectionStart() == 0)
        paragraphs = [untabbed(paragraph) for paragraph in paragraphs]  # (no table's cells left to part)
        if self._single and paragraphs:
            paragraphs = [join_paragraphs(paragraphs)]
        self._loading = True
        try:
            cursor.beginEditBlock()
            cursor.removeSelectedText()
            for i, paragraph in enumerate(paragraphs):
                if i:
                    cursor.insertBlock(self._block_format(), _char_format(False))
                for run in paragraph:
                    cursor.insertText(run.text, _char_format(run.bold))
            cursor.endEditBlock()
            self.setTextCursor(cursor)
        finally:
            self._loading = False
        self.richTextChanged.emit(CHANGE_PASTE)

    def createMimeDataFromSelection(self) -> QMimeData:
        import html  # loads its table of entities: for a copy, not for every start

        cursor = self.textCursor()
        fragment = QTextDocument()
        QTextCursor(fragment).insertFragment(cursor.selection())
        paragraphs = _document_paragraphs(fragment)
        # Filled in on a mime object Qt created: one created from Python would be deleted by
        # the clipboard only at process exit, after Python is gone, which crashes.
        mime = super().createMimeDataFromSelection()
        mime.setText("\n".join("".join(r.text for r in p) for p in paragraphs))
        mime.setHtml("".join(
            "<p>" + "".join(f"<b>{html.escape(r.text)}</b>" if r.bold else html.escape(r.text) for r in p) + "</p>"
            for p in paragraphs))
        mime.setData(RICH_MIME, json.dumps([to_markup(p) for p in paragraphs], ensure_ascii=False).encode("utf-8"))
        return mime

    # -- keys and menu --------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._single and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # an entry is one paragraph
            return
        super().keyPressEvent(event)

    def set_context_actions(self, actions: list[QAction]) -> None:
        """Actions (the window's undo and redo, bold) that replace the widget's own undo entries."""
        self._extra_actions = actions

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        replace_undo_entries(menu, self._extra_actions)
        menu.exec(event.globalPos())
        menu.deleteLater()


def _char_format(bold: bool) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    return fmt


def block_rich_text(block: QTextBlock) -> RichText:
    """One paragraph of an editor body as the model holds it."""
    return normalize(Run(piece, fmt.fontWeight() >= BOLD_WEIGHT) for piece, fmt in block_pieces(block))


def _document_paragraphs(doc: QTextDocument) -> list[RichText]:
    out = []
    block = doc.begin()
    while block.isValid():
        out.append(block_rich_text(block))
        block = block.next()
    return out
