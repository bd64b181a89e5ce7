"""The proofreading lists: our own TSV files under ``resources/proofread/``.

Each file starts with a header line naming its columns; ``#`` lines are comments. Every
line carries its basis (the standard or dictionary usage it follows) and two sentences,
one where it must fire and one near miss where it must stay silent; the tests are
generated from those columns. Files are read once, on first use.
"""
from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from ...resources import resource_path
from ..lazy_pattern import LazyPattern


def read_tsv(name: str) -> list[dict[str, str]]:
    path = resource_path("proofread", name)
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    rows = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{key: _cell(key, value) for key, value in row.items()} for row in rows]


def _cell(column: str, value: str | None) -> str:
    """A cell's text; in the example sentences \\n stands for a paragraph break (a rule that
    looks across paragraphs shows itself on two or more)."""
    value = (value or "").strip()
    return value.replace("\\n", "\n") if column in ("example", "near_miss") else value


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    severity: str
    message: str  # may use {found} and {suggestion}
    basis: str
    example: str
    near_miss: str


@cache
def rules() -> dict[str, Rule]:
    return {row["id"]: Rule(row["id"], row["kind"], row["severity"], row["message"], row["basis"],
                            row["example"], row["near_miss"]) for row in read_tsv("rules.tsv")}


def _guard(pattern: str, at_end: bool) -> LazyPattern | None:
    """A context pattern, compiled when a check first meets its word: the lists hold some six
    hundred, a third of a second to compile them all, and a text holds few of their words.
    ``at_end``: it must end where the word starts."""
    if not pattern:
        return None
    return LazyPattern(f"(?:{pattern})\\Z" if at_end else f"(?:{pattern})")


@dataclass(frozen=True)
class WordEntry:
    """A confusable: ``wrong`` is flagged (tier A anywhere, tier B only inside its guards)."""

    id: str
    tier: str
    wrong: str
    right: str
    before: LazyPattern | None  # must match the text just before ``wrong``
    after: LazyPattern | None  # must match the text just after
    not_before: LazyPattern | None
    not_after: LazyPattern | None
    severity: str
    basis: str
    example: str
    near_miss: str


@cache
def words() -> dict[str, list[WordEntry]]:
    """Entries by their wrong form (one form may have several guarded entries)."""
    by_wrong: dict[str, list[WordEntry]] = {}
    for row in read_tsv("words.tsv"):
        same = len(by_wrong.get(row["wrong"], []))
        entry = WordEntry(
            f"{row['tier']}:{row['wrong']}" + (f"#{same + 1}" if same else ""), row["tier"], row["wrong"], row["right"],
            _guard(row["before"], True), _guard(row["after"], False),
            _guard(row["not_before"], True), _guard(row["not_after"], False),
            row["severity"] or "error", row["basis"], row["example"], row["near_miss"])
        by_wrong.setdefault(entry.wrong, []).append(entry)
    return by_wrong


@dataclass(frozen=True)
class DoubledEntry:
    """A character that, written twice, is a slip unless its neighbours make a word of it."""

    char: str
    not_before: LazyPattern | None
    not_after: LazyPattern | None
    basis: str
    example: str
    near_miss: str


@cache
def doubled() -> dict[str, DoubledEntry]:
    return {row["char"]: DoubledEntry(row["char"], _guard(row["not_before"], True),
                                      _guard(row["not_after"], False), row["basis"], row["example"],
                                      row["near_miss"])
            for row in read_tsv("doubled.tsv")}


@cache
def lexicon() -> frozenset[str]:
    """Common words of 简报 prose, for telling a character typed twice inside a phrase
    (安全全生产) from two words meeting (工作|作出)."""
    return frozenset(_word_list("lexicon.txt"))


@cache
def office_terms() -> frozenset[str]:
    """Words of three or more characters that 简报 prose uses, for telling one typed a
    character off (动物役病 for 动物疫病)."""
    return frozenset(_word_list("office_terms.txt"))


@cache
def confusable_chars() -> dict[str, str]:
    """Each character with the characters typed in its place (same sound, like shape)."""
    groups: dict[str, list[str]] = {}  # each character's groups (most have one), joined once at the end
    for group in _word_list("confusable_chars.txt"):
        for char in group:
            groups.setdefault(char, []).append(group)
    return {char: "".join(sorted(set("".join(held)) - {char})) for char, held in groups.items()}


@cache
def look_alike_chars() -> dict[str, str]:
    """Each character with the characters drawn like it that are met in its place (咨询 read as
    咨洵 from a scan). Apart from ``confusable_chars``: they sound unlike, so they are looked for
    only where the one met makes no word with its neighbours (``look_alikes``) and after figures
    (``measure_sounds``)."""
    return {line[0]: line[1:] for line in _word_list("look_alike_chars.txt")}


@cache
def confusable_classes() -> dict[int, str]:
    """A ``str.translate`` table writing each character of the groups as one character of its
    class: the groups joined wherever they share a character (实 is in 实时识事… and in 十石拾…).
    A word and any one-character swap of it read the same so, and each list word's swaps are
    looked up through it where they are met, instead of being spelled out beforehand (a hundred
    thousand of them held 25 MB and took a fifth of a second to build)."""
    parent: dict[str, str] = {}

    def root(char: str) -> str:
        while parent.setdefault(char, char) != char:
            char = parent[char]
        return char

    for group in _word_list("confusable_chars.txt"):
        first = root(group[0])
        for char in group[1:]:
            other = root(char)
            if other != first:
                parent[other] = first
    return {ord(char): root(char) for char in parent}


def words_by_class(terms: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The words of ``terms`` that have a character with swaps, by how they read in the
    characters' classes (``confusable_classes``), in the order given: a one-character swap of
    a word reads as the word does, so a text read in classes finds its candidates by lookup."""
    classes, swaps = confusable_classes(), confusable_chars()
    grouped: dict[str, list[str]] = {}
    for term in terms:
        if any(char in swaps for char in term):
            grouped.setdefault(term.translate(classes), []).append(term)
    return {key: tuple(found) for key, found in grouped.items()}


@lru_cache(maxsize=2)
def in_classes(text: str) -> str:
    """``text`` with each character written as its class (``confusable_classes``); kept for
    the next call, as both word checks read the same text in turn."""
    return text.translate(confusable_classes())


@cache
def law_names() -> tuple[str, ...]:
    """Names of laws and regulations a bulletin cites, longest first."""
    return tuple(sorted(set(_word_list("laws.txt")), key=len, reverse=True))


@cache
def body_names() -> frozenset[str]:
    """Standard names of county bodies, without the place (应急管理局, 组织部), that a name
    one character off is checked against."""
    return frozenset(_word_list("bodies.txt"))


@cache
def other_body_names() -> frozenset[str]:
    """Names of bodies written right that are not checked against (发展改革委, 政协办公室)."""
    return frozenset(_word_list("body_others.txt"))


def _word_list(name: str) -> list[str]:
    """The lines of a one-word-a-line list, without its comments (#) and blank lines."""
    lines = resource_path("proofread", name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@cache
def reduplications() -> frozenset[str]:
    """Correct reduplicated words (层层, 研究研究 …) the doubling rules leave alone."""
    return frozenset(row["word"] for row in read_tsv("reduplication.tsv"))


@cache
def two_char_terms() -> tuple[str, ...]:
    """Two-character words of office prose whose one-character swaps are checked where the
    words around fence them in (配和 for 配合)."""
    return tuple(dict.fromkeys(word for word in _word_list("two_char_terms.txt") if len(word) == 2))


@dataclass(frozen=True)
class DroppedHalf:
    """A character that stands in no word of its own: met alone, the word it was typed for
    (``word``) lost its other character."""

    char: str
    word: str
    holders: frozenset[str]  # the words it makes with the character before or after it


@cache
def dropped_halves() -> dict[str, DroppedHalf]:
    return {row["char"]: DroppedHalf(row["char"], row["word"], frozenset(row["words"].split()))
            for row in read_tsv("dropped_halves.tsv")}


@cache
def two_char_words() -> frozenset[str]:
    """Two characters a swap of a listed word makes that are never reported: words of their own
    (病历, 高校) and what two words meeting often spell (件成 in 条件成熟, 时施 in 同时施工)."""
    return frozenset(_word_list("two_char_words.txt"))
