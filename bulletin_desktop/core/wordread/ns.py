"""Namespaces and small XML helpers for reading WordprocessingML with lxml."""
from __future__ import annotations

import io

from lxml import etree

from . import limits

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
    return is_on(element.get(W_VAL, "true"))


def is_on(value: str | None) -> bool:
    """An on-off attribute's value (w:customMarkFollows="1"): absent is off."""
    return value is not None and value.lower() not in ("0", "false", "off", "none")


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


class TooManyNodes(ValueError):
    """An XML part whose tree would cost far more memory than any bulletin's."""


class DoctypeDeclared(ValueError):
    """An XML part declaring a DOCTYPE or entities, which Word never writes: an entity attack
    (a billion laughs, an external file named as an entity)."""


# (UTF-8 and UTF-16 spellings: a part may be written in either)
_DOCTYPE_MARKS = (b"<!DOCTYPE", b"<!ENTITY", "<!DOCTYPE".encode("utf-16-le"), "<!DOCTYPE".encode("utf-16-be"),
                  "<!ENTITY".encode("utf-16-le"), "<!ENTITY".encode("utf-16-be"))


def declares_doctype(data: bytes) -> bool:
    """Whether ``data`` (an XML part, or its first bytes) holds a DOCTYPE or entity declaration."""
    return any(mark in data for mark in _DOCTYPE_MARKS)


def parsed(data: bytes) -> etree._Element:
    """``data``'s root element, parsed with ``safe_parser``. A tree costs over a hundred bytes
    of memory a node, so a crafted part of a few MB of empty elements or attributes would
    take gigabytes to build: a part that may hold too many (by its count of < and =, which
    never falls short, in UTF-8 or UTF-16) is first counted as it streams by, each node
    forgotten as it passes. Raises TooManyNodes for such a part, DoctypeDeclared for one
    declaring a DOCTYPE (also one the parser gave up on: its entities would have expanded
    past what the parser allows, whatever comes before them), etree.XMLSyntaxError for
    broken XML."""
    if data.count(b"<") + 2 * data.count(b"=") > limits.MAX_XML_NODES:
        _count_nodes(data)
    try:
        root = etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError:
        if declares_doctype(data):
            raise DoctypeDeclared from None
        raise
    if root.getroottree().docinfo.internalDTD is not None:
        raise DoctypeDeclared
    return root


def _count_nodes(data: bytes) -> None:
    weight = 0
    events = etree.iterparse(io.BytesIO(data), events=("end",), resolve_entities=False, no_network=True,
                             load_dtd=False, huge_tree=False, remove_comments=True, remove_pis=True)
    try:
        for _, element in events:
            weight += 1 + 2 * len(element.attrib)  # (an attribute costs about twice an element)
            if weight > limits.MAX_XML_NODES:
                raise TooManyNodes(weight)
            element.clear(keep_tail=False)
            parent = element.getparent()
            while parent is not None and element.getprevious() is not None:
                del parent[0]
    except etree.XMLSyntaxError:
        return  # the parse proper says what is wrong
