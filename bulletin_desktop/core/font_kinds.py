"""The kind of face a font's name tells (小标宋, 仿宋, 楷, 黑, 宋), for names no table knows.

A clerk may set 方正仿宋_GBK or 华文楷体 in the layout settings, and a Word file made by
another office names whatever its machine had. The screen preview draws a face of the same
kind where the named one is missing (``export/screen_fonts``); the Word reader takes text
set in a 黑-kind face among text that is not as set apart, as bold is (``wordread``). Qt-free.
"""
from __future__ import annotations

# Words in a font name that tell its kind, the more particular first (小标宋 is also a 宋)
_KIND_HINTS = (("小标宋", "xiaobiaosong"), ("标宋", "xiaobiaosong"), ("仿宋", "fangsong"),
               ("fangsong", "fangsong"), ("楷", "kai"), ("kai", "kai"), ("黑", "hei"),
               ("hei", "hei"), ("宋", "song"), ("song", "song"))


def named_kind(name: str) -> str | None:
    """The kind ``name`` tells, or None when it tells none (Times New Roman, Arial)."""
    folded = name.casefold()
    for hint, kind in _KIND_HINTS:
        if hint in folded:
            return kind
    return None


def font_kind(name: str) -> str:
    """The kind of face ``name`` is taken for; Song when its name does not say."""
    return named_kind(name) or "song"
