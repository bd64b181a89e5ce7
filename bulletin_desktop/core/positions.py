"""A place in an issue's text: which node, which field, which characters.

Find and replace use it, and proofreading marks; imports will use it too. Offsets are counted in
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
  ``**`` markup; ``paragraph`` is its index (an article's byline is its first paragraph).

The masthead and the closing block belong to the issue itself: their ``uid`` is ``""``.

- ``marking``, ``series``, ``office``: ``Issue.marking`` (above the name), the bulletin's name,
  the issuing office.
- ``special``: the special series' name (``Special.name``), without its number.
- ``number_line`` and ``issue_date``: the 期号 line (``Issue.number_line()``) and the date as
  printed (``format_cn_date``).

``FOUND_ONLY_FIELDS`` are found but never replaced in: the 期号 line and the date are made
from numbers and a date their own controls change, and the bulletin's name is every issue's
of that bulletin (changed, it renames the bulletin in the archive), not this issue's text.
- ``editors``, ``reviewers``, ``signers``: one name of that role; ``paragraph`` is its index
  in the list (``Signoff.editors`` …).
- ``others``: one of the other roles as written (主编：王五); ``paragraph`` is its index in
  ``Signoff.others``.
- ``distribution``: the recipients of one distribution line (``DistributionLine.text``, without
  its label); ``paragraph`` is the line's index.

Every field that is not a list has ``paragraph == 0``.

A range is half-open, ``[start, end)``; an empty range (start == end) is a caret.
"""
from __future__ import annotations

from dataclasses import dataclass

from .model import SIGNOFF_LABELS, Article, Entry, Issue, Item, Section, format_cn_date
from .richtext import plain

ITEM_TEXT_FIELDS = ("mark", "date", "unit", "body")
ARTICLE_TEXT_FIELDS = ("title", "paragraph")
MASTHEAD_TEXT_FIELDS = ("marking", "series", "number_line", "special", "office", "issue_date")  # as printed
CLOSING_TEXT_FIELDS = ("editors", "reviewers", "signers", "others", "distribution")
FOUND_ONLY_FIELDS = ("series", "number_line", "issue_date")
TEXT_FIELDS = ("section", *ITEM_TEXT_FIELDS, *ARTICLE_TEXT_FIELDS, *MASTHEAD_TEXT_FIELDS, *CLOSING_TEXT_FIELDS)


@dataclass(frozen=True)
class Position:
    """A span of text in an issue: which entry or section, which field, which characters."""
    uid: str  # the section's uid for "section", "" for the masthead and closing block, else the entry's
    field: str  # one of TEXT_FIELDS
    start: int  # code points into the field's plain text
    end: int
    paragraph: int = 0  # which article paragraph, name, role or distribution line

    def __post_init__(self) -> None:
        if self.field not in TEXT_FIELDS:
            raise ValueError(f"unknown text field {self.field!r}")
        if not 0 <= self.start <= self.end or self.paragraph < 0:
            raise ValueError(f"bad range {self.start}..{self.end} in paragraph {self.paragraph}")

    @property
    def kind(self) -> str:
        """Where the text is: "section", "item", "article", "masthead" or "closing"."""
        if self.field == "section":
            return "section"
        if self.field in MASTHEAD_TEXT_FIELDS:
            return "masthead"
        if self.field in CLOSING_TEXT_FIELDS:
            return "closing"
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


def issue_field_text(issue: Issue, field: str, index: int = 0) -> str:
    """The plain text of a masthead or closing-block ``field``, as described in the module docstring."""
    if field in ("marking", "series", "office"):
        return str(getattr(issue, field))
    if field == "special" and issue.special is not None:
        return issue.special.name
    if field == "number_line":
        return issue.number_line()
    if field == "issue_date":
        return format_cn_date(issue.date)
    texts: list[str] = []
    if field in ("editors", "reviewers", "signers", "others"):
        texts = getattr(issue.signoff, field)
    elif field == "distribution":
        texts = [line.text for line in issue.distribution]
    if 0 <= index < len(texts):
        return texts[index]
    raise LookupError(f"the issue has no text field {field!r} ({index})")


def closing_fields(issue: Issue) -> list[tuple[str, int]]:
    """The closing block's fields with their indexes, in printed order: the roles printed
    before 编辑 (主编：…), the three roles' names, the other roles, the distribution lines."""
    signoff = issue.signoff
    three = [(attr, index) for attr in ("editors", "reviewers", "signers")
             for index in range(len(getattr(signoff, attr)))]
    printed = signoff.line("\n").split("\n")
    first_role = next((f"{label}：{' '.join(names)}" for label, attr in SIGNOFF_LABELS.items()
                       if (names := getattr(signoff, attr))), None)
    # others are kept with the roles printed first at their head
    heads = printed.index(first_role) if first_role in printed else len(signoff.others)
    others = [("others", index) for index in range(len(signoff.others))]
    lines = [("distribution", index) for index in range(len(issue.distribution))]
    return [*others[:heads], *three, *others[heads:], *lines]


def field_text(issue: Issue, position: Position) -> str:
    """The whole text of the field a position lies in. Raises LookupError if the issue no
    longer has that node or field."""
    if position.kind in ("masthead", "closing"):
        return issue_field_text(issue, position.field, position.paragraph)
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
