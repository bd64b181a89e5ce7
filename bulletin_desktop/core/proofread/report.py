"""One issue's findings, text and archive checks together, as plain dictionaries (CLI, export step)."""
from __future__ import annotations

from .ignored_here import HereAnchor, anchor_in, anchor_of
from .issue_check import check_issue


def issue_findings(archive, issue, max_age: int | None = None) -> list[tuple[dict, HereAnchor]]:
    """Each finding of the issue (those ignored at their place left out), numbered from 1 in
    ``number``, with the anchor that would ignore it there. ``max_age``: the lead-date limit
    in days for this report only (else the archive's setting)."""
    from .archive_checks import archive_context, check_archive

    context = archive_context(archive, issue)
    found = []
    for f in check_issue(issue, context):
        found.append(({
            "section": f.section, "entry_index": f.entry_index, "entry_uid": f.position.uid,
            "field": f.position.field, "paragraph": f.position.paragraph, "found": f.finding.found,
            **f.finding.to_json(),
        }, anchor_in(f.text, f.position, f.finding.rule, f.finding.found)))
    for a in check_archive(archive, issue, context, max_age):
        found.append((a.to_json(), anchor_of(issue, a.position, a.rule, a.found)))
    for number, (item, _anchor) in enumerate(found, 1):
        item["number"] = number
    return found


def issue_report(archive, issue, max_age: int | None = None) -> list[dict]:
    return [item for item, _anchor in issue_findings(archive, issue, max_age)]
