"""Our own Word template: resources/bulletin-template.docx, built from LayoutOptions.

python-docx's default template is US Letter with East-Asian text declared Japanese, so
the writer never starts from it. This module builds every part of the package (styles,
settings, font table, odd/even page-number footers, an empty body with the A4 section)
and the writer replaces only the body and the document properties. Regenerate the
committed file after changing anything here:

    python -m bulletin_desktop.export.docx.template
"""
from __future__ import annotations

import io
import zipfile
from functools import lru_cache
from pathlib import Path

from lxml import etree

from ...core.safe_write import write_atomically
from ...resources import resource_path
from ..layout_options import LayoutOptions
from .geometry import geometry
from .ooxml import (
    NSMAP, W_NS, add_page_field, add_run, element, enable_even_and_odd_footers, insert_ordered,
    run_properties, section_properties, set_indent, sub, xml_safe,
)
from .styles import NORMAL, PAGE_NUMBER, styles_xml

TEMPLATE_NAME = "bulletin-template.docx"

DOCUMENT = "word/document.xml"
CORE = "docProps/core.xml"
ODD_FOOTER = "word/footer1.xml"
EVEN_FOOTER = "word/footer2.xml"
ODD_FOOTER_REL = "rId4"
EVEN_FOOTER_REL = "rId5"

_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

CONTENT_TYPES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/word/document.xml" ContentType="{_CT}.document.main+xml"/>\
<Override PartName="/word/styles.xml" ContentType="{_CT}.styles+xml"/>\
<Override PartName="/word/settings.xml" ContentType="{_CT}.settings+xml"/>\
<Override PartName="/word/fontTable.xml" ContentType="{_CT}.fontTable+xml"/>\
<Override PartName="/word/footer1.xml" ContentType="{_CT}.footer+xml"/>\
<Override PartName="/word/footer2.xml" ContentType="{_CT}.footer+xml"/>\
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
<Override PartName="/docProps/app.xml" \
ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
</Types>""".encode()

PACKAGE_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" Type="{_RELS}/officeDocument" Target="word/document.xml"/>\
<Relationship Id="rId2" \
Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" \
Target="docProps/core.xml"/>\
<Relationship Id="rId3" Type="{_RELS}/extended-properties" Target="docProps/app.xml"/>\
</Relationships>""".encode()

DOCUMENT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" Type="{_RELS}/styles" Target="styles.xml"/>\
<Relationship Id="rId2" Type="{_RELS}/settings" Target="settings.xml"/>\
<Relationship Id="rId3" Type="{_RELS}/fontTable" Target="fontTable.xml"/>\
<Relationship Id="{ODD_FOOTER_REL}" Type="{_RELS}/footer" Target="footer1.xml"/>\
<Relationship Id="{EVEN_FOOTER_REL}" Type="{_RELS}/footer" Target="footer2.xml"/>\
</Relationships>""".encode()

APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">\
<Application>Bulletin Desktop</Application><DocSecurity>0</DocSecurity></Properties>""".encode()

# Faces Word substitutes when the clerk's machine lacks the exact one: Windows 10 and
# later ship 仿宋 and 楷体 but not the *_GB2312 faces older templates name.
_ALT_NAMES = {"仿宋_GB2312": "仿宋", "楷体_GB2312": "楷体", "方正小标宋简体": "宋体"}
_PITCH_FIXED = {"仿宋_GB2312", "楷体_GB2312", "仿宋", "楷体", "黑体", "宋体"}


def _xml(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def core_properties_xml(title: str = "", subject: str = "", creator: str = "",
                        date_iso: str = "2000-01-01T00:00:00Z") -> bytes:
    """Fixed dates (the issue's date, not the time of export) keep output reproducible."""
    cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
    dc = "http://purl.org/dc/elements/1.1/"
    dcterms = "http://purl.org/dc/terms/"
    xsi = "http://www.w3.org/2001/XMLSchema-instance"
    root = etree.Element(f"{{{cp}}}coreProperties",
                         nsmap={"cp": cp, "dc": dc, "dcterms": dcterms, "xsi": xsi})
    for ns, name, value in ((dc, "title", title), (dc, "subject", subject), (dc, "creator", creator)):
        etree.SubElement(root, f"{{{ns}}}{name}").text = xml_safe(value)
    etree.SubElement(root, f"{{{cp}}}revision").text = "1"
    for name in ("created", "modified"):
        stamp = etree.SubElement(root, f"{{{dcterms}}}{name}")
        stamp.set(f"{{{xsi}}}type", "dcterms:W3CDTF")
        stamp.text = date_iso
    return _xml(root)


def settings_xml(options: LayoutOptions) -> bytes:
    root = etree.Element(f"{{{W_NS}}}settings", nsmap=NSMAP)
    insert_ordered(root, element("w:zoom", percent=100))
    insert_ordered(root, element("w:defaultTabStop", val=420))
    enable_even_and_odd_footers(root, True)
    # Full-width punctuation keeps its full width: compressing it would let a line hold
    # more than the 28 characters of the grid.
    insert_ordered(root, element("w:characterSpacingControl", val="doNotCompress"))
    compat = insert_ordered(root, element("w:compat"))
    sub(compat, "w:compatSetting", name="compatibilityMode", uri="http://schemas.microsoft.com/office/word",
        val=15)
    insert_ordered(root, element("w:themeFontLang", val="en-US", eastAsia="zh-CN"))
    insert_ordered(root, element("w:decimalSymbol", val="."))
    insert_ordered(root, element("w:listSeparator", val=","))
    return _xml(root)


def font_table_xml(options: LayoutOptions) -> bytes:
    root = etree.Element(f"{{{W_NS}}}fonts", nsmap=NSMAP)
    names = dict.fromkeys([options.body_font, options.title_font, options.heading_font, options.kai_font,
                           options.page_number_font, options.latin_font])
    for name in names:
        font = sub(root, "w:font", name=name)
        if name in _ALT_NAMES:
            sub(font, "w:altName", val=_ALT_NAMES[name])
        latin_only = name.isascii()
        sub(font, "w:charset", val="00" if latin_only else "86")
        sub(font, "w:family", val="roman" if latin_only else "modern")
        sub(font, "w:pitch", val="fixed" if name in _PITCH_FIXED else "variable")
    return _xml(root)


def footer_xml(options: LayoutOptions, *, even: bool) -> bytes:
    """"— N —" with a real PAGE field. GB/T 9704: odd pages right and even pages left,
    one character in from the edge of the type area; or centred on both."""
    g = geometry(options)
    root = etree.Element(f"{{{W_NS}}}ftr", nsmap=NSMAP)
    p = sub(root, "w:p")
    ppr = sub(p, "w:pPr")
    sub(ppr, "w:pStyle", val=PAGE_NUMBER)
    if options.page_number_position == "center":
        align = "center"
    else:
        align = "left" if even else "right"
        if even:
            set_indent(ppr, left=g.page_number_char, left_chars=100)
        else:
            set_indent(ppr, right=g.page_number_char, right_chars=100)
    sub(ppr, "w:jc", val=align)
    font, size = options.page_number_font, options.page_number_size_pt
    add_run(p, "— ", east_asia=font, latin=font, size_pt=size)
    add_page_field(p, run_properties(font, font, size_pt=size), cached="2" if even else "1")
    add_run(p, " —", east_asia=font, latin=font, size_pt=size)
    return _xml(root)


def section(options: LayoutOptions) -> etree._Element:
    g = geometry(options)
    return section_properties(
        page_w=g.page_w, page_h=g.page_h, top=g.top, right=g.right, bottom=g.bottom, left=g.left,
        header=g.header, footer=g.footer, line_pitch=g.line_pitch,
        footers=(("default", ODD_FOOTER_REL), ("even", EVEN_FOOTER_REL)),
    )


def empty_document_xml(options: LayoutOptions) -> bytes:
    root = etree.Element(f"{{{W_NS}}}document", nsmap=NSMAP)
    body = sub(root, "w:body")
    sub(sub(sub(body, "w:p"), "w:pPr"), "w:pStyle", val=NORMAL)
    body.append(section(options))
    return _xml(root)


def build_parts(options: LayoutOptions) -> dict[str, bytes]:
    """Every part of the template package, in the order they are stored."""
    return {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": PACKAGE_RELS,
        "docProps/app.xml": APP,
        CORE: core_properties_xml(),
        DOCUMENT: empty_document_xml(options),
        "word/_rels/document.xml.rels": DOCUMENT_RELS,
        "word/styles.xml": styles_xml(options),
        "word/settings.xml": settings_xml(options),
        "word/fontTable.xml": font_table_xml(options),
        ODD_FOOTER: footer_xml(options, even=False),
        EVEN_FOOTER: footer_xml(options, even=True),
    }


def pack(parts: dict[str, bytes]) -> bytes:
    """A zip whose bytes depend only on the parts: fixed timestamps and attributes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            archive.writestr(info, data)
    return buffer.getvalue()


def unpack(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def template_bytes(options: LayoutOptions | None = None) -> bytes:
    return pack(build_parts(options or LayoutOptions()))


def template_path() -> Path:
    return resource_path(TEMPLATE_NAME)


@lru_cache(maxsize=8)
def _parts_cached(options: LayoutOptions) -> tuple[tuple[str, bytes], ...]:
    if options == LayoutOptions():
        try:
            return tuple(unpack(template_path().read_bytes()).items())
        except (OSError, zipfile.BadZipFile):
            pass  # a damaged or missing installation: build the same parts in memory
    return tuple(build_parts(options).items())


def template_parts(options: LayoutOptions) -> dict[str, bytes]:
    """The template's parts for ``options``: the committed file for the defaults, the
    same parts built in memory for anything else (page size, fonts, page numbers …)."""
    return dict(_parts_cached(options))


def main() -> None:
    target = Path(__file__).resolve().parents[3] / "resources" / TEMPLATE_NAME
    data = template_bytes()
    write_atomically(target, lambda handle: handle.write(data))
    print(f"已生成 {target}（{len(data)} 字节）")


if __name__ == "__main__":
    main()
