"""Plain text copied out of a printed bulletin (a PDF through pdftotext, a page scanned and
recognised): every printed line is a line of its own, cut where the page was full, and the
page numbers (—1—) stand between the pages. Such a text is told by its lines: most of them
are about as wide as the page and stop in the middle of a sentence. Its full lines are then
joined with the line after them, across a page's end, unless that line opens a paragraph
(a date, a section, 一、…). A text written line by line, as the clerk or our own format
writes it, is not like that and is left alone.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import islice

from .model import BULLETS
from .recognise import Hint, Paragraph, patterns
from .recognise.furniture import is_page_line
from .pasted_entries import joined_lines

# —1—, - 2 -, ·3·, 第3页, 第 3 页 共 8 页: the page numbers of a printed copy, not its text
# (第2页/共4页, Word's own footer in Chinese, too)
_PAGE_NUMBER = re.compile(r"^[—–－\-·•]\s*\d{1,3}\s*[—–－\-·•]$|^第\s*\d{1,3}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,3}\s*页)?$")
# 1, 2, 3: a number alone, the page number pdftotext gives most often (or 2/4); one only in a printed
# copy (elsewhere a line of digits may be text)
_BARE_PAGE_NUMBER = re.compile(r"^\d{1,3}(?:\s*[/／]\s*\d{1,3})?$")  # (2/4: the page of how many)
# a printed copy's paragraphs open with an indent (two spaces or more, a full-width space, a
# tab): where only some lines have one, it starts a paragraph
_INDENT = re.compile(r"^(?:\u3000|[ \u00a0]{2}|\t)")
_INDENTED_AT_MOST = 0.5
_SHORTEST_LINE = 10  # narrower lines are headings and ends of paragraphs, not the page's width
_WIDEST_PAGE = 45  # wider "lines" are whole paragraphs
_NEAR = 2  # a full line's width, give or take (punctuation, Latin digits)
_SLACK = 3  # a line this much short of the width may still have been cut (an indented first line)
_ALL_CUT = 0.9
_WIDER_LINES = 2  # lines wider than the page a printed copy may still show (a line run into the next)
_LAST_LINE_SHORT = 1.5  # more than this short of the width, a line ending a sentence ends its paragraph
_BRACKETED_LINE = re.compile(r"^[（(][^（）()]{2,40}[）)]$")
_NARROW = re.compile(r"[\x00-\x7f\u00a0-\u02ff\uff61-\uffdc]")  # Latin letters, digits, half-width forms


def is_page_number(line: str, printed: bool = False) -> bool:
    """—1—, 第3页 anywhere; a number alone too in a ``printed`` copy."""
    line = line.strip()
    return bool(_PAGE_NUMBER.match(line) or (printed and _BARE_PAGE_NUMBER.match(line)))


def is_indented(line: str) -> bool:
    """The line as read, before it is trimmed, opens with a paragraph's indent."""
    return bool(_INDENT.match(line))


def width(line: str) -> float:
    """The line's printed width in Chinese characters: Latin letters and digits take half."""
    return len(line) - 0.5 * len(_NARROW.findall(line))


def wrap_width(lines: list[str]) -> float | None:
    """The width the text was printed at, when it is a printed copy's lines; else None."""
    lines = [line for line in lines if not patterns.SPACED_OUT.search(line)]
    widths = [width(line) for line in lines]
    wide = [w for w in widths if w >= _SHORTEST_LINE]
    if len(wide) < 6:
        return _short_copy_width(lines, widths)
    page = Counter(round(w) for w in wide).most_common(1)[0][0]
    full = [line for line, w in zip(lines, widths) if abs(w - page) <= _NEAR]
    if page > _WIDEST_PAGE or len(full) < 5:
        return _short_copy_width(lines, widths)
    # no printed line is wider than the page; typed text has its paragraphs on lines wider
    # than its few lines of one width (the titles a contents lists)
    if sum(1 for w in widths if w > page + _NEAR) > max(_WIDER_LINES, 0.2 * len(full)):
        return None
    cut = sum(1 for line in full if not patterns.ends_sentence(line.rstrip()))
    if len(full) < 0.4 * len(wide):
        # a short copy whose paragraphs take two lines each has as many last lines as full
        # ones: still a printed copy when its full lines are all cut mid-sentence
        return float(page) if cut >= _ALL_CUT * len(full) else None
    return float(page) if cut >= 0.6 * len(full) else None


def continues(previous: str, following: str, page: float) -> bool:
    """``following`` goes on with the paragraph whose printed line ``previous`` filled the page's width."""
    wide = width(previous)
    flat = patterns.compact(following)
    return (wide >= page - _SLACK and not patterns.SPACED_OUT.search(previous) and not patterns.SPACED_OUT.search(following)
            and not patterns.MAIL_HEADER.match(previous)
            # a web page's own line (发布时间：…　浏览量：56) neither goes on nor is gone on with
            and not is_page_line(previous) and not is_page_line(following)
            # a line the sentence ended on short of the margin is a paragraph's last (only a
            # first line, its indent lost, may be that short and go on)
            and not (wide < page - _LAST_LINE_SHORT and patterns.ends_sentence(previous.rstrip()))
            # a heading's mark (■ 抽检信息 ■, ◆…) or a byline in brackets of its own
            # (（某县教育局　王芳）) opens a line, never goes on with one
            and flat[:1] not in BULLETS and not _BRACKETED_LINE.match(flat)
            and not patterns.starts_new_paragraph(flat))


# A copy too short to tell by its lines' width (a page of a few entries through pdftotext
# -layout) still shows its paragraphs by their indent: each opens indented, its next lines
# are not. A line of a printed width (not a typed paragraph on one line, not a short heading),
# indented as a paragraph is (not centred) and stopping mid-sentence, goes on in the line after
# it when that one is not indented, opens nothing of its own and is a full line or a last one.
_PRINTED_LINE = (20, 45)
_PARAGRAPH_INDENT_MAX = 2.5  # a first line's two characters, give or take; wider: a centred line (a title)


# A copy of a few printed lines that lost their indents (two entries of a page through
# pdftotext): too few lines to tell by their number, told by their shape. Three full lines or
# more of one width, every one stopping mid-sentence after a comma of its own (prose cut at the
# margin: a title holds no comma) and going on in a full line or a paragraph's last one (ending
# a sentence), and no line wider: a text typed a paragraph a line has its paragraphs wider than
# that, or ends them on a sentence's end.
_SHORT_COPY_FULL = 3


def _short_copy_width(lines: list[str], widths: list[float]) -> float | None:
    printed = [w for w in widths if _PRINTED_LINE[0] <= w <= _PRINTED_LINE[1]]
    if len(printed) < _SHORT_COPY_FULL:
        return None
    page = Counter(round(w) for w in printed).most_common(1)[0][0]
    full = [at for at, w in enumerate(widths) if abs(w - page) <= _NEAR]
    if len(full) < _SHORT_COPY_FULL or any(w > page + _NEAR for w in widths):
        return None
    for at in full:
        line = lines[at].rstrip()
        then = lines[at + 1].rstrip() if at + 1 < len(lines) else ""
        if patterns.ends_sentence(line) or not ("，" in line or "," in line) or not then or not (
                abs(widths[at + 1] - page) <= _NEAR or patterns.ends_sentence(then)):
            return None
    return float(page)


def goes_on_unindented(previous_raw: str, following_raw: str, opened_indented: bool) -> bool:
    """The line ``following_raw`` goes on with the paragraph whose last line was
    ``previous_raw``, that paragraph having opened with an indent (``opened_indented``)."""
    previous, following = previous_raw.strip(), following_raw.strip()
    indent = width(previous_raw[:len(previous_raw) - len(previous_raw.lstrip())].replace("\t", "    "))
    return (opened_indented and indent <= _PARAGRAPH_INDENT_MAX and not is_indented(following_raw)
            and _PRINTED_LINE[0] <= width(previous) <= _PRINTED_LINE[1] and not patterns.ends_sentence(previous)
            and not patterns.SPACED_OUT.search(previous) and not patterns.RULE_LINE.match(previous)
            and bool(following) and following[:1] not in BULLETS and not _BRACKETED_LINE.match(following)
            # (a paragraph's next line is a full one or its last, ending a sentence: not 经验交流)
            and (width(following) >= _PRINTED_LINE[0] or patterns.ends_sentence(following))
            and not patterns.starts_new_paragraph(patterns.compact(following)))


# the running head a printed copy repeats at the top of each page after the first
# (安全生产简报　第5期): short, naming the issue's number, or the bulletin's name again, or
# its office as the masthead prints it (芜湖市科学技术协会, of 芜湖市科学技术协会　　2026年11月26日)
_RUNNING_HEAD_MAX = 30
_ISSUE_NUMBER_IN = re.compile(r"第\d{1,4}期")
# a bulletin's name by the endings only names have (信息, 动态, 工作 end headlines too)
_BULLETIN_NAME = re.compile(r"^[\u4e00-\u9fff]{0,16}(?:简报|快报|专报|周报|月报|专刊|特刊|要情|摘报|内参)$")
MASTHEAD_LINES = 6  # at most the lines of text a masthead opens with (marks, name, number, office, date)
_MASTHEAD_PIECE = re.compile(r"[ \u3000\u00a0\t]{2,}|\t")
_PIECE_MIN = 4  # a piece of a masthead's line that a head may repeat alone: a name, not a figure


def _dated(line: str) -> bool:
    return any(patterns.DATE_LINE.match(piece) or patterns.NUMERIC_DATE_LINE.match(piece)
               for piece in map(patterns.compact, [line, *_MASTHEAD_PIECE.split(line.strip())]))


def masthead_lines(lines: Iterable[str]) -> list[str]:
    """The masthead's lines among the first of ``lines``, which a running head repeats: those
    with text down to the one with the issue's date; the first alone (the name) where none
    within the first few has a date (a section's title under the masthead is never a head's)."""
    first = list(islice((line for line in lines if line.strip()), MASTHEAD_LINES))
    dated = next((at for at, line in enumerate(first) if _dated(line)), None)
    return first[:1] if dated is None else first[:dated + 1]


def is_running_head(line: str, masthead: Sequence[str]) -> bool:
    """``line``, under a page number, is the running head a printed copy repeats at the top of
    each page after the first: short, naming the issue's number, or the bulletin's name (the
    first of the ``masthead``'s lines) again, alone or with the issue's date (统计工作简报　2024年6月20日),
    or one of the masthead's lines or the words set apart in one (the office before its date)."""
    flat = patterns.compact(line)
    if not 0 < len(flat) <= _RUNNING_HEAD_MAX:
        return False
    name = patterns.compact(masthead[0]) if masthead else ""
    dated = bool(name) and flat.startswith(name) and bool(
        patterns.DATE_LINE.match(rest := flat[len(name):]) or patterns.NUMERIC_DATE_LINE.match(rest))
    if _ISSUE_NUMBER_IN.search(flat) or flat == name or dated:
        return True
    if not masthead and _BULLETIN_NAME.match(flat):
        return True  # (a paste, no masthead known: a name by an ending no headline has, 天气专报)
    # (a head may set two of them side by side: 莒县审计局　审计工作动态)
    pieces = _masthead_pieces(masthead)
    return flat in pieces or all(patterns.compact(part) in pieces for part in line.split())


def _masthead_pieces(masthead: Sequence[str]) -> set[str]:
    """The masthead's lines and the words set apart in them (the office, the date), as a head repeats them."""
    return {patterns.compact(piece) for text in masthead
            for piece in [text, *_MASTHEAD_PIECE.split(text.strip())] if len(patterns.compact(piece)) >= _PIECE_MIN}


def is_running_head_alone(line: str, masthead: Sequence[str]) -> bool:
    """``line`` is a running head wherever it stands, with no page number over it (a copy whose
    footers were not copied): two or more of the masthead's words side by side (统计信息　第12期,
    莒县审计局　审计工作动态), as no line of the text sets them, but no line of the masthead itself
    (a second copy's office and date). One word alone (the name, the office) may be a title's
    or a byline's."""
    parts = line.split()
    if len(parts) < 2 or not is_running_head(line, masthead):
        return False
    pieces = _masthead_pieces(masthead)
    flat = patterns.compact(line)
    return all(patterns.compact(part) in pieces for part in parts) and flat not in {patterns.compact(m) for m in masthead}


def _without_page_heads(paragraphs: list[Paragraph], masthead: Sequence[str]
                        ) -> tuple[list[Paragraph], set[int], dict[int, list[Paragraph]]]:
    """The paragraphs without the running head under each page number: a header is no text,
    and the half sentence the page break cut goes on after it. A number alone (3, 2/4) is a
    page number where a running head stands under it, in any copy (the two together are
    none of the text's, though its lines' width may not tell a printed copy); gives also
    the places of those numbers in the paragraphs returned, and the heads left out by the
    place of the paragraph they stood before."""
    out: list[Paragraph] = []
    numbers: set[int] = set()
    heads: dict[int, list[Paragraph]] = {}
    after_page_number = False
    for index, paragraph in enumerate(paragraphs):
        free = not paragraph.exact and paragraph.hint is Hint.NONE
        text = paragraph.text
        if free and ((after_page_number and is_running_head(text, masthead)) or is_running_head_alone(text, masthead)):
            heads.setdefault(len(out), []).append(paragraph)
            continue
        if free and text.strip():
            after_page_number = is_page_number(text, printed=True)
            if after_page_number and not is_page_number(text) and _head_follows(paragraphs[index + 1:], masthead):
                numbers.add(len(out))
        out.append(paragraph)
    return out, numbers, heads


def _page_line(paragraph: Paragraph) -> Paragraph:
    return Paragraph(paragraph.rich, Hint.PAGE)


def _head_follows(after: list[Paragraph], masthead: Sequence[str]) -> bool:
    following = next((p for p in after if p.text.strip()), None)
    return (following is not None and not following.exact and following.hint is Hint.NONE
            and is_running_head(following.text, masthead))


def copy_width(paragraphs: list[Paragraph]) -> float | None:
    """The width ``paragraphs`` were printed at when they are a printed copy's lines; None for
    text written a paragraph a line. An explicit line (an exact paragraph: ``\\条目|``, ``\\段落|``)
    is written only in our own text format, a paragraph a line with a blank line after each,
    which a few lines of one width (a masthead's, titles) must not make a copy from a PDF."""
    if any(p.exact for p in paragraphs):
        return None
    return wrap_width([p.text for p in paragraphs
                       if p.hint is Hint.NONE and p.text.strip() and not patterns.RULE_LINE.match(p.text)])


def join_printed_lines(paragraphs: list[Paragraph], pages: bool = False) -> list[Paragraph]:
    """A printed copy's lines joined into its paragraphs, its page numbers left out; any
    other text as it is, but for its page numbers. A blank paragraph (an empty line, or a rule drawn with characters,
    which the layout draws itself) ends a paragraph and is left out, except next to
    a page number; paragraphs a source marks (a Word heading, an explicit line) stay as they
    are and are never joined. Our own text format with an explicit line in it is never a
    printed copy (copy_width). ``pages``: the page numbers and running heads are kept, marked
    Hint.PAGE, after the paragraph a page's end cut (for the recogniser to leave out and count)."""
    masthead = masthead_lines(p.text for p in paragraphs if not p.exact and p.hint is Hint.NONE
                              and not patterns.RULE_LINE.match(p.text))
    paragraphs, numbers, heads = _without_page_heads(paragraphs, masthead)
    if not pages:
        heads = {}
    page = copy_width([p for at, p in enumerate(paragraphs) if at not in numbers])
    if page is None:  # a page number standing alone (—2—, 第 4 页 共 5 页) is no text in any copy,
        # nor a number alone in a copy whose page numbers have running heads under them
        kept: list[Paragraph] = []
        for at, p in enumerate(paragraphs):
            kept.extend(map(_page_line, heads.get(at, ())))
            if p.exact or p.hint is not Hint.NONE or not is_page_number(p.text, bool(numbers)):
                kept.append(p)
            elif pages:
                kept.append(_page_line(p))
        return kept + list(map(_page_line, heads.get(len(paragraphs), ())))
    lines = [p for p in paragraphs if not p.exact and p.hint is Hint.NONE and p.text.strip()]
    indents_open = sum(1 for p in lines if p.indented) <= _INDENTED_AT_MOST * len(lines)
    spaced = _spaced_lines(paragraphs)
    out: list[Paragraph] = []
    page_lines: list[Paragraph] = []  # since the last paragraph begun: set after it, not joined to it
    last = ""  # the printed line before: the page's width is a line's, not a paragraph's
    blank = page_end = False  # since that line: an empty line; a page number
    for at, paragraph in enumerate(paragraphs):
        page_lines.extend(map(_page_line, heads.get(at, ())))
        text = paragraph.text
        if paragraph.exact or paragraph.hint is not Hint.NONE or paragraph.table_row:
            out += page_lines
            page_lines = []
            out.append(paragraph)
            last = ""
            continue
        if not text.strip() or patterns.RULE_LINE.match(text):  # a drawn rule is layout, as a blank line is
            blank = True
            continue
        if is_page_number(text, printed=True):
            page_end = True
            if pages:
                page_lines.append(_page_line(paragraph))
            continue
        opens = indents_open and paragraph.indented
        if out and last and (page_end or spaced or not blank) and not opens and continues(last, text, page):
            out[-1] = Paragraph(joined_lines(out[-1].rich, paragraph.rich))
        else:
            out += page_lines
            page_lines = []
            out.append(paragraph)
        last, blank, page_end = text, False, False
    return out + page_lines + list(map(_page_line, heads.get(len(paragraphs), ())))


_SPACED_AT_LEAST = 0.9


def _spaced_lines(paragraphs: list[Paragraph]) -> bool:
    """A blank line after (nearly) every printed line, as some copies from a PDF come (each
    line a paragraph, saved with a blank line after each): those blank lines end no paragraph."""
    free = [not p.exact and p.hint is Hint.NONE and not p.table_row for p in paragraphs]
    filled = [bool(p.text.strip()) and not patterns.RULE_LINE.match(p.text) for p in paragraphs]
    lines = [i for i, p in enumerate(paragraphs) if free[i] and filled[i] and not is_page_number(p.text, printed=True)]
    followed = sum(1 for i in lines[:-1] if i + 1 < len(paragraphs) and not filled[i + 1])
    return len(lines) > 1 and followed >= _SPACED_AT_LEAST * (len(lines) - 1)


# A page printed in two columns, as pdftotext -layout gives it: each line holds a line of the
# left column, a gap, a line of the right one. Read side by side, the two columns' sentences
# would run into each other; read down the left column, then down the right.
_GUTTER = re.compile(r"(?<=\S)[ \u3000\u00a0]{3,}(?=\S)")
_COLUMN_LINES_MIN = 3  # side-by-side lines in a run: fewer are a line set out with spaces (office, date)
_COLUMN_GAP_MAX = 2  # lines of one column only between two side-by-side lines
_COLUMN_WIDTH_MIN = 12  # a column's lines are prose, not a table's short cells
_RIGHT_ONLY_INDENT = 10  # a line of the right column alone stands far in


def read_columns_down(text: str) -> str:
    """``text`` with every run of two columns printed side by side (pdftotext -layout) read
    down the left column, then down the right; any other text as it is."""
    return "\f".join(_page_down(page) for page in text.split("\f"))


def _sides(line: str) -> tuple[str, str] | None:
    body = line.strip()
    gaps = _GUTTER.findall(body)
    if len(gaps) != 1:  # (more gaps: a table's row)
        return None
    left, right = _GUTTER.split(body)
    return left, right


def _page_down(page: str) -> str:
    lines = page.split("\n")
    side_by_side = [i for i, line in enumerate(lines) if _sides(line) is not None]
    runs: list[list[int]] = []
    for index in side_by_side:
        if runs and index - runs[-1][-1] <= _COLUMN_GAP_MAX + 1 and all(lines[j].strip() for j in range(runs[-1][-1], index)):
            runs[-1].append(index)
        else:
            runs.append([index])
    out: list[str] = []
    done = 0
    for run in runs:
        pairs = [_sides(lines[i]) for i in run]
        widths = sorted(min(width(left), width(right)) for left, right in pairs if left and right)  # type: ignore[misc]
        if len(run) < _COLUMN_LINES_MIN or widths[len(widths) // 2] < _COLUMN_WIDTH_MIN:
            continue
        end = run[-1] + 1
        while end < len(lines) and lines[end].strip() and not is_page_number(lines[end]):
            end += 1  # the longer column's last lines, alone
        left_lines: list[str] = []
        right_lines: list[str] = []
        for line in lines[run[0]:end]:
            if (sides := _sides(line)) is not None:
                left_lines.append(sides[0])
                right_lines.append(sides[1])
            elif len(line) - len(line.lstrip()) >= _RIGHT_ONLY_INDENT:
                right_lines.append(line.strip())
            else:
                left_lines.append(line.strip())
        out += lines[done:run[0]] + left_lines + right_lines
        done = end
    return "\n".join(out + lines[done:])
