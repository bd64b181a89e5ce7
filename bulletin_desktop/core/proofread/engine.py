"""``check(text, context)``: every text rule over one text, overlaps resolved, ignores applied."""
from __future__ import annotations

from typing import Iterable

from .bodies import check_bodies
from .connectives import check_connectives
from .cut_short import check_cut_short
from .doubled_levels import check_doubled_levels
from .dropped_chars import check_dropped_chars, check_dropped_in_terms
from .figures import check_figures
from .findings import CheckContext, Finding
from .look_alikes import check_look_alikes
from .measure_sounds import check_measure_sounds
from .frames import check_frames
from .inspection_words import check_inspection_words
from .numbers import check_dates, check_numbering, check_numbers
from .office_terms import check_office_terms
from .punctuation import check_laws, check_pairing, check_punctuation, check_spacing, check_width
from .sentences import check_sentences, check_wording
from .two_char_terms import check_two_char_terms
from .words import check_confusables, check_duplicates, check_placeholders, check_terms

# When two findings cover the same characters, the more specific one is kept; of one kind, an
# error before a suggestion (a listed misspelling inside a name before the name's likeness to another).
_PRIORITY = ["term", "confusable", "numbering", "date", "number", "placeholder", "pairing", "width",
             "duplicate", "punctuation", "grammar", "spacing"]


def check(text: str, context: CheckContext | None = None) -> list[Finding]:
    """All findings in ``text``, ordered by position; offsets are code points of ``text``."""
    context = context or CheckContext()
    found: list[Finding] = []
    for source in (check_terms(text, context.terms), check_confusables(text), check_office_terms(text),
                   check_two_char_terms(text), check_look_alikes(text), check_dropped_chars(text), check_dropped_in_terms(text), check_cut_short(text), check_bodies(text), check_numbering(text),
                   check_dates(text, context), check_numbers(text), check_figures(text), check_measure_sounds(text), check_placeholders(text),
                   check_pairing(text), check_width(text), check_duplicates(text), check_doubled_levels(text),
                   check_punctuation(text), check_laws(text), check_sentences(text), check_wording(text),
                   check_frames(text), check_connectives(text), check_inspection_words(text),
                   check_spacing(text)):
        found.extend(source)
    kept = _without_overlaps(found)
    return sorted((f for f in kept if not context.is_ignored(f)), key=lambda f: (f.start, f.end))


def _without_overlaps(found: Iterable[Finding]) -> list[Finding]:
    rank = {kind: index for index, kind in enumerate(_PRIORITY)}
    ordered = sorted(found, key=lambda f: (rank.get(f.kind, len(rank)), f.severity != "error", f.start, -f.end))
    kept: list[Finding] = []
    for candidate in ordered:
        if any(candidate.start < k.end and k.start < candidate.end for k in kept):
            continue
        kept.append(candidate)
    return kept
