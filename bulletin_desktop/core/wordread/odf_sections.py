"""An OpenDocument text's hidden sections (LibreOffice's Format → Sections → Hide: a
template's notes to whoever fills it in) print nothing, but the .docx LibreOffice makes of
the file, which the reader reads, has no such thing and shows them: they are taken out of a
copy before LibreOffice converts it. Only called after container.check_package has bounded
the whole package."""
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
            content = package.read(_CONTENT)
            if b'display="none"' not in content:  # (most files: not parsed twice)
                return None
            root = parsed(content)
            hidden = [section for section in root.iter(_SECTION) if section.get(_DISPLAY) == "none"]
            for section in hidden:
                if (parent := section.getparent()) is not None:
                    parent.remove(section)
            if not hidden:
                return None
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w") as copy:
                for info in package.infolist():  # (each as it was stored: the mimetype first, uncompressed)
                    copy.writestr(info, etree.tostring(root, xml_declaration=True, encoding="UTF-8")
                                  if info.filename == _CONTENT else package.read(info))
            return out.getvalue()
    except (KeyError, zipfile.BadZipFile, OSError, RuntimeError, ValueError, NotImplementedError, zlib.error,
            etree.XMLSyntaxError):
        return None
