"""The issuing office and the date under the masthead: on one line when they fit with a
character between them, else the office over the full width and the date on a line of
its own, flush right. Word and the preview take the decision from one rule, and the date
is never broken (2023年11月 / 21日), which Word's right tab did after a long office."""
from __future__ import annotations

import datetime as dt
import re
import subprocess

import pytest
from lxml import etree

from bulletin_desktop.core.model import Issue, Section, item
from bulletin_desktop.export.block_styles import block_styles
from bulletin_desktop.export.blocks import BlockKind, layout_issue
from bulletin_desktop.export.docx.writer import document_xml
from bulletin_desktop.export.layout_options import LayoutOptions
from bulletin_desktop.export.pdf import write_pdf
from bulletin_desktop.export.text_runs import text_ems

from docx_readback import have_libreoffice

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
OPTIONS = LayoutOptions()
DATE = dt.date(2023, 11, 21)
LONG_OFFICE = "漯河市城乡一体化示范区安全生产委员会办公室（市应急管理局代章）"  # 31 characters
SHORT_OFFICE = "漯河市安全生产委员会办公室"


@pytest.fixture(autouse=True)
def _app(qapp):
    return qapp


def issue_of(office: str) -> Issue:
    return Issue("测试简报", 1, DATE, office, None, [Section("安排部署", [item("1月1日，某县召开会议。")])])


def office_block(office: str):
    return next(b for b in layout_issue(issue_of(office)) if b.kind is BlockKind.OFFICE_DATE)


def test_widths_are_estimated_in_ems():
    assert text_ems("办公室") == 3
    # 8 digits of half an em, 年月日, and five spaces between Chinese and digits
    assert text_ems("2023年11月21日") == pytest.approx(8 * 0.5 + 3 + 5 * 0.2)
    assert text_ems("GPS") == pytest.approx(1.8)


@pytest.mark.parametrize(("office", "together"), [(SHORT_OFFICE, True), (LONG_OFFICE[:18], True),
                                                   (LONG_OFFICE[:21], False), (LONG_OFFICE, False)])
def test_which_offices_share_the_line_with_the_date(office, together):
    assert block_styles(OPTIONS).office_and_date_share_a_line(office_block(office)) is together


def office_paragraph(office: str) -> etree._Element:
    root = etree.fromstring(document_xml(issue_of(office), OPTIONS))
    return next(p for p in root.iter(f"{W}p")
                if p.find(f"{W}pPr/{W}pStyle") is not None and p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == "OfficeDate")


def test_word_breaks_the_line_before_the_date_after_a_long_office():
    run_children = [el.tag.removeprefix(W) for el in office_paragraph(LONG_OFFICE).iter(f"{W}r") for el in el
                    if el.tag != f"{W}rPr"]
    assert run_children[-4:] == ["t", "br", "tab", "t"]
    assert "br" not in [el.tag.removeprefix(W) for el in office_paragraph(SHORT_OFFICE).iter()]


def office_lines(lines: list[str], office: str) -> list[str]:
    """The lines from the office's first to the first with the date."""
    first = next(i for i, line in enumerate(lines) if line.startswith(office[:5]))
    last = next(i for i, line in enumerate(lines) if i >= first and line.endswith("2023年11月21日"))
    return lines[first:last + 1]


def preview_lines(office: str) -> list[str]:
    from bulletin_desktop.export.qt_render import IssueRenderer

    renderer = IssueRenderer(OPTIONS)
    renderer.update(layout_issue(issue_of(office)))
    return office_lines(renderer.page_text(0).split("\n"), office)


def test_preview_sets_the_date_on_its_own_line_after_a_long_office():
    lines = preview_lines(LONG_OFFICE)
    assert lines[0] + lines[1] == LONG_OFFICE
    assert lines[2] == "2023年11月21日"
    assert preview_lines(SHORT_OFFICE)[0] == f"{SHORT_OFFICE}\t2023年11月21日"


@pytest.mark.slow
@pytest.mark.skipif(not have_libreoffice(), reason="LibreOffice and poppler are needed")
@pytest.mark.parametrize("length", [18, 20, 23, 28, 31])
def test_printed_date_stays_whole_and_the_lines_are_the_previews(tmp_path, length):
    office = LONG_OFFICE[:length]
    pdf = tmp_path / "issue.pdf"
    write_pdf(issue_of(office), pdf, OPTIONS)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    printed = office_lines([re.sub(r"\s+", "", line) for line in text.splitlines() if line.strip()], office)
    assert printed[-1].endswith("2023年11月21日")
    assert (printed[-1] == "2023年11月21日") is (length > 18)
    assert printed == [line.replace("\t", "") for line in preview_lines(office)]
