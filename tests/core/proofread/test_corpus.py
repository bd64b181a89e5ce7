"""A corpus of 简报 sentences (safety, flood control, environment, petitions, rural work):
seeded errors must be found (recall ≥ 0.9), clean sentences must draw no finding at all."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from bulletin_desktop.core.proofread import check

HERE = Path(__file__).resolve().parent
_MARK = re.compile(r"\{([^{}|]*)\|([^{}|]*)\}")
_PAIRED = set("“”‘’（）《》【】")


def corpus_lines(name: str) -> list[str]:
    """The lines of a corpus file in this folder, blank lines and # comments left out."""
    text = (HERE / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def seeded(line: str) -> tuple[str, str, list[tuple[int, int, str]]]:
    """The sentence with its errors, the corrected sentence, and each error's span in the former."""
    wrong, right, spans = [], [], []
    position = 0
    last = 0
    for m in _MARK.finditer(line):
        plain = line[last:m.start()]
        wrong.append(plain)
        right.append(plain)
        position += len(plain)
        spans.append((position, position + len(m.group(1)), m.group(1) + m.group(2)))
        wrong.append(m.group(1))
        right.append(m.group(2))
        position += len(m.group(1))
        last = m.end()
    wrong.append(line[last:])
    right.append(line[last:])
    return "".join(wrong), "".join(right), spans


def _caught(findings, start: int, end: int, marks: str) -> bool:
    if any(f.start <= end and f.end >= start for f in findings):
        return True
    # a missing closing mark is reported at the opening one it leaves unmatched
    return bool(set(marks) & _PAIRED) and any(f.kind == "pairing" for f in findings)


ERRORS = corpus_lines("corpus_errors.txt")
CLEAN = corpus_lines("corpus_clean.txt")


def test_corpus_size_and_mix():
    assert len(ERRORS) + len(CLEAN) >= 200
    assert 0.5 <= len(ERRORS) / (len(ERRORS) + len(CLEAN)) <= 0.65
    assert all(1 <= len(seeded(line)[2]) <= 2 for line in ERRORS)


def test_recall_on_seeded_errors():
    total = caught = 0
    missed = []
    for line in ERRORS:
        wrong, _, spans = seeded(line)
        findings = check(wrong)
        for start, end, marks in spans:
            total += 1
            if _caught(findings, start, end, marks):
                caught += 1
            else:
                missed.append(line)
    assert caught / total >= 0.9, missed


@pytest.mark.parametrize("line", CLEAN)
def test_clean_sentence_draws_no_finding(line):
    assert check(line) == []


@pytest.mark.parametrize("line", ERRORS)
def test_corrected_sentence_draws_no_finding(line):
    assert check(seeded(line)[1]) == []
