"""Namespaces and small XML helpers for reading WordprocessingML with lxml."""
from __future__ import annotations

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
V = "urn:schemas-microsoft-com:vml"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


W_VAL = w("val")
R_ID = f"{{{R}}}id"  # a relationship's id, as parts refer to other parts


def on(element: etree._Element | None) -> bool | None:
    """A toggle property (w:b): None when absent, else its value (no val means on)."""
    if element is None:
        return None
    return element.get(W_VAL, "true").lower() not in ("0", "false", "off", "none")


def whole_number(text: str | None) -> int | None:
    """An attribute's whole number (a level, a start, an offset), or None when it is absent or
    none: a file made by another program may write "abc", "1.5" or thousands of digits where
    Word writes a few, and Word reads on past such a value rather than refuse the file."""
    if text is None:
        return None
    try:
        return int(text)
    except ValueError:  # also a number past Python's digit limit for conversions
        return None


def safe_parser() -> etree.XMLParser:
    """Entities are never resolved and nothing is fetched from the network."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                           remove_comments=True, remove_pis=True)
