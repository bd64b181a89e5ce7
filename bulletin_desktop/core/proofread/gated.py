"""Patterns that are only run over a text holding what every match of theirs needs.

A rule's pattern is tried at every place of a text, a few microseconds a paragraph, and there are
some two hundred of them; most look for a mark or a word the paragraph does not hold at all (a
？, a 《, 截至). Testing the text for those first (a substring search in C) skips most scans.
What a pattern needs is read from the pattern itself, so it cannot drift from it: the strings of
which every match (its lookarounds included) holds at least one. A pattern that needs nothing
that can be told (a class of all 汉字, a negated class) is always run.
"""
from __future__ import annotations

import importlib
import re
import sys
from types import ModuleType
from typing import Any, Callable, Iterator


def _module(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ImportError:  # pragma: no cover
        return None


# the parser ``re`` itself compiles with (already loaded by ``re``); a Python without it just runs
# every pattern
_parse: Any = _module("re._parser")
_op: Any = _module("re._constants")

_MOST = 16  # more alternatives than this, and testing for them costs what the scan does
# Marks and words nearly every sentence of office prose holds: needing one of them tells little
_EVERYWHERE = frozenset("，。、的是一在和了有不要为")
_ANY_TEXT = ("",)  # what a pattern that needs nothing one can tell is tested for: every text holds ""


class GatedPattern:
    """A compiled pattern with the test that lets a text skip it. The test is worked out on the
    first scan, not when the rule's module is imported."""

    __slots__ = ("compiled", "_needs")

    def __init__(self, source: str, flags: int = 0):
        self.compiled = re.compile(source, flags)
        self._needs: tuple[str, ...] = ()  # not yet worked out

    @property
    def pattern(self) -> str:
        return self.compiled.pattern

    def _worked_out(self) -> tuple[str, ...]:
        self._needs = needed(self.compiled) or _ANY_TEXT  # two threads may both: the same either way
        return self._needs

    # (the test written out in each method, not called: these run a few hundred times a text)
    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        for needle in self._needs or self._worked_out():
            if needle in text:
                return self.compiled.finditer(text, pos, endpos)
        return iter(())

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        for needle in self._needs or self._worked_out():
            if needle in text:
                return self.compiled.search(text, pos, endpos)
        return None

    def sub(self, replacement: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        for needle in self._needs or self._worked_out():
            if needle in text:
                return self.compiled.sub(replacement, text, count)
        return text

    # (at one place the scan is short: these run as they are)
    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(text, pos, endpos)


def gated(source: str, flags: int = 0) -> GatedPattern:
    return GatedPattern(source, flags)


def needed(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings of which every match of ``pattern`` holds one (in the text around it, for a
    lookaround), or None when there are none to tell."""
    if _parse is None or _op is None or pattern.flags & re.IGNORECASE:
        return None
    try:
        found = _in_sequence(_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # an unfamiliar parse (another Python): run the pattern
        return None
    return tuple(sorted(found)) if found else None


def _cost(needles: frozenset[str]) -> int:
    return sum(1 if len(n) > 1 else 20 if n in _EVERYWHERE else 3 for n in needles)


def _in_sequence(items: Any) -> frozenset[str] | None:
    """The cheapest of the requirements of a sequence: each of its parts is needed."""
    choices: list[frozenset[str]] = []
    run = ""  # characters in a row: the whole string is needed
    for op, value in items:
        if op is _op.LITERAL:
            run += chr(value)
            continue
        if run:
            choices.append(frozenset([run]))
            run = ""
        found = _in_item(op, value)
        if found is not None:
            choices.append(found)
    if run:
        choices.append(frozenset([run]))
    return min(choices, key=_cost, default=None)


def _in_item(op: Any, value: Any) -> frozenset[str] | None:
    if op is _op.IN:
        chars: set[str] = set()
        for kind, item in value:
            if kind is _op.LITERAL:
                chars.add(chr(item))
            elif kind is _op.RANGE and item[1] - item[0] < _MOST:
                chars.update(map(chr, range(item[0], item[1] + 1)))
            else:  # a negated class, a category (\d), a wide range
                return None
        return frozenset(chars) if len(chars) <= _MOST else None
    if op is _op.SUBPATTERN:
        _group, add_flags, _del_flags, inner = value
        return None if add_flags & re.IGNORECASE else _in_sequence(inner)
    if op is _op.ATOMIC_GROUP:
        return _in_sequence(value)
    if op is _op.BRANCH:
        either: set[str] = set()
        for alternative in value[1]:
            found = _in_sequence(alternative)
            if found is None:
                return None
            either |= found
        if len(either) > _MOST:  # a list of names (法, 条例): each holds its last character too
            either = {needle[-1] for needle in either}
        return frozenset(either) if len(either) <= _MOST else None
    if op in (_op.MAX_REPEAT, _op.MIN_REPEAT, _op.POSSESSIVE_REPEAT):
        least, _most, inner = value
        return _in_sequence(inner) if least >= 1 else None
    if op is _op.ASSERT:  # a lookahead or a lookbehind: the text holds it, next to the match
        return _in_sequence(value[1])
    return None  # a negative lookaround, an anchor, any character, a back-reference
