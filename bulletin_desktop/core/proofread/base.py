"""Building findings from the rule catalogue (``rules.tsv``): the message lives there, once."""
from __future__ import annotations

from .findings import Finding
from .lists import rules


def finding(rule_id: str, text: str, start: int, end: int, suggestion: str | None, **values: str) -> Finding:
    rule = rules()[rule_id]
    found = text[start:end]
    message = rule.message.format(found=found, suggestion=suggestion or "", **values)
    return Finding(start, end, rule.kind, rule.id, message, suggestion, rule.severity, found)  # type: ignore[arg-type]
