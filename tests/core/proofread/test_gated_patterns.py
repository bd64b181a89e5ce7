"""A rule's pattern is skipped over a text that lacks what every match of it needs: what it
needs is read from the pattern, and skipping never changes what the rules find."""
from __future__ import annotations

import gc
import re
from pathlib import Path

import pytest

from bulletin_desktop.core.proofread import check
from bulletin_desktop.core.proofread.gated import GatedPattern, gated, needed
from bulletin_desktop.core.proofread.lists import read_tsv

HERE = Path(__file__).resolve().parent


@pytest.mark.parametrize("source, needs", [
    (r"(?<=[\u4e00-\u9fff])[,;]", (",", ";")),  # the marks, not the class of all 汉字
    (r"(?:研究|讨论)了?(?P<w>如何|怎样)", ("研究", "讨论")),
    (r"(?P<w>即使|哪怕)[^，]{2,9}，但", ("，但",)),  # characters in a row, the whole string
    (r"[，；][^，]{0,9}是否(?P<mark>？)", ("是否",)),  # a word before a mark nearly every text holds
    (r"约(?:为)?\d+(?:左右)?", ("约",)),  # what may be left out is not needed
    (r"(?<!截)至(?!今)", ("至",)),  # nor what must not be there
    (r"(?<=年)\d(?=月)", ("年",)),  # a lookaround is in the text, next to the match
    (r"[\u4e00-\u9fff]{2,4}", None),  # nothing one can tell: always run
    (r"[^，。]+", None),
    (r"(?i)abc", None),
    ("(?:" + "|".join(f"{n}号法" for n in range(30)) + ")", ("法",)),  # a long list of names: their end
])
def test_what_a_pattern_needs(source: str, needs: tuple[str, ...] | None) -> None:
    assert needed(re.compile(source)) == needs


def test_a_text_without_it_is_not_scanned() -> None:
    pattern = gated(r"(?<=[\u4e00-\u9fff])[,;]")
    assert list(pattern.finditer("全县共检查企业56家，发现隐患12处。")) == []
    assert pattern.search("检查企业56家,发现隐患12处。") is not None
    assert gated("[0-9]+").sub("#", "共56家") == "共#家"


def _sentences() -> list[str]:
    """Every example and near miss of the lists, and the corpus files of the tests."""
    out: list[str] = []
    for name in ("rules.tsv", "words.tsv", "doubled.tsv"):
        out += [row[k] for row in read_tsv(name) for k in ("example", "near_miss") if row.get(k)]
    for corpus in HERE.glob("corpus_*.txt"):
        out += [line for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def test_skipping_changes_no_match_of_any_rule() -> None:
    sentences = _sentences()
    for text in sentences[:50]:
        check(text)  # every rule's module loaded, its patterns built
    patterns = [p for p in gc.get_objects() if isinstance(p, GatedPattern)]
    assert len(patterns) > 150
    for pattern in patterns:
        for text in sentences:
            gate_said = [m.span() for m in pattern.finditer(text)]
            assert gate_said == [m.span() for m in pattern.compiled.finditer(text)], (pattern.pattern, text)
