"""A regular expression compiled when it is first used.

Python's ``re`` compiles in Python code: a pattern with many alternatives (a date in all the
forms an office writes it) or a class of 汉字 takes milliseconds, and one compiled at import
costs every start of the program, and every command, whether it is used or not.
"""
from __future__ import annotations

import re
import sys
from typing import Iterator


class LazyPattern:
    __slots__ = ("source", "flags", "_compiled")

    def __init__(self, source: str, flags: int = 0):
        self.source = source
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:  # two threads may both compile it: the same pattern either way
            self._compiled = re.compile(self.source, self.flags)
        return self._compiled

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().fullmatch(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(text, pos, endpos)

    def subn(self, replacement: str, text: str) -> tuple[str, int]:
        return self.compiled().subn(replacement, text)
