"""Word 2003's one-file XML document (w:wordDocument), as Java systems fill it from a template
and hand it out as .doc: made ready for LibreOffice to read it as Word shows it."""
from __future__ import annotations

from copy import deepcopy
from dataclasses import dataclass

from lxml import etree

W2003_NS = "http://schemas.microsoft.com/office/word/2003/wordml"
_AML_NS = "http://schemas.microsoft.com/aml/2001/core"
_ANNOTATION = f"{{{_AML_NS}}}annotation"
_CONTENT = f"{{{_AML_NS}}}content"
_TYPE = f"{{{W2003_NS}}}type"
_INSERTION, _DELETION = "Word.Insertion", "Word.Deletion"
# (LibreOffice tells the format by this instruction, which the parse leaves out)
_HEAD = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'


@dataclass
class Prepared:
    data: bytes | None  # the document to convert in place of the file's own; None: the file as it is
    revised: bool = False  # whether tracked changes were accepted


def prepared(data: bytes) -> Prepared:
    """The document with its tracked changes accepted and an empty style list added when it
    has none; LibreOffice's reading of the format gets both wrong though Word shows them:
    it leaves out the text of every tracked insertion and deletion alike (aml:annotation),
    gives page 1 a header and footer of its own, empty, where the document has one for
    every page (so a 期号 printed in the header is lost: the first page's are set to the
    same), and without a w:styles element (a template filled by a program often writes only the
    body) it drops every run's own bold, colour and size, the units printed bold among them.
    A document that does not parse is given as it is, for LibreOffice to say what is wrong;
    raises ns.DoctypeDeclared and ns.TooManyNodes for one LibreOffice should never be given
    (entities it would expand, a tree no bulletin's is)."""
    from .ns import parsed

    try:
        root = parsed(data)
    except etree.XMLSyntaxError:
        return Prepared(None)
    if root.tag != f"{{{W2003_NS}}}wordDocument":
        return Prepared(None)
    revised = _accept_revisions(root)
    changed = _first_page_margins(root) or revised
    if root.find(f"{{{W2003_NS}}}styles") is None:
        # (the schema puts the style list before the document's settings and its body)
        place = next((child for child in root if child.tag in (f"{{{W2003_NS}}}docPr", f"{{{W2003_NS}}}body")), None)
        if place is None:
            return Prepared(None)
        place.addprevious(etree.Element(f"{{{W2003_NS}}}styles"))
    elif not changed:
        return Prepared(None)
    return Prepared(_HEAD + etree.tostring(root, encoding="UTF-8", xml_declaration=False), revised)


def _accept_revisions(root: etree._Element) -> bool:
    """Accepts the tracked changes in place: an insertion's content stays, a deletion goes,
    and a paragraph whose mark was deleted runs on into the next one. Whether there were any."""
    annotations = [a for a in root.iter(_ANNOTATION) if a.get(_TYPE) in (_INSERTION, _DELETION)]
    for annotation in annotations:
        parent = annotation.getparent()
        if parent is None:
            continue
        marked_paragraph = _paragraph_mark_of(parent) if parent.tag == f"{{{W2003_NS}}}rPr" else None
        if annotation.get(_TYPE) == _DELETION and marked_paragraph is not None:
            _join_next(marked_paragraph)
        content = annotation.find(_CONTENT)
        if annotation.get(_TYPE) == _INSERTION and content is not None:
            for child in list(content):
                annotation.addprevious(child)
        _remove(annotation)
    return bool(annotations)


def _first_page_margins(root: etree._Element) -> bool:
    """Each section's header and footer for every page (odd) set for its first page too,
    when the section sets none of its own for it; whether any was."""
    changed = False
    for section in root.iter(f"{{{W2003_NS}}}sectPr"):
        if section.find(f"{{{W2003_NS}}}titlePg") is not None:
            continue  # (a first page of its own is the document's, and kept)
        for kind in ("hdr", "ftr"):
            margins = section.findall(f"{{{W2003_NS}}}{kind}")
            if any(margin.get(_TYPE) == "first" for margin in margins):
                continue
            odd = next((margin for margin in margins if margin.get(_TYPE) == "odd"), None)
            if odd is not None:
                first = deepcopy(odd)
                first.set(_TYPE, "first")
                odd.addnext(first)
                changed = True
    return changed


def _paragraph_mark_of(rpr: etree._Element) -> etree._Element | None:
    """The paragraph whose mark ``rpr`` formats (w:p/w:pPr/w:rPr), or None."""
    ppr = rpr.getparent()
    if ppr is None or ppr.tag != f"{{{W2003_NS}}}pPr":
        return None
    paragraph = ppr.getparent()
    return paragraph if paragraph is not None and paragraph.tag == f"{{{W2003_NS}}}p" else None


def _join_next(paragraph: etree._Element) -> None:
    """The paragraph's content moved to the start of the next paragraph, which keeps its own
    properties (the mark that is left), and the paragraph removed; kept when none follows."""
    following = paragraph.getnext()
    if following is None or following.tag != f"{{{W2003_NS}}}p":
        return
    ppr = following.find(f"{{{W2003_NS}}}pPr")
    at = 0 if ppr is None else following.index(ppr) + 1
    for offset, child in enumerate(c for c in list(paragraph) if c.tag != f"{{{W2003_NS}}}pPr"):
        following.insert(at + offset, child)
    _remove(paragraph)


def _remove(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)
