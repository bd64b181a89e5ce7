"""Building findings from the rule catalogue (``rules.tsv``): the message lives there, once;
and the lines of a checked text with where each starts, which the rules that go line by line
share."""
from __future__ import annotations

from typing import Iterator

from .findings import Finding
from .lists import rules


def lines_with_starts(text: str) -> Iterator[tuple[int, str]]:
    """Each line of ``text`` with the index of its first character in ``text``."""
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def finding(rule_id: str, text: str, start: int, end: int, suggestion: str | None, **values: str) -> Finding:
    rule = rules()[rule_id]
    found = text[start:end]
    message = rule.message.format(found=found, suggestion=suggestion or "", **values)
    return Finding(start, end, rule.kind, rule.id, message, suggestion, rule.severity, found)  # type: ignore[arg-type]
