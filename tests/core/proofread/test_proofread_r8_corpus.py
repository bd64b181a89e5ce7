"""Sentences of many kinds of 简报 (health, schools, courts, farming, party organisation,
discipline inspection, statistics, petitions …) written apart from the rules: each slip typed
in by an input method or by hand must be found (recall ≥ 0.9; a slip in a two-character word
is found only between known words: 全县共处制 is, 医疗废物处制 is not yet), and the correct
sentences, and the slips' corrections, must draw no finding at all."""
from __future__ import annotations

from pathlib import Path

import pytest

from bulletin_desktop.core.proofread import check

from .test_corpus import _caught, seeded

HERE = Path(__file__).resolve().parent


def _lines(name: str) -> list[str]:
    text = (HERE / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


ERRORS = _lines("corpus_r8_errors.txt")
CLEAN = _lines("corpus_r8_clean.txt")


def test_each_error_line_holds_one_slip():
    assert len(ERRORS) >= 250 and len(CLEAN) >= 300
    assert all(len(seeded(line)[2]) == 1 for line in ERRORS)


def test_recall_on_slips():
    missed = [line for line in ERRORS
              if not _caught(check(seeded(line)[0]), *seeded(line)[2][0])]
    assert 1 - len(missed) / len(ERRORS) >= 0.9, missed


@pytest.mark.parametrize("line", CLEAN)
def test_correct_sentence_draws_no_finding(line):
    assert check(line) == []


@pytest.mark.parametrize("line", ERRORS)
def test_corrected_slip_draws_no_finding(line):
    assert check(seeded(line)[1]) == []
