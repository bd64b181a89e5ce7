"""A unit's name underlined or set in a colour where others set it in bold: some offices'
templates mark the reporting unit after an entry's date so (3月1日，<u>县应急管理局</u>召开…);
and joint senders printed two lines in one (双行合一) there. Read as bold, so the unit is
recognised as the bold one is."""
from __future__ import annotations

import re

from ..model import UNIT_SUFFIXES, dated_lead_mark
from ..recognise.patterns import DATE_SEPARATOR, ENTRY_START
from ..richtext import Run

_UNIT = re.compile(rf"^[^，。；：、！？,.;:!?\s]{{2,20}}(?:{UNIT_SUFFIXES})[，,]?$")


def _names_units(text: str) -> bool:
    """A unit's name, or two or three set apart by spaces (县委办公室　县政府办公室: joint senders
    Word prints two lines in one, 双行合一, as combined.two_lines sets them apart)."""
    names = text.split()
    return bool(_UNIT.match(text)) or (2 <= len(names) <= 3 and all(_UNIT.match(name) for name in names))


def marked_unit(lines: list[list[Run]], marked: set[int], *, undated: bool = False) -> list[list[Run]]:
    """The lines of one paragraph with the unit its underline or colour sets apart made bold.
    ``marked``: the ids of the runs underlined or coloured. Only a unit's name right after
    the date that opens an entry, in a paragraph with no bold of its own: underlined words
    elsewhere (a document's name, a link) and coloured headings stay as they are.
    A number or bullet before the date (typed, or drawn by a Word list) leaves it an entry's.
    ``undated``: the paragraph is a table cell's, beside the cell with the entry's date
    (3月1日 | <u>县应急管理局</u>召开…), so the unit may open it."""
    runs = [run for line in lines for run in line]
    if not marked or any(run.bold and run.text.strip() for run in runs):
        return lines
    first = next((i for i, run in enumerate(runs) if id(run) in marked and run.text.strip()), None)
    if first is None:
        return lines
    lead = "".join(run.text for run in runs[:first]).strip()
    lead = lead[dated_lead_mark(lead):]  # 1．3月1日，… and ●3月1日，…: a list's number or bullet before the date
    dated = ENTRY_START.match(lead)
    if not (undated and not lead) and (dated is None or lead[dated.end():].strip() != DATE_SEPARATOR):
        return lines
    span = []
    for run in runs[first:]:
        if id(run) not in marked:
            break
        span.append(run)
    rest = "".join(run.text for run in runs[first + len(span):])
    if not _names_units("".join(run.text for run in span).strip()) or not rest.strip():
        return lines
    unit = {id(run) for run in span}
    return [[Run(run.text, True) if id(run) in unit else run for run in line] for line in lines]
