"""A Word file of plain paragraphs, one per line: a unit's submission as the inbox tests send it."""
from __future__ import annotations

from pathlib import Path


def plain_docx(path: Path, lines: list[str]) -> Path:
    from docx import Document

    document = Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))
    return path
