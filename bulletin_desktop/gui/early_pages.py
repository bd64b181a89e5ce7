"""Start-up: the pages of the issue about to open, shown before the rest of the window.

Building the section tree, the entry editor, the masthead panel, the issue list and the
menus takes about as long again as laying the issue out, and what the clerk waits for is
the pages. So at start-up the preview is made first, the issue the window is going to
open (the same choice: ``first_issue_id``) is read on a read-only connection and laid out
with its series' layout, and the window paints it; the other panes and the archive's
session follow in the next turn of the event loop. When the session then opens that
issue, the preview finds the same blocks and lays out nothing again.

Anything that stops the reading here (a damaged file, one from an older version, an empty
archive, data this reading cannot take) only means no early pages: the session's opening,
right after, meets it too and reports it as it always does.
"""
from __future__ import annotations

from pathlib import Path

from ..core.model import Issue
from ..export.layout_options import LayoutOptions


def read_early_pages(path: Path, issue_ref: str | None, remembered_for) -> tuple[Issue, LayoutOptions] | None:
    """The issue the window will open in the archive at ``path`` and its series' layout;
    None when it cannot be read now. ``remembered_for(archive_path)``: the issue the clerk
    had open there last (the window's settings)."""
    from ..core.archive.archive import Archive
    from ..core.issue_ref import first_issue_id
    from ..export.series_options import series_options

    try:
        with Archive.open(path, readonly=True, check=False) as archive:
            issue_id, _error = first_issue_id(archive, issue_ref, remembered_for(archive.path))
            if issue_id is None:
                return None
            issue = archive.load_issue(issue_id)
            changes = archive.series_layout(issue.series_id) if issue.series_id is not None else {}
    except Exception:  # noqa: BLE001 - whatever it is, the session's opening meets it too and says so
        return None
    return issue, series_options(changes)
