"""What the recogniser reads and what it gives back."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from ..model import SECTION_HEADING_DEFAULT, Issue
from ..richtext import RichText, plain


class Hint(str, Enum):
    """What the source's own markup says a paragraph is (a Word paragraph style), when it says."""

    NONE = ""
    HEADING = "heading"  # a Word heading style: a section heading
    SUBHEADING = "subheading"  # a Word heading style one level down: a section heading, or an article's title under one
    ARTICLE_TITLE = "article_title"  # our own export's article-title style, the text format's \标题|
    SECTION = "section"  # our own export's section-heading style
    ITEM = "item"  # the text format's \条目|: an item with its date and unit as written
    ARTICLE_PARAGRAPH = "article_paragraph"  # the text format's \段落|
    ISSUE_NUMBER = "issue_number"  # the text format's \期号|: a 期号 line with its unprinted running number
    MARKING = "marking"  # the text format's \标记|, our own export's 报头标记: the marks above the name
    NAME = "name"  # the text format's \刊名|: the bulletin's name as written
    OFFICE = "office"  # the text format's \单位|: the issuing office as written
    PAGE = "page"  # a printed copy's page number, or the running head under one: no text of the issue


@dataclass(frozen=True)
class Paragraph:
    """One paragraph as read from a file: its rich text and, when the source says, what it is."""

    rich: RichText
    hint: Hint = Hint.NONE
    exact: bool = False
    """Taken as written: not trimmed, never joined, never masthead or closing block."""
    fields: tuple[str, str, str] = ("", "", "")
    """An exact item's date, unit and mark (``rich`` is its body); an exact 期号 line's running number."""
    table_row: bool = False
    """A row of a Word table with text in more than one cell, as one line (the cells apart
    by spaces): in the body never a heading or an article's title, never joined to a line."""
    indented: bool = False
    """The line opened with an indent, as a printed copy's paragraphs do (text files)."""

    @property
    def text(self) -> str:
        return plain(self.rich)


class Role(str, Enum):
    """What a paragraph was recognised as; the review dialog colours paragraphs by it."""

    MARKING = "marking"  # 内部资料 注意保存 above the name
    NAME = "name"
    NUMBER = "number"
    SPECIAL = "special"
    OFFICE = "office"
    DATE = "date"
    SECTION = "section"
    ITEM = "item"
    ARTICLE_TITLE = "article_title"
    ARTICLE_PARAGRAPH = "article_paragraph"
    SIGNOFF = "signoff"
    DISTRIBUTION = "distribution"
    PRINT_NOTE = "print_note"
    UNPLACED = "unplaced"


@dataclass
class Recognised:
    """The issue read from the paragraphs, what the clerk should check (Chinese sentences),
    and for each input paragraph the roles it was given (empty when it was blank)."""

    issue: Issue
    warnings: list[str] = field(default_factory=list)
    roles: list[tuple[Role, ...]] = field(default_factory=list)
    section_style: str = SECTION_HEADING_DEFAULT  # how its sections' titles were printed (model.SECTION_HEADING_STYLES)
