"""The Word writer: the issue's blocks (``export.blocks.layout_issue``) as a .docx.

The package is the template's parts plus a body built here with lxml; every number
comes from LayoutOptions. Output is deterministic: the same issue and options give the
same bytes, so golden files and archive comparisons stay stable.
"""
from __future__ import annotations

import os
from typing import Callable

from lxml import etree

from ...core.model import Issue
from ...core.safe_write import write_atomically
from ..block_styles import block_styles
from ..blocks import Block, BlockKind, FontRole, Span, layout_issue
from ..layout_options import LayoutOptions
from . import styles as st
from .geometry import Geometry, geometry
from .ooxml import (
    NSMAP, W_NS, add_row_cell, add_run, add_table, add_text, element, float_table, insert_ordered,
    pt_to_border_eighths, pt_to_twips, set_border, set_cell_border, set_indent, set_spacing, sub,
)
from .template import CORE, DOCUMENT, core_properties_xml, pack, section, template_parts


def write_docx(issue: Issue, path: str | os.PathLike, options: LayoutOptions = LayoutOptions()) -> None:
    """Write ``issue`` as a .docx at ``path``, atomically: a failure (read-only folder,
    file open in Word, full disk) raises ``WriteError`` and leaves any old file as it was."""
    data = docx_bytes(issue, options)
    write_atomically(path, lambda handle: handle.write(data))


def docx_bytes(issue: Issue, options: LayoutOptions = LayoutOptions()) -> bytes:
    parts = template_parts(options)
    parts[DOCUMENT] = document_xml(issue, options)
    parts[CORE] = core_properties_xml(
        title=f"{issue.series} {issue.number_line()}",
        subject=issue.series,
        creator=issue.office,
        date_iso=f"{issue.date.isoformat()}T00:00:00Z",
    )
    return pack(parts)


def document_xml(issue: Issue, options: LayoutOptions = LayoutOptions()) -> bytes:
    root = etree.Element(f"{{{W_NS}}}document", nsmap=NSMAP)
    body = sub(root, "w:body")
    write_issue_body(body, issue, options)
    body.append(section(options))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def write_issue_body(body: etree._Element, issue: Issue, options: LayoutOptions) -> etree._Element | None:
    """Append ``issue``'s paragraphs (and its closing table) to ``body``; returns the last
    paragraph written, where a compilation ends the issue's section."""
    writer = _BodyWriter(body, options)
    writer.write(layout_issue(issue, options))
    return writer.last


class _BodyWriter:
    def __init__(self, body: etree._Element, options: LayoutOptions):
        self.body = body
        self.options = options
        self.g: Geometry = geometry(options)
        self.styles = block_styles(options)
        self.last: etree._Element | None = None
        # Blocks with more than text and a paragraph style; the rest are plain paragraphs.
        self.handlers: dict[BlockKind, Callable[[Block], None]] = {
            BlockKind.MASTHEAD: self.masthead,
            BlockKind.OFFICE_DATE: self.office_date,
            BlockKind.RED_RULE: self.red_rule,
        }

    def write(self, blocks: list[Block]) -> None:
        closing = [b for b in blocks if b.kind in _CLOSING]
        for block in blocks:
            style = st.style_of(block.kind)  # fails loudly for a kind without a style
            if block.kind in _CLOSING:
                continue
            handler = self.handlers.get(block.kind)
            if handler is not None:
                handler(block)
            else:
                self.plain(block, style)
        if closing:
            self.closing(closing)

    # -- paragraphs

    def paragraph(self, style: str) -> etree._Element:
        p = sub(self.body, "w:p")
        sub(sub(p, "w:pPr"), "w:pStyle", val=style)
        self.last = p
        return p

    def spans(self, p: etree._Element, spans: tuple[Span, ...], *, run_in_styles: bool = True) -> None:
        latin = self.styles.latin_face
        for span in spans:
            style = _RUN_IN_STYLES.get(span.role) if run_in_styles else None
            add_run(p, span.text, east_asia=self.styles.face(span.role), latin=latin, bold=span.bold, style=style)

    def plain(self, block: Block, style: str) -> None:
        # A section heading takes its face from its paragraph style; run-in heading
        # character styles are for headings inside a paragraph.
        self.spans(self.paragraph(style), block.spans, run_in_styles=style != st.SECTION_HEADING)

    def masthead(self, block: Block) -> None:
        p = self.paragraph(st.MASTHEAD)
        style = self.styles.for_block(block)
        # The size follows the name's length: a whole number of grid lines, fixed, so the
        # masthead is as tall in every application whatever the face's own line height.
        ppr = p.find(f"{{{W_NS}}}pPr")
        set_spacing(ppr, line_twips=style.grid_lines * self.g.line_pitch, rule="exact")
        if style.side_indent_chars:  # a name of two lines or more: lines of equal length
            side = pt_to_twips(style.side_indent_pt)
            set_indent(ppr, left=side, right=side, first_line=0)
        add_run(p, block.text, east_asia=self.styles.face(style.role), latin=self.styles.latin_face,
                size_pt=style.size_pt, color=style.color)

    def office_date(self, block: Block) -> None:
        p = self.paragraph(st.OFFICE_DATE)
        face = self.styles.face(self.styles[block.kind].role)
        add_run(p, block.left, east_asia=face, latin=self.styles.latin_face)
        # the date in a run of its own: the office's last run may be one of shared characters
        run = add_run(p, "", east_asia=face, latin=self.styles.latin_face)
        if not self.styles.office_and_date_share_a_line(block):
            sub(run, "w:br")
        sub(run, "w:tab")
        add_text(run, block.right)

    def red_rule(self, block: Block) -> None:
        # The rule is the bottom border of the office/date line, so it stays with it.
        o = self.options
        p = self.last if self.last is not None else self.paragraph(st.OFFICE_DATE)
        ppr = p.find(f"{{{W_NS}}}pPr")
        space_pt = max(0, round(self.styles.red_rule_offset_pt - o.red_rule_pt / 2))
        set_border(ppr, "bottom", width_pt=o.red_rule_pt, color=o.red, space_pt=space_pt)
        # Space after the rule makes the rule's space, the rule and this up to one grid line,
        # the line the preview gives it: else the body after it runs off the page's grid.
        rule_twips = pt_to_border_eighths(o.red_rule_pt) * 20 // 8
        set_spacing(ppr, after=max(0, self.g.line_pitch - 20 * space_pt - rule_twips))

    # -- closing block, floating at the bottom of the last page

    def closing(self, blocks: list[Block]) -> None:
        """Sign-off and distribution lines in a one-column table that floats to the foot of
        the type area. It is anchored to the paragraph after it, the last of the document,
        so it lands at the bottom of the last page (or of a page of its own when the last
        page has no room), and body text never runs under it."""
        g = self.g
        body_face, latin = self.styles.face(FontRole.BODY), self.styles.latin_face
        tbl = add_table(self.body, [g.type_width], cell_margin=0)
        float_table(tbl, x_twips=g.left)
        outer, inner = self.styles.closing_rules_pt
        rows: list[tuple[etree._Element, Block, float]] = []  # each row's paragraph and its rules' width, pt
        for block in blocks:
            if block.kind is BlockKind.SIGNOFF:
                p = self.cell_paragraph(tbl, st.SIGNOFF)
                self.closing_indent(p, block)
                for span in block.spans:
                    add_run(p, span.text, east_asia=self.styles.face(span.role), latin=latin, bold=span.bold)
                rows.append((p, block, 0.0))
                continue
            for index, (head, text) in enumerate(block.lines):
                p = self.cell_paragraph(tbl, st.DISTRIBUTION)
                tc = p.getparent()
                rules = [outer if index == 0 else inner]
                if index == len(block.lines) - 1 and not block.note:
                    rules.append(outer)
                self.cell_rules(tc, rules)
                self.closing_indent(p, block, len(head))
                add_run(p, head + text, east_asia=body_face, latin=latin)
                rows.append((p, block, sum(rules)))
            if block.note:
                p = self.cell_paragraph(tbl, st.DISTRIBUTION)
                rules = [inner if block.lines else outer, outer]
                self.cell_rules(p.getparent(), rules)
                self.closing_indent(p, block)
                insert_ordered(p.find(f"{{{W_NS}}}pPr"), element("w:jc", val=self.styles.print_note.align.value))
                add_run(p, block.note, east_asia=body_face, latin=latin)
                rows.append((p, block, sum(rules)))
        self.fit_closing_rows(rows)
        # The anchor: a hairline paragraph, so a full last page does not spill a blank one.
        anchor = self.paragraph(st.CLOSING_ANCHOR)
        anchor.find(f"{{{W_NS}}}pPr").append(_rpr_size(1))

    def cell_rules(self, tc: etree._Element, widths_pt: list[float]) -> None:
        """The rules of a row of the closing table: above it, and below it too when given."""
        for side, width in zip(("top", "bottom"), widths_pt):
            set_cell_border(tc, side, width_pt=width)

    def fit_closing_rows(self, rows: list[tuple[etree._Element, Block, float]]) -> None:
        """Each row's lines at the exact height the shared style table gives a row with its
        rules (BlockStyles.closing_line_pt), so the table is no taller than its grid lines
        and the preview sets every closing line where this file prints it."""
        for index, (p, block, rules_pt) in enumerate(rows):
            line_pt = self.styles.closing_line_pt(self.styles[block.kind].grid_lines, rules_pt, first=index == 0)
            set_spacing(p.find(f"{{{W_NS}}}pPr"), line_twips=pt_to_twips(line_pt), rule="exact")

    def cell_paragraph(self, tbl: etree._Element, style: str) -> etree._Element:
        tc = add_row_cell(tbl, self.g.type_width)
        p = sub(tc, "w:p")
        sub(sub(p, "w:pPr"), "w:pStyle", val=style)
        return p

    def closing_indent(self, p: etree._Element, block: Block, label_chars: int = 0) -> None:
        """The style's inset from each side; continuation lines of a distribution list
        align after its label (a hanging indent)."""
        style = self.styles[block.kind]
        side = pt_to_twips(style.side_indent_pt)
        hanging = label_chars * pt_to_twips(style.char_pt)
        set_indent(p.find(f"{{{W_NS}}}pPr"), left=side + hanging, right=side,
                   hanging=hanging if hanging else None, first_line=None if hanging else 0)


_CLOSING = (BlockKind.SIGNOFF, BlockKind.DISTRIBUTION)
_RUN_IN_STYLES = {FontRole.HEADING: st.RUN_IN_HEADING, FontRole.KAI: st.RUN_IN_SUBHEADING}


def _rpr_size(pt: float) -> etree._Element:
    """Paragraph-mark properties: the mark of a hairline paragraph must be tiny too."""
    rpr = element("w:rPr")
    sub(rpr, "w:sz", val=round(pt * 2))
    sub(rpr, "w:szCs", val=round(pt * 2))
    return rpr
