"""The statistics window at the clerk's month end, round 12: the table sorted by a click on a
head (合计 last, the choice remembered), a unit's row opened to the entries its 采用 counts and
where, the units that sent nothing named under the totals; and a piece sent again unmarked,
told in the inbox as sent again. What the clerk expects is written before each check."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.inbox import add_submissions
from bulletin_desktop.core.inbox.adopt import adopt_into
from bulletin_desktop.core.inbox.reading import make_submissions, paragraphs_from_text
from bulletin_desktop.core.model import Issue, Item, Section
from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.core.units import registry

NOVEMBER = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
COUNTIES = ("禹州市", "长葛市", "鄢陵县", "襄城县", "魏都区", "建安区")


def _submit(archive, text: str, received: dt.date) -> list[int]:
    items = make_submissions(paragraphs_from_text(text), source="粘贴", received=received, unit_id=None,
                             names=registry.unit_names(archive), today=dt.date(2026, 11, 30))
    return add_submissions(archive, items)


@pytest.fixture
def archive(tmp_path):
    with Archive.open(tmp_path / "xuchang.sqlite", auto_backup=False) as archive:
        for name in COUNTIES:
            registry.add_unit(archive, name)
        issue = archive.add_issue(Issue(series="许昌应急管理信息", number=20, date=dt.date(2026, 11, 20),
                                        office="许昌市应急管理局", sections=[Section("工作动态", [Item.from_rich(parse_markup(
                                            "11月18日，**禹州市**、**长葛市**联合开展交界区域检查。"))]), Section("县区动态", [])]))
        # 鄢陵县 sends three pieces, 襄城县 one, 禹州市 two (one adopted)
        for n, (unit, day) in enumerate([("鄢陵县", 3), ("鄢陵县", 5), ("鄢陵县", 7), ("襄城县", 4), ("禹州市", 6),
                                         ("禹州市", 9)]):
            (sid,) = _submit(archive, f"{unit}第{n}条信息\n11月{day}日，{unit}开展第{n}次安全检查，检查企业{n + 3}家。\n"
                                      f"（{unit}应急管理局）", dt.date(2026, 11, day))
            if unit == "禹州市" and day == 6:
                adopt_into(archive, sid, archive.load_issue(issue), "县区动态")
        yield archive


@pytest.fixture
def view(qtbot, archive):
    from bulletin_desktop.gui.statistics.view import StatisticsView

    view = StatisticsView()
    qtbot.addWidget(view)
    view.set_archive(archive)
    view.set_range(*NOVEMBER)
    return view


def _shown(view, column: int) -> list[str]:
    model = view.ui.tableView.model()
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def _click_head(view, column: int) -> None:
    header = view.ui.tableView.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def _column(view, head: str) -> int:
    model = view.ui.tableView.model()
    return next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == head)


def test_a_click_on_a_head_sorts_the_table_and_the_total_stays_last(view):
    """The clerk clicks 报送 to see who sent most: 鄢陵县 (3) first, then 禹州市 (2), 襄城县 (1),
    the units with none after, 合计 last; clicked again, fewest first, 合计 still last."""
    view.resize(1200, 600)
    view.show()
    sent = next(c for c in range(view.table_model.columnCount())
                if str(view.table_model.headerData(c, Qt.Orientation.Horizontal)).startswith("报送"))
    units = _column(view, "单位")
    _click_head(view, sent)
    order = _shown(view, units)
    first = order[:3] if view.ui.tableView.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder \
        else order[-4:-1][::-1]
    assert first == ["鄢陵县", "禹州市", "襄城县"] and order[-1] == "合计"
    _click_head(view, sent)
    assert _shown(view, units)[-1] == "合计"
    counts = [int(x) for x in _shown(view, sent)[:-1]]
    assert counts in (sorted(counts), sorted(counts, reverse=True)) and len(set(counts)) > 1


def test_the_sort_is_remembered_across_refreshes_and_a_new_window(qtbot, view, archive):
    from bulletin_desktop.gui.statistics.view import StatisticsView

    view.show()
    units = _column(view, "单位")
    view.ui.tableView.sortByColumn(units, Qt.SortOrder.DescendingOrder)
    names = _shown(view, units)
    view.refresh()
    assert _shown(view, units) == names and names[-1] == "合计"
    again = StatisticsView()
    qtbot.addWidget(again)
    again.set_archive(archive)
    again.set_range(*NOVEMBER)
    assert again.ui.tableView.horizontalHeader().sortIndicatorSection() == units
    assert _shown(again, units) == names


def test_the_outputs_keep_the_ranked_order_whatever_the_window_shows(view):
    """The CSV, Excel and 通报 take the report's table (ranked, 排名 first), not the window's sort."""
    view.ui.tableView.sortByColumn(_column(view, "单位"), Qt.SortOrder.DescendingOrder)
    header, rows = view.table()
    assert [r[0] for r in rows[:-1]] == sorted(r[0] for r in rows[:-1])  # 排名 in order


def test_a_unit_s_row_opened_lists_its_adopted_entries_and_opens_one(qtbot, view):
    """禹州市's row (采用 2: its adopted piece, and the joint one with 长葛市) opened: two entries,
    the joint one marked; opening one asks the window to show it."""
    units = _column(view, "单位")
    model = view.ui.tableView.model()
    row = _shown(view, units).index("禹州市")
    dialog = view.show_unit_entries(model.index(row, units))
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == view.report.row("禹州市").adopted == 2
    assert "2" in dialog.ui.summaryLabel.text()
    notes = [dialog.model.item(r, 5).text() for r in range(dialog.model.rowCount())]
    assert sum(bool(n) for n in notes) == 1
    with qtbot.waitSignal(view.openEntryRequested) as opened:
        dialog.ui.entryTable.setCurrentIndex(dialog.model.index(0, 0))
        dialog.ui.openButton.click()
    assert opened.args[1] == dialog.entries[0].uid


def test_the_total_row_opens_nothing(view):
    units = _column(view, "单位")
    model = view.ui.tableView.model()
    assert view.show_unit_entries(model.index(_shown(view, units).index("合计"), units)) is None


def test_the_units_that_sent_nothing_are_named_under_the_totals(view):
    """魏都区 and 建安区 sent nothing in November (长葛市 had the joint entry printed): named under the totals."""
    assert "没有报送信息的单位（2个）：魏都区、建安区" in view.ui.leadValue.text()


def test_names_sort_by_pinyin_and_months_by_their_figures(view):
    """单位 clicked: 建安区 (jiàn), 魏都区 (wèi), 襄城县 (xiāng), 鄢陵县 (yān), 禹州市 (yǔ), as a Chinese
    reader looks them up (长葛市 left aside: 长 reads zhǎng as well as cháng); a year by month,
    月份 clicked: 2026年9月 before 2026年10月."""
    units = _column(view, "单位")
    view.ui.tableView.sortByColumn(units, Qt.SortOrder.AscendingOrder)
    shown = _shown(view, units)
    assert [name for name in shown if name != "长葛市"] == ["建安区", "魏都区", "襄城县", "鄢陵县", "禹州市", "合计"]
    view.ui.byCombo.setCurrentIndex(view.ui.byCombo.findData("month"))
    view.set_range(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    view.ui.tableView.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    months = _shown(view, 0)
    assert months.index("2026年9月") < months.index("2026年10月") < months.index("2026年11月")
    view.ui.tableView.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _shown(view, 0)[0] == "2026年12月"


def test_double_clicking_a_unit_s_row_in_the_sorted_table_opens_that_unit(qtbot, view):
    """Sorted by name, the clerk double-clicks 禹州市's row: the list is 禹州市's (the sort does not
    mix up which row is whose)."""
    from bulletin_desktop.gui.statistics.unit_entries_dialog import UnitEntriesDialog

    view.resize(1200, 600)
    view.show()
    units = _column(view, "单位")
    table = view.ui.tableView
    table.sortByColumn(units, Qt.SortOrder.DescendingOrder)
    row = _shown(view, units).index("禹州市")
    table.scrollTo(table.model().index(row, units))
    rect = table.visualRect(table.model().index(row, units))
    # (an item view takes a double click as the second click on the row the first one pressed)
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: any(isinstance(w, UnitEntriesDialog) and w.isVisible() for w in view.findChildren(UnitEntriesDialog)))
    dialog = next(w for w in view.findChildren(UnitEntriesDialog) if w.isVisible())
    assert "禹州市" in dialog.windowTitle() and dialog.model.rowCount() == 2
