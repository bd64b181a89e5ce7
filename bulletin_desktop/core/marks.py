"""The marks a masthead prints above the bulletin's name, set in lines as GB/T 9704 sets them.

GB/T 9704 prints the copy number (份号, six figures), the secrecy level with its period (密级和保密期限,
秘密★1年) and the urgency (紧急程度, 特急) at the top left of the type area, each on a line of
its own, one under the other. The archive keeps an issue's marks as one line, spaced as the
clerk wrote them (000123 秘密★1年 特急, 内部资料 注意保存); printing splits them here, so that
the preview, Word and PDF set the same lines. Marks of no GB/T 9704 kind (内部资料 注意保存)
written next to each other stay on one line, as offices print them.
"""
from __future__ import annotations

from .lazy_pattern import LazyPattern

COPY_NUMBER = r"\d{6}"
URGENCY = r"(?:特急|加急|急件|特提|平急)"
SECRECY = r"(?:绝密|机密|秘密)"

_OWN_LINE = LazyPattern(rf"[（(【\[]?(?:{COPY_NUMBER}|{SECRECY}(?:★\S*)?|{URGENCY}|紧急)[）)】\]]?")
# a secrecy level's period written apart from it (秘密 ★1年) belongs on its line
_PERIOD = LazyPattern(r"★\S*")
_WORD = LazyPattern(r"\S+")


def marking_lines(marking: str) -> list[str]:
    """``marking`` as it prints, a line each: a copy number, a secrecy level (with its period)
    and an urgency each on its own line, other marks side by side as written; [] for none."""
    lines: list[tuple[int, int, bool]] = []  # start, end in ``marking``, and whether the line is a GB/T 9704 mark's own
    for word in _WORD.finditer(marking):
        own = bool(_OWN_LINE.fullmatch(word.group()))
        if lines and (_PERIOD.fullmatch(word.group()) or not own and not lines[-1][2]):
            lines[-1] = (lines[-1][0], word.end(), lines[-1][2])
        else:
            lines.append((word.start(), word.end(), own))
    return [marking[start:end] for start, end, _own in lines]
