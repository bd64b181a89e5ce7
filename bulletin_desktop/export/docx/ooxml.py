"""Small WordprocessingML helpers on plain lxml elements.

East-Asian fonts (w:eastAsia), the PAGE field, paragraph borders, tab stops, the
document grid and odd/even footers: the writer builds its XML with lxml directly, and
these helpers keep the details of each construct in one place.

Word rejects a file as damaged when the children of w:pPr, w:rPr, w:sectPr or
w:settings are out of schema order, so helpers insert into those containers through
``insert_ordered`` with the order the schema prescribes.
"""
from __future__ import annotations

import re
from typing import Iterable

from lxml import etree

from ..text_runs import shared_runs

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
NSMAP = {"w": W_NS, "r": R_NS}

_PREFIXES = {"w": W_NS, "r": R_NS}


def qn(name: str) -> str:
    """'w:rPr' -> '{namespace}rPr'."""
    prefix, _, local = name.partition(":")
    return f"{{{_PREFIXES[prefix]}}}{local}"


def _attrs(values: dict[str, object]) -> dict[str, str]:
    # Python keywords are the local names of w: attributes; r:id is written "r_id".
    out = {}
    for key, value in values.items():
        if value is None:
            continue
        name = qn("r:id") if key == "r_id" else f"{{{W_NS}}}{key}"
        out[name] = xml_safe(value) if isinstance(value, str) else _number(value)
    return out


def _number(value: object) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def element(tag: str, **attrs: object) -> etree._Element:
    return etree.Element(qn(tag), _attrs(attrs), nsmap=NSMAP)


def sub(parent: etree._Element, tag: str, **attrs: object) -> etree._Element:
    return etree.SubElement(parent, qn(tag), _attrs(attrs))


# ---------------------------------------------------------------------------- units

TWIPS_PER_PT = 20


def pt_to_twips(pt: float) -> int:
    return round(pt * TWIPS_PER_PT)


def pt_to_half_points(pt: float) -> int:
    """w:sz is in half-points."""
    return round(pt * 2)


def pt_to_border_eighths(pt: float) -> int:
    """Border widths (w:sz of a border) are in eighths of a point; Word accepts 2..96."""
    return max(2, min(96, round(pt * 8)))


def mm_to_border_eighths(mm: float) -> int:
    return pt_to_border_eighths(mm * 72 / 25.4)


# ---------------------------------------------------------------------------- schema order

PPR_ORDER = (
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd "
    "tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi "
    "adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection "
    "textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange"
).split()
RPR_ORDER = (
    "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof "
    "snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText "
    "vertAlign rtl cs em lang eastAsianLayout specVanish oMath"
).split()
SECTPR_ORDER = (
    "headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders lnNumType "
    "pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi rtlGutter docGrid printerSettings"
).split()
PBDR_ORDER = "top left bottom right between bar".split()
TBLPR_ORDER = (
    "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc tblCellSpacing "
    "tblInd tblBorders shd tblLayout tblCellMar tblLook"
).split()
TCPR_ORDER = "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign hideMark".split()
TCBORDERS_ORDER = "top start left bottom end right insideH insideV tl2br tr2bl".split()
SETTINGS_ORDER = (
    "writeProtection view zoom removePersonalInformation removeDateAndTime doNotDisplayPageBoundaries "
    "displayBackgroundShape printPostScriptOverText printFractionalCharacterWidth printFormsData "
    "embedTrueTypeFonts embedSystemFonts saveSubsetFonts saveFormsData mirrorMargins alignBordersAndEdges "
    "bordersDoNotSurroundHeader bordersDoNotSurroundFooter gutterAtTop hideSpellingErrors "
    "hideGrammaticalErrors activeWritingStyle proofState formsDesign attachedTemplate linkStyles "
    "stylePaneFormatFilter stylePaneSortMethod documentType mailMerge revisionView trackRevisions "
    "doNotTrackMoves doNotTrackFormatting documentProtection autoFormatOverride styleLockTheme "
    "styleLockQFSet defaultTabStop autoHyphenation consecutiveHyphenLimit hyphenationZone "
    "doNotHyphenateCaps showEnvelope summaryLength clickAndTypeStyle defaultTableStyle evenAndOddHeaders "
    "bookFoldRevPrinting bookFoldPrinting bookFoldPrintingSheets drawingGridHorizontalSpacing "
    "drawingGridVerticalSpacing displayHorizontalDrawingGridEvery displayVerticalDrawingGridEvery "
    "doNotUseMarginsForDrawingGridOrigin drawingGridHorizontalOrigin drawingGridVerticalOrigin "
    "doNotShadeFormData noPunctuationKerning characterSpacingControl printTwoOnOne strictFirstAndLastChars "
    "noLineBreaksAfter noLineBreaksBefore savePreviewPicture doNotValidateAgainstSchema saveInvalidXml "
    "ignoreMixedContent alwaysShowPlaceholderText doNotDemarcateInvalidXml saveXmlDataOnly "
    "useXSLTWhenSaving saveThroughXslt showXMLTags alwaysMergeEmptyNamespace updateFields hdrShapeDefaults "
    "footnotePr endnotePr compat docVars rsids mathPr attachedSchema themeFontLang clrSchemeMapping "
    "doNotIncludeSubdocsInStats doNotAutoCompressPictures forceUpgrade captions readModeInkLockDown "
    "smartTagType schemaLibrary shapeDefaults doNotEmbedSmartTags decimalSymbol listSeparator"
).split()

_ORDERS = {
    qn("w:pPr"): PPR_ORDER,
    qn("w:rPr"): RPR_ORDER,
    qn("w:sectPr"): SECTPR_ORDER,
    qn("w:pBdr"): PBDR_ORDER,
    qn("w:settings"): SETTINGS_ORDER,
    qn("w:tblPr"): TBLPR_ORDER,
    qn("w:tcPr"): TCPR_ORDER,
    qn("w:tcBorders"): TCBORDERS_ORDER,
}


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def insert_ordered(parent: etree._Element, child: etree._Element, order: list[str] | None = None,
                   *, replace: bool = True) -> etree._Element:
    """Put ``child`` where the schema wants it among ``parent``'s children; an existing
    child of the same name is replaced unless ``replace`` is false (repeatable
    elements such as w:footerReference)."""
    order = order or _ORDERS[parent.tag]
    name = _local(child.tag)
    rank = order.index(name)
    if replace:
        for old in parent.findall(child.tag):
            parent.remove(old)
    for index, existing in enumerate(parent):
        other = _local(existing.tag)
        if other in order and order.index(other) > rank:
            parent.insert(index, child)
            return child
    parent.append(child)
    return child


def ensure(parent: etree._Element, tag: str) -> etree._Element:
    """The existing child ``tag`` of ``parent``, or a new one put in schema order."""
    found = parent.find(qn(tag))
    if found is not None:
        return found
    return insert_ordered(parent, element(tag))


def properties(container: etree._Element, tag: str) -> etree._Element:
    """w:pPr of a w:p (or w:rPr of a w:r), created first in line when missing."""
    found = container.find(qn(tag))
    if found is None:
        found = element(tag)
        container.insert(0, found)
    return found


def is_in_schema_order(parent: etree._Element) -> bool:
    order = _ORDERS[parent.tag]
    ranks = [order.index(_local(c.tag)) for c in parent if _local(c.tag) in order]
    return ranks == sorted(ranks)


# ---------------------------------------------------------------------------- text

# XML 1.0 forbids C0 controls other than tab/newline/carriage return, lone surrogates
# and U+FFFE/U+FFFF; lxml refuses them outright, Word would call the file damaged.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BREAKS = re.compile(r"(\t|\r\n|\r|\n)")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot carry."""
    return _XML_FORBIDDEN.sub("", text)


def set_fonts(rpr: etree._Element, east_asia: str, latin: str | None = None, *,
              hint_east_asia: bool = True) -> etree._Element:
    """w:rFonts with the East-Asian slot set and the Latin slots set to ``latin`` (or
    the same name). The eastAsia hint makes Word set quotation marks, dashes and
    ellipses, which Unicode shares between scripts, in the Chinese face at full width."""
    latin = latin or east_asia
    fonts = element("w:rFonts", ascii=latin, hAnsi=latin, eastAsia=east_asia, cs=latin,
                    hint="eastAsia" if hint_east_asia else None)
    return insert_ordered(rpr, fonts)


def add_text(run: etree._Element, text: str) -> None:
    """Append ``text`` to a w:r: w:t pieces, a w:tab per tab, a w:br per line break;
    characters XML cannot carry are dropped."""
    for piece in _BREAKS.split(xml_safe(text)):
        if not piece:
            continue
        if piece == "\t":
            sub(run, "w:tab")
        elif piece in ("\n", "\r", "\r\n"):
            sub(run, "w:br")
        else:
            t = sub(run, "w:t")
            t.text = piece
            if piece[0].isspace() or piece[-1].isspace():
                t.set(XML_SPACE, "preserve")


def add_run(paragraph: etree._Element, text: str, *, east_asia: str, latin: str | None = None,
            bold: bool = False, size_pt: float | None = None, color: str | None = None,
            style: str | None = None) -> etree._Element:
    """A run carrying its fonts explicitly, so text copied into another document or
    opened where our styles were changed keeps the faces the layout needs. Characters
    shared between scripts (quotation marks, dashes, ◆) go in runs of their own naming
    the East-Asian face in every slot (``text_runs.shared_runs``: else LibreOffice sets a
    ” after a digit in the Latin face). Returns the last run written."""
    run = None
    for piece, piece_latin in _face_pieces(text, east_asia, latin):
        run = sub(paragraph, "w:r")
        rpr = sub(run, "w:rPr")
        if style:
            sub(rpr, "w:rStyle", val=style)
        set_fonts(rpr, east_asia, piece_latin)
        if bold:
            sub(rpr, "w:b")
            sub(rpr, "w:bCs")
        if color:
            sub(rpr, "w:color", val=color)
        if size_pt is not None:
            half = pt_to_half_points(size_pt)
            sub(rpr, "w:sz", val=half)
            sub(rpr, "w:szCs", val=half)
        add_text(run, piece)
    assert run is not None
    return run


def _face_pieces(text: str, east_asia: str, latin: str | None) -> list[tuple[str, str | None]]:
    """``text`` cut where the characters shared between scripts start and end: (piece,
    the face of its Latin slots), the East-Asian face for the shared characters."""
    shared = shared_runs(text) if latin not in (None, east_asia) else []
    if not shared:
        return [(text, latin)]
    pieces: list[tuple[str, str | None]] = []
    at = 0
    for start, end in shared:
        if start > at:
            pieces.append((text[at:start], latin))
        pieces.append((text[start:end], east_asia))
        at = end
    if at < len(text):
        pieces.append((text[at:], latin))
    return pieces


# ---------------------------------------------------------------------------- fields

def add_field(paragraph: etree._Element, instruction: str, cached: str, rpr: etree._Element | None = None) -> None:
    """A complex field (begin / instruction / separate / result / end). ``cached`` is
    what shows before the application updates the field; every run gets a copy of
    ``rpr`` so the number is set in the same face as the text around it."""
    def run() -> etree._Element:
        r = sub(paragraph, "w:r")
        if rpr is not None:
            r.append(_copy(rpr))
        return r

    sub(run(), "w:fldChar", fldCharType="begin")
    instr = sub(run(), "w:instrText")
    instr.text = f" {instruction} "
    instr.set(XML_SPACE, "preserve")
    sub(run(), "w:fldChar", fldCharType="separate")
    sub(run(), "w:t").text = cached
    sub(run(), "w:fldChar", fldCharType="end")


def add_page_field(paragraph: etree._Element, rpr: etree._Element | None = None, cached: str = "1") -> None:
    add_field(paragraph, "PAGE", cached, rpr)


def _copy(el: etree._Element) -> etree._Element:
    return etree.fromstring(etree.tostring(el))


def run_properties(east_asia: str, latin: str | None = None, *, size_pt: float | None = None) -> etree._Element:
    rpr = element("w:rPr")
    set_fonts(rpr, east_asia, latin)
    if size_pt is not None:
        sub(rpr, "w:sz", val=pt_to_half_points(size_pt))
        sub(rpr, "w:szCs", val=pt_to_half_points(size_pt))
    return rpr


# ---------------------------------------------------------------------------- paragraphs

def set_border(ppr: etree._Element, side: str, *, width_pt: float, color: str = "auto",
               space_pt: int = 0, style: str = "single") -> etree._Element:
    """A paragraph border on ``side`` (top, bottom, between …). ``space_pt`` is the gap
    between text and rule; Word allows 0..31 points."""
    bdr = ensure(ppr, "w:pBdr")
    border = element(f"w:{side}", val=style, sz=pt_to_border_eighths(width_pt),
                     space=max(0, min(31, int(space_pt))), color=color)
    return insert_ordered(bdr, border)


def set_tab(ppr: etree._Element, position_twips: int, align: str = "right") -> etree._Element:
    tabs = ensure(ppr, "w:tabs")
    tab = sub(tabs, "w:tab", val=align, pos=position_twips)
    # keep tab stops sorted by position, as Word writes them
    ordered = sorted(tabs, key=lambda t: int(t.get(qn("w:pos"))))
    for t in ordered:
        tabs.append(t)
    return tab


def set_spacing(ppr: etree._Element, *, line_twips: int | None = None, rule: str = "exact",
                before: int | None = None, after: int | None = None) -> etree._Element:
    spacing = element("w:spacing", before=before, after=after,
                      line=line_twips, lineRule=rule if line_twips is not None else None)
    return insert_ordered(ppr, spacing)


def set_indent(ppr: etree._Element, *, left: int | None = None, right: int | None = None,
               first_line: int | None = None, hanging: int | None = None,
               first_line_chars: int | None = None, left_chars: int | None = None,
               right_chars: int | None = None, hanging_chars: int | None = None) -> etree._Element:
    """w:ind. The *_chars values are hundredths of a character (200 = two characters):
    Word and WPS use them; the twips values are the fallback for readers that do not."""
    ind = element("w:ind", left=left, leftChars=left_chars, right=right, rightChars=right_chars,
                  hanging=hanging, hangingChars=hanging_chars, firstLine=first_line,
                  firstLineChars=first_line_chars)
    return insert_ordered(ppr, ind)


# ---------------------------------------------------------------------------- tables

def add_table(parent: etree._Element, column_widths: list[int], *, cell_margin: int | None = None) -> etree._Element:
    """A w:tbl with a fixed layout and the given column widths (twips)."""
    tbl = sub(parent, "w:tbl")
    tblpr = sub(tbl, "w:tblPr")
    insert_ordered(tblpr, element("w:tblW", w=sum(column_widths), type="dxa"))
    insert_ordered(tblpr, element("w:tblLayout", type="fixed"))
    if cell_margin is not None:
        margins = insert_ordered(tblpr, element("w:tblCellMar"))
        for side in ("top", "left", "bottom", "right"):
            sub(margins, f"w:{side}", w=cell_margin, type="dxa")
    grid = sub(tbl, "w:tblGrid")
    for width in column_widths:
        sub(grid, "w:gridCol", w=width)
    return tbl


def float_table(tbl: etree._Element, *, x_twips: int, y_spec: str = "bottom") -> etree._Element:
    """Let the table float: horizontally at ``x_twips`` from the page edge, vertically
    aligned to ``y_spec`` (top/center/bottom) of the type area, never overlapping text.

    Anchoring horizontally to the page (not the margin) matters: LibreOffice up to 7.5
    keeps a table as wide as the type area inline unless it is positioned relative to
    the page edge."""
    tblpr = tbl.find(qn("w:tblPr"))
    insert_ordered(tblpr, element("w:tblpPr", leftFromText=0, rightFromText=0, topFromText=0, bottomFromText=0,
                                  vertAnchor="margin", horzAnchor="page", tblpX=x_twips, tblpYSpec=y_spec))
    insert_ordered(tblpr, element("w:tblOverlap", val="never"))
    return tbl


def add_row_cell(tbl: etree._Element, width: int) -> etree._Element:
    """A new row with one cell; returns the w:tc (holding its w:tcPr)."""
    tc = sub(sub(tbl, "w:tr"), "w:tc")
    insert_ordered(sub(tc, "w:tcPr"), element("w:tcW", w=width, type="dxa"))
    return tc


def set_cell_border(tc: etree._Element, side: str, *, width_pt: float, color: str = "auto",
                    style: str = "single") -> etree._Element:
    tcpr = properties(tc, "w:tcPr")
    borders = ensure(tcpr, "w:tcBorders")
    border = element(f"w:{side}", val=style, sz=pt_to_border_eighths(width_pt), space=0, color=color)
    return insert_ordered(borders, border)


# ---------------------------------------------------------------------------- section and settings

def set_document_grid(sectpr: etree._Element, line_pitch_twips: int, *, grid_type: str = "lines",
                      char_space: int | None = None) -> etree._Element:
    """w:docGrid. A ``lines`` grid (no character grid) is the one both Word and
    LibreOffice honour; characters per line come from the character spacing instead."""
    grid = element("w:docGrid", type=grid_type, linePitch=line_pitch_twips, charSpace=char_space)
    return insert_ordered(sectpr, grid)


def set_footer_reference(sectpr: etree._Element, kind: str, rel_id: str) -> etree._Element:
    """kind: 'default' (odd pages once even/odd footers are on), 'even' or 'first'."""
    for old in sectpr.findall(qn("w:footerReference")):
        if old.get(qn("w:type")) == kind:
            sectpr.remove(old)
    return insert_ordered(sectpr, element("w:footerReference", type=kind, r_id=rel_id), replace=False)


def enable_even_and_odd_footers(settings: etree._Element, enabled: bool = True) -> None:
    """w:evenAndOddHeaders in settings.xml: pages then use the 'even' footer on even pages."""
    for old in settings.findall(qn("w:evenAndOddHeaders")):
        settings.remove(old)
    if enabled:
        insert_ordered(settings, element("w:evenAndOddHeaders"))


def section_properties(*, page_w: int, page_h: int, top: int, right: int, bottom: int, left: int,
                       header: int, footer: int, line_pitch: int,
                       footers: Iterable[tuple[str, str]] = ()) -> etree._Element:
    sectpr = element("w:sectPr")
    for kind, rel_id in footers:
        set_footer_reference(sectpr, kind, rel_id)
    sub(sectpr, "w:pgSz", w=page_w, h=page_h)
    sub(sectpr, "w:pgMar", top=top, right=right, bottom=bottom, left=left, header=header, footer=footer,
        gutter=0)
    sub(sectpr, "w:cols", space=425)
    set_document_grid(sectpr, line_pitch)
    return sectpr
