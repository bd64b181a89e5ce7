"""One November of 平顶山市 — twenty units' pieces, some adopted into the regular issue and some
into a 防汛专刊, a file of two units' pieces — read in every output: the window's table (each
way of reading it, 专刊 counted with the others, left out or alone) and charts, the command
line's JSON, CSV, Excel and 通报. And the Excel table as the clerk prints it. What the clerk
expects is written before each check."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import zipfile

import pytest
from openpyxl import load_workbook
from PySide6.QtCharts import QBarSeries, QChartView

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.inbox import add_submissions, get_submission
from bulletin_desktop.core.inbox.adopt import adopt_into
from bulletin_desktop.core.inbox.reading import read_submissions
from bulletin_desktop.core.model import Issue, Item, Section, Special
from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.core.units import registry
from model_text import header_texts
from plain_docx import plain_docx

NOVEMBER = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
SPAN = ["--from", "2026-11-01", "--to", "2026-11-30"]
BY = ("unit", "category", "month", "quarter", "category-quarter", "section", "unit-month", "unit-quarter")
COUNTIES = ("宝丰县", "叶县", "鲁山县", "郏县", "舞钢市", "汝州市", "卫东区", "新华区", "湛河区", "石龙区", "平顶山高新技术产业开发区")
OFFICES = ("市住房和城乡建设局", "市交通运输局", "市消防救援支队", "市市场监督管理局", "市教育局", "市水利局",
           "市生态环境局", "市城市管理局", "市文化广电和旅游局")


def _issue(number: int, date: dt.date, items: list[str], special: str | None = None) -> Issue:
    return Issue(series="平顶山应急管理信息", number=number, date=date, office="平顶山市应急管理局",
                 special=Special(special, None) if special else None,
                 sections=[Section("工作动态", [Item.from_rich(parse_markup(t)) for t in items]), Section("县区动态", [])])


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "pingdingshan.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        for name in COUNTIES:
            registry.add_unit(archive, name)
        for name in OFFICES:
            registry.add_unit(archive, name, category="市直单位")
        folder = tmp_path / "11月来稿"
        folder.mkdir()
        files = [plain_docx(folder / f"{name}-11月信息.docx", [f"{name}开展安全检查", f"11月{3 + i}日，{name}开展冬季安全检查。",
                                                              f"（{name}）"])
                 for i, name in enumerate((*COUNTIES, *OFFICES))]
        files.append(plain_docx(folder / "11月信息汇总.docx", [
            "宝丰县开展消防演练", "11月24日，宝丰县开展消防演练。", "（宝丰县）",
            "郏县开展燃气检查", "11月25日，郏县开展燃气检查。", "（郏县）"]))
        ids = add_submissions(archive, read_submissions(files, registry.unit_names(archive), dt.date(2026, 11, 26),
                                                        today=dt.date(2026, 11, 30)))
        regular = archive.add_issue(_issue(41, dt.date(2026, 11, 27), [
            "11月26日，**市应急管理局**召开冬季安全生产调度会。", "11月26日，全市开展消防宣传。"]))  # (no unit)
        special = archive.add_issue(_issue(5, dt.date(2026, 11, 28), ["11月27日，**鲁山县**开展防汛演练。"], "防汛专刊"))
        by_unit = {get_submission(archive, i).unit: i for i in ids}
        for unit in ("宝丰县", "叶县", "市教育局"):
            adopt_into(archive, by_unit[unit], archive.load_issue(regular), "县区动态")
        adopt_into(archive, by_unit["汝州市"], archive.load_issue(special), "县区动态")
    return path


def _cli(capsys, *args: str) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


def _cell(value) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


@pytest.mark.parametrize("special", ["include", "exclude", "only"])
def test_every_output_shows_the_same_figures(qtbot, db, capsys, tmp_path, special):
    """Whichever way the 专刊 is counted, the window's table (each way of reading it) is the CSV,
    the Excel sheet (its rates numbers shown alike) and the JSON; the 通报's table is the
    table by unit and its lead the window's; the bars are the units of the table in its
    order (all twenty-one with figures do not fit: the chart's title says it shows the first
    fifteen of how many), the trend the months' figures. (The entry of no unit is in no
    unit's row and no total of units; the notes say so.)"""
    from bulletin_desktop.gui.statistics.view import StatisticsView

    data = json.loads(_cli(capsys, "stats", "--db", str(db), *SPAN, "--special", special, "--json"))
    with Archive.open(db, readonly=True) as archive:
        view = StatisticsView()
        qtbot.addWidget(view)
        view.set_archive(archive)
        view.ui.specialCombo.setCurrentIndex(view.ui.specialCombo.findData(special))
        view.set_range(*NOVEMBER)
        view.resize(1400, 800)
        view.show()
        qtbot.waitUntil(lambda: len(view.findChildren(QChartView)) == 2, timeout=10000)
        report = view.report
        assert report.special == data["special"] == special
        assert data["total"]["adopted"] == report.total.adopted == {"include": 6, "exclude": 4, "only": 2}[special]
        assert data["total"]["submitted"] == report.total.submitted == 22
        for by in BY:
            view.ui.byCombo.setCurrentIndex(view.ui.byCombo.findData(by))
            model = view.table_model
            shown = [header_texts(model)] + [
                [model.item(r, c).text() for c in range(model.columnCount())] for r in range(model.rowCount())]
            text = _cli(capsys, "stats", "--db", str(db), *SPAN, "--special", special, "--format", "csv", "--by", by)
            note = view.table_note()
            assert list(csv.reader(io.StringIO(text.lstrip("\ufeff")))) == shown + ([[], [note]] if note else []), by
            assert ("不含专刊" in note) == (special == "exclude") and ("只统计专刊" in note) == (special == "only")
            book = tmp_path / f"{special}-{by}.xlsx"
            _cli(capsys, "stats", "--db", str(db), *SPAN, "--special", special, "--format", "xlsx", "--by", by,
                 "-o", str(book))
            sheet = [["" if c.value is None else f"{c.value:.1%}" if c.number_format == "0.0%" else _cell(c.value)
                      for c in row] for row in load_workbook(book).active.iter_rows()]
            assert sheet[1:1 + len(shown)] == shown, by
            assert note in [row[0] for row in sheet[1 + len(shown):]], by
        units = {u["unit"]: (u["submitted"], u["adopted_submissions"], u["adopted"], u["special"]) for u in data["units"]}
        header, rows = report.table("unit")
        assert units == {r[1]: (r[3], r[4], r[6], r[header.index("其中专刊")]) for r in rows[:-1]}
        bars = next(s for s in view.charts.units.chart().series() if isinstance(s, QBarSeries))
        counted = [r for r in report.rows if r.submitted or r.adopted]
        assert len(counted) == (20 if special == "only" else 21)  # (市应急管理局, not registered, in the regular issue)
        sent, adopted = bars.barSets()
        assert [sent.at(i) for i in range(sent.count())] == [r.submitted for r in counted[:15]]
        assert [adopted.at(i) for i in range(adopted.count())] == [r.adopted for r in counted[:15]]
        title = view.charts.units.chart().title() + view.charts.units.toolTip()
        assert "15" in title and str(len(counted)) in title
    notice = tmp_path / f"{special}.docx"
    _cli(capsys, "stats", "--db", str(db), *SPAN, "--special", special, "--format", "docx", "-o", str(notice))
    xml = zipfile.ZipFile(notice).read("word/document.xml").decode("utf-8")
    paragraphs = ["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)) for p in re.findall(r"<w:p[ >].*?</w:p>", xml)]
    assert report.lead() in paragraphs
    note = report.table_note("unit", counting=False)  # (the lead says by which dates it counts)
    assert note in paragraphs and ("专刊" in note) == (special != "include")
    cells = [re.findall(r"<w:t[^>]*>([^<]*)</w:t>", row) for row in re.findall(r"<w:tr[ >].*?</w:tr>", xml)]
    assert cells[:1 + len(rows)] == [header] + [[_cell(v) for v in row if _cell(v)] for row in rows]


def test_the_excel_table_prints_as_the_clerk_prints_it(db, capsys, tmp_path):
    """The clerk prints the table by unit from Excel or WPS and expects: A4, landscape (eleven
    columns), one page wide, the head row again on every page; a title naming the month and
    saying it is a table (统计表), not the 通报; the units ranked, 合计 last; under the table
    the period counted (统计时段：2026年11月1日至2026年11月30日), who made it (制表单位：平顶山市
    应急管理局) and the day (制表日期); the page number at the foot of each page."""
    book = tmp_path / "按单位.xlsx"
    _cli(capsys, "stats", "--db", str(db), *SPAN, "--format", "xlsx", "-o", str(book))
    sheet = load_workbook(book).active
    assert int(sheet.page_setup.paperSize) == int(sheet.PAPERSIZE_A4) and sheet.page_setup.orientation == "landscape"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth == 1
    assert sheet.print_title_rows == "$2:$2"
    assert sheet.cell(1, 1).value == "2026年11月各单位信息报送采用情况统计表"
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    ranks = [row[0] for row in values[2:] if isinstance(row[0], int)]
    assert ranks == sorted(ranks) and ranks[0] == 1
    total_at = next(i for i, row in enumerate(values) if row[1] == "合计")
    assert total_at == 2 + len(ranks)
    below = " ".join(str(row[0]) for row in values[total_at + 1:] if row[0])
    assert "统计时段：2026年11月1日至2026年11月30日" in below
    assert "制表单位：平顶山市应急管理局" in below and "制表日期：" in below
    assert "&P" in sheet.oddFooter.center.text
