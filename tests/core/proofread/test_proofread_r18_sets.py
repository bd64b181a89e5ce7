"""Three sets of dated entries of county offices and towns written apart from the rules, each with
one slip a line and correct sentences of the same kinds:

- r18_held: meetings, inspections, 督查 and 督察, drills, duty, statistics; written before any rule
  of the round and measured (55 of 71 slips found, no correct sentence flagged); the round's
  rules were made for its misses, so it is what the rules were tuned on.
- r18_fresh: drills, duty-room reports, notices of 督查, monthly statistics, towns; written after
  the first rules and measured once (44 of 57 found, none flagged); rules were then made for
  seven of its misses.
- r18_third: schools, hospitals, courts, farming, towns, minutes; written after all the round's
  rules and measured once as it stood (42 of 53 found, 39 before the round; none flagged); not
  tuned on.

Every slip not listed among a set's known misses must be found; a slip newly found is taken off
the list by hand. The correct sentences, and each slip's correction, must draw no finding."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check

from .test_corpus import _caught, corpus_lines, seeded

# each set: (at least this many slips, at least this many correct sentences, the slips not found
# yet by the wrong text as the line marks it)
SETS = {
    "r18_held": (60, 200, {"{培洲|培训}"}),
    "r18_fresh": (50, 100, {"{扑求|扑救}", "{18遍|18篇}"}),
    "r18_third": (50, 90, {"{农级|农机}", "{36顿|36吨}", "{宣传咨讯|宣传咨询}", "{解绝|解决}",
                           "{退役军|退役军人}", "{巡逻防空|巡逻防控}", "{及时时|及时}", "{化觧|化解}"}),
}


ERRORS = {name: corpus_lines(f"corpus_{name}_errors.txt") for name in SETS}
CLEAN = {name: corpus_lines(f"corpus_{name}_clean.txt") for name in SETS}


def _mark(line: str) -> str:
    return line[line.index("{"):line.index("}") + 1]


@pytest.mark.parametrize("name", SETS)
def test_each_set_holds_enough_lines_each_with_one_slip(name):
    slips, sentences, missed = SETS[name]
    assert len(ERRORS[name]) >= slips and len(CLEAN[name]) >= sentences
    assert all(len(seeded(line)[2]) == 1 for line in ERRORS[name])
    assert missed <= {_mark(line) for line in ERRORS[name]}


@pytest.mark.parametrize("line", [line for name in SETS for line in ERRORS[name] if _mark(line) not in SETS[name][2]])
def test_slip_is_found(line):
    wrong, _right, spans = seeded(line)
    assert _caught(check(wrong), *spans[0])


@pytest.mark.parametrize("line", [line for name in SETS for line in CLEAN[name]])
def test_correct_sentence_draws_no_finding(line):
    assert check(line) == []


@pytest.mark.parametrize("line", [line for name in SETS for line in ERRORS[name]])
def test_corrected_slip_draws_no_finding(line):
    assert check(seeded(line)[1]) == []
