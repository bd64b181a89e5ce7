"""Word's own XML document (另存为 → Word XML 文档 (*.xml), "Flat OPC"): the parts of a .docx
written one after another in a single XML file. The reader zips them back into the package
they stand for and reads that; LibreOffice takes such a file for plain text."""
from __future__ import annotations

import base64
import binascii
import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import quoteattr

from lxml import etree

from .container import refuse, refuse_crowded, refuse_doctype
from .ns import DoctypeDeclared, TooManyNodes, parsed

_PKG = "http://schemas.microsoft.com/office/2006/xmlPackage"


def _pkg(tag: str) -> str:
    return f"{{{_PKG}}}{tag}"


def zipped(path: Path, data: bytes) -> bytes:
    """The .docx package the flat file ``data`` (read from ``path``) holds."""
    try:
        root = parsed(data)
    except etree.XMLSyntaxError:
        raise refuse(path, "文档内容的 XML 有错误，文件可能已损坏。") from None
    except DoctypeDeclared:
        raise refuse_doctype(path) from None
    except TooManyNodes:
        raise refuse_crowded(path) from None
    out = io.BytesIO()
    overrides = []
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for part in root.iterchildren(_pkg("part")):
            name = (part.get(_pkg("name")) or "").lstrip("/")
            if not name or name == "[Content_Types].xml":
                continue
            overrides.append(f'<Override PartName={quoteattr("/" + name)} ContentType={quoteattr(part.get(_pkg("contentType")) or "application/xml")}/>')
            package.writestr(name, _content(part, path))
        package.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            + "".join(overrides) + "</Types>"))
    return out.getvalue()


def _content(part: etree._Element, path: Path) -> bytes:
    xml = part.find(_pkg("xmlData"))
    if xml is not None:
        element = next(iter(xml), None)
        return etree.tostring(element, xml_declaration=True, encoding="UTF-8") if element is not None else b""
    binary = part.find(_pkg("binaryData"))
    try:
        return base64.b64decode("".join((binary.text or "").split())) if binary is not None else b""
    except (binascii.Error, ValueError):
        raise refuse(path, "文件中有一个部件的数据已损坏。") from None
