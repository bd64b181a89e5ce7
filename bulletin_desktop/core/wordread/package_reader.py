"""The package's parts, found by walking its relationships as python-docx does, except that
a relationship naming a part the file does not hold (an image a mail gateway or a slimming
tool took out, a header a generator named but never wrote, a target outside the package) is
left out and counted instead of failing the whole file: Word opens such a file after saying
that some content is unreadable, and the text is all there. A hyperlink names no part, even
one a program wrote without marking it external (#_top, NULL)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from lxml import etree

from . import limits
from .ns import DoctypeDeclared, declares_doctype


@dataclass
class PackageParts:
    reader: Any  # a docx.opc.pkgreader.PackageReader over the parts present
    missing: int  # internal relationships whose part the file lacks (or gives no content type)
    # why its parts' types were told from their names' endings: its [Content_Types].xml is
    # MISSING or BROKEN; "" when the file lists them
    types_guessed: str = ""


MISSING, BROKEN = "missing", "broken"


# The content types a package without its [Content_Types].xml is read with, by the endings of
# its parts' names (a .docx zipped again by hand, with a tool that left the bracketed name
# out): the reader goes by relationships, and looks at a type only for embedded fragments.
_GUESSED_TYPES = ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                  + "".join(f'<Default Extension="{ending}" ContentType="{kind}"/>' for ending, kind in (
                      ("xml", "application/xml"), ("html", "text/html"), ("htm", "text/html"),
                      ("mht", "message/rfc822"), ("mhtml", "message/rfc822"), ("txt", "text/plain"),
                      ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                      ("png", "image/png"), ("jpeg", "image/jpeg"), ("jpg", "image/jpeg"), ("gif", "image/gif"),
                      ("bmp", "image/bmp"), ("tif", "image/tiff"), ("tiff", "image/tiff"), ("emf", "image/x-emf"),
                      ("wmf", "image/x-wmf"), ("bin", "application/vnd.openxmlformats-officedocument.oleObject")))
                  + "</Types>").encode()


def read_parts(source: Any) -> PackageParts:
    """``source``: a path or a file-like object holding the zip. Raises what python-docx
    raises for a file that is no package (PackageNotFoundError). A file without its
    [Content_Types].xml, or with one whose XML is broken, is read with types told from the
    parts' names (Word repairs such a file on opening). A main document the file lacks is left out like any other part: the
    caller finds no officeDocument relationship and says so. Raises ns.DoctypeDeclared for
    a list of content types or of relationships that declares a DOCTYPE."""
    from docx.opc.packuri import PACKAGE_URI
    from docx.opc.phys_pkg import PhysPkgReader
    from docx.opc.pkgreader import PackageReader, _ContentTypeMap, _SerializedPart

    physical: Any = PhysPkgReader(source)  # (its __new__ gives the zip or folder reader)
    try:
        try:
            types_xml, guessed = physical.content_types_xml, ""
        except KeyError:
            types_xml, guessed = _GUESSED_TYPES, MISSING
        if declares_doctype(types_xml):  # (python-docx parses these parts itself)
            raise DoctypeDeclared
        try:
            content_types = _ContentTypeMap.from_xml(types_xml)
        except etree.XMLSyntaxError:  # (Word repairs this list as it repairs a missing one)
            content_types, guessed = _ContentTypeMap.from_xml(_GUESSED_TYPES), BROKEN
        members = _Members(physical)
        package_rels = _relationships(members, PACKAGE_URI)
        parts: dict[str, Any] = {}
        missing: set[str] = set()
        pending = [package_rels]  # a stack, not recursion: a chain of thousands of parts is no error
        while pending:
            for rel in pending.pop():
                # (a hyperlink's target is an address, whatever its mode says: #_top, NULL)
                name = rel.target_partname if not rel.is_external and not rel.reltype.endswith("/hyperlink") else None
                if name is None or name in parts or name in missing:
                    continue
                try:
                    content_type = content_types[name]
                    blob = members.blob(name)
                except KeyError:
                    missing.add(name)
                    continue
                part_rels = _relationships(members, name)
                parts[name] = _SerializedPart(name, content_type, rel.reltype, blob, part_rels)
                pending.append(part_rels)
    finally:
        physical.close()
    for rels in [package_rels, *(part.srels for part in parts.values())]:
        # python-docx joins each relationship to its target part and fails on one it lacks
        rels._srels = [rel for rel in rels if rel.is_external or rel.target_partname in parts]
    return PackageParts(PackageReader(content_types, package_rels, tuple(parts.values())), len(missing), guessed)


class TooManyRelationships(ValueError):
    """A part naming far more other parts and links than any document does: (its relationship
    part's name, how many at least)."""


_TARGET = (b"Target", "Target".encode("utf-16-le"), "Target".encode("utf-16-be"))


def _relationships(members: "_Members", name: Any) -> Any:
    """The relationships of the part ``name`` (python-docx's), counted before they are read:
    each costs python-docx tens of microseconds, and a crafted part holds hundreds of thousands."""
    from docx.opc.pkgreader import _SerializedRelationships

    xml = members.relationships_xml(name)
    if xml is not None and (count := sum(xml.count(mark) for mark in _TARGET)) > limits.MAX_RELATIONSHIPS:
        raise TooManyRelationships(str(name.rels_uri).lstrip("/"), count)
    if xml is not None and declares_doctype(xml):
        raise DoctypeDeclared
    return _SerializedRelationships.load_from_xml(name.baseURI, xml)


class _Members:
    """The zip's members found as Word finds parts: letter case aside (a generator's
    word/Document.xml, a zip tool's docprops/ for docProps/), a name a relationship writes
    percent-encoded (%E6%AD%A3%E6%96%87.xml) as the characters it stands for, and a folder
    written with a backslash (word\\document.xml: .NET 4.5's zip tools on Windows), which
    Python's zip reader turns into a slash itself on Windows but not elsewhere."""

    def __init__(self, physical: Any):
        self.physical = physical
        self.archive = getattr(physical, "_zipf", None)  # python-docx's zip reader
        names = self.archive.namelist() if self.archive is not None else []
        self.exact = set(names)
        self.folded: dict[str, str] = {}
        for member in names:
            self.folded.setdefault(_folded(member), member)

    def _member(self, name: str) -> str:
        """The zip's name for the member ``name``; KeyError when the file holds none."""
        return name if name in self.exact else self.folded[_folded(name)]

    def blob(self, partname: Any) -> bytes:
        """The part's bytes; none for a part the reader never inflates (a picture:
        container.check_package has not bounded it), once the file is known to hold it."""
        if self.archive is None:
            return self.physical.blob_for(partname)
        member = self._member(partname.membername)
        return b"" if limits.never_inflated(member) else self.archive.read(member)

    def relationships_xml(self, partname: Any) -> bytes | None:
        if self.archive is None:
            return self.physical.rels_xml_for(partname)
        try:
            return self.archive.read(self._member(partname.rels_uri.membername))
        except KeyError:
            return None


def _folded(name: str) -> str:
    return unquote(name).replace("\\", "/").lower()
