"""A county body's name one character off its standard form (县应急管里局, 县委组职部).

The spec's archive check compares a unit's spellings across issues; this one needs no archive:
the names of a county's party and government bodies are few and fixed, so a name written right
after 县/市/区 that differs from one of them in one character (not the last, which names
another level: 市场监督管理所, 自然资源厅) is a slip. Short names are left out: 民政局 and
民宗局, 人民法院 and 人民医院 are all real and one character apart.

A name of five characters or more with one character inside it dropped (县应急管局) is told too,
where the text does not go on with a word of its own (县消防救援队伍 is 消防救援 + 队伍). Not a
dropped 和: 住房城乡建设局, 自然资源规划局 are names as written.
"""
from __future__ import annotations

from functools import cache
from typing import Iterator

from .base import finding
from .findings import Finding
from .gated import gated
from .lists import body_names, other_body_names
from .two_char_terms import fenced_after, known_words

_GOVERNMENT_MIN = 5  # after 县/市/区
_PARTY_MIN = 3  # after 县委/市委/区委, where the short names (组织部, 政法委) are few
_PLACE = gated("(?<=[县市区])(委)?")


@cache
def _by_length_and_end() -> dict[tuple[int, str], tuple[str, ...]]:
    table: dict[tuple[int, str], list[str]] = {}
    for name in body_names():
        table.setdefault((len(name), name[-1]), []).append(name)
    return {key: tuple(names) for key, names in table.items()}


@cache
def _known() -> frozenset[str]:
    return body_names() | other_body_names()


@cache
def _lengths() -> tuple[int, ...]:
    return tuple(sorted({len(name) for name in _known()}))


@cache
def _short_one() -> tuple[dict[str, str], tuple[int, ...]]:
    """The names of five characters or more with one character inside dropped (not 和), each with
    its name, and their lengths, longest first. Not where what is left ends in a known word of
    three characters or more: 消防救援队 (救援队) names a team as well as 消防救援大队 does."""
    known, words = _known(), known_words()
    forms: dict[str, str] = {}
    for name in sorted(body_names()):
        if len(name) < _GOVERNMENT_MIN:
            continue
        for i in range(1, len(name) - 1):
            form = name[:i] + name[i + 1:]
            if any(form[-size:] in words for size in range(3, len(form) + 1)):
                continue
            if name[i] != "和" and form not in known:
                forms.setdefault(form, name)
    return forms, tuple(sorted({len(form) for form in forms}, reverse=True))


def check_bodies(text: str) -> Iterator[Finding]:
    yield from _names_one_off(text)
    yield from _names_short_one(text)


def _names_short_one(text: str) -> Iterator[Finding]:
    forms, lengths = _short_one()
    for m in _PLACE.finditer(text):
        start = m.end()
        for length in lengths:
            name = forms.get(text[start:start + length])
            if name is not None and fenced_after(text, start + length):
                yield finding("U-NAME-SHORT", text, start, start + length, name)
                break


def _names_one_off(text: str) -> Iterator[Finding]:
    names = _known()
    table = _by_length_and_end()
    for m in _PLACE.finditer(text):
        start = m.end()
        shortest = _PARTY_MIN if m.group(1) else _GOVERNMENT_MIN
        for length in _lengths():
            written = text[start:start + length]
            if len(written) < length or written in names:
                break  # a listed name (发展改革委 in 发展改革委要会同) is written right; nothing longer is checked
            if length < shortest:
                continue
            for name in table.get((length, written[-1]), ()):
                if _one_off(written, name):
                    yield finding("U-NAME", text, start, start + length, name)
                    break


def _one_off(written: str, name: str) -> bool:
    """Whether ``written`` is ``name`` with one character (a 汉字, not the last) changed."""
    differences = [i for i, (a, b) in enumerate(zip(written, name)) if a != b]
    return len(differences) == 1 and "\u4e00" <= written[differences[0]] <= "\u9fff"
