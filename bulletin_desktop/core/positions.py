"""A place in an issue's text: which node, which field, which characters.

Find uses it today; proofreading marks and imports will use it too. Offsets are counted in
code points (Python ``str`` indexes) of the field's *plain* text, never in Qt's UTF-16 units:
a character outside the Basic Multilingual Plane (𠀾, 𪚥 — they occur in place and person
names) is one code point but two UTF-16 units. Only the Qt edge converts, with
``utf16_offset`` and ``code_point_offset`` below.

What each field's text is (``field_text`` returns it):

- ``section``: the section title (``Section.title``); ``uid`` is the section's.
- ``date``: the item's date as typed (``Item.date``), without the ``，`` that follows it in print.
- ``unit``: the item's reporting unit (``Item.unit``), plain, without the bold markers.
- ``body``: the item's body as plain text (``plain(Item.body)``): without the date, the
  separator and the unit that print before it, and without ``**`` markup.
- ``title``: the article's title (``Article.title``).
- ``paragraph``: one paragraph of an article, ``plain(Article.paragraphs[paragraph])``, without
  ``**`` markup; ``paragraph`` is its index. Every other field has ``paragraph == 0``.

A range is half-open, ``[start, end)``; an empty range (start == end) is a caret.
"""
from __future__ import annotations

from dataclasses import dataclass

from .model import Article, Entry, Issue, Item, Section
from .richtext import plain

ITEM_TEXT_FIELDS = ("date", "unit", "body")
ARTICLE_TEXT_FIELDS = ("title", "paragraph")
TEXT_FIELDS = ("section", *ITEM_TEXT_FIELDS, *ARTICLE_TEXT_FIELDS)


@dataclass(frozen=True)
class Position:
    """A span of text in an issue: which entry or section, which field, which characters."""
    uid: str  # the section's uid for "section", else the entry's
    field: str  # one of TEXT_FIELDS
    start: int  # code points into the field's plain text
    end: int
    paragraph: int = 0  # which article paragraph, for field "paragraph"

    def __post_init__(self) -> None:
        if self.field not in TEXT_FIELDS:
            raise ValueError(f"unknown text field {self.field!r}")
        if not 0 <= self.start <= self.end or self.paragraph < 0:
            raise ValueError(f"bad range {self.start}..{self.end} in paragraph {self.paragraph}")

    @property
    def kind(self) -> str:
        """What the uid names: "section", "item" or "article"."""
        if self.field == "section":
            return "section"
        return "item" if self.field in ITEM_TEXT_FIELDS else "article"


def node_field_text(node: Section | Entry, field: str, paragraph: int = 0) -> str:
    """The plain text of ``field`` of a section or entry, as described in the module docstring."""
    if isinstance(node, Section) and field == "section":
        return node.title
    if isinstance(node, Item) and field in ITEM_TEXT_FIELDS:
        return plain(node.body) if field == "body" else getattr(node, field)
    if isinstance(node, Article) and field == "title":
        return node.title
    if isinstance(node, Article) and field == "paragraph" and paragraph < len(node.paragraphs):
        return plain(node.paragraphs[paragraph])
    raise LookupError(f"{type(node).__name__} has no text field {field!r} (paragraph {paragraph})")


def field_text(issue: Issue, position: Position) -> str:
    """The whole text of the field a position lies in. Raises LookupError if the issue no
    longer has that node or field."""
    node: Section | Entry | None
    if position.field == "section":
        node = issue.find_section(position.uid)
    else:
        found = issue.find_entry(position.uid)
        node = found[0].entries[found[1]] if found else None
    if node is None:
        raise LookupError(position.uid)
    return node_field_text(node, position.field, position.paragraph)


def text_at(issue: Issue, position: Position) -> str:
    """The characters a position covers."""
    return field_text(issue, position)[position.start:position.end]


# -- the Qt edge: QString, QTextCursor and QLineEdit count UTF-16 code units -------------

def utf16_offset(text: str, index: int) -> int:
    """The UTF-16 offset of code point ``index`` in ``text``."""
    return len(text[:index].encode("utf-16-le")) // 2


def code_point_offset(text: str, offset: int) -> int:
    """The code-point index of UTF-16 ``offset`` in ``text``; an offset inside a surrogate
    pair (which no well-formed selection has) falls back to the start of that character."""
    units = 0
    for index, char in enumerate(text):
        width = 2 if ord(char) > 0xFFFF else 1
        if units + width > offset:
            return index
        units += width
    return len(text)
