"""Lines a document library adds to every file its trial version writes: Aspose.Words'
"Evaluation Only" banner and Spire.Doc's "Evaluation Warning" (both used by office systems
that produce bulletins as Word files). They are the writing program's, not the author's,
and above the masthead they hide it; they are dropped and the clerk is told, and told too
when the trial version cut the document short."""
from __future__ import annotations

import re

from ..recognise import Paragraph

_NOTICE = re.compile(
    r"^(?:Evaluation Only\. Created with Aspose\.\w+\..{0,80}"
    r"|Created with an evaluation copy of Aspose\.\w+\..{0,200}"
    r"|Evaluation Warning\s*:\s*The document was created with\s+Spire\.\w+\s+for\s+\S{1,12}"
    r"|This document was truncated here because it was created in the Evaluation Mode\.?)$",
    re.IGNORECASE)
_TRUNCATED = "truncated here"


def without_notices(paragraphs: list[Paragraph]) -> tuple[list[Paragraph], str | None]:
    """The paragraphs without the trial versions' lines, and what to tell the clerk (None
    when there were none)."""
    kept = [p for p in paragraphs if not _NOTICE.match(p.text.strip())]
    dropped = [p.text.strip() for p in paragraphs if _NOTICE.match(p.text.strip())]
    if not dropped:
        return paragraphs, None
    library = "Aspose.Words" if any("aspose" in text.lower() or "evaluation mode" in text.lower() for text in dropped) else "Spire.Doc"
    note = f"略去了 {len(dropped)} 行生成这个文件的程序（{library} 试用版）加入的英文提示，它们不是简报的内容。"
    if any(_TRUNCATED in text.lower() for text in dropped):
        note += "该程序的试用版截断了文档，后面的内容没有写进文件，请向发文单位索取完整的文件。"
    return kept, note
