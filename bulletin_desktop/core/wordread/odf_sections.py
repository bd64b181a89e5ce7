"""An OpenDocument text's hidden sections (LibreOffice's Format → Sections → Hide: a
template's notes to whoever fills it in) print nothing, but the .docx LibreOffice makes of
the file, which the reader reads, has no such thing and shows them: they are taken out of a
copy before LibreOffice converts it, of a package (.odt) or of a flat XML file (.fodt).
Only called after container.check_package has bounded the whole package (container.check_size
the flat file)."""
from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

from lxml import etree

from .ns import parsed

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_SECTION, _DISPLAY = f"{{{_TEXT}}}section", f"{{{_TEXT}}}display"
_CONTENT = "content.xml"


def without_hidden_sections(path: Path) -> bytes | None:
    """The package at ``path`` with its hidden sections taken out of its content; None when
    it has none (or its content cannot be read here: LibreOffice then says what it can)."""
    try:
        with zipfile.ZipFile(path) as package:
            content = shown(package.read(_CONTENT))
            if content is None:
                return None
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w") as copy:
                for info in package.infolist():  # (each as it was stored: the mimetype first, uncompressed)
                    copy.writestr(info, content if info.filename == _CONTENT else package.read(info))
            return out.getvalue()
    except (KeyError, zipfile.BadZipFile, OSError, RuntimeError, ValueError, NotImplementedError, zlib.error):
        return None


def shown(content: bytes) -> bytes | None:
    """An OpenDocument text's XML (a package's content.xml, or a flat .fodt whole) without
    its hidden sections; None when it has none or cannot be read here."""
    if b'display="none"' not in content:  # (most files: not parsed twice)
        return None
    try:
        root = parsed(content)
    except (etree.XMLSyntaxError, ValueError, RuntimeError):  # (TooManyNodes, DoctypeDeclared: LibreOffice's to judge)
        return None
    hidden = [section for section in root.iter(_SECTION) if section.get(_DISPLAY) == "none"]
    for section in hidden:
        if (parent := section.getparent()) is not None:
            parent.remove(section)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") if hidden else None
