"""Word's "Strict Open XML Document" (另存为 → Strict Open XML 文档 (*.docx)).

The same parts as an ordinary .docx under other namespace names (purl.oclc.org instead of
schemas.openxmlformats.org). python-docx knows only the ordinary ones, so a Strict package
is read through a copy in memory with the names the reader knows; what the names qualify
is the same for text, bold, tables, lists and text boxes. Only called after
``container.check_package`` has bounded the sizes.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

_STRICT = b"http://purl.oclc.org/ooxml/"
# The Strict names of what the reader looks at, and their ordinary names (ISO/IEC 29500-4
# lists both); relationship types are these names followed by /styles, /numbering …
_ORDINARY = (
    (b"http://purl.oclc.org/ooxml/wordprocessingml/main", b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
    (b"http://purl.oclc.org/ooxml/officeDocument/relationships/metadata/core-properties",
     b"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
    (b"http://purl.oclc.org/ooxml/officeDocument/relationships",
     b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
    (b"http://purl.oclc.org/ooxml/drawingml/main", b"http://schemas.openxmlformats.org/drawingml/2006/main"),
    (b"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing",
     b"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
    (b"http://purl.oclc.org/ooxml/drawingml/picture", b"http://schemas.openxmlformats.org/drawingml/2006/picture"),
    (b"http://purl.oclc.org/ooxml/officeDocument/math", b"http://schemas.openxmlformats.org/officeDocument/2006/math"),
)


def is_strict(path: Path | io.BytesIO) -> bool:
    """Whether the package's own relationships name a Strict main document."""
    with zipfile.ZipFile(path) as package:
        try:
            rels = package.read("_rels/.rels")
        except KeyError:
            return False
    return _STRICT + b"officeDocument/relationships/officeDocument" in rels


def ordinary_copy(path: Path | io.BytesIO) -> io.BytesIO:
    """The package with its XML parts renamed to the ordinary namespaces, in memory."""
    out = io.BytesIO()
    with zipfile.ZipFile(path) as package, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as copy:
        for info in package.infolist():
            data = package.read(info)
            if info.filename.lower().endswith((".xml", ".rels")) and _STRICT in data:
                for strict, ordinary in _ORDINARY:
                    data = data.replace(strict, ordinary)
            copy.writestr(info.filename, data)
    out.seek(0)
    return out
