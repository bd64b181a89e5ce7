"""Walk the main document's body in reading order and give its paragraphs as printed.

Only what prints in the body is read: tracked deletions, hidden text, field codes,
footnotes and comments are not; headers and footers live in other parts (the importer
reads page 1's header only for a masthead the body lacks). A text box is read once (its
DrawingML form; the VML fallback holds the same text), legacy WordArt by its text, tables
row by row.
"""
from __future__ import annotations

import re
import time
from pathlib import PureWindowsPath
from dataclasses import dataclass, field
from typing import NamedTuple

from lxml import etree

from ..column_labels import SECTION_LABELS, is_column_label, is_date_label, is_total_label, is_unit_label, label_text
from ..font_kinds import named_kind
from ..recognise import MAX_PARAGRAPHS, BulletinFormatError, Hint, Paragraph, too_many_paragraphs
from ..model import DATE_SEPARATOR, UNIT_SUFFIXES, Item, is_month_and_day, is_source_line, is_valid_entry_date
from ..recognise.patterns import SECTION_BRACKETS, opens_dated_entry
from ..richtext import RichText, Run, normalize, plain, replace_range
from . import limits
from .container import ZIP_MAGIC
from .breaks import split_lines
from .numbering import Numbering
from .fields import (dropdown_choice, is_table_of_contents, saved_nothing_prints, unfilled_merge_field, unpaired_marks,
                     without_page_number)
from .heavy import set_apart
from .marked_units import marked_unit
from .combined import two_lines
from .controls import showing_prompt
from .html_chunk import decoded, html_text
from .labelled_cells import labelled_row
from .web_archive import ARCHIVE_TYPES, archived_html
from .alternate import ALTERNATE, chosen, expanded
from .diagrams import data_id, diagram_lines
from .equations import EQUATIONS, equation_text
from .ns import R_ID, V, W_VAL, WP, A, is_on, on, w, whole_number
from .placement import (FOOT, TOP, FrameBox, Page, above_its_paragraph, as_printed, down_the_page, frame_box, frame_place,
                        pages_of, side_by_side, table_place, vml_style)
from .styles import UNFILLED, Styles, fills, fonts_east_asia
from .symbols import is_symbol_font, symbol_char, symbol_font_text

_TEXTBOX = w("txbxContent")
# the tags a run is made of, named once: they are compared for every character of a file
# whose every character is a run of its own
_RPR, _BOLD, _FONTS, _STYLE, _VANISH = w("rPr"), w("b"), w("rFonts"), w("rStyle"), w("vanish")
_ALWAYS_HIDDEN = w("specVanish")  # hidden even where hidden text is shown
_UNDERLINE, _COLOUR, _LAYOUT = w("u"), w("color"), w("eastAsianLayout")
_UNCOLOURED = frozenset({"auto", "000000"})
# White text prints nothing on a white page (an editor's reminder left in, 此条请领导审定), unless
# something under it is filled: the run's shading or highlight, its paragraph's shading (set
# directly or by their styles), a table cell or a shape (a masthead's band, read as printed),
# a coloured page
_WHITE = "ffffff"
_SHADING, _HIGHLIGHT = w("shd"), w("highlight")
_RUN, _TEXT, _FIELD_CHAR, _FIELD_CODE = w("r"), w("t"), w("fldChar"), w("instrText")
_LINE_END = re.compile(r"\r\n|[\r\n]")
_TABS, _BREAKS = frozenset({w("tab"), w("ptab")}), frozenset({w("br"), w("cr")})
_GRAPHICS = frozenset({w("drawing"), w("pict")})
_NOTE_MARKS = frozenset({w("footnoteReference"), w("endnoteReference")})
_NOTE_KINDS = {w("footnoteReference"): "footnote", w("endnoteReference"): "endnote"}
_NO_BREAK_HYPHEN, _SYMBOL, _OBJECT, _RUBY = w("noBreakHyphen"), w("sym"), w("object"), w("ruby")
_COMMENT_MARK, _CONTROL = w("commentReference"), w("sdt")
_SUB_DOCUMENT = w("subDoc")  # a master document's link to a sub-document
_REMOVED = frozenset({w("del"), w("moveFrom")})  # tracked deletions, and text moved away
_SKIPPED_INLINE = {w("del"), w("moveFrom"), w("pPr"), w("rPr"), w("commentRangeStart"), w("commentRangeEnd"),
                   w("bookmarkStart"), w("bookmarkEnd"), w("proofErr"), w("permStart"), w("permEnd")}
_DESCENDED_INLINE = {w("hyperlink"), w("ins"), w("moveTo"), w("smartTag"), w("customXml"), w("fldSimple"),
                     w("dir"), w("bdo")}
_CELL_GAP = "  "
_MAX_DEPTH = 2  # documents merged into a merged document are read; deeper ones are not
_OUR_STYLES = {"BulletinEntry": Hint.ITEM, "条目": Hint.ITEM,
               "ArticleTitle": Hint.ARTICLE_TITLE, "文章标题": Hint.ARTICLE_TITLE,
               "SectionHeading": Hint.SECTION, "栏目标题": Hint.SECTION,
               "MastheadMarking": Hint.MARKING, "报头标记": Hint.MARKING}
_HEADING_NAMES = ("heading 1", "heading 2", "标题 1", "标题 2")  # level 1, level 2, …
# Word's style for the heading over a table of contents (目录): the contents' section, not a
# heading of the text, whatever outline level it takes from Heading 1
_CONTENTS_HEADING_NAMES = ("toc heading", "toc 标题")


@dataclass
class Notes:
    """What was met and not taken as text, for the clerk's warnings."""

    images: int = 0
    objects: int = 0
    # of the objects, Word and WPS documents embedded whole (printed as an icon or a picture
    # of their first page; a covering letter may hold the bulletin so)
    documents: int = 0
    footnotes: int = 0
    comments: int = 0
    revisions: bool = False
    text_boxes: int = 0
    white: int = 0  # paragraphs with white text on a white page, which prints nothing
    chunks: int = 0
    subdocuments: int = 0  # a master document's sub-documents, linked, their text in other files
    diagrams: int = 0  # SmartArt read as lines, one a shape
    unfilled: list[str] = field(default_factory=list)  # the names of mail-merge fields never filled

    def add(self, other: "Notes") -> None:
        """Count in what a merged document's reader met."""
        self.images += other.images
        self.objects += other.objects
        self.documents += other.documents
        self.footnotes += other.footnotes
        self.comments += other.comments
        self.revisions = self.revisions or other.revisions
        self.text_boxes += other.text_boxes
        self.white += other.white
        self.chunks += other.chunks
        self.subdocuments += other.subdocuments
        self.diagrams += other.diagrams
        self.unfilled += other.unfilled


class BodyReader:
    def __init__(self, styles: Styles, numbering: Numbering, name: str, deadline: float,
                 chunks: dict[str, tuple[str, bytes]] | None = None, depth: int = 0,
                 notes: dict[tuple[str, str], str] | None = None):
        self.styles = styles
        self.depth = depth  # how deep in documents merged into documents (w:altChunk) this one is
        self.numbering = numbering
        self.chunks = chunks or {}  # the fragments w:altChunk embeds (package.MainDocument.chunks)
        self.note_texts = notes or {}  # footnotes' and endnotes' text (package.MainDocument.notes)
        self.name = name
        self.deadline = deadline
        self.notes = Notes()
        self._fields: list[_Field] = []  # the fields open where the reader is, innermost last
        # how many of them are still at their code: counted, not looked up, since a crafted
        # file can open tens of thousands at once and every run would look through them all
        self._in_code = 0
        # how many tables of contents (TOC fields) are open at their result, and whether the
        # paragraph being read has text of one: its lines end in page numbers, which belong
        # to the pages, not to the text
        self._contents = 0
        self._contents_line = False
        self._unpaired: set[etree._Element] = set()  # field marks of no whole field (fields.unpaired_marks)
        self._diagrams: dict[str, list[str]] = {}  # SmartArt's lines by its data part's relationship id
        self._diagram_lines = 0  # how many lines the SmartArt shown so far adds
        self._runs = 0
        self._filled = False  # the paragraph being read is shaded: white text on it prints
        # the document sets a page colour (w:background), or places a shape behind its text (a
        # red band under a white title): white text may print on it
        self._coloured_page = False
        self._carry: list[Run] = []  # a paragraph whose mark was deleted runs into the next
        self._carry_merged = False  # the carried text is a paragraph's whose mark was deleted
        self._counter = 0
        self._boxes_first = True
        self._page = Page()
        self._final_section: etree._Element | None = None
        self._nested = 0  # tables and text boxes being read inside the block
        self._cells = 0  # table cells being read inside the block
        self._block_index = 0
        # the boxes placed on the page, not by their paragraph: (anchor's block, near the top,
        # where down the page, their paragraphs)
        self._floating: list[tuple[int, bool, tuple[float, int], list[Paragraph]]] = []
        self._boxed: set[int] = set()  # ids of the paragraphs of boxes read with their paragraph
        self._framed: dict[int, FrameBox] = {}  # ids of the one-paragraph frames placed on the page
        # ids of the paragraphs printed on page 1 of a body of several pages (a cover page
        # before the bulletin, in files that bind the two together)
        self.first_page: set[int] = set()
        # the alternative text of the pictures before the body's first line of text: a
        # masthead set as a picture often names the bulletin there (安全生产工作简报)
        self.opening_pictures: list[str] = []
        self._pictures: list[tuple[int, str]] = []  # (top-level block, alternative text)

    def read(self, body: etree._Element) -> list[Paragraph]:
        blocks = list(self._block_children(body))
        if len(blocks) > MAX_PARAGRAPHS:  # refused at once, not after reading them all
            raise BulletinFormatError(f"{self.name}：{too_many_paragraphs(len(blocks)).message}")
        self._final_section = body.find(w("sectPr"))
        document = body.getparent()
        page = document.find(w("background")) if document is not None else None
        self._coloured_page = (page is not None and (page.get(w("color")) or "").lower() not in UNFILLED) or _behind_text(body)
        self._page = Page.of(self._final_section)
        self._unpaired = unpaired_marks(body)
        self._floating, self._boxed, self._framed = [], set(), {}
        read: list[list[Paragraph]] = []
        for index, block in enumerate(blocks):
            # a box placed by its paragraph is read where it prints: above its anchor near the
            # top (a masthead), below it further down (a closing block)
            self._boxes_first = index < len(blocks) / 2
            self._block_index = index
            read.append(self._block(block))
        if read:
            read[-1].extend(self._flushed())
        out = self._with_floating(blocks, read) if self._floating else [p for paragraphs in read for p in paragraphs]
        first_text = next((index for index, paragraphs in enumerate(read) if any(p.text.strip() for p in paragraphs)),
                          len(read))
        self.opening_pictures = [alt for index, alt in self._pictures if index <= first_text]
        pages = pages_of(blocks, self._final_section) if len(blocks) > 1 else []
        if pages and pages[-1] > 0:
            self.first_page = {id(p) for index, paragraphs in enumerate(read) if pages[index] == 0 for p in paragraphs}
        return self._lines_of_frames(out) if len(self._framed) > 1 else out

    def _lines_of_frames(self, paragraphs: list[Paragraph]) -> list[Paragraph]:
        """The frames printed side by side on one line (a PDF converter's spans of a line,
        an office and its date) as that one line."""
        out: list[Paragraph] = []
        box: FrameBox | None = None
        for paragraph in paragraphs:
            here = self._framed.get(id(paragraph))
            gap = side_by_side(box, here) if box is not None and here is not None and out else None
            if gap is not None and here is not None:
                out[-1] = Paragraph(normalize([*out[-1].rich, Run(gap), *paragraph.rich]), out[-1].hint)
                box = here
                continue
            out.append(paragraph)
            box = here
        return out

    def _with_floating(self, blocks: list[etree._Element], read: list[list[Paragraph]]) -> list[Paragraph]:
        """The body with the boxes placed on the page where they print: those near the top of
        a page before its first paragraph, those near the foot after its last, whichever
        paragraph holds their anchor (WPS templates anchor a masthead or a closing block
        anywhere on the page). Pages are told by the breaks the file records; a file with
        none is one page."""
        pages = pages_of(blocks, self._final_section)
        first: dict[int, int] = {}
        last: dict[int, int] = {}
        opening: dict[int, int] = {}  # a page's first block, for a page printing nothing but what is placed on it
        for index, page in enumerate(pages):
            opening.setdefault(page, index)
            # (blocks that print only boxes placed by their paragraph, a WordArt name above
            # the masthead, print above the body's first lines too)
            if page not in first and any(id(p) not in self._boxed for p in read[index]):
                first[page] = index
            last[page] = index
        before: dict[int, list[tuple[tuple[float, int], list[Paragraph]]]] = {}
        after: dict[int, list[tuple[tuple[float, int], list[Paragraph]]]] = {}
        for anchor, top, down, paragraphs in self._floating:
            page = pages[anchor]
            (before.setdefault(first.get(page, opening[page]), []) if top else after.setdefault(last[page], [])).append((down, paragraphs))
        out: list[Paragraph] = []
        for index, paragraphs in enumerate(read):
            for _, boxed in sorted(before.get(index, []), key=lambda pair: pair[0]):
                out.extend(boxed)
            out.extend(paragraphs)
            for _, boxed in sorted(after.get(index, []), key=lambda pair: pair[0]):
                out.extend(boxed)
        return out

    # -- blocks

    def _block_children(self, parent: etree._Element):
        for child in parent:
            tag = child.tag
            if tag in (w("p"), w("tbl")):
                yield child
            elif tag == w("sdt"):
                content = _sdt_content(child)
                if content is not None:
                    yield from self._block_children(content)
            elif tag in _WRAPPERS:
                yield from self._block_children(child)
            elif tag == ALTERNATE:
                branch = chosen(child)
                if branch is not None:
                    yield from self._block_children(branch)
            elif tag == w("altChunk"):
                yield child
            elif tag == _SUB_DOCUMENT:  # (Word writes it in a paragraph; a hand-made file in the body)
                self.notes.subdocuments += 1

    def _blocks(self, parent: etree._Element) -> list[Paragraph]:
        out: list[Paragraph] = []
        for block in self._block_children(parent):
            out.extend(self._block(block))
        return out + self._flushed()  # (a cell's or a box's last paragraph runs into nothing outside it)

    def _block(self, block: etree._Element) -> list[Paragraph]:
        self._counter += 1
        if self._counter % 64 == 0:
            self._check_time()
        if block.tag != w("p") and self._carry:
            return self._flushed() + self._block(block)
        if block.tag == w("tbl"):
            paragraphs = self._table(block)
            place = table_place(block, self._page) if not self._nested else None
            if place is not None and not TOP < place < FOOT:
                # a table placed at the top or foot of the page prints there, as a frame does
                self._floating.append((self._block_index, place <= TOP, (place, 0), paragraphs))
                return []
            return paragraphs
        if block.tag == w("altChunk"):
            return self._chunk(block)
        return self._paragraph(block)

    def _flushed(self) -> list[Paragraph]:
        """The text a paragraph whose mark was deleted (or that runs on: a drop cap, a run-in
        heading) carries when no paragraph follows it in its place, a table or the end of a
        cell, a text box or the body next: a paragraph of its own, as Word keeps it (a
        paragraph never runs into a table or out of its cell)."""
        carry, self._carry, self._carry_merged = self._carry, [], False
        rich = normalize(carry)
        return [Paragraph(rich)] if plain(rich).strip() else []

    def _chunk(self, chunk: etree._Element) -> list[Paragraph]:
        """An embedded fragment's text (see ``fragment``); a kind that is not read (RTF) is
        counted for the clerk's warnings."""
        content_type, data = self.chunks.get(chunk.get(R_ID, ""), ("", b""))
        if data.startswith(ZIP_MAGIC) and self.depth < _MAX_DEPTH:
            return self._merged_document(data)
        paragraphs = self.fragment(content_type, data)
        if paragraphs is None:
            self.notes.chunks += 1
            return []
        return paragraphs

    def fragment(self, content_type: str, data: bytes) -> list[Paragraph] | None:
        """The text of an HTML page (also in a web archive) or of plain text, embedded in a
        Word document or saved as one (OA systems and web pages "export to Word" as HTML
        named .doc); None for any other kind."""
        # (a content type may carry parameters: text/html; charset=gb2312)
        media, _, parameters = content_type.partition(";")
        content_type = media.strip().lower()
        if content_type in ARCHIVE_TYPES and (page := archived_html(data)) is not None:
            content_type, data = "text/html", page
        if content_type in ("text/html", "application/xhtml+xml"):
            blocks = html_text(data, self._check_time)
        elif content_type == "text/plain":
            text = decoded(data, _charset(parameters))
            blocks = [(Run(line.strip()),) for line in text.splitlines() if line.strip()]
        else:
            return None
        out: list[Paragraph] = []
        rows: list[list[list[Paragraph]]] = []  # the rows of the table being read
        for block in blocks:
            if isinstance(block, list):  # a row of a table
                rows.append([[Paragraph(rich) for rich in cell] for cell in block])
                continue
            out.extend(_table_paragraphs(rows))
            rows = []
            out.append(Paragraph(block))
        return out + _table_paragraphs(rows)

    def _merged_document(self, data: bytes) -> list[Paragraph]:
        """The body of a Word document a w:altChunk merges in, read with its own styles and
        lists; bounded as the file itself is."""
        from pathlib import Path

        from .container import check_package
        from .package import open_main_document

        check_package(Path(self.name), data)
        parts = open_main_document(Path(self.name), self.name, data)
        reader = BodyReader(parts.styles, parts.numbering, self.name, self.deadline, parts.chunks, self.depth + 1,
                            notes=parts.notes)
        paragraphs = reader.read(parts.body)
        self.notes.add(reader.notes)
        return paragraphs

    def _check_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise BulletinFormatError(f"{self.name}：读取超过 {limits.TIME_BUDGET_S:.0f} 秒仍未完成，文件过于复杂，已停止。")

    def _table(self, table: etree._Element) -> list[Paragraph]:
        rows: list[list[list[Paragraph]]] = []
        merged: dict[int, tuple[int, list[Paragraph]]] = {}  # grid column → (row, paragraphs) of a merge's first cell
        apart: dict[int, list[Paragraph]] = {}  # row → its cells of vertical text
        for row in _unwrapped(table, w("tr")):
            trpr = row.find(w("trPr"))
            if trpr is not None and trpr.find(w("del")) is not None:
                self.notes.revisions = True
                continue
            cells: list[list[Paragraph]] = []
            column = _grid_before(trpr)
            for cell in _unwrapped(row, w("tc")):
                tcpr = cell.find(w("tcPr"))
                if tcpr is not None and tcpr.find(w("cellDel")) is not None:
                    self.notes.revisions = True  # a cell deleted with changes tracked
                    continue
                merge = tcpr.find(w("vMerge")) if tcpr is not None else None
                if merge is not None and merge.get(w("val"), "continue") == "continue":
                    cells.append(_merged_again(merged.get(column), len(rows)))
                else:
                    self._nested += 1
                    self._cells += 1
                    cells.append(self._blocks(cell))
                    self._cells -= 1
                    self._nested -= 1
                    if merge is not None:
                        merged[column] = (len(rows), cells[-1])
                    if _vertical(tcpr):
                        # a column of vertical text (内部资料 beside a masthead) prints beside
                        # the row's lines, not on one of them
                        apart.setdefault(len(rows), []).extend(cells.pop())
                column += _grid_span(tcpr)
            rows.append(cells)
        return _table_paragraphs(rows, apart)

    # -- paragraphs

    def _paragraph(self, p: etree._Element) -> list[Paragraph]:
        ppr = p.find(w("pPr"))
        style_id = None
        direct_num: tuple[str | None, int | None] = (None, None)
        outline = None
        mark_deleted = drop_cap = runs_on = False
        frame = None
        if ppr is not None:
            style_el = ppr.find(w("pStyle"))
            style_id = style_el.get(w("val")) if style_el is not None else None
            numpr = ppr.find(w("numPr"))
            if numpr is not None:
                num_el, lvl_el = numpr.find(w("numId")), numpr.find(w("ilvl"))
                direct_num = (num_el.get(w("val")) if num_el is not None else None,
                              whole_number(lvl_el.get(w("val"), "0")) if lvl_el is not None else None)
            outline_el = ppr.find(w("outlineLvl"))
            if outline_el is not None:
                outline = whole_number(outline_el.get(w("val"), "9"))
            mark = ppr.find(w("rPr"))
            mark_deleted = mark is not None and (mark.find(w("del")) is not None or mark.find(w("moveFrom")) is not None)
            frame = ppr.find(w("framePr"))  # 首字下沉: the first letters in a frame of their own
            drop_cap = frame is not None and frame.get(w("dropCap"), "none") in ("drop", "margin")
            # a hidden paragraph mark (Word's style separator, Ctrl+Alt+Enter): a run-in heading
            # in a style of its own, printed on one line with the paragraph after it
            runs_on = mark is not None and bool(on(mark.find(w("vanish"))) or on(mark.find(w("specVanish"))))
        style_id = self.styles.paragraph_style(style_id)
        paragraph = _Look(self.styles.paragraph_bold(style_id),
                          self.styles.style_east_asia_font(style_id) or self.styles.default_east_asia_font,
                          bool(self.styles.style_hidden(style_id)))
        builder = _Builder(self._boxes_first, in_cell=self._cells > 0)
        # a paragraph whose mark is deleted (or moved away) is no paragraph once the changes are
        # accepted: it draws no number and counts none; its text runs into this one, which
        # keeps its own number in front
        label = "" if mark_deleted else self._number_label(style_id, direct_num)
        merged, self._carry_merged = self._carry_merged, False
        if label and merged:
            builder.add(label, paragraph)
        if self._carry:
            builder.lines[-1].extend(self._carry)
            self._carry = []
        if label and not merged:
            builder.add(label, paragraph)
        outer, self._contents_line = self._contents_line, False  # (a text box's paragraphs are read inside another's)
        outer_filled, self._filled = self._filled, (fills(ppr.find(_SHADING) if ppr is not None else None)
                                                    or self.styles.style_filled(style_id))
        self._inline(p, builder, paragraph)
        self._filled = outer_filled
        if self._contents_line:
            builder.lines[-1] = without_page_number(builder.lines[-1])
        self._contents_line = outer
        if mark_deleted or drop_cap or runs_on:  # the paragraph runs into the next one
            self.notes.revisions = self.notes.revisions or mark_deleted
            self._carry = [run for line in builder.lines for run in line]
            self._carry_merged = mark_deleted
            return builder.boxes
        paragraphs = builder.paragraphs(self._hint(style_id, outline))
        place = frame_place(frame, self._page) if not self._nested else None
        if place is not None and len(paragraphs) == 1 and (box := frame_box(frame)) is not None:
            self._framed[id(paragraphs[0])] = box
        if place is not None and not TOP < place[0] < FOOT:
            # a frame placed at the top or foot of the page (LibreOffice's masthead or closing
            # block, a PDF converter's lines) prints there, wherever its paragraph comes
            self._floating.append((self._block_index, place[0] <= TOP, place, paragraphs))
            return []
        return paragraphs

    def _number_label(self, style_id: str | None, direct: tuple[str | None, int | None]) -> str:
        num_id, level = direct
        style_num, style_level = self.styles.numbering(style_id)
        num_id = num_id if num_id is not None else style_num
        if level is None:
            level = style_level or 0
        if not num_id or num_id == "0":
            return ""
        return self.numbering.label(num_id, level)

    def _hint(self, style_id: str | None, outline: int | None) -> Hint:
        name = self.styles.name(style_id)
        for key in (style_id, name):
            if key in _OUR_STYLES:
                return _OUR_STYLES[key]
        if name.lower() in _CONTENTS_HEADING_NAMES:
            return Hint.SECTION
        if outline is None and not self.styles.is_title(style_id):
            outline = self.styles.outline_level(style_id)
        if outline == 0 or name.lower() in _HEADING_NAMES[::2]:
            return Hint.HEADING
        if outline == 1 or name.lower() in _HEADING_NAMES[1::2]:
            return Hint.SUBHEADING
        return Hint.NONE

    def _inline(self, parent: etree._Element, builder: "_Builder", paragraph: _Look) -> None:
        for child in parent:
            tag = child.tag
            if tag == _RUN:
                self._run(child, builder, paragraph)
            elif tag in _DESCENDED_INLINE:
                if tag == w("ins"):
                    self.notes.revisions = True
                self._inline(child, builder, paragraph)
                if tag == w("fldSimple"):
                    self._note_unfilled(child.get(w("instr"), ""), "".join(t.text or "" for t in child.iter(w("t"))))
            elif tag in _REMOVED:
                self.notes.revisions = True
            elif tag == _CONTROL:
                content = _sdt_content(child)
                if content is not None:
                    self._inline(content, builder, paragraph)
            elif tag == ALTERNATE:
                branch = chosen(child)
                if branch is not None:
                    self._inline(branch, builder, paragraph)
            elif tag in EQUATIONS and not paragraph.hidden:
                builder.add(equation_text(child), paragraph)
            elif tag == _SUB_DOCUMENT:
                self.notes.subdocuments += 1

    def _note_unfilled(self, code: str, result: str) -> None:
        if (name := unfilled_merge_field(code, result)) is not None:
            self.notes.unfilled.append(name)

    def _run(self, r: etree._Element, builder: "_Builder", paragraph: _Look) -> None:
        bold, font, hidden = paragraph.bold, paragraph.font, paragraph.hidden
        self._runs += 1
        if not self._runs % 4096:  # one paragraph can hold a whole file's runs
            self._check_time()
        symbol_font = None
        marked = combined = always_hidden = filled = False
        colour: str | None = None
        rpr = r[0] if len(r) and r[0].tag == _RPR else r.find(_RPR)  # (the schema puts it first)
        if rpr is not None:
            # one pass over the run's properties: a run is read for each of its characters
            # in files that split every character into a run of its own (Word's rsid marks)
            style_el = direct_bold = direct_hidden = fonts = None
            for prop in rpr:
                tag = prop.tag
                if tag == _BOLD:
                    direct_bold = prop
                elif tag == _FONTS:
                    fonts = prop
                elif tag == _STYLE:
                    style_el = prop
                elif tag == _VANISH:
                    direct_hidden = prop
                elif tag == _ALWAYS_HIDDEN:
                    always_hidden = bool(on(prop))
                elif tag == _UNDERLINE:
                    marked = marked or prop.get(W_VAL, "single") != "none"
                elif tag == _COLOUR:
                    colour = prop.get(W_VAL, "auto").lower()
                    marked = marked or colour not in _UNCOLOURED
                elif tag == _SHADING or tag == _HIGHLIGHT:
                    filled = filled or fills(prop)
                elif tag == _LAYOUT:
                    combined = prop.get(w("combine"), "") in ("1", "true", "on")
            if fonts is not None:
                symbol_font = _symbol_font(fonts)
            if style_el is not None:
                style_id = style_el.get(W_VAL)
                style_bold = self.styles.style_bold(style_id)
                if style_bold is not None:
                    bold = style_bold
                if (style_hidden := self.styles.style_hidden(style_id)) is not None:
                    hidden = style_hidden
                font = self.styles.style_east_asia_font(style_id) or font
                if colour is None:
                    colour = self.styles.style_colour(style_id)
                filled = filled or self.styles.style_filled(style_id)
            if (direct := on(direct_bold)) is not None:
                bold = direct
            font = fonts_east_asia(fonts) or font
            if (hidden_here := on(direct_hidden)) is not None:
                hidden = hidden_here
            hidden = hidden or always_hidden
            if colour == _WHITE and not (hidden or filled or self._filled or self._nested or self._coloured_page) and _prints_text(r):
                hidden = True
                if not builder.white:
                    builder.white = True
                    self.notes.white += 1
        # (two names Word prints two lines in one set apart a unit as underline does: joint senders)
        look = _Look(bold, font, marked=marked or combined)
        own_mark = False  # a note's own mark (*, ※) follows its reference: it marks a note not read
        for child in expanded(r):
            tag = child.tag
            if tag == _RPR:
                continue
            if tag == _FIELD_CHAR:
                if self._unpaired and child in self._unpaired:
                    continue  # half a field: its text prints as plain text
                kind = child.get(w("fldCharType"))
                if kind == "begin":
                    self._fields.append(_Field(choice=dropdown_choice(child)))
                    self._in_code += 1
                elif kind == "separate" and self._fields and not self._fields[-1].showing:
                    self._separate(self._fields[-1])
                elif kind == "end" and self._fields:
                    field = self._fields.pop()
                    self._in_code -= not field.showing
                    self._contents -= field.contents
                    if not field.showing and not self._in_code and not hidden:
                        builder.add(saved_nothing_prints("".join(field.code)) or field.choice, look)
                    if not self._in_code:  # (a field in another's code, IF's MERGEFIELD, prints nothing itself)
                        self._note_unfilled("".join(field.code), "".join(field.result))
                continue
            if self._in_code:
                if tag == _FIELD_CODE and not self._fields[-1].showing:
                    self._fields[-1].code.append(child.text or "")
                continue  # inside a field's code: only its saved result prints
            if tag == _TEXT:
                if own_mark:
                    own_mark = False
                elif not hidden:
                    # a line end a program wrote into the text itself (not a w:br) prints as a space
                    raw = _LINE_END.sub(" ", child.text or "")
                    text = two_lines(raw) if combined else raw
                    builder.add(symbol_font_text(symbol_font, text) if symbol_font else text, look)
                    if self._fields:
                        self._fields[-1].result.append(text)
                        self._contents_line = self._contents_line or self._contents > 0
            elif tag in _TABS:
                if not hidden:
                    builder.add("\t", look)
            elif tag in _BREAKS:
                if not hidden:
                    builder.line_break()
            elif tag == _NO_BREAK_HYPHEN:
                builder.add("-", look)
            elif tag == _SYMBOL:
                if (char := _symbol(child.get(w("font"), ""), child.get(w("char"), ""))) and not hidden:
                    builder.add(char, look)
            elif tag in _GRAPHICS:
                self._graphic(child, builder)
            elif tag == _OBJECT:
                self.notes.objects += 1
                self.notes.documents += _embeds_document(child)
            elif tag == _RUBY:  # 拼音指南: the base text prints in the line, its guide above it
                base = child.find(w("rubyBase"))
                if base is not None:
                    for inner in base.iter(w("r")):
                        self._run(inner, builder, paragraph)
            elif tag in _NOTE_MARKS:
                own_mark = is_on(child.get(w("customMarkFollows")))
                source = self.note_texts.get((_NOTE_KINDS[tag], child.get(w("id"), "")), "")
                if source and is_source_line(source) and not hidden:
                    # a template's 来源 put in a footnote: it prints at the foot of the page
                    # but says who sent the entry, as a source line after it does
                    builder.add(source if source.startswith(("（", "(")) else f"（{source}）", _Look(False, None))
                else:
                    self.notes.footnotes += 1
            elif tag == _COMMENT_MARK:
                self.notes.comments += 1

    def _diagram(self, graphic: etree._Element) -> list[str]:
        """The lines of the SmartArt a drawing shows, [] for none (or its data missing)."""
        rel = data_id(graphic)
        if rel is None or rel not in self.chunks:
            return []
        if rel not in self._diagrams:
            self._diagrams[rel] = diagram_lines(self.chunks[rel][1])
        lines = self._diagrams[rel]
        # (a crafted file may show one big diagram thousands of times: refused as it adds up)
        self._diagram_lines += len(lines)
        if self._diagram_lines > MAX_PARAGRAPHS:
            raise BulletinFormatError(f"{self.name}：{too_many_paragraphs(self._diagram_lines).message}")
        return lines

    def _separate(self, field: "_Field") -> None:
        """A field's code is whole: its saved result follows."""
        field.showing = True
        self._in_code -= 1
        field.contents = is_table_of_contents("".join(field.code))
        self._contents += field.contents

    def _graphic(self, graphic: etree._Element, builder: "_Builder") -> None:
        boxes = as_printed(list(_outer_textboxes(graphic)))
        art = _word_art(graphic) if not boxes else ""
        diagram = self._diagram(graphic) if not boxes and not art else []
        if not boxes and not art and not diagram:
            if any(True for _ in graphic.iter(f"{{{A}}}blip", f"{{{V}}}imagedata")):
                self.notes.images += 1
            else:
                self.notes.objects += 1
            # (a masthead set as a picture, or as WordArt made a shape, 转换为形状, names the
            # bulletin in its alternative text)
            if alt := _alternative_text(graphic):
                self._pictures.append((self._block_index, alt))
            return
        paragraphs: list[Paragraph] = []
        if boxes:
            self.notes.text_boxes += len(boxes)
            self._nested += 1
            for box in boxes:
                paragraphs.extend(self._blocks(box))
            self._nested -= 1
        elif diagram:
            self.notes.diagrams += 1
            paragraphs = [Paragraph((Run(line),)) for line in diagram]
        else:
            paragraphs = [Paragraph((Run(art),))]
        down = down_the_page(graphic, self._page) if not self._nested else None
        if down is None or TOP < down < FOOT:
            self._boxed.update(id(p) for p in paragraphs)
            # placed by its paragraph (or in the middle of the page): read with it
            builder.box(paragraphs, down, above=down is None and above_its_paragraph(graphic))
        else:
            self._floating.append((self._block_index, down <= TOP, (down, 0), paragraphs))


# What an embedded Word or WPS document's program is called (Word.Document.12, Word.Document.8,
# Word.DocumentMacroEnabled.12, Word.Template.12, KWPS.Document.9, WPS.Document.6)
_DOCUMENT_PROGRAMS = ("word.document", "word.template", "kwps.document", "wps.document")
_OLE_OBJECT = "{urn:schemas-microsoft-com:office:office}OLEObject"


def _embeds_document(obj: etree._Element) -> bool:
    """Whether a w:object holds a Word or WPS document: named on its VML OLE object (Word
    2007 and WPS) or on Word 2010's w:objectEmbed."""
    for element in obj.iter(_OLE_OBJECT, w("objectEmbed"), w("objectLink")):
        program = element.get("ProgID") or element.get(w("progId")) or ""
        if program.lower().startswith(_DOCUMENT_PROGRAMS):
            return True
    return False


def _alternative_text(graphic: etree._Element) -> str:
    """A picture's alternative text (替换文字: its description, else its title), as Word and
    WPS keep it for a DrawingML picture and older files for a VML one."""
    for shape in graphic.iter(f"{{{WP}}}docPr", f"{{{V}}}shape", f"{{{V}}}rect", f"{{{V}}}imagedata"):
        for attribute in ("descr", "title", "alt", "{urn:schemas-microsoft-com:office:office}title"):
            if text := " ".join((shape.get(attribute) or "").split()):
                return _picture_file_named(text)
    return ""


_PICTURE_FILES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf")


def _picture_file_named(text: str) -> str:
    """Alternative text as the name it gives: Word 2007 and some WPS versions put the path of
    the picture inserted there (C:\\Users\\…\\某某工作简报.png), which names it by its file's name."""
    if not text.lower().endswith(_PICTURE_FILES):
        return text
    return PureWindowsPath(text).stem


def _word_art(graphic: etree._Element) -> str:
    """The text of legacy WordArt (艺术字, a VML text path), as older red mastheads were set;
    not watermarks, which are text paths too."""
    for path in graphic.iter(f"{{{V}}}textpath"):
        shape = path.getparent()
        if shape is not None and not _watermark(shape):
            text = (path.get("string") or "").strip()
            if text:
                return text
    return ""


def _watermark(shape: etree._Element) -> bool:
    """Whether a text path is a watermark (样稿, 内部资料 across the page): Word names its own
    (PowerPlusWaterMarkObject); WPS's and other hands' are known by how they are set, behind
    the text and turned or see-through, as no masthead is."""
    if (shape.get("id") or "").startswith("PowerPlusWaterMarkObject"):
        return True
    style = vml_style(shape)
    if not style.get("z-index", "").startswith("-"):
        return False
    fill = shape.find(f"{{{V}}}fill")
    return _vml_number(style.get("rotation", "0")) % 360 != 0 or (
        fill is not None and _vml_number(fill.get("opacity", "1")) < 1)


def _vml_number(value: str) -> float:
    """A VML number: plain (0.5, .5, -45) or in 65536ths (32768f, -2949120f); 0 when unreadable."""
    try:
        return float(value[:-1]) / 65536 if value.endswith("f") else float(value)
    except ValueError:
        return 0.0


def _outer_textboxes(element: etree._Element):
    """Text box contents inside a drawing, not those nested in another box (read with it)."""
    for child in expanded(element):
        if child.tag == _TEXTBOX:
            yield child
        else:
            yield from _outer_textboxes(child)


def _behind_text(body: etree._Element) -> bool:
    """Whether a picture or shape is placed behind the text (Word's 衬于文字下方: DrawingML's
    behindDoc, VML's negative z-index)."""
    for shape in body.iter(f"{{{WP}}}anchor", f"{{{V}}}shape", f"{{{V}}}rect", f"{{{V}}}group"):
        if shape.tag == f"{{{WP}}}anchor":
            if is_on(shape.get("behindDoc")):
                return True
        elif "z-index:-" in (shape.get("style") or "").replace(" ", ""):
            return True
    return False


def _prints_text(r: etree._Element) -> bool:
    return any((t.text or "").strip() for t in r.iter(_TEXT))


def _grid_before(trpr: etree._Element | None) -> int:
    """How many grid columns a row leaves empty before its first cell."""
    before = trpr.find(w("gridBefore")) if trpr is not None else None
    return _int_val(before, 0)


def _grid_span(tcpr: etree._Element | None) -> int:
    span = tcpr.find(w("gridSpan")) if tcpr is not None else None
    return max(1, _int_val(span, 1))


def _int_val(element: etree._Element | None, default: int) -> int:
    value = whole_number(element.get(w("val"))) if element is not None else None
    return default if value is None else value


_MERGED_REPEATED = 30  # characters: a merged cell this short (a place, a date, a figure) is each row's


def _merged_again(start: tuple[int, list[Paragraph]] | None, row: int) -> list[Paragraph]:
    """What a vertically merged cell gives a row it spans after its first: the same short
    text (a town's name merged over its rows of figures), so the row reads as a row; nothing
    when the merge starts in the table's first row (a heading, or a masthead's name beside
    its lines) or holds more than a short line (a layout table's column of text, read once)."""
    if start is None or start[0] == 0 or row == 0:
        return []
    filled = [p for p in start[1] if p.text.strip()]
    if len(filled) != 1 or len(filled[0].text.strip()) > _MERGED_REPEATED:
        return []
    text = filled[0].text.strip()
    if SECTION_BRACKETS.match(text) or opens_dated_entry(text):
        return []
    return filled


def _table_paragraphs(rows: list[list[list[Paragraph]]], apart: dict[int, list[Paragraph]] | None = None) -> list[Paragraph]:
    """A table's text row by row, each row after its cells of vertical text (``apart``); the
    row of column labels over a table of entries (序号 | 单位 | 日期 | 内容) is no entry and
    is left out. A column labelled 栏目 over such a table (栏目 | 日期 | 单位 | 内容, the section's
    name in a cell merged down its rows) gives the section's heading before its first row."""
    labelled = len(rows) > 1 and _column_labels(rows[0])
    # under a column labelled 日期 or 时间 a looser date (6.1, 近日, 6月上旬) is the entry's date too
    dated = labelled and _dates_labelled(rows[0])
    column = _section_column(rows[0]) if labelled else None
    bare = [row[:column] + row[column + 1:] for row in rows] if column is not None else rows
    # under a column labelled 单位 a name without a unit's ending (东关村) is the entry's unit too
    units = _unit_column(bare[0]) if labelled else None
    labels = labelled and any(_holds_entry(row, dated, units, sections=column is not None) for row in bare[1:])
    if column is not None and not labels:
        column, bare, units = None, rows, None  # no table of entries: its 栏目 column is a column like any
    apart = apart or {}
    out: list[Paragraph] = []
    section = ""
    label_row = _label_texts(bare[0]) if labels else []
    for index, row in enumerate(bare):
        out.extend(apart.get(index, []))
        # the labels typed again where the table goes over to a new page, and a 合计 row
        # under the entries, are the table's layout as its first row is
        if labels and (index == 0 or _label_texts(row) == label_row or _total_row(row)):
            continue
        if column is not None and column < len(rows[index]):
            name = "".join(p.text.strip() for p in rows[index][column])
            if name and name != section and len(name) <= _SECTION_NAME_MAX:
                out.append(Paragraph((Run(name),), Hint.SECTION))
                section = name
        out.extend(_row_paragraphs(row, dated, _unit_at(row, units)))
    return out


def _label_texts(row: list[list[Paragraph]]) -> list[str]:
    return [label_text(p.text) for cell in row for p in cell if p.text.strip()]


def _total_row(row: list[list[Paragraph]]) -> bool:
    """A row totting up the entries above it (合计 | | 共3条)."""
    texts = _label_texts(row)
    return bool(texts) and is_total_label(texts[0])


def _holds_entry(row: list[list[Paragraph]], dated: bool, units: int | None, *, sections: bool) -> bool:
    """Whether a row under column labels holds an entry: laid out in columns (日期 | 单位 |
    内容), or, beside the column of sections (栏目 | 内容), written whole in one cell."""
    filled = _filled(row)
    if len(filled) > 1:
        return _entry_of_row(filled, dated, _unit_at(row, units)) is not None
    return sections and len(filled) == 1 and opens_dated_entry(filled[0][0].text.strip())


def _charset(parameters: str) -> str:
    """The charset a content type's parameters name (; charset="gbk"), or ""."""
    for parameter in parameters.split(";"):
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip("\"'")
    return ""


def _unit_column(labels: list[list[Paragraph]]) -> int | None:
    """Which of a row of column labels labels the units, when each of its cells is one label."""
    if any(len(cell) != 1 for cell in labels):
        return None
    return next((i for i, cell in enumerate(labels) if is_unit_label(cell[0].text)), None)


def _unit_at(row: list[list[Paragraph]], column: int | None) -> int | None:
    """The unit's column among a row's filled cells: the labelled one, when no cell of the
    row is empty (its cells then stand under the labels in turn)."""
    return column if column is not None and len(_filled(row)) == len(row) else None


def _section_column(cells: list[list[Paragraph]]) -> int | None:
    """Where a row of column labels names the column of sections (栏目), when every cell holds
    a paragraph (the columns are then the row's cells)."""
    if any(len(cell) != 1 for cell in cells):
        return None
    return next((i for i, cell in enumerate(cells) if label_text(cell[0].text) in SECTION_LABELS), None)


_SECTION_NAME_MAX = 16  # characters: a longer cell under 栏目 is a row laid out otherwise


# Table cells whose text runs top to bottom (Word's 文字方向 in a cell)
_VERTICAL = frozenset({"tbRl", "btLr", "tbRlV", "tbLrV"})


def _vertical(tcpr: etree._Element | None) -> bool:
    direction = tcpr.find(w("textDirection")) if tcpr is not None else None
    return direction is not None and direction.get(w("val"), "") in _VERTICAL


def _column_labels(cells: list[list[Paragraph]]) -> bool:
    texts = [p.text for cell in cells for p in cell if p.text.strip()]
    return len(texts) > 1 and all(is_column_label(text) for text in texts)


def _dates_labelled(cells: list[list[Paragraph]]) -> bool:
    return any(is_date_label(p.text) for cell in cells for p in cell)


def _filled(cells: list[list[Paragraph]]) -> list[list[Paragraph]]:
    return [cell for cell in ([p for p in cell if p.rich] for cell in cells) if cell]


def _row_paragraphs(cells: list[list[Paragraph]], dated: bool = False, unit_at: int | None = None) -> list[Paragraph]:
    """A table row's text: the paragraphs of its one filled cell; in a row laying the text
    out in columns (a cell holding a section's heading or a dated entry, or several
    paragraphs of running text), each cell's paragraphs in turn; in any other row of a
    layout or data table, its cells' text on one line."""
    filled = _filled(cells)
    if len(filled) <= 1:
        return filled[0] if filled else []
    if (entry := _entry_of_row(filled, dated, unit_at)) is not None:
        return [entry]
    if (closing := labelled_row(filled)) is not None:
        return [closing]
    texts = [p.text.strip() for cell in filled for p in cell]
    structured = any(SECTION_BRACKETS.match(text) or opens_dated_entry(text) for text in texts)
    if structured or (any(len(cell) > 1 for cell in filled) and any(len(text) > _RUNNING_TEXT for text in texts)):
        return [p for cell in filled for p in cell]
    runs: list[Run] = []
    for cell in filled:
        if runs:
            runs.append(Run(_CELL_GAP))
        for index, para in enumerate(cell):
            if index:
                runs.append(Run(_CELL_GAP))
            runs.extend(para.rich)
    return [Paragraph(normalize(runs), table_row=True)]


_RUNNING_TEXT = 40  # characters: a paragraph this long is text, not a table's figure or label
_ENTRY_TEXT_MIN = 8
# a 序号 column's cell, typed (3) or numbered by a Word list (3．, （3）, 三、)
_NUMBER_CELL = re.compile(r"^[（(]?(\d{1,3}|[一二三四五六七八九十]{1,3})[)）]?[.．、]?$")
_UNIT_CELL = re.compile(rf"^[^，。；：、！？,.;:!?\s]{{2,20}}(?:{UNIT_SUFFIXES})$")
_FULLER_NAME = 6  # characters a text's name of its unit may add before the column's (县, 舞阳县)
_PLACE_BEFORE = re.compile(rf"(?:{UNIT_SUFFIXES})$")  # (县｜水利局, not 召开｜县委)
_NAME_CELL = re.compile(r"^[^，。；：、！？,.;:!?\s]{2,20}$")  # a name under a column labelled 单位


def _entry_of_row(cells: list[list[Paragraph]], dated: bool = False, unit_at: int | None = None) -> Paragraph | None:
    """A row of a table that lays entries out in columns, as the entry it holds: 序号 | 单位
    | 日期 | 内容 (the cells in any order) → 1．5月1日，**城关镇**组织开展……; 序号 | 5月3日，
    **县住建局**…… → 1．5月3日，**县住建局**……. None for any other row. The text of an
    entry may run over several paragraphs of its cell (……调度会。/ 会议要求，……): the row
    is still one entry, its paragraphs read as one. ``dated``: the table labels a column
    日期 or 时间, under which a looser date (6.1, 近日) is the entry's too; ``unit_at``: the
    cell under a column labelled 单位, whose name is the unit's without a unit's ending."""
    if sum(len(cell) != 1 for cell in cells) > 1:
        return None
    # (a cell of several paragraphs is the content: it holds no number, date or unit)
    paras = [cell[0] if len(cell) == 1 else Paragraph(normalize([run for p in cell for run in p.rich])) for cell in cells]
    texts = [p.text.strip() if len(cell) == 1 else "" for p, cell in zip(paras, cells)]
    numbers = [i for i, t in enumerate(texts) if _NUMBER_CELL.match(t)]
    dates = [i for i, t in enumerate(texts) if is_month_and_day(t) or (dated and is_valid_entry_date(t))]
    units = [i for i, t in enumerate(texts) if _UNIT_CELL.match(t) and i not in dates]
    if not units and unit_at is not None and unit_at < len(texts) and unit_at not in dates + numbers and _NAME_CELL.match(texts[unit_at]):
        units = [unit_at]
    rest = [i for i in range(len(texts)) if i not in numbers[:1] + dates[:1] + units[:1]]
    if len(rest) != 1 or len(numbers) > 1 or len(dates) > 1 or len(units) > 1:
        return None
    content = paras[rest[0]]
    if dates and "年" in texts[dates[0]] and not (units and _reported(content)):
        # a date with its year is a masthead's (某某局 | 2024年3月5日 | 第7期（总第60期）) unless
        # a unit's cell and a report of what happened stand beside it
        return None
    if len(content.text.strip()) < _ENTRY_TEXT_MIN:
        return None  # a figure, a label, a 期号: no entry's text
    runs: list[Run] = []
    if numbers:
        found = _NUMBER_CELL.match(texts[numbers[0]])
        number = found.group(1) if found else texts[numbers[0]]
        runs.append(Run(number + ("．" if number.isdigit() else "、")))
    # a text pasted whole into the content column says again what its own columns say (日期 |
    # 单位 | 内容: 5月6日 | 城关镇 | 5月6日，城关镇转移……): printed once
    body = content.rich
    if dates and units:
        body, unit = _named_once(texts[units[0]], _after_date(body, texts[dates[0]]))
        runs += [Run(texts[dates[0]] + DATE_SEPARATOR), Run(unit, True)]
    elif dates and not units and _reported(content):
        runs.append(Run(texts[dates[0]] + DATE_SEPARATOR))  # 日期 | 内容: 6月3日 | **县财政局**召开……。
        body = _after_date(body, texts[dates[0]])
    elif units and not dates and (unit_first := _dated_without_unit(content.rich)) is not None:
        # 单位 | 3月1日，召开……: the template prints the unit in a column of its own and the
        # date opening the text; printed as one entry the unit goes after the date, bold
        date, body = unit_first
        body, unit = _named_once(texts[units[0]], body)
        return Paragraph(normalize([*runs, Run(date + DATE_SEPARATOR), Run(unit, True), *body]))
    elif units and not dates and _names_unit(content.rich, texts[units[0]]):
        pass  # 单位 | 5月6日，**城关镇**转移……: the text is the whole entry, its unit in it
    elif dates or units or not numbers or not opens_dated_entry(content.text.strip()):
        return None  # a date with no unit, a unit with no date: a table of figures, not of entries
    return Paragraph(normalize([*runs, *body]))


def _names_unit(rich: RichText, unit: str) -> bool:
    """Whether a text is a whole dated entry whose bold unit is the column's ``unit`` (or
    names it in full or short: 县水利局 and 水利局)."""
    item = Item.from_rich(rich)
    return bool(item.unit) and is_month_and_day(item.date) and (unit in item.unit or item.unit in unit)


def _after_date(rich: RichText, date: str) -> RichText:
    """An entry's text without the date it opens with when that is ``date`` (its column's)."""
    item = Item.from_rich(rich)
    if item.mark or item.date != date:
        return rich
    return normalize([Run(item.unit, True), *item.body]) if item.unit else item.body


def _named_once(unit: str, rich: RichText) -> tuple[RichText, str]:
    """The text without the unit's name it opens with, and the name to print: the text's,
    fuller where the column shortens it (水利局 | 县水利局调度…); the column's when the text
    names none (召开县委常委会…: 召开 is no place before 县委)."""
    opening = plain(rich)
    named = opening.find(unit, 0, len(unit) + _FULLER_NAME)
    if named == 0 or (named > 0 and _PLACE_BEFORE.search(opening[:named]) and _UNIT_CELL.match(opening[:named + len(unit)])):
        unit = opening[:named + len(unit)]
        return replace_range(rich, 0, len(unit), ""), unit
    return rich, unit


def _dated_without_unit(rich: RichText) -> tuple[str, RichText] | None:
    """The month-and-day date opening an entry's text and the text after it, when no unit
    follows the date (a bold name there is the entry's own unit: that cell is no content)."""
    item = Item.from_rich(rich)
    if item.mark or item.unit or not is_month_and_day(item.date) or "年" in item.date or not item.body:
        return None
    return item.date, item.body


def _hinted(rich: RichText, hint: Hint) -> Paragraph:
    """A paragraph with what its style says it is; an entry in our own 条目 style with its
    number, date and unit read as our export printed them."""
    if hint is not Hint.ITEM:
        return Paragraph(rich, hint)
    item = Item.from_rich(rich)
    return Paragraph(item.body, Hint.ITEM, fields=(item.date, item.unit, item.mark))


def _reported(content: Paragraph) -> bool:
    """A cell beside a date that reports what happened: it opens with a bold unit or is told
    in sentences; a figure or a few words beside a date are a table's, not an entry's."""
    runs = [run for run in content.rich if run.text.strip()]
    return bool(runs) and (runs[0].bold or "。" in content.text)


# Elements that only wrap content that prints as if they were not there: custom XML (an OA
# system's tags), an inserted or moved-here revision (accepted, as the reader reads them).
_WRAPPERS = {w("customXml"), w("ins"), w("moveTo")}


def _unwrapped(parent: etree._Element, tag: str):
    """``parent``'s children of kind ``tag`` (a table's rows, a row's cells) with those held
    in content controls (a repeating section's rows, a cell's control), in wrappers or in the
    chosen branch of an alternative; a nested table's rows are its own."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag == w("sdt"):
            content = _sdt_content(child)
            if content is not None:
                yield from _unwrapped(content, tag)
        elif child.tag in _WRAPPERS:
            yield from _unwrapped(child, tag)
        elif child.tag == ALTERNATE and (branch := chosen(child)) is not None:
            yield from _unwrapped(branch, tag)


def _sdt_content(sdt: etree._Element) -> etree._Element | None:
    """A content control's content; None while it shows its placeholder (controls.showing_prompt)."""
    return None if showing_prompt(sdt) else sdt.find(w("sdtContent"))


def _symbol(font: str, char: str) -> str:
    """The character a w:sym prints, or "" when it prints a glyph with no text meaning."""
    try:
        code = int(char, 16)
    except ValueError:
        return ""
    if not 0xF000 <= code <= 0xF0FF:  # a Unicode character of its own
        return chr(code)
    return symbol_char(font, code)


_LATIN_SLOTS = ((w("ascii"), w("asciiTheme")), (w("hAnsi"), w("hAnsiTheme")))


def _symbol_font(fonts: etree._Element) -> str | None:
    """The symbol font (Wingdings, Symbol) a run's w:rFonts sets its Latin text in, if any."""
    for slot, theme in _LATIN_SLOTS:
        if fonts.get(theme) is None and is_symbol_font(name := fonts.get(slot)):
            return name
    return None


@dataclass
class _Field:
    """A field the reader is in: its code so far, and whether its saved result is being read."""

    showing: bool = False
    code: list[str] = field(default_factory=list)
    result: list[str] = field(default_factory=list)  # the saved result's text read so far
    choice: str = ""  # a drop-down form field's chosen entry, which it prints having no result
    contents: bool = False  # a table of contents (TOC), at its result


class _Look(NamedTuple):
    """How a run's text is set: bold, and the font named for its Chinese characters."""

    bold: bool
    font: str | None
    hidden: bool = False  # the paragraph's style hides its text; a run's own setting decides for it
    marked: bool = False  # underlined or in a colour, as some templates set a unit's name apart

    @property
    def heavy(self) -> bool:
        """Set in a 黑体-kind face, which sets text apart as bold does."""
        return self.font is not None and named_kind(self.font) == "hei"


class _Builder:
    """Collects one Word paragraph: lines between breaks, and text boxes met on the way;
    text in a 黑-kind face is bold where it sets words apart (heavy.set_apart)."""

    def __init__(self, boxes_first: bool, in_cell: bool = False):
        self.in_cell = in_cell  # a table's cell, where a date may print in a cell of its own
        self.lines: list[list[Run]] = [[]]
        self.white = False  # white text on a white page was met (and not read)
        self._boxes: list[tuple[float | None, list[Paragraph]]] = []  # (how far down the page, text)
        self._above: list[Paragraph] = []  # the text of boxes moved up above the paragraph
        self.boxes_first = boxes_first
        self._heavy: set[int] = set()  # ids of the runs in lines set in a 黑-kind face
        self._marked: set[int] = set()  # ids of the runs underlined or coloured

    def add(self, text: str, look: _Look) -> None:
        if text:
            run = Run(text, look.bold)
            self.lines[-1].append(run)
            if look.heavy:
                self._heavy.add(id(run))
            if look.marked:
                self._marked.add(id(run))

    def line_break(self) -> None:
        self.lines.append([])

    def box(self, paragraphs: list[Paragraph], down: float | None, *, above: bool = False) -> None:
        """A box met in the paragraph; ``above``: moved up above the paragraph, so read before
        its text even where boxes are read after it (the second half of the body)."""
        if above:
            self._above.extend(paragraphs)
        else:
            self._boxes.append((down, paragraphs))

    @property
    def boxes(self) -> list[Paragraph]:
        """The boxes' text as they print: those moved up above the paragraph first, then the
        others top to bottom when each is placed on the page (a PDF made into Word puts a
        page's boxes in any order, often all in one paragraph), else in the order they come."""
        return self._above + self._others()

    def _others(self) -> list[Paragraph]:
        boxes = self._boxes
        if len(boxes) > 1 and all(down is not None for down, _ in boxes):
            boxes = sorted(boxes, key=lambda box: box[0] or 0.0)
        return [p for _, paragraphs in boxes for p in paragraphs]

    def paragraphs(self, hint: Hint) -> list[Paragraph]:
        lines: list[RichText] = [normalize(line) for line in set_apart(marked_unit(self.lines, self._marked, undated=self.in_cell), self._heavy)]
        own: list[Paragraph] = []
        if any(plain(line).strip() for line in lines):
            pieces = split_lines(lines)
            own = [_hinted(piece, hint) if index == 0 else Paragraph(piece) for index, piece in enumerate(pieces)]
        return self.boxes + own if self.boxes_first else self._above + own + self._others()
