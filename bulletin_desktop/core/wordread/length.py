"""How long a document prints, counted before it is read, so that a file of thousands of
pages is refused in a moment with a reason instead of being imported as one issue."""
from __future__ import annotations

from typing import Callable, Iterable

from lxml import etree

from . import limits
from .alternate import ALTERNATE, chosen
from .ns import on, w

_PAGE_SECTIONS = frozenset({"nextPage", "oddPage", "evenPage"})
_CELL = w("tc")


def pages_of_text(chars: int) -> int:
    return -(-chars // limits.CHARS_PER_PAGE)


def too_long(chars: int, breaks: int = 0, lines: int = 0) -> str | None:
    """Why a text of ``chars`` characters, ``breaks`` page breaks and ``lines`` paragraphs
    (each prints a line at least, an empty one too) is no issue, or None."""
    by_lines = -(-lines // limits.LINES_PER_PAGE)
    pages = max(pages_of_text(chars), breaks + 1, by_lines)
    if pages <= limits.MAX_PAGES:
        return None
    size = f"{lines} 段" if by_lines == pages and by_lines > pages_of_text(chars) else f"{chars} 字"
    return (f"文档约有 {pages} 页（{size}），一期简报通常只有几页，这不像一期简报，没有导入。"
            "如果是年度汇编或几期合在一起的文件，请分成每期一个文件再导入。")


def body_too_long(body: etree._Element) -> str | None:
    """``too_long`` for a document's body, from its text, its paragraphs (a table's row
    prints as one line, whatever its cells hold) and the page breaks it makes: breaks typed
    (Ctrl+Enter), paragraphs set to start a page, sections that start one; or a body split
    into far more runs than any issue has characters."""
    unread = _unread_branches(body)
    runs = _count(body, unread, lambda element: (1 for _ in element.iter(w("r"))))
    if runs > limits.MAX_RUNS:
        return (f"文档中的文字被拆成了 {runs} 个片段，远多于一期简报可能有的，可能是程序生成或已损坏的文件，"
                "这不像一期简报，没有导入。")
    chars = _count(body, unread, lambda element: (len(t.text or "") for t in element.iter(w("t"))))
    lines = (_count(body, unread, lambda element: (1 for p in element.iter(w("p")) if p.getparent().tag != _CELL))
             + _count(body, unread, lambda element: (1 for _ in element.iter(w("tr")))))
    breaks = _count(body, unread, lambda element: (1 for br in element.iter(w("br")) if br.get(w("type")) == "page"))
    breaks += _count(body, unread, lambda element: (1 for before in element.iter(w("pageBreakBefore")) if on(before)))
    # each section after the first that starts on a page of its own (the first starts the
    # document; a section's properties inside a revision's old ones are not a section)
    sections = [s for s in body.iter(w("sectPr")) if s.getparent() is body or s.getparent().tag == w("pPr")]
    for section in sections[1:]:
        kind = section.find(w("type"))
        if kind is None or kind.get(w("val"), "nextPage") in _PAGE_SECTIONS:
            breaks += 1
    return too_long(chars, breaks, lines)


def _unread_branches(body: etree._Element) -> list[etree._Element]:
    """The branches of the body's alternatives the reader does not take (a text box's VML
    fallback beside its DrawingML form holds the same text again), those inside a branch
    already left out aside: what they hold never prints once."""
    unread: set[etree._Element] = set()
    for alternate in body.iter(ALTERNATE):
        if any(ancestor in unread for ancestor in alternate.iterancestors()):
            continue
        taken = chosen(alternate)
        unread.update(branch for branch in alternate if branch is not taken)
    return list(unread)


def _count(body: etree._Element, unread: list[etree._Element],
           found: Callable[[etree._Element], Iterable[int]]) -> int:
    """The sum of what ``found`` yields for the body (a one for each thing counted, or each
    text's length) outside the ``unread`` branches."""
    return sum(found(body)) - sum(sum(found(branch)) for branch in unread)
