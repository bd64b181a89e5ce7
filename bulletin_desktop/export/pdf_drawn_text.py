"""The characters a PDF draws, read back from the file itself, and the pause marks that a
PDF made by LibreOffice left out.

LibreOffice 7.4 sometimes prints nothing for a full-width pause mark that hangs at the end
of a full line (“……工作6.35交，后面……” loses its comma), whatever follows the mark; the
guards of ``docx.print_guard`` cover only the cases with a known trigger. So its PDF is read
back before it is written: the marks the .docx holds are counted in the text the PDF draws.

The reading knows the PDF LibreOffice writes (plain objects, Flate-compressed streams,
fonts with a ToUnicode map, text shown by Tj, TJ, ' and "), pages and the forms they
draw. What it cannot read (object streams, encryption, a font without a map) gives None:
nothing is claimed then. Qt-free.
"""
from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections import Counter

from lxml import etree

from .docx.ooxml import W_NS
from .docx.print_guard import PAUSE_MARKS
from .docx.template import DOCUMENT

_OBJECT = re.compile(rb"(\d+)\s+(\d+)\s+obj\b(.*?)\bendobj", re.S)
_STREAM = re.compile(rb"stream\r?\n")
_REF = rb"(\d+)\s+\d+\s+R"
_NAME_REF = re.compile(rb"/([^\s/<>\[\]()]+)\s*" + _REF)
_TOKEN = re.compile(rb"""
    (?P<hex><[0-9A-Fa-f\s]*>)
  | (?P<lit>\()
  | (?P<open>\[) | (?P<close>\])
  | (?P<dict><<|>>)
  | (?P<name>/[^\s/<>\[\]()%{}]*)
  | (?P<num>[+-]?(?:\d+\.?\d*|\.\d+))
  | (?P<op>[A-Za-z'"*][A-Za-z0-9*']*)
  | (?P<comment>%[^\r\n]*)
  | (?P<space>\s+)
  | (?P<other>.)
""", re.S | re.X)
_ESCAPES = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b", ord("f"): b"\f"}


class Unreadable(Exception):
    """The PDF is not one this reading knows."""


class _Cmap:
    """A ToUnicode map: codes of one or two bytes to the text they stand for."""

    def __init__(self, data: bytes):
        self.width = 1
        ranges = re.search(rb"begincodespacerange\s*<([0-9A-Fa-f]+)>", data)
        if ranges:
            self.width = max(1, len(ranges.group(1)) // 2)
        self.codes: dict[int, str] = {}
        for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
            for source, target in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
                self.codes[int(source, 16)] = _utf16(target)
        for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
            for low, high, target in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]*>)",
                                                block):
                first, last = int(low, 16), int(high, 16)
                if last - first > 0xFFFF:
                    raise Unreadable("a range too wide")
                if target.startswith(b"["):
                    for offset, each in enumerate(re.findall(rb"<([0-9A-Fa-f]*)>", target)):
                        self.codes[first + offset] = _utf16(each)
                else:
                    start = _utf16(target[1:-1])
                    for offset in range(last - first + 1):
                        self.codes[first + offset] = start[:-1] + chr(ord(start[-1]) + offset) if start else ""

    def text(self, shown: bytes) -> str:
        step = self.width
        return "".join(self.codes.get(int.from_bytes(shown[i:i + step], "big"), "")
                       for i in range(0, len(shown) - step + 1, step))


def _utf16(hex_digits: bytes) -> str:
    raw = bytes.fromhex(hex_digits.decode("ascii"))
    return raw.decode("utf-16-be", errors="replace")


class _Document:
    def __init__(self, pdf: bytes):
        if b"/Encrypt" in pdf or b"/ObjStm" in pdf:
            raise Unreadable("encrypted, or objects packed in streams")
        self.objects = {int(m.group(1)): m.group(3) for m in _OBJECT.finditer(pdf)}
        self._maps: dict[int, _Cmap | None] = {}

    def body(self, number: int) -> bytes:
        try:
            return self.objects[number]
        except KeyError:
            raise Unreadable(f"object {number} is missing") from None

    def stream(self, number: int) -> bytes:
        body = self.body(number)
        found = _STREAM.search(body)
        if found is None:
            raise Unreadable(f"object {number} holds no stream")
        head, data = body[:found.start()], body[found.end():]
        end = data.rfind(b"endstream")
        data = data[:end] if end >= 0 else data
        if b"/FlateDecode" in head:
            try:
                return zlib.decompressobj().decompress(data)
            except zlib.error:
                raise Unreadable(f"stream {number} does not inflate") from None
        if b"/Filter" in head:
            raise Unreadable(f"stream {number} has a filter this reading does not know")
        return data

    def dictionary(self, entry: bytes, owner: bytes) -> dict[str, int]:
        """``/Entry << /Name 12 0 R … >>`` or ``/Entry 12 0 R`` in ``owner``: name -> object."""
        found = re.search(rb"/" + entry + rb"\s*(<<.*?>>|" + _REF + rb")", owner, re.S)
        if found is None:
            return {}
        inner = found.group(1)
        if not inner.startswith(b"<<"):
            inner = self.body(int(found.group(2)))
        return {name.decode("latin-1"): int(number) for name, number in _NAME_REF.findall(inner)}

    def resources(self, owner: bytes) -> bytes:
        found = re.search(rb"/Resources\s*(<<.*?>>\s*>>|" + _REF + rb")", owner, re.S)
        if found is None:
            return b""
        return found.group(1) if found.group(2) is None else self.body(int(found.group(2)))

    def cmap(self, font: int) -> _Cmap | None:
        if font not in self._maps:
            found = re.search(rb"/ToUnicode\s*" + _REF, self.body(font))
            self._maps[font] = _Cmap(self.stream(int(found.group(1)))) if found else None
        return self._maps[font]


def drawn_text(pdf: bytes) -> str | None:
    """Every character the PDF's pages draw, page by page in the order their content
    streams draw them; None when the file is not one this reading knows."""
    try:
        document = _Document(pdf)
        pages = [number for number, body in document.objects.items() if re.search(rb"/Type\s*/Page(?![s\w])", body)]
        if not pages:
            return None
        out: list[str] = []
        for number in sorted(pages):
            page = document.body(number)
            contents = re.search(rb"/Contents\s*(\[[^\]]*\]|" + _REF + rb")", page)
            if contents is None:
                continue
            streams = [int(n) for n in re.findall(_REF, contents.group(1))]
            _draw(document, b"".join(document.stream(n) + b"\n" for n in streams), document.resources(page), out, 0)
        return "".join(out)
    except (Unreadable, ValueError, IndexError, RecursionError):
        return None


def _draw(document: _Document, content: bytes, resources: bytes, out: list[str], depth: int) -> None:
    if depth > 8:
        raise Unreadable("forms drawn within forms too deep")
    fonts = document.dictionary(b"Font", resources)
    forms = document.dictionary(b"XObject", resources)
    font: _Cmap | None = None
    operands: list = []
    stack: list[list] = []
    position = 0

    def put(value) -> None:  # an operand, or an element of the array being read
        (stack[-1] if stack else operands).append(value)

    while position < len(content):
        token = _TOKEN.match(content, position)
        if token is None:
            raise Unreadable("content stream")
        position = token.end()
        kind = token.lastgroup
        if kind in ("space", "comment", "dict", "other"):
            continue
        if kind == "lit":
            value, position = _literal(content, position)
            put(value)
        elif kind == "hex":
            digits = re.sub(rb"\s", b"", token.group()[1:-1]).decode("ascii")
            value = bytes.fromhex(digits + "0" * (len(digits) % 2))  # an odd last digit is followed by 0
            put(value)
        elif kind == "open":
            stack.append([])
        elif kind == "close":
            if not stack:
                raise Unreadable("content stream")
            put(stack.pop())
        elif kind == "name":
            put(token.group().decode("latin-1"))
        elif kind == "num":
            put(float(token.group()))
        elif kind == "op":
            operator = token.group()
            if operator == b"Tf" and len(operands) >= 2:
                name = str(operands[-2]).lstrip("/")
                if name not in fonts:
                    raise Unreadable(f"font {name} is not among the page's")
                font = document.cmap(fonts[name])
            elif operator in (b"Tj", b"'", b'"') and operands:
                out.append(_shown(font, operands[-1]))
            elif operator == b"TJ" and operands and isinstance(operands[-1], list):
                out.extend(_shown(font, part) for part in operands[-1] if isinstance(part, bytes))
            elif operator == b"Do" and operands:
                name = str(operands[-1]).lstrip("/")
                if name in forms:
                    form = document.body(forms[name])
                    if re.search(rb"/Subtype\s*/Form", form):
                        own = document.resources(form) or resources
                        _draw(document, document.stream(forms[name]), own, out, depth + 1)
            elif operator == b"BI":
                end = content.find(b"EI", position)
                if end < 0:
                    raise Unreadable("inline image")
                position = end + 2
            operands = []


def _shown(font: _Cmap | None, shown: bytes) -> str:
    if font is None:
        raise Unreadable("text shown without a mapped font")
    return font.text(shown)


def _literal(content: bytes, position: int) -> tuple[bytes, int]:
    """A ``( … )`` string from just after its opening parenthesis."""
    out = bytearray()
    depth = 1
    while position < len(content):
        byte = content[position]
        position += 1
        if byte == 0x5C:  # backslash
            if position >= len(content):
                break
            following = content[position]
            position += 1
            if following in _ESCAPES:
                out += _ESCAPES[following]
            elif 0x30 <= following <= 0x37:
                digits = bytes([following])
                while len(digits) < 3 and position < len(content) and 0x30 <= content[position] <= 0x37:
                    digits += bytes([content[position]])
                    position += 1
                out.append(int(digits, 8) & 0xFF)
            elif following in (0x0A, 0x0D):
                if following == 0x0D and position < len(content) and content[position] == 0x0A:
                    position += 1
            else:
                out.append(following)
        elif byte == 0x28:
            depth += 1
            out.append(byte)
        elif byte == 0x29:
            depth -= 1
            if depth == 0:
                return bytes(out), position
            out.append(byte)
        else:
            out.append(byte)
    raise Unreadable("a string that does not end")


def docx_text(docx: bytes) -> str:
    """The text of a .docx's body (its w:t runs in order)."""
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        root = etree.fromstring(package.read(DOCUMENT))
    return "".join(t.text or "" for t in root.iter(f"{{{W_NS}}}t"))


def lost_marks(docx: bytes, pdf: bytes) -> Counter[str]:
    """The full-width pause marks the .docx's body holds that the PDF does not draw (mark ->
    how many fewer); empty when none is missing or the PDF cannot be read."""
    drawn = drawn_text(pdf)
    if drawn is None:
        return Counter()
    held = Counter(c for c in docx_text(docx) if c in PAUSE_MARKS)
    shown = Counter(c for c in drawn if c in PAUSE_MARKS)
    return Counter({mark: count - shown[mark] for mark, count in held.items() if count > shown[mark]})
