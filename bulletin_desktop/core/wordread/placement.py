"""Where shapes, text boxes and frames print on the page, and which page a block of the
body starts on: what the reader needs to read text placed on the page (a WPS masthead
anchored anywhere, a closing block in a frame at the foot) where it prints."""
from __future__ import annotations

import re
from typing import NamedTuple

from lxml import etree

from .ns import V, WP, WPS, A, on, w, whole_number


def as_printed(boxes: list[etree._Element]) -> list[etree._Element]:
    """The text boxes of one drawing top to bottom, left to right, as they print: a group of
    boxes (a masthead drawn as one shape) keeps them in the order they were drawn, which may
    be any. Boxes whose place is not given stay in their order."""
    placed = [(place, box) for box in boxes if (place := _place_of(box)) is not None]
    if len(boxes) < 2 or len(placed) < len(boxes):
        return boxes
    return [box for _, box in sorted(placed, key=lambda pair: pair[0])]


def _place_of(box: etree._Element) -> tuple[int, int] | None:
    """Where the shape holding ``box`` sits within its group (y, x): a DrawingML shape's
    offset, or a VML shape's top and left in its group's coordinates (a WPS or Word 2007
    masthead drawn as a v:group)."""
    for shape in box.iterancestors(f"{{{WPS}}}wsp", f"{{{V}}}shape", f"{{{V}}}rect", f"{{{V}}}roundrect"):
        if shape.tag != f"{{{WPS}}}wsp":
            style = vml_style(shape)
            top, left = _vml_emu(style.get("top")), _vml_emu(style.get("left", "0"))
            return None if top is None or left is None else (top, left)
        offset = shape.find(f"{{{WPS}}}spPr/{{{A}}}xfrm/{{{A}}}off")
        if offset is None:
            return None
        down, across = whole_number(offset.get("y", "0")), whole_number(offset.get("x", "0"))
        return None if down is None or across is None else (down, across)
    return None


def vml_style(shape: etree._Element) -> dict[str, str]:
    """A VML shape's CSS-like style attribute as its properties."""
    return {key.strip().lower(): value.strip() for key, _, value in
            (part.partition(":") for part in (shape.get("style") or "").split(";"))}


TOP, FOOT = 1 / 3, 2 / 3  # a box whose middle is above or below these parts of the page prints at its top or foot
_EMU_PER_TWIP = 635


class Page(NamedTuple):
    """A page's height and its top margin, in EMU (A4 and Word's margins when not given)."""

    height: int = 16838 * _EMU_PER_TWIP
    top_margin: int = 1440 * _EMU_PER_TWIP

    @classmethod
    def of(cls, section: etree._Element | None) -> "Page":
        size = section.find(w("pgSz")) if section is not None else None
        margins = section.find(w("pgMar")) if section is not None else None
        default = cls()
        return cls(_twips(size, "h", default.height), _twips(margins, "top", default.top_margin))


def _twips(element: etree._Element | None, name: str, default: int) -> int:
    value = whole_number(element.get(w(name))) if element is not None else None
    return default if value is None else abs(value) * _EMU_PER_TWIP


def down_the_page(graphic: etree._Element, page: Page) -> float | None:
    """How far down the page a floating shape prints (0 its top, 1 its foot; its middle),
    when it is placed on the page or within its margins; None when it is placed by its
    paragraph or line, or inline."""
    anchor = graphic.find(f"{{{WP}}}anchor")
    if anchor is not None:
        position = anchor.find(f"{{{WP}}}positionV")
        if position is None:
            return None
        extent = anchor.find(f"{{{WP}}}extent")
        offset, align = position.find(f"{{{WP}}}posOffset"), position.find(f"{{{WP}}}align")
        return _placed(position.get("relativeFrom", ""), whole_number(offset.text if offset is not None else None),
                       whole_number(extent.get("cy") if extent is not None else None) or 0,
                       (align.text or "").strip() if align is not None else "", page)
    shape = next((child for child in graphic if child.get("style") and child.tag != f"{{{V}}}shapetype"), None)
    if shape is None:
        return None
    style = vml_style(shape)
    if style.get("position") != "absolute":
        return None
    relative = {"page": "page", "margin": "margin", "top-margin-area": "topMargin",
                "bottom-margin-area": "bottomMargin"}.get(style.get("mso-position-vertical-relative", "text"), "")
    offset = _vml_emu(style.get("top")) or _vml_emu(style.get("margin-top"))
    return _placed(relative, offset, _vml_emu(style.get("height")) or 0, style.get("mso-position-vertical", ""), page)


def above_its_paragraph(graphic: etree._Element) -> bool:
    """Whether a shape placed by its paragraph is moved up above it (a negative offset from
    the paragraph or its line: a box dragged up over the lines before its anchor, as
    templates place a closing block's line or a masthead's box): it prints before the
    paragraph's text, wherever the paragraph comes."""
    anchor = graphic.find(f"{{{WP}}}anchor")
    if anchor is not None:
        position = anchor.find(f"{{{WP}}}positionV")
        offset = position.find(f"{{{WP}}}posOffset") if position is not None else None
        if offset is None or position.get("relativeFrom", "") not in ("paragraph", "line"):
            return False
        down = whole_number((offset.text or "").strip())
        return down is not None and down < 0
    shape = next((child for child in graphic if child.get("style") and child.tag != f"{{{V}}}shapetype"), None)
    if shape is None:
        return False
    style = vml_style(shape)
    if style.get("position") != "absolute" or style.get("mso-position-vertical-relative", "text") not in ("text", "line"):
        return False
    down = _vml_emu(style.get("margin-top") or style.get("top"))
    return down is not None and down < 0


def frame_place(frame: etree._Element | None, page: Page) -> tuple[float, int] | None:
    """How far down the page a frame (w:framePr: LibreOffice's frames, a PDF converter's
    positioned lines) prints, and how far across (twips), when it is placed on the page or
    its margins; None for a frame placed by its paragraph, a drop cap, or no frame."""
    if frame is None or frame.get(w("dropCap"), "none") != "none":
        return None
    relative = {"page": "page", "margin": "margin"}.get(frame.get(w("vAnchor"), ""), "")
    y = whole_number(frame.get(w("y")))
    down = _placed(relative, None if y is None else y * _EMU_PER_TWIP,
                   (whole_number(frame.get(w("h"))) or 0) * _EMU_PER_TWIP, frame.get(w("yAlign"), ""), page)
    return None if down is None else (down, whole_number(frame.get(w("x"))) or 0)


def _placed(relative: str, offset: int | None, height: int, align: str, page: Page) -> float | None:
    if relative == "topMargin":
        return 0.0
    if relative == "bottomMargin":
        return 1.0
    if relative not in ("page", "margin"):
        return None  # paragraph, line, column, character: where its paragraph prints
    if align in ("top", "bottom"):
        return 0.0 if align == "top" else 1.0
    if offset is None or page.height <= 0:
        return None
    return min(max((offset + height / 2 + (page.top_margin if relative == "margin" else 0)) / page.height, 0.0), 1.0)


_VML_UNITS = {"pt": 12700, "in": 914400, "cm": 360000, "mm": 36000, "px": 9525, "pc": 152400, "emu": 1}


def _vml_emu(length: str | None) -> int | None:
    """A VML length (72pt, 2.5cm, 1in; a bare number is pixels) in EMU."""
    found = re.match(r"^\s*(-?[\d.]+)\s*([a-z]*)\s*$", length or "")
    if found is None or found.group(2) not in _VML_UNITS and found.group(2):
        return None
    try:
        return round(float(found.group(1)) * _VML_UNITS[found.group(2) or "px"])
    except (ValueError, OverflowError):  # "1.2.3"; a length of hundreds of digits is infinite
        return None


def pages_of(blocks: list[etree._Element], final: etree._Element | None) -> list[int]:
    """The page each block of the body starts on, by the breaks the file records: Word's
    record of where its pages broke when it last laid them out, page breaks, and section
    breaks that start a new page. ``final``: the last section's properties (the body's own)."""
    sections = [section for block in blocks for section in block.iter(w("sectPr"))] + [final]
    pages: list[int] = []
    page = 0
    ended = 0  # sections ended so far
    for block in blocks:
        text_before = opens_page = False
        later = 0  # pages begun inside the block, after its first text
        for element in block.iter(w("t"), w("br"), w("lastRenderedPageBreak"), w("pageBreakBefore"), w("sectPr")):
            tag = element.tag
            if tag == w("t"):
                text_before = text_before or bool(element.text)
            elif tag == w("sectPr"):
                ended += 1
                if element.getparent().tag == w("pPr") and _starts_page(sections[ended] if ended < len(sections) else None):
                    later += 1
            elif tag == w("pageBreakBefore") and not on(element):
                continue
            elif tag == w("br") and element.get(w("type")) != "page":
                continue
            elif text_before:
                later += 1
            else:
                opens_page = True
        if opens_page and pages:
            page += 1
        pages.append(page)
        page += later
    return pages


def _starts_page(section: etree._Element | None) -> bool:
    """Whether a section starts on a new page (its break is not continuous)."""
    kind = section.find(w("type")) if section is not None else None
    return kind is None or kind.get(w("val"), "nextPage") not in ("continuous", "nextColumn")


class FrameBox(NamedTuple):
    """Where a frame placed on the page prints, in twips: its top, its left edge, its width."""

    top: int
    left: int
    width: int


def table_place(table: etree._Element, page: Page) -> float | None:
    """How far down the page a floating table prints (w:tblpPr: a table dragged to a place
    on the page, as WPS and Word templates hold a masthead or a closing block), by its top,
    when it is placed on the page or its margins; None for a table in the text's flow."""
    floating = table.find(f"{w('tblPr')}/{w('tblpPr')}")
    if floating is None:
        return None
    relative = {"page": "page", "margin": "margin"}.get(floating.get(w("vertAnchor"), ""), "")
    y = whole_number(floating.get(w("tblpY")))
    return _placed(relative, None if y is None else y * _EMU_PER_TWIP, 0, floating.get(w("tblpYSpec"), ""), page)


def frame_box(frame: etree._Element | None) -> FrameBox | None:
    """The box of a frame placed on the page or its margins at a given height (None for any
    other frame), to tell the frames printed side by side on one line."""
    if frame is None or frame.get(w("dropCap"), "none") != "none" or frame.get(w("vAnchor")) not in ("page", "margin"):
        return None
    top, left = whole_number(frame.get(w("y"))), whole_number(frame.get(w("x")))
    if top is None or left is None:
        return None
    return FrameBox(top, left, whole_number(frame.get(w("w"))) or 0)


_SAME_LINE = 120  # twips (about 2 mm): frames whose tops are this close print on one line
_TOUCHING = 160  # twips (half a character): a gap this narrow between frames is no space


def side_by_side(left: FrameBox, right: FrameBox) -> str | None:
    """What separates two frames printed on one line, left then right: nothing when they
    touch (a PDF converter's spans of one line, the bold unit in a frame of its own), two
    full-width spaces across a gap (an office and its date); None when they are not on one
    line, or the right one does not start after the left one ends (one frame's paragraphs,
    which share its place)."""
    if abs(left.top - right.top) > _SAME_LINE or left.width <= 0 or right.left < left.left + left.width - _TOUCHING:
        return None
    return "" if right.left - (left.left + left.width) <= _TOUCHING else "\u3000\u3000"
