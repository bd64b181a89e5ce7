"""What a field prints when Word saved no result for it. Word keeps the last result of most
fields between their separate and end marks; a drop-down form field draws its chosen entry
from the list kept with its begin mark; an EQ field (Word's 带圈字符 enclosed
characters, ⑫ drawn as 12 in a ○; the old 双行合一) and a SYMBOL field (Word 97's Insert →
Symbol, a bullet typed as { SYMBOL 117 \f "Wingdings" }) are drawn from their code every time,
so the code is all the file holds of what they print."""
from __future__ import annotations

import re

from lxml import etree

from ..richtext import Run
from .ns import w, whole_number
from .symbols import is_symbol_font, symbol_char

_FIELD_CHAR = w("fldChar")
_KIND = w("fldCharType")

_SWITCH = re.compile(r"\\[a-zA-Z]+(?:\s*-?\d+(?:\.\d+)?)?\s*")  # \o \ac \s\up 8 …
_ENCLOSURES = "○◯□△◇"


def _circled(number: int) -> str:
    if 1 <= number <= 20:
        return chr(0x2460 + number - 1)
    if 21 <= number <= 35:
        return chr(0x3251 + number - 21)
    if 36 <= number <= 50:
        return chr(0x32B1 + number - 36)
    return str(number)


def saved_nothing_prints(code: str) -> str:
    """The text a field with no saved result prints: an EQ field's characters (⑫ for a 12
    enclosed in a circle, the enclosed character itself in other shapes, the characters
    of stacked or overlaid text); "" for any other field."""
    code = code.strip()
    if re.match(r"(?i)symbol\b", code):
        return _symbol(code)
    if not re.match(r"(?i)eq\b", code):
        return ""
    inner = _SWITCH.sub("", code[2:])
    parts = [part.strip() for part in re.split(r"[(),，]", inner) if part.strip()]
    shapes = [part for part in parts if part in _ENCLOSURES]
    content = "".join(part for part in parts if part not in _ENCLOSURES)
    if shapes and shapes[0] in "○◯" and content.isdecimal() and len(content) <= 2:
        return _circled(int(content))
    return content


_SYMBOL = re.compile(r'(?i)^symbol\s+(?:0x([0-9a-f]{1,6})|(\d{1,7}))(?=\s|$)')
_SYMBOL_FONT = re.compile(r'(?i)\\f\s*(?:"([^"]*)"|(\S+))')


def _symbol(code: str) -> str:
    """The character of { SYMBOL 117 \\f "Wingdings" }: a symbol font's glyph as the character
    it prints (symbols.py), another font's character as it is; "" for a control character
    or a number no character has."""
    found = _SYMBOL.match(code)
    if found is None:
        return ""
    number = int(found.group(1), 16) if found.group(1) else int(found.group(2))
    font = _SYMBOL_FONT.search(code)
    name = (font.group(1) or font.group(2)) if font else ""
    if is_symbol_font(name):
        return symbol_char(name, number)
    if not 0x20 <= number <= 0xFFFF or 0xD800 <= number <= 0xDFFF:
        return ""
    char = chr(number)
    return char if char.isprintable() else ""


def dropdown_choice(begin: etree._Element) -> str:
    """The entry a legacy drop-down form field (FORMDROPDOWN, 下拉型窗体域: an OA template's
    密级 or 紧急程度) shows, from the list its field-begin mark keeps: Word saves no result for
    it and draws the chosen entry (w:result, else w:default, else the first); "" for any
    other field."""
    choices = begin.find(f"{w('ffData')}/{w('ddList')}")
    if choices is None:
        return ""
    entries = [entry.get(w("val"), "") for entry in choices.findall(w("listEntry"))]
    chosen = next((whole_number(mark.get(w("val"))) for tag in ("result", "default")
                   if (mark := choices.find(w(tag))) is not None), 0)
    return entries[chosen] if chosen is not None and 0 <= chosen < len(entries) else ""


_MERGE_FIELD = re.compile(r'(?i)^\s*MERGEFIELD\s+(?:"([^"]+)"|(\S+))')


def unfilled_merge_field(code: str, result: str) -> str | None:
    """The name of a mail-merge field whose saved result is what Word shows before the merge
    («单位», or nothing): a template's placeholder the office never filled; None for any
    other field or a filled one."""
    found = _MERGE_FIELD.match(code)
    if found is None:
        return None
    result = result.strip()
    if result and not (result.startswith("«") and result.endswith("»")):
        return None
    return found.group(1) or found.group(2)


def unpaired_marks(body: etree._Element) -> set[etree._Element]:
    """The field marks of ``body`` that belong to no whole field: a field's begin whose
    separate and end were lost (a file cut by hand, or by a program that wrote half a
    field), and an end or separate with no begin. Word shows such a field's text as plain
    text; read as a field, its code would never close and the rest of the document would be
    taken for code. Marks pair as brackets do, in document order (a field's result may run
    over several paragraphs: a table of contents)."""
    open_fields: list[list[etree._Element]] = []  # each open field's begin and separate
    stray: set[etree._Element] = set()
    for mark in body.iter(_FIELD_CHAR):
        kind = mark.get(_KIND)
        if kind == "begin":
            open_fields.append([mark])
        elif kind == "separate":
            if open_fields and len(open_fields[-1]) == 1:
                open_fields[-1].append(mark)
            else:
                stray.add(mark)
        elif kind == "end":
            if open_fields:
                open_fields.pop()
            else:
                stray.add(mark)
    # (a field whose end alone was lost closes its code at its separate: its result prints
    # on, as plain text would)
    return stray.union(*(marks for marks in open_fields if len(marks) == 1))


def is_table_of_contents(code: str) -> bool:
    return re.match(r"(?i)\s*TOC\b", code) is not None


# a contents line's page number: after a tab (and the dots of its leader, where typed), in
# figures or roman numerals (a front matter's i, ii)
_PAGE_NUMBER = re.compile(r"\t[\s.·…．_\-]*(?:\d{1,4}|[ivxlcdm]{1,7}|[IVXLCDM]{1,7})\s*$")


def without_page_number(line: list[Run]) -> list[Run]:
    """A line of a table of contents without the page number it ends in. Word saves it as a
    PAGEREF field's result, LibreOffice and WPS as plain text: either way it is the page's,
    not the text's."""
    found = _PAGE_NUMBER.search("".join(run.text for run in line))
    if found is None:
        return line
    cut = len(found.group())
    runs = list(line)
    while cut and runs:
        last = runs.pop()
        if len(last.text) > cut:
            runs.append(Run(last.text[:-cut], last.bold))
            break
        cut -= len(last.text)
    return runs
