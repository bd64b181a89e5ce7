"""The copy of our .docx that LibreOffice turns into a PDF, guarded against a fault of its
line breaking.

LibreOffice 7.4 prints nothing for a full-width pause mark that ends a full line when a
Latin letter or digit follows it directly: “……整改销号，14:00……” lost its comma on paper,
while Word and the preview keep it. A zero-width space after such a mark keeps it; it prints
as nothing, and a line may break there only where it could after the mark anyway.

It also breaks a line at a space before a full-width mark, so that the mark opens the next
line (“……网格化管理 APP / ，隐患排查……”), which a mark may not; a narrow no-break space there
holds the mark to the word before it, as Word and the preview do (LibreOffice still breaks
after the ordinary no-break space before such a mark). It prints a little narrower than the
space it stands for.

Only the copy handed to LibreOffice carries these. The .docx the clerk saves holds the text as
written: an invisible character after every ，before a figure would be copied out of Word
with the text, and a search in Word for “，14” would not find it.
"""
from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

from .ooxml import W_NS
from .template import DOCUMENT

GUARD = "\u200b"  # zero-width space: the mark before it stays on paper
NO_BREAK_SPACE = "\u202f"  # narrow no-break space
# the full-width pause marks LibreOffice may leave off the paper (pdf_drawn_text counts them
# too); not after half-width marks: 1,256 and 2.5 are numbers
PAUSE_MARKS = "，。、；：！？"
_MARK, _LATIN = f"[{PAUSE_MARKS}]", "[0-9A-Za-z\u00c0-\u024f]"
_NO_LINE_START = f"[{PAUSE_MARKS}）》”’]"  # also closing brackets and quotation marks
_MARK_BEFORE_LATIN = re.compile(f"(?<={_MARK})(?={_LATIN})")
_SPACES_BEFORE_MARK = re.compile(f" +(?={_NO_LINE_START})")
_P = f"{{{W_NS}}}p"
_T = f"{{{W_NS}}}t"


def guarded_for_libreoffice(docx: bytes) -> bytes:
    """``docx`` with a zero-width space after each full-width pause mark that comes directly
    before a Latin letter or digit in its body, and narrow no-break spaces for the spaces before a
    mark that may not open a line, within a run or across two; every other part
    as it was. Bytes that are no package are handed on as they are: LibreOffice's refusal
    of them is the one the clerk is told."""
    try:
        source = zipfile.ZipFile(io.BytesIO(docx))
    except zipfile.BadZipFile:
        return docx
    out = io.BytesIO()
    with source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():  # in order: [Content_Types].xml stays first
            data = source.read(info)
            target.writestr(info, _guard_body(data) if info.filename == DOCUMENT else data)
    return out.getvalue()


def _guard_body(xml: bytes) -> bytes:
    root = etree.fromstring(xml)
    by_paragraph: dict[etree._Element, list[etree._Element]] = {}
    for t in root.iter(_T):
        paragraph = next(t.iterancestors(_P), None)
        if paragraph is not None and t.text:
            by_paragraph.setdefault(paragraph, []).append(t)
    for texts in by_paragraph.values():
        for t, following in zip(texts, texts[1:] + [None]):
            # read with the next run's first character after it, so that a mark or a space at
            # the run's end is guarded as within a run; that character is never changed
            ahead = following.text[0] if following is not None else ""
            text = _SPACES_BEFORE_MARK.sub(_no_break, _MARK_BEFORE_LATIN.sub(GUARD, t.text + ahead))
            t.text = text[:len(text) - len(ahead)]
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _no_break(spaces: re.Match[str]) -> str:
    return NO_BREAK_SPACE * len(spaces.group())
