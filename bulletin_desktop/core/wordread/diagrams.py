"""SmartArt (图示): a diagram whose text (a process's steps, an organisation's units) lives in
a data part of its own, which the document's drawing only names (dgm:relIds r:dm). Read as
the lines it prints, one a shape, in the order the data lists them."""
from __future__ import annotations

from lxml import etree

from .ns import A, DoctypeDeclared, TooManyNodes, parsed

DIAGRAM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
DIAGRAM_DATA = "/diagramData"  # (the end of the relationship's type, which names the data part)
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_REL_IDS = f"{{{DIAGRAM}}}relIds"
_POINT = f"{{{DIAGRAM}}}pt"
_TEXT = f"{{{DIAGRAM}}}t"
# points that print no text of their own: the diagram as a whole, the lines and gaps between
# shapes, and the shapes' presentation (their text is their node's)
_NO_TEXT = frozenset({"doc", "parTrans", "sibTrans", "pres"})


def data_id(graphic: etree._Element) -> str | None:
    """The relationship id of the data part a drawing's diagram names, or None for no diagram."""
    ids = next(graphic.iter(_REL_IDS), None)
    return None if ids is None else ids.get(f"{{{_R}}}dm")


def diagram_lines(data: bytes) -> list[str]:
    """The lines a diagram's data part holds, each shape's paragraphs a line each; [] when
    the part is broken or hostile (what it held is then counted as a drawing skipped)."""
    try:
        root = parsed(data)
    except (etree.XMLSyntaxError, DoctypeDeclared, TooManyNodes, ValueError):
        return []
    lines: list[str] = []
    for point in root.iter(_POINT):
        if point.get("type", "node") in _NO_TEXT:
            continue
        text = point.find(_TEXT)
        if text is None:
            continue
        for paragraph in text.iter(f"{{{A}}}p"):
            line = "".join(t.text or "" for t in paragraph.iter(f"{{{A}}}t")).strip()
            if line:
                lines.append(line)
    return lines
