"""The Word (.docx) writer: ``write_docx(issue, path, options)``.

``ooxml`` holds the XML helpers python-docx lacks, ``styles`` the named style sheet,
``template`` our own template package, ``writer`` the body built from the issue's blocks.
"""
from .writer import docx_bytes, write_docx

__all__ = ["docx_bytes", "write_docx"]
