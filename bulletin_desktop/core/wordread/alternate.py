"""Markup compatibility (mc:AlternateContent): which of a document's alternatives the reader
takes. Word writes a newer form (a DrawingML text box, an emoji drawn from a font, a chart)
beside an older one that says the same for consumers that cannot read it; the reader takes
the first newer form whose markup it reads, else the older form, as the standard requires."""
from __future__ import annotations

from lxml import etree

from .ns import MC, V, W, WP, WPS, A, PIC

ALTERNATE = f"{{{MC}}}AlternateContent"
_CHOICE = f"{{{MC}}}Choice"
_FALLBACK = f"{{{MC}}}Fallback"

# The namespaces whose content the reader reads, or whose markup only decorates WordprocessingML
# it reads (Word 2010 and 2013 text effects, list formats); anything else (w16se's emoji
# drawn from a font, chart extensions, ink) is left to the Fallback.
_READ = frozenset({
    W, V, WP, WPS, A, PIC,
    "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
    "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
    "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
    "http://schemas.microsoft.com/office/word/2010/wordml",
    "http://schemas.microsoft.com/office/word/2012/wordml",
    "urn:schemas-microsoft-com:office:office",
    "urn:schemas-microsoft-com:office:word",
})


def chosen(alternate: etree._Element) -> etree._Element | None:
    """The branch of an mc:AlternateContent the reader reads (None when none applies)."""
    for choice in alternate.iterchildren(_CHOICE):
        required = (choice.get("Requires") or "").split()
        if all(choice.nsmap.get(prefix) in _READ for prefix in required):
            return choice
    return alternate.find(_FALLBACK)


def expanded(parent: etree._Element):
    """``parent``'s children with each mc:AlternateContent replaced by its chosen branch's."""
    for child in parent:
        if child.tag == ALTERNATE:
            branch = chosen(child)
            if branch is not None:
                yield from expanded(branch)
        else:
            yield child
