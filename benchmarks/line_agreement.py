"""How many line ends the Qt PDF shares with LibreOffice's render of our .docx.

For the sample and ``--issues`` generated bulletins rich in numbers, dates and Latin
abbreviations (tests/export/generated_issues.py), writes both PDFs (LibreOffice in one
batch run) and measures with tests/export/line_ends.py: ``pdftotext -layout`` of both,
whitespace removed, positions of line ends in the joined text. Also counts what prints
wrongly on paper: characters of the preview's text missing from LibreOffice's (a pause mark
it dropped at a line's end) and LibreOffice's lines that open with a mark that may not
start one (，。、；：？！）》” after a Latin word at the end of the line above).

    python benchmarks/line_agreement.py [--issues 20] [--show 10] [--keep FOLDER]
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "tests" / "export"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from generated_issues import rich_issue  # noqa: E402
from line_ends import agreement, differing_lines, layout_lines  # noqa: E402

from bulletin_desktop.core.model import Issue  # noqa: E402
from bulletin_desktop.core.textformat import read_text  # noqa: E402
from bulletin_desktop.export.docx.writer import docx_bytes  # noqa: E402
from bulletin_desktop.export.layout_options import LayoutOptions  # noqa: E402
from bulletin_desktop.export.pdf import convert_many, font_substitutes, libreoffice_path  # noqa: E402


def issues(count: int) -> dict[str, Issue]:
    sample = read_text((HERE.parent / "resources" / "sample-luohe-052.txt").read_text(encoding="utf-8"))
    return {"sample": sample, **{f"generated{seed:02d}": rich_issue(seed) for seed in range(count)}}


def render_both(found: dict[str, Issue], folder: Path, options: LayoutOptions = LayoutOptions()) -> None:
    """<name>-qt.pdf and <name>-lo.pdf for every issue, into ``folder``."""
    from bulletin_desktop.export.qt_render import write_pdf_qt

    soffice = libreoffice_path()
    if soffice is None:
        raise SystemExit("LibreOffice is needed for the comparison")
    for name, issue in found.items():
        write_pdf_qt(issue, folder / f"{name}-qt.pdf", options)
    pdfs = convert_many({name: docx_bytes(issue, options) for name, issue in found.items()}, soffice,
                        substitutes=font_substitutes(options))
    for name, data in pdfs.items():
        (folder / f"{name}-lo.pdf").write_bytes(data)


_NO_LINE_START = frozenset("，。、；：？！）》”")


def print_defects(lo: list[str], qt: list[str]) -> tuple[int, int]:
    """(characters of Qt's text LibreOffice lost, LibreOffice lines opening with a mark that
    may not start a line)."""
    import difflib

    lost = sum(j2 - j1 for op, _, _, j1, j2 in difflib.SequenceMatcher(
        None, "".join(lo), "".join(qt), autojunk=False).get_opcodes() if op in ("insert", "replace"))
    return lost, sum(1 for line in lo if line[:1] in _NO_LINE_START)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--issues", type=int, default=20, help="generated issues besides the sample")
    parser.add_argument("--show", type=int, default=0, help="print this many differing lines per issue")
    parser.add_argument("--keep", type=Path, help="write the PDFs into this folder and keep them")
    args = parser.parse_args(argv)
    found = issues(args.issues)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        render_both(found, folder)
        total = agreeing = lost = opening = 0
        for name in found:
            lo, qt = layout_lines(folder / f"{name}-lo.pdf"), layout_lines(folder / f"{name}-qt.pdf")
            result = agreement(lo, qt)
            total += result.lines
            agreeing += result.agreeing
            defects = print_defects(lo, qt)
            lost, opening = lost + defects[0], opening + defects[1]
            same = "" if result.same_text else "  (texts differ!)"
            print(f"{name:12s} {result.agreeing:4d}/{result.lines:<4d} {100 * result.ratio:6.1f} %{same}")
            for mine, theirs in differing_lines(lo, qt)[:args.show]:
                print(f"    LibreOffice: {mine}\n    Qt:          {theirs}")
        print(f"{'all':12s} {agreeing:4d}/{total:<4d} {100 * agreeing / max(1, total):6.1f} %")
        print(f"LibreOffice's print: {lost} characters of the preview's text missing, "
              f"{opening} lines opening with a mark that may not start a line")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
