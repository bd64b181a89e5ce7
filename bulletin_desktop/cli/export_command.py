"""``export`` and ``export-year``: layout options parsed here (on top of each issue's
series layout); the work is done by the GUI-free writers."""
from __future__ import annotations

from pathlib import Path

from ..core.archive import Archive
from ..core.model import Issue
from ..export.layout_options import LayoutOptionError, LayoutOptions, load_options


def parse_option_pairs(pairs: list[str]) -> dict[str, str]:
    values = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise LayoutOptionError(f"版式设置应写成 键=值，例如 red_rule_pt=3；收到的是“{pair}”。")
        values[key.strip()] = value.strip()
    return values


def issue_options(archive: Archive, issue: Issue, option_pairs: list[str], settings: Path | None) -> LayoutOptions:
    """The layout of the issue's series, the settings file and the options on top."""
    from ..export.series_options import series_options

    layout = archive.series_layout(issue.series_id) if issue.series_id is not None else {}
    return load_options(settings, parse_option_pairs(option_pairs), base=series_options(layout))
