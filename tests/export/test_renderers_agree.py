"""The Qt renderer (preview, print, Qt PDF) against LibreOffice's render of our .docx:
the same pages for every layout setting, the same lines, the settings honoured in both.

Every .docx of this module goes through LibreOffice in one batch run (one start-up).
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from bulletin_desktop.core.model import Issue
from bulletin_desktop.export.docx.writer import docx_bytes
from bulletin_desktop.export.layout_options import PT_PER_MM, LayoutOptions
from bulletin_desktop.export.pdf import convert_many, font_substitutes, libreoffice_path

from docx_readback import have_libreoffice, page_count, text_lines
from generated_issues import rich_issue
from line_ends import agreement, layout_lines

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not have_libreoffice(), reason="LibreOffice and poppler are needed")]

# One changed value per setting; a setting added to LayoutOptions must be added here.
CHANGED = {
    "page_width_mm": 200.0, "page_height_mm": 280.0, "margin_top_mm": 30.0, "margin_bottom_mm": 30.0,
    "margin_left_mm": 25.0, "margin_right_mm": 24.0, "lines_per_page": 20, "chars_per_line": 26,
    "title_font": "宋体", "body_font": "仿宋", "heading_font": "楷体", "kai_font": "楷体",
    "page_number_font": "仿宋", "latin_font": "Arial", "body_size_pt": 15.0, "masthead_size_pt": 36.0,
    "masthead_fallback_sizes_pt": (24.0,), "issue_line_size_pt": 18.0, "article_title_size_pt": 26.0,
    "closing_size_pt": 16.0, "page_number_size_pt": 12.0, "red": "C00000", "red_rule_pt": 3.0,
    "red_rule_gap_mm": 8.0, "closing_outer_rule_mm": 0.5, "closing_inner_rule_mm": 0.35,
    "closing_indent_chars": 2.0, "page_number_position": "center", "page_number_gap_mm": 5.0,
    "section_heading": "numbered",
}
HONOURED = LayoutOptions(lines_per_page=20, closing_indent_chars=2.0, masthead_size_pt=36.0,
                         article_title_size_pt=24.0)
GENERATED = 20


def _sample() -> Issue:
    from bulletin_desktop.core.textformat import read_text

    return read_text((Path(__file__).resolve().parents[2] / "resources" / "sample-luohe-052.txt").read_text("utf-8"))


@pytest.fixture(scope="module")
def renders(tmp_path_factory, qapp):
    """name -> (issue, options, Qt renderer, LibreOffice PDF path) for every case."""
    from bulletin_desktop.export.qt_render import render_issue

    folder = tmp_path_factory.mktemp("agree")
    issues = {"sample": _sample(), "fifty": rich_issue(52, entries=50)}
    cases: dict[str, tuple[Issue, LayoutOptions]] = {}
    for which, issue in issues.items():
        cases[f"{which}-default"] = (issue, LayoutOptions())
        for key, value in CHANGED.items():
            cases[f"{which}-{key}"] = (issue, LayoutOptions().with_changes({key: value}))
    cases["honoured"] = (issues["sample"], HONOURED)
    for seed in range(GENERATED):
        cases[f"generated{seed:02d}"] = (rich_issue(seed), LayoutOptions())
    substitutes: dict[str, str] = {}
    for _, options in cases.values():
        substitutes.update(font_substitutes(options))
    soffice = libreoffice_path()
    assert soffice is not None
    pdfs = convert_many({name: docx_bytes(issue, options) for name, (issue, options) in cases.items()}, soffice,
                        substitutes=substitutes, timeout=600)
    out = {}
    for name, (issue, options) in cases.items():
        path = folder / f"{name}-lo.pdf"
        path.write_bytes(pdfs[name])
        out[name] = (issue, options, render_issue(issue, options), path)
    return out


def test_every_setting_is_in_the_table():
    assert set(CHANGED) == {f.name for f in dataclasses.fields(LayoutOptions)}


@pytest.mark.parametrize("which", ["sample", "fifty"])
@pytest.mark.parametrize("key", ["default", *CHANGED])
def test_qt_and_libreoffice_give_the_same_page_count(renders, which, key):
    _, options, renderer, lo_pdf = renders[f"{which}-{key}"]
    assert renderer.page_count() == page_count(lo_pdf), f"{key}={getattr(options, key, '')}"


def _qt_pdf(renders, name, tmp_path) -> Path:
    from bulletin_desktop.export.qt_render import write_pdf_qt

    issue, options, _, _ = renders[name]
    path = tmp_path / f"{name}-qt.pdf"
    write_pdf_qt(issue, path, options)
    return path


def test_both_outputs_honour_lines_per_page_closing_indent_and_title_sizes(renders, tmp_path):
    options = HONOURED
    left = options.margin_left_mm * PT_PER_MM
    bottom = (options.margin_top_mm + options.type_height_mm) * PT_PER_MM
    for pdf in (renders["honoured"][3], _qt_pdf(renders, "honoured", tmp_path)):
        # a page of body text holds lines_per_page lines
        body = {round(line[1]) for line in text_lines(pdf, 2) if line[3] < bottom + 1}
        assert len(body) == options.lines_per_page, pdf.name
        last = text_lines(pdf, page_count(pdf))
        signoff = next(line for line in last if line[4].startswith("编辑："))
        assert signoff[0] == pytest.approx(left + 2 * options.closing_size_pt, abs=1.5), pdf.name
        first = text_lines(pdf, 1)
        masthead = next(line for line in first if line[4] == "漯河安全生产简报")
        body_line = next(line for line in first if line[4].startswith("漯河市安全生产委员会办公室"))
        ratio = (masthead[3] - masthead[1]) / (body_line[3] - body_line[1])
        assert ratio == pytest.approx(36 / 16, rel=0.12), pdf.name
        title = next(line for page in range(1, page_count(pdf) + 1) for line in text_lines(pdf, page)
                     if line[4].startswith("源汇区老街街道聚力打造"))
        assert (title[3] - title[1]) / (body_line[3] - body_line[1]) == pytest.approx(24 / 16, rel=0.12), pdf.name


def test_line_ends_agree_on_the_sample_and_on_generated_issues(renders, tmp_path):
    """At least 90 % of LibreOffice's line ends are line ends of the Qt PDF too, in every
    issue. The rest are explained in docs/layout.md (punctuation after a Latin word, a
    bracket after a Chinese character, a comma LibreOffice drops)."""
    ratios = {}
    total = agreeing = 0
    for name in ["sample-default", *(f"generated{seed:02d}" for seed in range(GENERATED))]:
        result = agreement(layout_lines(renders[name][3]), layout_lines(_qt_pdf(renders, name, tmp_path)))
        ratios[name] = round(result.ratio, 3)
        if name != "sample-default":
            total += result.lines
            agreeing += result.agreeing
    assert ratios["sample-default"] >= 0.9, ratios
    assert agreeing / total >= 0.9, ratios
    assert min(ratios.values()) >= 0.9, ratios
