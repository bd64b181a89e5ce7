"""What a proofreading check hands back, and what it is told about the issue."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "suggestion"]

TEXT_KINDS = ("confusable", "punctuation", "pairing", "width", "spacing", "date", "number",
              "numbering", "duplicate", "placeholder", "term", "grammar")
ARCHIVE_KINDS = ("reused", "sequence", "lead_date", "unit")
KIND_LABELS = {
    "confusable": "错别字", "punctuation": "标点", "pairing": "成对标点", "width": "全角半角",
    "spacing": "多余空格", "date": "日期", "number": "数字用法", "numbering": "层次序数",
    "duplicate": "重复", "placeholder": "占位符", "term": "规范提法", "reused": "重复使用的稿件",
    "sequence": "期号", "lead_date": "条目日期", "unit": "单位名称", "grammar": "语病",
}


@dataclass(frozen=True)
class Finding:
    """One thing to look at: ``text[start:end]`` in code points of the checked text."""

    start: int
    end: int
    kind: str
    rule: str
    message: str
    suggestion: str | None
    severity: Severity
    found: str = ""  # the text the finding covers, kept so "ignore everywhere" can match it

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "kind": self.kind, "rule": self.rule,
                "message": self.message, "suggestion": self.suggestion, "severity": self.severity}


@dataclass(frozen=True)
class Term:
    """One line of the clerk's own term list: ``wrong`` is flagged; ``right`` (may be empty
    for a plain 禁用词) is suggested."""

    wrong: str
    right: str = ""
    note: str = ""


@dataclass
class CheckContext:
    """What the text checks may know beyond the text itself; every field is optional."""

    issue_date: dt.date | None = None
    terms: list[Term] = field(default_factory=list)
    # (rule, text) pairs the clerk chose to ignore everywhere; rule "*" ignores the text for any rule
    ignored: frozenset[tuple[str, str]] = frozenset()
    # the places of this issue where the clerk ignored a finding (ignored_here.HereAnchor)
    ignored_here: frozenset = frozenset()

    def is_ignored(self, finding: Finding) -> bool:
        return (finding.rule, finding.found) in self.ignored or ("*", finding.found) in self.ignored
