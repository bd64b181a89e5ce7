"""What a bulletin's Word file can cost before it is refused as not being one.

A five-page bulletin with a few photos is a few MB; its XML parts a few hundred KB. The
limits leave ample room for that and refuse what could only be an attack or an accident
(a zip bomb, a 500 MB scan) before it costs memory or minutes.
"""
from __future__ import annotations

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_TOTAL_UNCOMPRESSED = 200 * 1024 * 1024
MAX_XML_PART_BYTES = 32 * 1024 * 1024
MAX_MEMBERS = 5000
# Deflate packs XML 5–30×; only a crafted stream goes past a few hundred.
MAX_RATIO = 200
RATIO_CHECKED_FROM = 1024 * 1024
# reading one document: a file that takes longer is refused, not waited for
TIME_BUDGET_S = 20.0
# how much of each XML part is searched for a DOCTYPE (it must come before the root element)
PROLOG_BYTES = 64 * 1024
# Pictures, fonts, sound and video, embedded objects: the reader takes only text, so a
# part by one of these names is never inflated, and neither counts towards the limits above
# nor costs anything however it is packed. (A red masthead kept as a bitmap, a BMP or an EMF
# holding one, is mostly one colour and packs far past MAX_RATIO; the whole bulletin is not
# refused for it.) A package LibreOffice converts is bounded whole: it inflates every part.
NEVER_INFLATED = (".png", ".jpg", ".jpeg", ".jpe", ".gif", ".bmp", ".dib", ".tif", ".tiff", ".emf", ".wmf",
                  ".emz", ".wmz", ".wdp", ".jxr", ".hdp", ".svg", ".ico", ".pcx", ".pict", ".odttf", ".ttf",
                  ".otf", ".fntdata", ".bin", ".mp3", ".mp4", ".m4a", ".wav", ".wma", ".wmv", ".avi", ".mov", ".mpg")

# An XML part's tree costs over a hundred bytes of memory for each element and about twice
# that for each attribute. The longest issue, every character a run of its own with its
# fonts and size, weighs some two million; a part past MAX_XML_NODES is refused before its
# tree is built (a few MB of empty elements would cost gigabytes).
MAX_XML_NODES = 3_000_000
# A part's relationships (its pictures, headers, links): a bulletin's document has dozens, one
# with a link on every line a few thousand; each costs the package reader tens of microseconds.
MAX_RELATIONSHIPS = 20_000
# A bulletin is a few pages, a long report (专报) a few dozen; a file that prints hundreds is
# a year's issues put together or a generated file, and reading and recognising it would
# take minutes for an issue nobody could check. A page of GB/T 9704 holds 22 lines × 28
# characters; pages are counted both ways, by the text and by the breaks the file itself
# makes, so neither a dense file nor one of many short pages passes.
MAX_PAGES = 300
LINES_PER_PAGE = 22
CHARS_PER_PAGE = LINES_PER_PAGE * 28
# A run is a stretch of text set one way; a file that splits every character into a run of
# its own (PDF converters, Word's revision marks) has about as many runs as characters, so
# a body of more runs than the longest issue has characters, twice over, is no bulletin's
# (a generated file of a million empty runs would take minutes to read).
MAX_RUNS = 2 * MAX_PAGES * CHARS_PER_PAGE
# A list's numbers: Word starts a list at 0 to 32767, a level's number text is a few
# characters (（%1）, 第%1章) and its zero-padded numbers have five digits at most. A value
# past these is read as if absent, so that no numbered paragraph costs megabytes or minutes
# (a roman numeral of a trillion, a number text a million characters long).
MAX_LIST_START = 32767
MAX_LEVEL_TEXT = 64
MAX_NUMBER_PADDING = 5


def never_inflated(name: str) -> bool:
    """A part (by its zip name or part name) the reader never inflates."""
    return name.lower().endswith(NEVER_INFLATED)
