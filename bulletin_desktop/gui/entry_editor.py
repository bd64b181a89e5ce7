"""The centre pane: edits the entry (or section) chosen in the tree.

An item has a date, a reporting unit and a one-paragraph body; an article a title and
paragraphs. Every keystroke is reported as ``entryEdited`` and the window turns it into
an undo command; when the document changes underneath (undo, redo, find), the fields
that differ are reloaded with the cursor put where the change happened.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QCompleter, QMainWindow, QWidget

from ..core.entry_days import days_exist
from ..core.model import Article, Item, Section, is_valid_entry_date, signed_unit
from ..core.positions import Position, node_field_text, utf16_offset
from ..core.richtext import RichText, char_count, plain
from .forms.ui_entry_editor import Ui_EntryEditor
from .models.issue_document import IssueDocument
from .field_edit import changed_end, set_line_text, show_readonly, weight_changed_span
from .paste_sanitizer import Pasted
from ..core.pasted_entries import (
    PastedLead, entry_spans, pasted_item, pasted_lead, repeated_entries, table_rows, without_page_furniture,
)
from .rich_edit import RichEdit

PAGE_EMPTY, PAGE_SECTION, PAGE_ITEM, PAGE_ARTICLE = range(4)
INVALID_DATE_STYLE = "QLineEdit { color: #c00000; }"
_FIELDS_OF = {"item": ("mark", "date", "unit", "body"), "article": ("title", "paragraphs")}  # what each page edits


def _paragraphs_text(paragraphs: list[RichText]) -> str:
    return "\n".join(plain(p) for p in paragraphs)


class EntryEditor(QWidget):
    entryEdited = Signal(str, str, object, str)  # uid, field, value, change kind (typing/bold/paste)
    sectionRenamed = Signal(str, str)  # section uid, new title
    boldStateChanged = Signal(bool)
    leaveRequested = Signal()  # Esc: the clerk wants to go back to the tree
    paragraphEntered = Signal(str, int)  # an article's uid, the paragraph its cursor went into
    entriesPasted = Signal(str, list)  # the entry pasted into, the new entries the paste holds after it
    unitsWritten = Signal(list)  # units written whole into entries (the unit field left, a paste): their names

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_EntryEditor()
        self.ui.setupUi(self)
        self._doc: IssueDocument | None = None
        self._uid = ""
        self._kind = ""
        self._readonly = False
        self._moves: dict[str, str] = {}  # the fields a paste into the body fills, with it as one step
        self._split_off: list[Item] = []  # the further entries a paste into the body holds, added with it
        self._told = ""  # the last note on a paste shown in the status bar
        self._units = QStringListModel(self)
        # the archive's units are read when first wanted (the unit field focused, a paste),
        # not with every issue opened: the reading goes through every entry of the archive
        self._unit_source: Callable[[], list[str]] = list
        self._units_stale = False
        completer = QCompleter(self._units, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.ui.unitEdit.setCompleter(completer)
        self.ui.itemBody.set_single_paragraph(True)
        self.ui.articleBody.set_single_paragraph(False)
        self.ui.headerLabel.setStyleSheet("QLabel { color: palette(mid); font-weight: bold; }")
        self.ui.counterLabel.setStyleSheet("QLabel { color: palette(mid); }")
        self.ui.sectionHint.setStyleSheet("QLabel { color: palette(mid); }")
        self.ui.emptyHint.setStyleSheet("QLabel { color: palette(mid); }")

        self.ui.dateEdit.textEdited.connect(lambda text: self._emit_field("date", text))
        self.ui.dateEdit.textChanged.connect(self._check_date)
        self.ui.unitEdit.textEdited.connect(lambda text: self._emit_field("unit", text))
        # the name is whole once the clerk leaves the field, not at each character typed
        self.ui.unitEdit.editingFinished.connect(self._unit_written)
        self.ui.markEdit.textEdited.connect(lambda text: self._emit_field("mark", text))
        completer.activated.connect(lambda text: self._emit_field("unit", text))
        self.ui.itemBody.richTextChanged.connect(self._item_body_changed)
        self.ui.articleTitleEdit.textEdited.connect(lambda text: self._emit_field("title", text))
        self.ui.articleBody.richTextChanged.connect(
            lambda kind: self._emit_field("paragraphs", self.ui.articleBody.non_empty_paragraphs(), kind))
        self.ui.articleBody.paragraphEntered.connect(lambda part: self.paragraphEntered.emit(self._uid, part))
        self.ui.sectionTitleEdit.textEdited.connect(self._section_title_edited)
        self.ui.sectionTitleEdit.editingFinished.connect(self._section_title_left)
        # Enter: the name is done; back in the tree, where Insert adds the section's first entry
        self.ui.sectionTitleEdit.returnPressed.connect(self.leaveRequested)
        for body in (self.ui.itemBody, self.ui.articleBody):
            body.boldStateChanged.connect(self.boldStateChanged)
            body.set_paste_filter(self._pasted)
        self._body_had_focus = False  # Ctrl+B acts on the body only when it was being typed in
        for field in self._text_fields():
            field.installEventFilter(self)
        leave = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        leave.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        leave.activated.connect(self.leaveRequested)
        self._show_page(PAGE_EMPTY)

    def _text_fields(self) -> tuple:
        ui = self.ui
        return (ui.markEdit, ui.dateEdit, ui.unitEdit, ui.articleTitleEdit, ui.sectionTitleEdit, ui.itemBody, ui.articleBody)

    # -- wiring -----------------------------------------------------------------------

    def set_document(self, doc: IssueDocument) -> None:
        self._doc = doc
        doc.entryChanged.connect(self._entry_changed)
        doc.structureChanged.connect(self._structure_changed)
        doc.issueReplaced.connect(lambda: self.show_node("", ""))

    def set_context_actions(self, actions: list[QAction]) -> None:
        """The window's undo, redo and bold in the bodies' context menus. The one-line fields
        get none of them: bold does nothing there, and the window's undo may be about
        something else altogether (撤销 删除栏目); Ctrl+Z and the 编辑 menu still reach it."""
        for widget in (self.ui.itemBody, self.ui.articleBody):
            widget.set_context_actions(actions)

    def set_unit_source(self, source: Callable[[], list[str]]) -> None:
        """Where the unit field's suggestions come from, read again when next wanted."""
        self._unit_source = source
        self._units_stale = True

    def unit_suggestions(self) -> list[str]:
        if self._units_stale:
            self._units_stale = False
            self._units.setStringList(self._unit_source())
        return self._units.stringList()

    def set_readonly(self, readonly: bool) -> None:
        """A final issue (or a read-only archive): the entries shown as they are, looking
        read-only, and hints that do not offer Insert."""
        self._readonly = readonly
        for widget in self._text_fields():
            widget.setReadOnly(readonly)
            show_readonly(widget, readonly)
        if readonly:
            self.ui.emptyHint.setText(self.tr("Choose an entry in the list on the left to see it. "
                                              "This issue cannot be changed."))
            self.ui.sectionHint.setText(self.tr("Printed in brackets, e.g. 【Arrangements】."))
        else:
            self.ui.retranslateUi(self)  # the form's hints, which offer Insert

    # -- what is shown ----------------------------------------------------------------

    @property
    def current_uid(self) -> str:
        return self._uid

    def show_node(self, uid: str, kind: str) -> None:
        """Show the entry or section ``uid``; showing the one already shown only refreshes it."""
        same = uid == self._uid and kind == self._kind
        self._uid, self._kind = uid, kind
        node = self._node()
        if node is None:
            self._uid = self._kind = ""
            self._show_page(PAGE_EMPTY)
            self.ui.headerLabel.setText("")
            self.ui.counterLabel.setText("")
            return
        if isinstance(node, Section):
            self._show_page(PAGE_SECTION)
            set_line_text(self.ui.sectionTitleEdit, node.title)
            self.ui.headerLabel.setText(self.tr("Section · {count} entries").format(count=len(node.entries)))
            self.ui.counterLabel.setText("")
            return
        if isinstance(node, Article):
            self._show_page(PAGE_ARTICLE)
        else:
            self._show_page(PAGE_ITEM)
        self._load_entry(node, keep_cursor=same)
        self._update_header()

    def _node(self):
        if self._doc is None or not self._uid:
            return None
        if self._kind == "section":
            return self._doc.section(self._uid)
        return self._doc.entry(self._uid)

    def _show_page(self, page: int) -> None:
        self.ui.pages.setCurrentIndex(page)

    def _load_entry(self, entry: Item | Article, keep_cursor: bool) -> None:
        if isinstance(entry, Item):
            set_line_text(self.ui.dateEdit, entry.date)
            set_line_text(self.ui.unitEdit, entry.unit)
            set_line_text(self.ui.markEdit, entry.mark)
            body = self.ui.itemBody
            if body.rich_text() != entry.body:
                self._reload_body(body, [body.rich_text()], [entry.body], keep_cursor)
            self._check_date(entry.date)
        else:
            set_line_text(self.ui.articleTitleEdit, entry.title)
            body = self.ui.articleBody
            if body.non_empty_paragraphs() != entry.paragraphs:
                self._reload_body(body, body.non_empty_paragraphs(), entry.paragraphs, keep_cursor)
        self._update_counter(entry)

    @staticmethod
    def _reload_body(body: RichEdit, old: list[RichText], new: list[RichText], keep_cursor: bool) -> None:
        """The body shows ``new``. Kept in place (undo, redo, a find's replacing), the cursor
        goes where the change ends; a change of bold alone (加粗 undone) selects the
        characters it changed, as they were selected when the clerk bolded them."""
        if not keep_cursor:
            body.set_paragraphs(new)
            return
        text = _paragraphs_text(new)
        span = weight_changed_span(old, new)
        end = span[1] if span is not None else changed_end(_paragraphs_text(old), text)
        body.set_paragraphs(new, utf16_offset(text, end))
        if span is not None:
            cursor = body.textCursor()
            cursor.setPosition(utf16_offset(text, span[0]), cursor.MoveMode.KeepAnchor)
            body.setTextCursor(cursor)

    def _update_header(self) -> None:
        if self._doc is None or self._doc.issue is None:
            return
        found = self._doc.issue.find_entry(self._uid)
        if found is None:
            return
        section, row = found
        self.ui.headerLabel.setText(self.tr("【{section}】 entry {number} of {count}").format(
            section=section.title, number=row + 1, count=len(section.entries)))

    def _update_counter(self, entry: Item | Article) -> None:
        self.ui.counterLabel.setText(self.tr("{count} characters in this entry").format(count=char_count(entry.text)))

    def _entry_changed(self, uid: str) -> None:
        if uid == self._uid:
            node = self._node()
            if isinstance(node, (Item, Article)):
                self._load_entry(node, keep_cursor=True)

    def _structure_changed(self) -> None:
        if self._uid and self._node() is None:
            self.show_node("", "")
        elif self._kind == "section":
            node = self._node()
            if isinstance(node, Section):
                set_line_text(self.ui.sectionTitleEdit, node.title)
        elif self._uid:
            self._update_header()

    # -- edits ------------------------------------------------------------------------

    def _emit_field(self, field: str, value, kind: str = "typing") -> None:
        # the page not shown keeps the last entry of its kind, and its body reports a change
        # when a highlighter re-marks that text (proofreading attaching): only the fields of
        # the kind of entry shown are its edits
        if self._uid and not self._readonly and field in _FIELDS_OF.get(self._kind, ()):
            self.entryEdited.emit(self._uid, field, value, kind)
            node = self._node()
            if isinstance(node, (Item, Article)):
                self._update_counter(node)

    def _unit_written(self) -> None:
        unit = self.ui.unitEdit.text().strip()
        if unit and self.ui.unitEdit.isModified() and not self._readonly:
            self.ui.unitEdit.setModified(False)
            self.unitsWritten.emit([unit])

    def _item_body_changed(self, kind: str) -> None:
        moves, self._moves = self._moves, {}
        split_off, self._split_off = self._split_off, []
        pasted_units = [unit for unit in (moves.get("unit", ""), *(item.unit for item in split_off)) if unit]
        if not (moves or split_off) or self._doc is None:
            self._emit_field("body", self.ui.itemBody.rich_text(), kind)
            return
        # the text first: the fields' changes reload the entry, which then holds the paste
        uid = self._uid
        self._doc.undo_stack.beginMacro(self.tr("Paste"))
        try:
            self._emit_field("body", self.ui.itemBody.rich_text(), kind)
            for field, value in moves.items():
                self._emit_field(field, value, kind)
            if split_off and uid:
                self.entriesPasted.emit(uid, split_off)
        finally:
            self._doc.undo_stack.endMacro()
        if pasted_units:
            self.unitsWritten.emit(pasted_units)

    def _pasted(self, pasted: Pasted, at_start: bool) -> list[RichText]:
        """What of a paste goes into the body, the clerk told what did not."""
        paragraphs = pasted.paragraphs
        notes: list[str] = []
        node = self._node()
        self._split_off = []
        furniture = 0
        if isinstance(node, Item):  # a table's rows typed with tabs, one row too, are dated entries
            # (a printed copy's page numbers and running heads, a web page's own lines, are no entry's text)
            paragraphs, furniture = without_page_furniture(paragraphs)
            paragraphs = table_rows(paragraphs)
        if isinstance(node, Item) and len(paragraphs) > 1:
            paragraphs, notes = self._one_entry_of(paragraphs)
        if furniture:
            notes.append(self.tr("{count} lines of the page (a printed copy's page numbers and running heads, a web "
                                 "page's menu path and its 来源, 发布时间 and 浏览次数 lines, a chat's sender-and-time "
                                 "lines, a mail's signature) were left out of the pasted text.").format(count=furniture))
        lead = pasted_lead(paragraphs[0], self.unit_suggestions()) if paragraphs and at_start else None
        if isinstance(node, Item) and lead is not None:
            first, placed = self._place_lead(node, lead, paragraphs[0])
            paragraphs = [first, *paragraphs[1:]]
            notes = notes + placed  # what became of the paragraphs first: the status bar cuts a long message
        elif isinstance(node, Item) and paragraphs and not node.unit and self._pasting_at_end():
            # undated, signed at its end (……。（舞阳县应急管理局）): the signature stays the text's
            # end, and the entry is that unit's, printed there only, as an import reads it
            if signed := signed_unit(paragraphs[-1]):
                self._moves["unit"] = signed
                notes.append(self.tr("The pasted unit {unit} went to the unit field.").format(unit=signed))
        if pasted.left_out:
            notes.append(self.tr("{count} emoji and chat expressions were left out of the pasted text: the "
                                 "bulletin's fonts cannot print them.").format(count=pasted.left_out))
        # sentences run on in Chinese, after a space in English; none: an earlier paste's note,
        # still shown, is not about this one
        self._tell("".join(note if note.endswith("。") else note + " " for note in notes).strip())
        return paragraphs

    def _pasting_at_end(self) -> bool:
        """The paste goes at the end of the entry's text (replacing what is selected up to it)."""
        body = self.ui.itemBody
        return body.textCursor().selectionEnd() >= body.document().characterCount() - 1

    def _one_entry_of(self, paragraphs: list[RichText]) -> tuple[list[RichText], list[str]]:
        """Several pasted paragraphs into an entry, which prints as one paragraph: those of
        the first entry they hold go here (joined), each further dated entry becomes an entry
        of its own after this one (``_split_off``); the clerk is told either way."""
        spans = entry_spans(paragraphs)
        units = self.unit_suggestions()
        self._split_off = [pasted_item(span, units) for span in spans[1:]]
        if self._split_off:
            note = self.tr("The pasted text holds {count} dated entries: the first went here, the other {rest} "
                           "were added after it.").format(count=len(spans), rest=len(self._split_off))
        else:
            note = self.tr("The {count} pasted paragraphs were joined into one: an entry prints as one "
                           "paragraph (an article keeps its paragraphs).").format(count=len(paragraphs))
        if self._split_off and len(spans[0]) > 1:
            note += self.tr(" Its {count} paragraphs were joined into one.").format(count=len(spans[0]))
        notes = [note]
        if self._split_off and (repeated := repeated_entries([pasted_item(spans[0], units), *self._split_off])):
            notes.append(self.tr("{count} of them repeat an entry pasted before them word for word: delete the "
                                 "copies if the text was pasted twice.").format(count=repeated))
        return spans[0], notes

    def _place_lead(self, item: Item, lead: PastedLead, pasted: RichText) -> tuple[RichText, list[str]]:
        """A pasted entry's date and unit go to the entry's fields, once: when the entry has
        another date, the pasted one stays in the text (asking would stop the paste), and a
        unit after a date that stays stays with it. Gives the text to paste and what to say."""
        if item.date and item.date != lead.date:
            return pasted, [self.tr(
                "The pasted date {date} stays in the text: this entry is dated {entry_date}.").format(
                date=lead.date, entry_date=item.date)]
        notes = [self.tr("The pasted date {date} went to the date field.").format(date=lead.date) if not item.date
                 else self.tr("The entry is dated {date} already: the pasted date was not repeated.").format(date=lead.date)]
        if not item.date:
            self._moves["date"] = lead.date
        if lead.mark and not item.mark:  # (1．11月19日，…: the number prints first, from its field)
            self._moves["mark"] = lead.mark
        if not lead.unit:
            return lead.rest, notes
        if item.unit and item.unit != lead.unit:
            notes.append(self.tr("The pasted unit {unit} stays in the text: this entry's unit is {entry_unit}.").format(
                unit=lead.unit, entry_unit=item.unit))
            return lead.after_date, notes
        if not item.unit:
            self._moves["unit"] = lead.unit
            notes.append(self.tr("The pasted unit {unit} went to the unit field.").format(unit=lead.unit))
        else:
            notes.append(self.tr("The entry's unit is {unit} already: it was not repeated.").format(unit=lead.unit))
        return lead.rest, notes

    def _tell(self, message: str) -> None:
        """What a paste did, in the status bar; "" takes back the last one said, if still shown."""
        window = self.window()
        if not isinstance(window, QMainWindow):
            return
        bar = window.statusBar()
        if message:
            bar.showMessage(message, 10000)
        elif self._told and bar.currentMessage() == self._told:
            bar.clearMessage()
        self._told = message

    def _section_title_edited(self, text: str) -> None:
        if self._kind == "section" and text.strip():
            self.sectionRenamed.emit(self._uid, text.strip())

    def _section_title_left(self) -> None:
        """A name emptied is not taken (a section prints as its name in 【】): leaving the
        field shows again the name the section keeps, rather than a blank that the tree
        and the preview contradict."""
        node = self._node()
        if self._kind == "section" and isinstance(node, Section) and not self.ui.sectionTitleEdit.text().strip():
            set_line_text(self.ui.sectionTitleEdit, node.title)

    def _check_date(self, text: str) -> None:
        valid = not text or (is_valid_entry_date(text) and days_exist(text))
        self.ui.dateEdit.setStyleSheet("" if valid else INVALID_DATE_STYLE)
        self.ui.dateEdit.setToolTip("" if valid else self.tr(
            "This does not look like a bulletin date (11月15日, 11月15日下午 or 11月14日—11月18日). It is kept as typed."))

    def toggle_bold(self) -> None:
        """Ctrl+B: bold in the body being edited. In the date or unit field it does
        nothing (the unit is printed bold anyway); the toolbar button, which takes no
        focus, acts on the body the clerk was typing in."""
        body = self.active_body()
        if body is not None and (body.hasFocus() or self._body_had_focus):
            body.toggle_bold()

    def active_body(self) -> RichEdit | None:
        if self._kind == "item":
            return self.ui.itemBody
        if self._kind == "article":
            return self.ui.articleBody
        return None

    def focus_first_field(self) -> None:
        if self._kind == "item":
            self.ui.dateEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self._kind == "article":
            self.ui.articleTitleEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self._kind == "section":
            self.ui.sectionTitleEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ui.sectionTitleEdit.selectAll()

    def focus_body(self) -> None:
        body = self.active_body()
        if body is not None:
            body.setFocus(Qt.FocusReason.OtherFocusReason)

    def select_position(self, position: Position) -> None:
        """Show a find match: select its characters in the field that holds them. Positions
        count code points; Qt's widgets count UTF-16 units, so convert here and only here."""
        node = self._node()
        if node is None or position.uid != self._uid:
            return
        try:
            text = node_field_text(node, position.field, position.paragraph)
        except LookupError:
            return
        start, end = utf16_offset(text, position.start), utf16_offset(text, position.end)
        if position.field in ("mark", "date", "unit", "title", "section"):
            edit = {"mark": self.ui.markEdit, "date": self.ui.dateEdit, "unit": self.ui.unitEdit,
                    "title": self.ui.articleTitleEdit, "section": self.ui.sectionTitleEdit}[position.field]
            edit.setSelection(start, end - start)
            return
        body = self.active_body()
        if body is None:
            return
        block = body.document().findBlockByNumber(position.paragraph)
        if not block.isValid():
            return
        cursor = body.textCursor()
        cursor.setPosition(block.position() + start)
        cursor.setPosition(block.position() + end, cursor.MoveMode.KeepAnchor)
        body.setTextCursor(cursor)
        body.ensureCursorVisible()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QFocusEvent.Type.FocusIn:
            self._body_had_focus = watched in (self.ui.itemBody, self.ui.articleBody)
            if watched is self.ui.unitEdit:
                self.unit_suggestions()
        return super().eventFilter(watched, event)

