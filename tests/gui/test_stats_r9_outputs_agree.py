"""Every output of one statistics run shows the same figures: the window's table (each way of
reading it) and charts, the command line's JSON, CSV, Excel and 通报. Material: 新乡市's
bulletin and flood report, a range across the new year, a submission adopted into both
bulletins, a joint entry, an entry of no unit and a submission of no unit."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import zipfile

import pytest
from openpyxl import load_workbook
from PySide6.QtCharts import QBarSeries, QChartView, QLineSeries

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.inbox import add_submissions, get_submission
from bulletin_desktop.core.inbox.adopt import adopt_into
from bulletin_desktop.core.inbox.reading import make_submission, paragraphs_from_text
from bulletin_desktop.core.model import Issue, Item, Section
from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.core.units import registry
from model_text import header_texts

SPAN = (dt.date(2024, 12, 1), dt.date(2025, 1, 31))
BY = ("unit", "category", "month", "quarter", "category-quarter", "section", "unit-month", "unit-quarter")


def _issue(number: int, date: dt.date, series: str, entries: list[str]) -> Issue:
    return Issue(series=series, number=number, date=date, office="新乡市应急管理局",
                 sections=[Section("工作动态", [Item.from_rich(parse_markup(text)) for text in entries]),
                           Section("基层动态", [])])


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "xinxiang.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        dec = archive.add_issue(_issue(40, dt.date(2024, 12, 20), "新乡应急管理信息", [
            "12月18日，**市应急管理局**召开调度会。",
            "12月19日，**市住房和城乡建设局**、**市应急管理局**联合开展燃气检查。",
            "12月19日，全市开展冬季消防宣传。"]))  # no unit
        jan = archive.add_issue(_issue(41, dt.date(2025, 1, 6), "新乡应急管理信息", ["1月3日，**长垣市**开展检查。"]))
        floods = archive.add_issue(_issue(3, dt.date(2025, 1, 10), "新乡防汛工作专报", ["1月8日，**封丘县**巡查堤防。"]))
        for name in ("卫辉市", "辉县市"):  # (长垣市 and 封丘县: registered from the issues' bold names)
            registry.add_unit(archive, name, category="县区")

        def submit(text: str, received: dt.date) -> int:
            item = make_submission(paragraphs_from_text(text), source="粘贴", received=received, unit_id=None,
                                   names=registry.unit_names(archive), today=dt.date(2025, 3, 1))
            return add_submissions(archive, [item])[0]

        late = submit("卫辉市开展岁末安全检查\n12月27日，卫辉市检查烟花爆竹经营点。\n（卫辉市应急局）", dt.date(2024, 12, 28))
        adopt_into(archive, late, archive.load_issue(jan), "基层动态")
        adopt_into(archive, late, archive.load_issue(floods), "基层动态")
        done = submit("辉县市开展防火检查\n12月16日，辉县市检查林区。\n（辉县市应急管理局）", dt.date(2024, 12, 17))
        adopt_into(archive, done, archive.load_issue(dec), "基层动态")
        submit("辉县市开展电梯检查\n1月6日，辉县市检查电梯40台。\n（辉县市应急管理局）", dt.date(2025, 1, 7))
        unknown = submit("开展检查\n1月9日，开展安全检查。", dt.date(2025, 1, 9))
        assert get_submission(archive, unknown).unit == ""
    return path


def _cli(capsys, *args) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


def _cells(value) -> str:
    """A table's value as CSV and the window print it."""
    return f"{value:g}" if isinstance(value, float) else str(value)


def test_window_charts_json_csv_excel_and_notice_agree(qtbot, db, capsys, tmp_path):
    from bulletin_desktop.gui.statistics.view import StatisticsView

    span = ["--from", SPAN[0].isoformat(), "--to", SPAN[1].isoformat()]
    data = json.loads(_cli(capsys, "stats", "--db", str(db), *span, "--json"))
    with Archive.open(db, readonly=True) as archive:
        view = StatisticsView()
        qtbot.addWidget(view)
        view.set_archive(archive)
        view.set_range(*SPAN)
        view.resize(1200, 700)
        view.show()
        qtbot.waitUntil(lambda: len(view.findChildren(QChartView)) == 2, timeout=10000)
        report = view.report
        # the window's totals are the JSON's
        total = data["total"]
        assert (total["submitted"], total["adopted_submissions"], total["adopted"]) == (
            report.total.submitted, report.total.adopted_submissions, report.total.adopted) == (3, 2, 7)
        assert data["unattributed_entries"] == report.unattributed == 1
        assert data["submissions_without_unit"] == report.without_unit == 1
        for by in BY:
            view.ui.byCombo.setCurrentIndex(view.ui.byCombo.findData(by))
            model = view.table_model
            shown = [header_texts(model)] + [
                [model.item(r, c).text() for c in range(model.columnCount())] for r in range(model.rowCount())]
            text = _cli(capsys, "stats", "--db", str(db), *span, "--format", "csv", "--by", by)
            written = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
            note = view.table_note()
            assert written == shown + ([[], [note]] if note else []), by
            book = tmp_path / f"{by}.xlsx"
            _cli(capsys, "stats", "--db", str(db), *span, "--format", "xlsx", "--by", by, "-o", str(book))
            sheet = [["" if c.value is None else f"{c.value:.1%}" if c.number_format == "0.0%" else _cells(c.value)
                      for c in row] for row in load_workbook(book).active.iter_rows()]
            assert sheet[0][0] == report.table_title(by) and sheet[1:1 + len(shown)] == shown, by
            # under the table its note, then when and by whom it was made (StatsReport.made_line)
            assert [row[0] for row in sheet[2 + len(shown):]] == ([note] if note else []) + [
                sheet[-1][0]] and sheet[-1][0].startswith("统计时段：2024年12月1日至2025年1月31日"), by
        # the 合计 rows are the JSON's totals
        view.ui.byCombo.setCurrentIndex(view.ui.byCombo.findData("unit"))
        header, rows = report.table("unit")
        last = dict(zip(header, rows[-1]))
        assert (last["报送（按收稿日期）"], last["报送中已采用"], last["采用（按刊发日期）"]) == (3, 2, 7)
        assert {u["unit"]: (u["submitted"], u["adopted"]) for u in data["units"]} == {
            r[1]: (r[3], r[6]) for r in rows[:-1]}
        # the bars are the table's units with figures, in its order; the trend is the months'
        bars = next(s for s in view.charts.units.chart().series() if isinstance(s, QBarSeries))
        sent, adopted = bars.barSets()
        counted = [r for r in report.rows if r.submitted or r.adopted]
        assert [sent.at(i) for i in range(sent.count())] == [r.submitted for r in counted]
        assert [adopted.at(i) for i in range(adopted.count())] == [r.adopted for r in counted]
        lines = [s for s in view.charts.trend.chart().series() if isinstance(s, QLineSeries)]
        assert [[p.y() for p in line.points()] for line in lines] == [
            [m["submitted"] for m in data["months"]], [m["adopted"] for m in data["months"]]]
        assert [m["adopted"] for m in data["months"]] == [4, 4]  # the entry of no unit too
    # the 通报's table is the table by unit, its lead the window's
    notice = tmp_path / "通报.docx"
    _cli(capsys, "stats", "--db", str(db), *span, "--format", "docx", "-o", str(notice))
    xml = zipfile.ZipFile(notice).read("word/document.xml").decode("utf-8")
    paragraphs = ["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)) for p in re.findall(r"<w:p[ >].*?</w:p>", xml)]
    assert report.lead() in paragraphs
    cells = [re.findall(r"<w:t[^>]*>([^<]*)</w:t>", row) for row in re.findall(r"<w:tr[ >].*?</w:tr>", xml)]
    header, rows = report.table("unit")
    assert cells[:1 + len(rows)] == [header] + [[_cells(v) for v in row if _cells(v)] for row in rows]


def test_a_unit_split_by_its_rename_is_said_under_the_totals(qtbot, tmp_path):
    """马庄乡 became 马庄镇 in September: two rows until the clerk merges them, and the view says so."""
    from bulletin_desktop.gui.statistics.view import StatisticsView

    with Archive.open(tmp_path / "yanjin.sqlite", auto_backup=False) as archive:
        archive.add_issue(Issue(series="延津县安全生产简报", number=1, date=dt.date(2024, 1, 8), office="延津县应急管理局",
                                sections=[Section("工作动态", [Item.from_rich(parse_markup("1月5日，**县应急管理局**开会。"))])]))
        for text, received in (("马庄乡巡查\n3月2日，马庄乡组织巡查。\n（马庄乡人民政府）", dt.date(2024, 3, 3)),
                               ("马庄镇检查\n9月2日，马庄镇组织检查。\n（马庄镇人民政府）", dt.date(2024, 9, 3))):
            add_submissions(archive, [make_submission(paragraphs_from_text(text), source="粘贴", received=received,
                                                      unit_id=None, names=registry.unit_names(archive))])
        view = StatisticsView()
        qtbot.addWidget(view)
        view.set_archive(archive)
        view.set_range(dt.date(2024, 1, 1), dt.date(2024, 12, 31))
        assert "“马庄乡”与“马庄镇”" in view.ui.leadValue.text()
        registry.merge_units(archive, "马庄乡", "马庄镇")
        view.refresh()
        assert "可能是同一单位" not in view.ui.leadValue.text()
        assert view.report.row("马庄镇").submitted == 2
