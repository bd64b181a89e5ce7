"""Several issues at once: the year's compilation with its contents, one file per issue,
cancelling, and the compilation as LibreOffice prints it."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from bulletin_desktop.core.model import YearNumber
from bulletin_desktop.core.textformat import read_text
from bulletin_desktop.export.batch import write_each, year_issues
from bulletin_desktop.export.docx.compilation import (
    bookmark_name, compilation_bytes, contents_line, write_compilation, year_title,
)
from bulletin_desktop.export.docx.writer import docx_bytes
from bulletin_desktop.export.errors import ExportCancelled
from bulletin_desktop.export.file_names import compilation_file_name, default_file_name

from docx_readback import W, have_libreoffice, page_count, part, pdftotext, text_of

SERIES = "漯河安全生产简报"


def issues_of_a_year(sample_text: str, count: int, year: int = 2022):
    found = []
    for k in range(count):
        issue = read_text(sample_text)
        issue.number = k + 1
        issue.date = dt.date(year, 1, 3) + dt.timedelta(days=7 * k)
        found.append(issue)
    return found


def body_texts(document) -> list[str]:
    body = document.find(f"{{{W}}}body")
    return [text_of(p) for p in body.iter(f"{{{W}}}p") if text_of(p)]


def test_contents_then_each_issue_in_its_own_section(sample_text):
    issues = issues_of_a_year(sample_text, 3)
    issues[1].special = None
    data = compilation_bytes(issues, SERIES, year_title(2022))
    document = part(data, "word/document.xml")
    texts = body_texts(document)
    assert texts[:3] == [SERIES, "2022年度汇编", "目　录"]
    assert contents_line(issues[1]) == "第2期　2022年1月10日"
    assert contents_line(issues[0]) == "第1期（安全生产大检查专刊第34期）　2022年1月3日"
    # each contents line: the issue, then a page number taken from its bookmark
    instructions = [t.text.strip() for t in document.iter(f"{{{W}}}instrText")]
    assert instructions == [f"PAGEREF {bookmark_name(k)} \\h" for k in range(3)]
    marks = [b.get(f"{{{W}}}name") for b in document.iter(f"{{{W}}}bookmarkStart")]
    assert marks == [bookmark_name(k) for k in range(3)]
    # the issues' own paragraphs, written by the per-issue writer, in order
    written_alone = [body_texts(part(docx_bytes(issue), "word/document.xml")) for issue in issues]
    assert texts[3 + 3 + 0:] == [t for alone in written_alone for t in alone]
    # sections: the contents (no page numbers), then one per issue numbered from 1 on
    sections = list(document.iter(f"{{{W}}}sectPr"))
    assert len(sections) == 4
    assert sections[0].find(f"{{{W}}}footerReference") is None
    assert all(s.find(f"{{{W}}}footerReference") is not None for s in sections[1:])
    starts = [s.find(f"{{{W}}}pgNumType") for s in sections]
    assert [None if p is None else p.get(f"{{{W}}}start") for p in starts] == [None, "1", None, None]
    settings = part(data, "word/settings.xml")
    assert settings.find(f"{{{W}}}updateFields").get(f"{{{W}}}val") == "true"
    # a long special series' name gives way to the dots and the page number
    issues[2].special = type(issues[0].special)("安全生产大检查“回头看”专刊", 134)
    issues[2].date = dt.date(2022, 12, 31)
    assert contents_line(issues[2]) == "第3期（专刊第134期）　2022年12月31日"
    # the 期号 as the issue's masthead writes it
    issues[1].year_number = YearNumber(2, 2022)
    assert contents_line(issues[1]) == "2022年第2期（总第2期）　2022年1月10日"


def test_cancel_half_way_leaves_no_file(tmp_path, sample_text):
    issues = issues_of_a_year(sample_text, 6)
    target = tmp_path / compilation_file_name(SERIES, 2022)
    seen = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 3

    with pytest.raises(ExportCancelled):
        write_compilation(issues, target, SERIES, year_title(2022), progress=progress)
    assert seen == [(1, 6), (2, 6), (3, 6)]
    assert list(tmp_path.iterdir()) == []
    target.write_bytes(b"the clerk's older file")
    with pytest.raises(ExportCancelled):
        write_compilation(issues, target, SERIES, year_title(2022), progress=progress)
    assert target.read_bytes() == b"the clerk's older file"
    write_compilation(issues, target, SERIES, year_title(2022))
    assert target.read_bytes()[:2] == b"PK"


def test_one_file_per_issue_and_cancelling_between_files(tmp_path, sample_text):
    issues = issues_of_a_year(sample_text, 4)
    written = write_each(issues, tmp_path / "各期", "docx")
    assert [p.name for p in written] == [default_file_name(i, ".docx") for i in issues]
    assert all(p.read_bytes() == docx_bytes(i) for p, i in zip(written, issues))
    with pytest.raises(ExportCancelled) as cancelled:
        write_each(issues, tmp_path / "另一批", "txt", progress=lambda done, total: done < 2)
    assert [p.name for p in cancelled.value.written] == [default_file_name(i, ".txt") for i in issues[:2]]
    assert sorted(p.name for p in (tmp_path / "另一批").iterdir()) == sorted(p.name for p in cancelled.value.written)


def test_each_file_is_named_as_the_masthead_prints_the_number_and_none_is_written_twice(tmp_path, sample_text):
    issues = issues_of_a_year(sample_text, 3)
    for issue in issues:
        issue.special = None
        issue.year_number = YearNumber(6, 2022, False)  # 2022年第6期 three times: a numbering slip
    written = write_each(issues, tmp_path / "各期", "txt")
    assert [p.name for p in written] == ["漯河安全生产简报2022年第6期.txt", "漯河安全生产简报2022年第6期（2）.txt",
                                         "漯河安全生产简报2022年第6期（3）.txt"]
    assert [p.read_text(encoding="utf-8").count("2022年第6期") for p in written] == [1, 1, 1]


def test_year_issues_are_one_series_oldest_first():
    from bulletin_desktop.core.archive import IssueSummary

    def summary(issue_id, series, number, date):
        return IssueSummary(id=issue_id, series=series, series_id=len(series), number=number, special_name=None,
                            special_number=None, date=date, office="", status="draft", entry_count=3, updated_at="")

    rows = [summary(1, SERIES, 3, dt.date(2022, 3, 1)), summary(2, SERIES, 1, dt.date(2022, 1, 1)),
            summary(3, "其他", 2, dt.date(2022, 2, 1)), summary(4, SERIES, 9, dt.date(2021, 12, 31))]
    assert [s.id for s in year_issues(rows, 2022, SERIES)] == [2, 1]


@pytest.mark.slow
@pytest.mark.skipif(not have_libreoffice(), reason="LibreOffice and poppler are needed")
def test_a_years_52_issues_print_with_contents_and_the_right_pages(tmp_path, sample_text):
    from bulletin_desktop.export.layout_options import LayoutOptions
    from bulletin_desktop.export.pdf import convert_docx_to_pdf, font_substitutes, libreoffice_path

    issues = issues_of_a_year(sample_text, 52)
    substitutes = font_substitutes(LayoutOptions())
    one = tmp_path / "one.pdf"
    one.write_bytes(convert_docx_to_pdf(docx_bytes(issues[0]), libreoffice_path(), substitutes=substitutes))
    per_issue = page_count(one)
    docx = tmp_path / "compilation.docx"
    write_compilation(issues, docx, SERIES, year_title(2022))
    pdf = tmp_path / "compilation.pdf"
    pdf.write_bytes(convert_docx_to_pdf(docx.read_bytes(), libreoffice_path(), substitutes=substitutes, timeout=600))

    # the contents: one line per issue with the page it starts on, itself unnumbered
    contents_pages = 0
    listed: dict[int, int] = {}
    while not listed or len(listed) < 52:
        contents_pages += 1
        text = pdftotext(pdf, contents_pages)
        assert not re.search(r"—\s*\d+\s*—", text)
        for number, page in re.findall(r"第\s*(\d+)\s*期.*?(\d+)\s*$", text, flags=re.M):
            listed[int(number)] = int(page)
        assert contents_pages < 5
    assert page_count(pdf) == contents_pages + 52 * per_issue
    assert listed == {k + 1: 1 + k * per_issue for k in range(52)}
    # each issue starts where the contents say, its masthead on a page numbered so
    for number in (1, 2, 27, 52):
        page_text = pdftotext(pdf, contents_pages + listed[number])
        assert re.search(rf"第\s*{number}\s*期", page_text) and SERIES in re.sub(r"\s+", "", page_text)
        assert re.search(rf"—\s*{listed[number]}\s*—", page_text)
    assert Path(docx).stat().st_size > 0
