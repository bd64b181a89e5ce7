"""The statistics on the command line as a clerk of 呼伦贝尔市 uses them, round 10: periods typed
with the input method's full-width mode on, the CSV and Excel files opened in WPS, and the
通报 of a month, of a few weeks across the new year and of a half year. What the clerk expects
is written before each check."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import zipfile

import pytest
from openpyxl import load_workbook

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.inbox import add_submissions
from bulletin_desktop.core.inbox.adopt import adopt_into
from bulletin_desktop.core.inbox.reading import make_submission, paragraphs_from_text
from bulletin_desktop.core.model import Issue, Item, Section
from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.core.units import registry

BULLETIN = "呼伦贝尔应急管理信息"


def _issue(number: int, date: dt.date) -> Issue:
    return Issue(series=BULLETIN, number=number, date=date, office="呼伦贝尔市应急管理局",
                 sections=[Section("工作动态", [Item.from_rich(parse_markup(
                     f"{date.month}月{date.day}日，**市应急管理局**召开森林草原防火调度会。"))]),
                           Section("旗市区动态", [])])


@pytest.fixture
def db(tmp_path):
    """Two banners and the development zone send pieces from July 2026 to January 2027; one
    issue a month from August prints some of them."""
    path = tmp_path / "hulunbuir.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        for name in ("阿荣旗", "鄂伦春自治旗", "呼伦贝尔经济技术开发区"):
            registry.add_unit(archive, name)
        sent = []
        for month_start in (dt.date(2026, 7, 6), dt.date(2026, 8, 6), dt.date(2026, 9, 7), dt.date(2026, 10, 9),
                            dt.date(2026, 11, 9), dt.date(2026, 12, 7), dt.date(2027, 1, 6)):
            for name in ("阿荣旗", "鄂伦春自治旗") + (("呼伦贝尔经济技术开发区",) if month_start.month % 2 else ()):
                text = (f"{name}防火动态\n{month_start.month}月{month_start.day}日，{name}开展防火巡查。\n"
                        f"（{name}应急管理局）")
                item = make_submission(paragraphs_from_text(text), source="粘贴", received=month_start, unit_id=None,
                                       names=registry.unit_names(archive), today=dt.date(2027, 2, 1))
                sent.append((month_start, add_submissions(archive, [item])[0], name))
        number = 20
        for date in (dt.date(2026, 8, 20), dt.date(2026, 9, 18), dt.date(2026, 10, 23), dt.date(2026, 11, 20),
                     dt.date(2026, 12, 18), dt.date(2027, 1, 22)):
            number += 1
            issue_id = archive.add_issue(_issue(number, date))
            for received, sid, name in sent:  # the month before's 阿荣旗 piece, and the zone's
                if received.month == (date.month - 2) % 12 + 1 and name != "鄂伦春自治旗":
                    adopt_into(archive, sid, archive.load_issue(issue_id), "旗市区动态")
    return str(path)


def _run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _json(capsys, db, *args) -> dict:
    code, out, err = _run(capsys, "stats", "--db", db, *args, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize(("typed", "span"), [
    ("２０２６年１０月", ("2026-10-01", "2026-10-31")),
    ("２０２６Ｑ３", ("2026-07-01", "2026-09-30")),
    ("２０２６年第三季度", ("2026-07-01", "2026-09-30")),
    ("2026年三季度", ("2026-07-01", "2026-09-30")),
    ("2026年第3季度", ("2026-07-01", "2026-09-30")),
    ("2026年10月份", ("2026-10-01", "2026-10-31")),
    ("2026年度", ("2026-01-01", "2026-12-31")),
    ("２０２６Ｈ２", ("2026-07-01", "2026-12-31")),
    (" 2026-10 ", ("2026-10-01", "2026-10-31")),
    ("2026年1—10月", ("2026-01-01", "2026-10-31")),  # a report to date
    ("2026年7月至9月", ("2026-07-01", "2026-09-30")),
    ("2026年前三季度", ("2026-01-01", "2026-09-30")),
    ("2026上半年", ("2026-01-01", "2026-06-30")),
])
def test_a_period_typed_in_full_width_or_as_clerks_write_it(db, capsys, typed, span):
    data = _json(capsys, db, "--period", typed)
    assert (data["from"], data["to"]) == span


@pytest.mark.parametrize(("typed", "preset"), [("上月", "last-month"), ("本季度", "quarter"), ("去年", "last-year"),
                                              ("ＬＡＳＴ－ＭＯＮＴＨ", "last-month"), ("Quarter", "quarter")])
def test_a_preset_named_as_the_window_names_it(db, capsys, typed, preset):
    assert _json(capsys, db, "--period", typed)["from"] == _json(capsys, db, "--period", preset)["from"]


def test_search_takes_the_same_periods(db, capsys):
    """search --period reads a period as stats does: the October issue alone."""
    code, out, err = _run(capsys, "search", "防火调度会", "--db", db, "--period", "２０２６年１０月", "--json")
    assert code == 0, err
    assert [hit["number"] for hit in json.loads(out)] == [23]


@pytest.mark.parametrize("typed", ["２０２６年１３月", "上周", "2026Q5", "2026年9—7月"])
def test_a_period_that_is_none_is_refused_in_chinese(db, capsys, typed):
    code, out, err = _run(capsys, "stats", "--db", db, "--period", typed)
    assert code != 0 and out == "" and "Traceback" not in err and ("期间" in err or "月份" in err)


def test_the_csv_opens_in_wps_as_it_shows_in_the_window(db, capsys, tmp_path):
    """The file starts with the UTF-8 mark (WPS and Excel then read the Chinese), rows end in
    CRLF, counts are bare numbers, a month is 2026年8月 (2026-08 WPS turns into a date)."""
    out = tmp_path / "逐月.csv"
    code, _, err = _run(capsys, "stats", "--db", db, "--period", "2026H2", "--by", "month", "--format", "csv",
                        "-o", str(out))
    assert code == 0, err
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert [row[0] for row in rows[1:7]] == [f"2026年{m}月" for m in range(7, 13)]
    assert not any(re.fullmatch(r"\d{4}-\d{2}", cell) for row in rows for cell in row)
    august = rows[2]
    assert august[1:5] == ["2", "1", "50.0%", "3"]  # 2 sent, 1 adopted since; 3 printed (July's two, the city's own)
    assert '"2"' not in data.decode("utf-8-sig")  # numbers not quoted as text


def test_the_excel_file_keeps_numbers_as_numbers_and_columns_wide_enough(db, capsys, tmp_path):
    """In WPS a clerk sorts by 采用率 and sums 报送: both must be numbers, the rate shown as the
    window shows it (50.0%); no column cuts its widest Chinese text."""
    book = tmp_path / "下半年.xlsx"
    code, _, err = _run(capsys, "stats", "--db", db, "--period", "2026H2", "--format", "xlsx", "-o", str(book))
    assert code == 0, err
    sheet = load_workbook(book).active
    header = [c.value for c in sheet[2]]
    rate, sent = header.index("采用率") + 1, header.index("报送（按收稿日期）") + 1
    units = [row for row in sheet.iter_rows(min_row=3) if row[1].value in ("阿荣旗", "鄂伦春自治旗", "呼伦贝尔经济技术开发区")]
    assert len(units) == 3
    for row in units:
        assert isinstance(row[sent - 1].value, int)
        assert isinstance(row[rate - 1].value, (int, float)) and row[rate - 1].number_format == "0.0%"
    arong = next(row for row in units if row[1].value == "阿荣旗")
    assert (arong[sent - 1].value, arong[rate - 1].value) == (6, 1)  # each adopted, December's in January
    elunchun = next(row for row in units if row[1].value == "鄂伦春自治旗")
    assert elunchun[rate - 1].value == 0.0
    for index, name in enumerate(header, 1):
        widest = max(len(str(cell.value)) for cell in sheet[sheet.cell(2, index).column_letter][1:]
                     if cell.value is not None and cell.row <= sheet.max_row - 2)
        assert sheet.column_dimensions[sheet.cell(2, index).column_letter].width >= min(40, 2 * widest), name
    assert sheet.freeze_panes == "A3"
    # printed on A4 in WPS: one page wide, the wide table across the page, its head on every page
    assert str(sheet.page_setup.paperSize) == sheet.PAPERSIZE_A4 and sheet.page_setup.orientation == "landscape"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth == 1
    assert not sheet.page_setup.fitToHeight and sheet.print_title_rows == "$2:$2"


def _notice_paragraphs(path) -> list[str]:
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    return ["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)) for p in re.findall(r"<w:p[ >].*?</w:p>", xml)]


@pytest.mark.parametrize(("period", "by_quarter"), [
    (["--period", "2026-10"], False),
    (["--period", "2026Q4"], False),
    (["--from", "2026-12-01", "--to", "2027-01-31"], False),  # two months across two quarters: no quarters to compare
    (["--from", "2026-11-15", "--to", "2027-01-15"], False),
    (["--period", "2026H2"], True),
    (["--from", "2026-09-01", "--to", "2026-12-31"], True),  # four months: more than a quarter
    (["--period", "2026"], True),
])
def test_the_notice_lists_each_category_by_quarter_for_a_range_longer_than_a_quarter(db, capsys, tmp_path, period,
                                                                                       by_quarter):
    notice = tmp_path / "通报.docx"
    code, _, err = _run(capsys, "stats", "--db", db, *period, "--format", "docx", "-o", str(notice))
    assert code == 0, err
    paragraphs = _notice_paragraphs(notice)
    assert ("各类别分季度报送、采用情况如下。" in paragraphs) == by_quarter


def test_json_csv_and_excel_give_each_unit_the_same_figures(db, capsys, tmp_path):
    data = _json(capsys, db, "--period", "2026H2")
    code, out, _ = _run(capsys, "stats", "--db", db, "--period", "2026H2", "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    header = rows[0]
    by_csv = {row[1]: (int(row[3]), int(row[4]), row[5], int(row[6])) for row in rows[1:] if row and row[0].isdigit()}
    by_json = {u["unit"]: (u["submitted"], u["adopted_submissions"],
                           "—" if u["rate"] is None else f"{u['rate'] * 100:.1f}%", u["adopted"]) for u in data["units"]}
    assert by_csv == by_json and header[3] == "报送（按收稿日期）"
    book = tmp_path / "t.xlsx"
    _run(capsys, "stats", "--db", db, "--period", "2026H2", "--format", "xlsx", "-o", str(book))
    sheet = load_workbook(book).active
    by_sheet = {r[1].value: (r[3].value, r[4].value, "—" if r[5].value == "—" else f"{r[5].value:.1%}", r[6].value)
                for r in sheet.iter_rows(min_row=3) if isinstance(r[0].value, int)}
    assert by_sheet == by_json


def test_dates_typed_in_full_width_are_read(db, capsys):
    data = _json(capsys, db, "--from", "２０２６年８月１日", "--to", "２０２６－０９－３０")
    assert (data["from"], data["to"]) == ("2026-08-01", "2026-09-30")


def test_the_unattributed_entries_as_a_csv_file_open_in_wps(db, capsys, tmp_path):
    """The list of entries of no unit written to a file starts with the UTF-8 mark, as the tables do."""
    from bulletin_desktop.core.archive import Archive

    with Archive.open(db, auto_backup=False) as archive:
        issue = archive.load_issue(archive.find_issues(21)[0].id)
        issue.sections[0].entries.append(Item.from_rich(parse_markup("8月19日，全市开展森林草原防火宣传。")))
        archive.save_issue(issue)
    out = tmp_path / "未归属.csv"
    code, _, err = _run(capsys, "stats", "--db", db, "--period", "2026H2", "--unattributed", "--format", "csv", "-o", str(out))
    assert code == 0, err
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and "全市开展森林草原防火宣传" in data.decode("utf-8-sig")
