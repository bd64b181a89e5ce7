"""The statistics view's tables by section and by month: an entry two units reported together
is in each unit's row and once in the 合计 row, and the note under the totals says so."""
from __future__ import annotations

import datetime as dt

from bulletin_desktop.core.model import Issue, Item, Section
from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.core.units import registry


def _last_row(view) -> list[str]:
    model = view.table_model
    return [model.item(model.rowCount() - 1, c).text() for c in range(model.columnCount())]


def test_the_section_table_counts_a_joint_entry_once_in_its_totals(qtbot, window):
    archive = window.session.archive
    registry.add_units_named(archive, ["市住建局", "市应急管理局"])  # (the sample's bold units are registered)
    texts = ["3月2日，**市住建局、市应急管理局**联合开展燃气安全检查。", "3月4日，**市住建局**召开会议。"]
    archive.add_issue(Issue(series="漯河安全生产简报", number=90, date=dt.date(2024, 3, 20), office="漯河市应急管理局",
                            sections=[Section("工作动态", [Item.from_rich(parse_markup(t)) for t in texts])]))
    window.show_view("statistics")
    view = window.statistics_dock.content()
    view.set_range(dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    view.ui.byCombo.setCurrentIndex(view.ui.byCombo.findData("section"))
    model = view.table_model
    rows = {model.item(r, 0).text(): model.item(r, model.columnCount() - 1).text() for r in range(model.rowCount())}
    assert rows == {"市住建局": "2", "市应急管理局": "1", "合计": "2"}
    assert "联合报送" in view.ui.leadValue.text() and "合计只计一篇" in view.ui.leadValue.text()
    view.ui.byCombo.setCurrentIndex(view.ui.byCombo.findData("month"))
    assert "联合报送" not in view.ui.leadValue.text()  # a month's row counts each entry once
    view.ui.byCombo.setCurrentIndex(view.ui.byCombo.findData("unit-quarter"))
    assert _last_row(view) == ["合计", "2", "0", "0", "0", "2"]
