"""Every list entry and every rule fires on its example and stays silent on its near miss.

The cases are generated from the TSV files themselves, so a line added to a list is tested
the moment it is added.
"""
from __future__ import annotations

import re

import pytest

from bulletin_desktop.core.proofread import CheckContext, Term, check
from bulletin_desktop.core.proofread.lists import doubled, read_tsv, reduplications, rules, words

TERMS = CheckContext(terms=[Term("新农村建设", "乡村振兴"), Term("一把手", "", "（请写职务）")])


def _rule_rows():
    return [pytest.param(row, id=row["id"]) for row in read_tsv("rules.tsv")]


def _word_rows():
    entries = [e for group in words().values() for e in group]
    return [pytest.param(e, id=e.id) for e in entries]


@pytest.mark.parametrize("row", _rule_rows())
def test_rule_fires_on_its_example(row):
    findings = check(row["example"], TERMS)
    if row["id"] in ("TA", "TB"):
        assert any(f.kind == "confusable" for f in findings), findings
    else:
        assert row["id"] in [f.rule for f in findings], findings
    assert all(f.message and f.kind == row["kind"] for f in findings if f.rule == row["id"])


@pytest.mark.parametrize("row", _rule_rows())
def test_rule_silent_on_its_near_miss(row):
    assert check(row["near_miss"], TERMS) == []


@pytest.mark.parametrize("row", _rule_rows())
def test_rule_states_its_basis(row):
    assert row["basis"] and row["kind"] and row["severity"] in ("error", "suggestion")


@pytest.mark.parametrize("entry", _word_rows())
def test_word_fires_on_its_example(entry):
    hits = [f for f in check(entry.example) if f.rule == entry.id]
    assert hits, check(entry.example)
    assert hits[0].found == entry.wrong and hits[0].suggestion == entry.right
    assert entry.example[hits[0].start:hits[0].end] == entry.wrong


@pytest.mark.parametrize("entry", _word_rows())
def test_word_silent_on_its_near_miss(entry):
    assert check(entry.near_miss) == []


@pytest.mark.parametrize("entry", _word_rows())
def test_word_has_basis_and_tier_b_has_a_guard(entry):
    assert entry.basis and entry.wrong != entry.right
    if entry.tier == "B":  # a real word is never flagged without a context guard
        assert entry.before or entry.after
    else:
        assert entry.tier == "A" and not (entry.before or entry.after)


@pytest.mark.parametrize("char", sorted(doubled()))
def test_doubled_character_fires_and_its_near_miss_does_not(char):
    entry = doubled()[char]
    assert [f.found for f in check(entry.example) if f.rule == "DUP-CHAR"] == [char * 2]
    assert check(entry.near_miss) == []


@pytest.mark.parametrize("row", [pytest.param(r, id=r["word"]) for r in read_tsv("reduplication.tsv")])
def test_reduplication_allowed(row):
    assert row["word"] in reduplications()
    assert row["word"] in row["near_miss"]
    assert check(row["near_miss"]) == []
    # the same sentence with a real slip added still reports the slip
    assert [f.rule for f in check(row["near_miss"] + "会议听取了了汇报。")] == ["DUP-CHAR"]


def test_every_rule_a_check_can_emit_is_in_the_catalogue():
    source = "".join(p.read_text(encoding="utf-8") for p in _sources())
    used = set(re.findall(r'finding\("([A-Z0-9-]+)"', source))
    assert used <= set(rules()), used - set(rules())
    assert used | {"TA", "TB", "TERM-PREFER", "TERM-BANNED"} == set(rules())


def _sources():
    from pathlib import Path

    import bulletin_desktop.core.proofread as package
    return sorted(Path(package.__file__).parent.glob("*.py"))


def test_lexicon_holds_words_once_each():
    from bulletin_desktop.core.proofread.lists import resource_path

    lines = [line for line in resource_path("proofread", "lexicon.txt").read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    assert len(lines) == len(set(lines)) > 900
    assert all(re.fullmatch(r"[\u4e00-\u9fff]{2,5}", line) for line in lines)


def test_every_guard_compiles():
    """Guards are compiled when a check first meets their word; a broken one must fail here,
    not in the middle of a clerk's check."""
    entries = [e for group in words().values() for e in group] + list(doubled().values())
    guards = [g for e in entries for g in (getattr(e, "before", None), getattr(e, "after", None),
                                           e.not_before, e.not_after) if g is not None]
    assert len(guards) > 500
    for guard in guards:
        assert guard.compiled().pattern == guard.source
