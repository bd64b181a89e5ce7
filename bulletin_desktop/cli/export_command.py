"""``export``: options parsed here, the work done by the GUI-free writers."""
from __future__ import annotations

from pathlib import Path

from ..core.model import Issue
from ..core.safe_write import write_text_atomically
from ..core.textformat import write_text
from ..export.layout_options import LayoutOptionError, LayoutOptions, load_options


def parse_option_pairs(pairs: list[str]) -> dict[str, str]:
    values = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise LayoutOptionError(f"版式设置应写成 键=值，例如 red_rule_pt=3；收到的是“{pair}”。")
        values[key.strip()] = value.strip()
    return values


def export_issue(issue: Issue, output: Path, fmt: str, option_pairs: list[str], settings: Path | None,
                 base: LayoutOptions | None = None) -> dict:
    """Write the file; the layout settings it was made with (kept in the export record).
    ``base``: the layout of the issue's series; the settings file and options go on top."""
    options = load_options(settings, parse_option_pairs(option_pairs), base=base)
    if fmt == "txt":
        write_text_atomically(output, write_text(issue))
        return {}
    if fmt == "docx":
        from ..export.docx.writer import write_docx

        write_docx(issue, output, options)
    else:
        from ..export.pdf import write_pdf

        write_pdf(issue, output, options)
    return options.to_dict()
