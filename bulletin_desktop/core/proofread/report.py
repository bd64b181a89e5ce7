"""One issue's findings, text and archive checks together, as plain dictionaries (CLI, export step)."""
from __future__ import annotations

from .issue_check import check_issue


def issue_report(archive, issue, max_age: int | None = None) -> list[dict]:
    """``max_age``: the lead-date limit in days for this report only (else the archive's setting)."""
    from .archive_checks import archive_context, check_archive

    context = archive_context(archive, issue)
    items = []
    for f in check_issue(issue, context):
        items.append({
            "section": f.section, "entry_index": f.entry_index, "entry_uid": f.position.uid,
            "field": f.position.field, "paragraph": f.position.paragraph, "found": f.finding.found,
            **f.finding.to_json(),
        })
    for a in check_archive(archive, issue, context, max_age):
        items.append(a.to_json())
    return items
