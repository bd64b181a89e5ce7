"""Sentences of departments the earlier sets did not use (water, transport, land, medical
insurance, veterans, audit, the united front, towns, communities, fire, weather), with numbers,
dates, quotes, titles, lists, ranges, phone numbers and document numbers, written apart from
the rules: each slip typed in by an input method or by hand must be found (recall ≥ 0.85), and
the correct sentences, the slips' corrections and two words meeting that look like a word one
character off (搭配和, 新增集中, 标准却) must draw no finding at all."""
from __future__ import annotations

from pathlib import Path

import pytest

from bulletin_desktop.core.proofread import check

from .test_corpus import _caught, seeded

HERE = Path(__file__).resolve().parent


def _lines(name: str) -> list[str]:
    text = (HERE / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


ERRORS = _lines("corpus_r9_errors.txt")
CLEAN = _lines("corpus_r9_clean.txt")


def test_each_error_line_holds_one_slip():
    assert len(ERRORS) >= 150 and len(CLEAN) >= 200
    assert all(len(seeded(line)[2]) == 1 for line in ERRORS)


def test_recall_on_slips():
    missed = [line for line in ERRORS
              if not _caught(check(seeded(line)[0]), *seeded(line)[2][0])]
    assert 1 - len(missed) / len(ERRORS) >= 0.85, missed


@pytest.mark.parametrize("line", CLEAN)
def test_correct_sentence_draws_no_finding(line):
    assert check(line) == []


@pytest.mark.parametrize("line", ERRORS)
def test_corrected_slip_draws_no_finding(line):
    assert check(seeded(line)[1]) == []
