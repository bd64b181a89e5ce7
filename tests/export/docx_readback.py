"""Reading an exported .docx back for the tests: its parts, parsed, and small queries."""
from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def w(name: str) -> str:
    return f"{{{W}}}{name}"


def parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def part(data: bytes, name: str) -> etree._Element:
    return etree.fromstring(parts(data)[name])


def attr(el: etree._Element | None, name: str) -> str | None:
    return None if el is None else el.get(w(name))


def style_id(p: etree._Element) -> str | None:
    return attr(p.find("w:pPr/w:pStyle", NS), "val")


def text_of(p: etree._Element) -> str:
    out = []
    for el in p.iter(w("t"), w("tab"), w("br")):
        if el.tag == w("t"):
            out.append(el.text or "")
        else:
            out.append("\t" if el.tag == w("tab") else "\n")
    return "".join(out)


def body_paragraphs(document: etree._Element, style: str | None = None) -> list[etree._Element]:
    found = document.findall("w:body/w:p", NS)
    return [p for p in found if style is None or style_id(p) == style]


def runs_with_text(root: etree._Element) -> list[etree._Element]:
    return [r for r in root.iter(w("r")) if r.find("w:t", NS) is not None]


def east_asia(run: etree._Element) -> str | None:
    return attr(run.find("w:rPr/w:rFonts", NS), "eastAsia")


def pretty(xml: bytes) -> str:
    """Stable, readable form for golden files: indented, without revision ids."""
    root = etree.fromstring(xml, etree.XMLParser(remove_blank_text=True))
    for el in root.iter():
        for key in [k for k in el.attrib if k.startswith(f"{{{W}}}rsid")]:
            del el.attrib[key]
    return etree.tostring(root, pretty_print=True, encoding="unicode")


def have_libreoffice() -> bool:
    from bulletin_desktop.export.pdf import libreoffice_path

    return libreoffice_path() is not None and shutil.which("pdftotext") is not None


def pdftotext(pdf: Path, page: int | None = None, *, layout: bool = False) -> str:
    command = ["pdftotext"]
    if page is not None:
        command += ["-f", str(page), "-l", str(page)]
    if layout:
        command.append("-layout")
    command += [str(pdf), "-"]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def render_page(pdf: Path, page: int, dpi: int = 40) -> tuple[int, int, bytes]:
    """Page ``page`` as raw RGB (width, height, pixels), from pdftoppm's PPM output."""
    data = subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), str(pdf)],
                          check=True, capture_output=True).stdout
    # P6 header: magic, width, height, maxval, each followed by whitespace
    fields, pos = [], 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        start = pos
        while not data[pos:pos + 1].isspace():
            pos += 1
        fields.append(data[start:pos])
    assert fields[0] == b"P6"
    width, height = int(fields[1]), int(fields[2])
    return width, height, data[pos + 1:pos + 1 + width * height * 3]


def word_boxes(pdf: Path, page: int) -> list[tuple[float, float, float, float, str]]:
    """(xMin, yMin, xMax, yMax, text) of every word pdftotext finds on ``page``."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout
    root = etree.fromstring(html.encode(), etree.HTMLParser(encoding="utf-8"))
    return [(float(el.get("xmin")), float(el.get("ymin")), float(el.get("xmax")), float(el.get("ymax")),
             el.text or "") for el in root.iter("word")]


def text_lines(pdf: Path, page: int) -> list[tuple[float, float, float, float, str]]:
    """(xMin, yMin, xMax, yMax, text) of every line pdftotext finds on ``page``; the words
    of a line are joined without the spaces pdftotext puts between CJK and digits."""
    html = subprocess.run(["pdftotext", "-bbox-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout
    root = etree.fromstring(html.encode(), etree.HTMLParser(encoding="utf-8"))
    return [(float(el.get("xmin")), float(el.get("ymin")), float(el.get("xmax")), float(el.get("ymax")),
             "".join(word.text or "" for word in el.iter("word"))) for el in root.iter("line")]
