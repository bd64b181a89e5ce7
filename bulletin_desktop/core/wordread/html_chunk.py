"""The text of an HTML fragment a Word document embeds (w:altChunk), as OA systems and web
editors write their documents: paragraphs with their bold, and the rows of its outermost
tables with the text of each cell.

Only the text and the bold are read: scripts, styles and the head are not text, images
are skipped, links are their words. Bold is what <b>, <strong>, a heading or a font-weight
of 600 and more gives, inline or by a simple rule of the fragment's stylesheet (.unit,
span.unit, strong); words set in a 黑体-kind font where the rest is not are bold as they
are in Word runs (heavy.set_apart). A <br> is a line break inside its paragraph and means
what Word's line break means (breaks.split_lines): a new paragraph between a heading and
an entry, none in the middle of a sentence. The fragment is parsed with the standard library's
tolerant parser, so unclosed paragraphs and list items (as HTML allows) end where the
next block begins.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Callable

from ..font_kinds import named_kind
from ..richtext import RichText, Run, normalize, strip_edges
from .breaks import split_lines
from .heavy import set_apart
from .symbols import is_symbol_font, symbol_font_text

# A block's text: a paragraph (its runs), or a row of a table (the paragraphs of each cell).
Block = RichText | list[list[RichText]]

_BLOCK_TAGS = frozenset(
    "p div li ul ol h1 h2 h3 h4 h5 h6 blockquote pre section article header footer center dd dt dl "
    "address hr form table tr td th caption tbody thead tfoot body".split())
_BOLD_TAGS = frozenset("b strong h1 h2 h3 h4 h5 h6 th".split())
# (<nav>: a saved page's menu of links to the site's other pages)
_NOT_TEXT = frozenset("script style head title noscript template object iframe svg nav".split())
_VOID = frozenset("br hr img meta link input area base col embed source wbr param".split())
# (the property itself, not Word's mso-bidi-font-weight:normal on every <b> it writes, which
# is the weight of right-to-left script only)
_BOLD_STYLE = re.compile(r"(?<![\w-])font-weight\s*:\s*(?:bold|bolder|[6-9]00)", re.IGNORECASE)
_NOT_BOLD_STYLE = re.compile(r"(?<![\w-])font-weight\s*:\s*(?:normal|lighter|[1-5]00)", re.IGNORECASE)
_FONT = re.compile(r"(?:^|;)\s*(mso-fareast-font-family|font-family|mso-symbol-font-family)\s*:\s*([^;]+)", re.IGNORECASE)
_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_SIMPLE_SELECTOR = re.compile(r"^([A-Za-z][A-Za-z0-9]*)?(?:\.([\w\-]+))?$")
_SPACES = re.compile(r"[ \t\r\n\f\xa0]+")
# what stands between the links of a menu: 首页 | 政务公开 | 工作动态, 首页 > 工作简报
_BETWEEN_LINKS = re.compile(r"[\s|｜/>›»·•\-—、,，]*")
_MENU_ITEM_MAX = 8  # characters: 首页, 政务公开, 工作简报; a contents' titles, links too, are longer
_CHARSET = re.compile(rb"charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)")
# (base64 wrapped on lines of 76 inside a quoted attribute too)
_INLINE_DATA = re.compile(r"data:[^\"'<>\s]{4096,}|(?<=[\"'])data:[^\"'<>]{4096,}(?=[\"'])", re.IGNORECASE)
_FEED = 65536  # characters given to the parser at a time (more past a long tag), the time budget checked between them


def html_text(data: bytes, check_time: Callable[[], None] = lambda: None) -> list[Block]:
    """The fragment's blocks in reading order. ``check_time`` is called as the parsing goes
    on and may raise to stop it."""
    parser = _Reader()
    # a photo an OA editor wrote into the page as a data: address is megabytes of one
    # attribute, never text: left out before parsing, which would copy it over and over
    text = _INLINE_DATA.sub("data:", decoded(data))
    start, piece = 0, _FEED
    while start < len(text):
        check_time()
        parser.feed(text[start:start + piece])
        start += piece
        # what the parser holds back (a tag, script or comment not yet closed: a photo an OA
        # editor wrote into the page as a data: address is megabytes of one attribute) it
        # scans again with each piece fed: pieces at least as long keep it from costing its
        # length over and over
        piece = max(_FEED, len(parser.rawdata))
    parser.close()
    parser.end_block()
    return parser.blocks


def framed_pages(data: bytes, folder: Path) -> list[Path]:
    """The pages a page of frames shows (<frame src>, <iframe src>) that were saved with it in
    ``folder`` or below it (a browser's 网页，全部 puts them in the folder 某页_files), in
    the order the page names them; addresses elsewhere (http:, another folder) are not
    followed."""
    from urllib.parse import unquote

    found: list[Path] = []
    root = folder.resolve()
    for source in re.findall(r"""<i?frame\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)""", decoded(data), re.IGNORECASE):
        address = unquote(source.split("#")[0].split("?")[0]).replace("\\", "/")
        if not address or re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:", address) or address.startswith(("/", "\\")):
            continue  # (a web address, data:, about:blank, or a path from the disk's root)
        try:
            page = (folder / address).resolve()
        except (OSError, RuntimeError):
            continue
        if page.is_relative_to(root) and page.is_file() and page not in found:
            found.append(page)
    return found


def decoded(data: bytes, charset: str | None = None) -> str:
    """The fragment's text: by its byte-order mark, its charset, UTF-8, or GB18030 (what
    Chinese Windows software writes when it says nothing). ``charset``: the one its content
    type names (text/plain; charset=gbk), "" for none; None: the one the page declares in it."""
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    if charset is None:
        declared = _CHARSET.search(data[:4096])
        charset = declared.group(1).decode("ascii") if declared else ""
    for encoding in ([charset] if charset else []) + ["utf-8"]:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("gb18030", errors="replace")


class _Look:
    """What a stylesheet rule or an element's own style says of its text: bold (True, False,
    or None when it does not say) and the font named for it."""

    __slots__ = ("bold", "font", "latin")

    def __init__(self, style: str) -> None:
        self.bold: bool | None = True if _BOLD_STYLE.search(style) else False if _NOT_BOLD_STYLE.search(style) else None
        fonts = {name.lower(): value for name, value in _FONT.findall(style)}
        family = fonts.get("mso-fareast-font-family") or fonts.get("font-family") or ""
        self.font: str | None = family.split(",")[0].strip(" \t\r\n\"'") or None
        # the font for Latin letters, where a symbol font draws a bullet (Word's list labels:
        # Wingdings l for ●)
        # (Word's Insert → Symbol saved as a web page names the font apart: mso-symbol-font-family)
        latin = fonts.get("mso-symbol-font-family") or fonts.get("font-family") or ""
        self.latin: str | None = latin.split(",")[0].strip(" \t\r\n\"'") or None


def _stylesheet(text: str) -> dict[str, _Look]:
    """The simple rules of a <style> block, by selector: tag, .class or tag.class (others,
    descendant and pseudo selectors among them, are left out). A later rule adds to an earlier one."""
    rules: dict[str, _Look] = {}
    for selectors, declarations in _CSS_RULE.findall(_CSS_COMMENT.sub("", text)):
        look = _Look(declarations)
        if look.bold is None and look.font is None:
            continue
        for selector in selectors.split(","):
            selector = selector.strip().replace("<!--", "").strip()
            found = _SIMPLE_SELECTOR.match(selector)
            if not selector or found is None:
                continue
            key = (found.group(1) or "").lower() + ("." + found.group(2) if found.group(2) else "")
            known = rules.setdefault(key, _Look(""))
            known.bold = look.bold if look.bold is not None else known.bold
            known.font = look.font or known.font
    return rules


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self._runs: list[Run] = []  # the line being read
        self._lines: list[list[Run]] = []  # the paragraph's lines before it (ended by <br>)
        self._heavy: set[int] = set()  # ids of the runs set in a 黑-kind font
        # tag, whether its text is bold, the font of its text, text it hid (0/1), the font of its
        # Latin letters: each element's own or, where it sets none, its parent's, so that
        # text is read at the cost of one element whatever the depth it is met at
        self._open: list[tuple[str, bool, str | None, int, str | None]] = []
        self._open_tags: dict[str, int] = {}  # how many of each tag are open
        self._hidden = 0
        self._css: dict[str, _Look] = {}
        self._css_text: list[str] = []
        self._tables = 0  # tables open; the outermost one's rows and cells are kept apart
        self._row: list[list[RichText]] | None = None
        self._cell: list[RichText] | None = None
        self._links: list[int] = []  # the length of the text of each link begun in the paragraph being read
        self._unlinked: list[str] = []  # its text outside them
        self._in_link = 0  # links open where the reader is

    # -- tags

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._line_break()
            return
        if tag in _BLOCK_TAGS:
            self.end_block()
            self._table_start(tag)
        if tag in _VOID:
            return
        style = next((value or "" for name, value in attrs if name == "style"), "")
        bold, font, latin = self._look(tag, attrs, style)
        hidden = 1 if tag in _NOT_TEXT or re.search(r"display\s*:\s*none", style, re.IGNORECASE) else 0
        if tag == "a":
            self._links.append(0)
            self._in_link += 1
        _, outer_bold, outer_font, _, outer_latin = self._open[-1] if self._open else ("", False, None, 0, None)
        self._open.append((tag, outer_bold if bold is None else bold, font or outer_font, hidden, latin or outer_latin))
        self._open_tags[tag] = self._open_tags.get(tag, 0) + 1
        self._hidden += hidden

    def _look(self, tag: str, attrs: list[tuple[str, str | None]],
              style: str) -> tuple[bool | None, str | None, str | None]:
        """The bold and the fonts (its Chinese text's, its Latin letters') an element sets: its
        own style, else its classes' rules, else its tag's rule, else the tag's own meaning
        (<b>, <font face>)."""
        own = _Look(style)
        classes = next((value or "" for name, value in attrs if name == "class"), "").split()
        rules = [rule for key in [tag] + [f".{c}" for c in classes] + [f"{tag}.{c}" for c in classes]
                 if (rule := self._css.get(key)) is not None] if self._css else []
        bold = own.bold
        if bold is None:  # the most particular rule that says: tag.class, .class, then tag
            bold = next((rule.bold for rule in reversed(rules) if rule.bold is not None), None)
        if bold is None and tag in _BOLD_TAGS:
            bold = True
        font = own.font or next((rule.font for rule in reversed(rules) if rule.font), None)
        if font is None and tag == "font":
            font = next((value for name, value in attrs if name == "face" and value), None)
        return bold, font, own.latin or (font if tag == "font" else None)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._line_break()
        elif tag in _BLOCK_TAGS:
            self.end_block()

    def handle_endtag(self, tag: str) -> None:
        if not self._open_tags.get(tag):
            if tag in _BLOCK_TAGS:
                self.end_block()
            return  # an end tag with no start: HTML as written by hand
        while self._open:
            open_tag, _, _, hidden, _ = self._open.pop()
            self._open_tags[open_tag] -= 1
            self._hidden -= hidden
            self._in_link -= open_tag == "a"
            if open_tag == "style" and self._css_text:
                self._css.update(_stylesheet("".join(self._css_text)))
                self._css_text = []
            if open_tag in _BLOCK_TAGS:
                self.end_block()
                self._table_end(open_tag)
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._open and self._open[-1][0] == "style":
            self._css_text.append(data)
        if self._hidden or not data:
            return
        text = _SPACES.sub(" ", data)
        _, bold, font, _, latin = self._open[-1] if self._open else ("", False, None, 0, None)
        if is_symbol_font(latin):
            text = symbol_font_text(latin or "", text)
        if not self._in_link:
            self._unlinked.append(text)
        elif self._links:
            self._links[-1] += len(text.strip())
        if text.strip() or self._runs:
            run = Run(text, bold)
            self._runs.append(run)
            if font is not None and named_kind(font) == "hei":
                self._heavy.add(id(run))

    # -- blocks

    def _line_break(self) -> None:
        self._lines.append(self._runs)
        self._runs = []

    def end_block(self) -> None:
        """The paragraph being read is finished: into the cell it is in, or the blocks. Its
        lines are one paragraph or several, as Word's lines are."""
        lines = set_apart([*self._lines, self._runs], self._heavy)
        menu = (len(self._links) > 1 and max(self._links) <= _MENU_ITEM_MAX
                and _BETWEEN_LINKS.fullmatch("".join(self._unlinked)) is not None)
        self._runs, self._lines, self._heavy, self._links, self._unlinked = [], [], set(), [], []
        if menu:  # a row of short links and nothing else: a saved page's menu, no text of the page's own
            return
        # (the spaces HTML's layout put at a line's ends are none of its text)
        pieces = split_lines([_strip_spaces(normalize(line)) for line in lines]) if len(lines) > 1 else \
            [normalize(lines[0])]
        for piece in pieces:
            rich = strip_edges(piece)
            if not rich:
                continue
            if self._cell is not None:
                self._cell.append(rich)
            else:
                self.blocks.append(rich)

    def _table_start(self, tag: str) -> None:
        if tag == "table":
            self._tables += 1
        elif self._tables == 1 and tag == "tr":
            self._row_end()
            self._row = []
        elif self._tables == 1 and tag in ("td", "th") and self._row is not None:
            self._cell = []
            self._row.append(self._cell)

    def _table_end(self, tag: str) -> None:
        if tag == "table":
            if self._tables == 1:
                self._row_end()
            self._tables = max(0, self._tables - 1)
        elif self._tables == 1 and tag == "tr":
            self._row_end()
        elif self._tables == 1 and tag in ("td", "th"):
            self._cell = None

    def _row_end(self) -> None:
        if self._row:
            self.blocks.append(self._row)
        self._row, self._cell = None, None



def _strip_spaces(line: RichText) -> RichText:
    """A line without the ASCII spaces at its two ends (a full-width indent stays: it opens
    a paragraph)."""
    runs = list(line)
    while runs and not runs[0].text.strip(" "):
        runs.pop(0)
    while runs and not runs[-1].text.strip(" "):
        runs.pop()
    if runs:
        runs[0] = Run(runs[0].text.lstrip(" "), runs[0].bold)
        runs[-1] = Run(runs[-1].text.rstrip(" "), runs[-1].bold)
    return normalize(runs)
