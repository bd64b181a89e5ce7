"""The window's statistics as a clerk of 呼伦贝尔市 uses them, round 10: a merge picked by mistake
in the units dialog and taken back; categories the clerk renamed, shown alike in the window's
table, the CSV and the Excel file; the months named alike in the table and the file. What
the clerk expects is written before each check."""
from __future__ import annotations

import csv
import datetime as dt
import io

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.inbox import add_submissions
from bulletin_desktop.core.inbox.reading import make_submission, paragraphs_from_text
from bulletin_desktop.core.model import Issue, Item, Section
from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.core.units import registry
from model_text import header_texts

YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def _archive(path) -> Archive:
    archive = Archive.open(path, auto_backup=False)
    archive.add_issue(Issue(series="呼伦贝尔应急管理信息", number=1, date=dt.date(2026, 3, 20), office="呼伦贝尔市应急管理局",
                            sections=[Section("旗市区动态", [Item.from_rich(parse_markup(
                                "3月18日，**海拉尔区**开展应急演练。"))])]))
    for name in ("扎兰屯市", "阿荣旗", "呼伦贝尔经济技术开发区"):  # (海拉尔区: registered from the issue's bold name)
        registry.add_unit(archive, name)
    for name, day in (("海拉尔区", dt.date(2026, 3, 2)), ("扎兰屯市", dt.date(2026, 3, 4)), ("阿荣旗", dt.date(2026, 5, 6)),
                      ("海拉尔区", dt.date(2026, 8, 3))):
        text = f"{name}开展检查\n{day.month}月{day.day}日，{name}开展安全检查。\n（{name}应急管理局）"
        add_submissions(archive, [make_submission(paragraphs_from_text(text), source="粘贴", received=day, unit_id=None,
                                                  names=registry.unit_names(archive), today=dt.date(2026, 11, 30))])
    return archive


def _rows(model) -> list[list[str]]:
    return [[model.item(r, c).text() for c in range(model.columnCount())] for r in range(model.rowCount())]


def _names(dialog) -> list[str]:
    table = dialog.ui.unitsTable
    return [table.item(r, 0).text() for r in range(table.rowCount())]


def test_a_merge_picked_by_mistake_is_taken_back_in_the_units_dialog(qtbot, tmp_path, monkeypatch):
    """海拉尔区 merged into 扎兰屯市 by a slip of the list: 撤销合并 brings it back, chosen, with its
    two pieces and its printed item; the statistics show it as before. The button is there
    only after a merge made in the dialog."""
    from bulletin_desktop.gui.statistics.units_dialog import UnitsDialog
    from bulletin_desktop.gui.statistics.view import StatisticsView

    with _archive(tmp_path / "hulunbuir.sqlite") as archive:
        view = StatisticsView()
        qtbot.addWidget(view)
        view.set_archive(archive)
        view.set_range(*YEAR)
        before = _rows(view.table_model)
        assert any(row[1] == "海拉尔区" for row in before)
        dialog = UnitsDialog(archive)
        qtbot.addWidget(dialog)
        assert not dialog.ui.undoMergeButton.isEnabled()
        dialog.ui.unitsTable.selectRow(_names(dialog).index("海拉尔区"))
        monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("扎兰屯市", True))
        qtbot.mouseClick(dialog.ui.mergeButton, Qt.MouseButton.LeftButton)
        assert "海拉尔区" not in _names(dialog) and dialog.ui.undoMergeButton.isEnabled()
        view.refresh()
        assert not any(row[1] == "海拉尔区" for row in _rows(view.table_model))
        qtbot.mouseClick(dialog.ui.undoMergeButton, Qt.MouseButton.LeftButton)
        assert "海拉尔区" in _names(dialog) and dialog.chosen() == "海拉尔区"
        assert not dialog.ui.undoMergeButton.isEnabled()
        view.refresh()
        assert _rows(view.table_model) == before
        assert (view.report.row("海拉尔区").submitted, view.report.row("海拉尔区").adopted) == (2, 1)


def test_renamed_categories_and_months_read_alike_in_the_window_csv_and_excel(qtbot, tmp_path):
    """The clerk calls the county level 旗市区 and the zone 功能区: the window's table by category
    and by level and quarter, the CSV and the Excel file all name them so; by month, the window
    and the files name a month 2026年3月."""
    from bulletin_desktop.gui.statistics.view import StatisticsView

    with _archive(tmp_path / "hulunbuir.sqlite") as archive:
        for name in ("海拉尔区", "扎兰屯市", "阿荣旗"):
            registry.set_category(archive, name, "旗市区")
        registry.set_category(archive, "呼伦贝尔经济技术开发区", "功能区")
        view = StatisticsView()
        qtbot.addWidget(view)
        view.set_archive(archive)
        view.set_range(*YEAR)
        for by, first in (("category", ["旗市区", "功能区", "合计"]), ("category-quarter", ["旗市区", "功能区", "合计"]),
                          ("month", [f"2026年{m}月" for m in range(1, 13)])):
            view.ui.byCombo.setCurrentIndex(view.ui.byCombo.findData(by))
            shown = [header_texts(view.table_model), *_rows(view.table_model)]
            assert [row[0] for row in shown[1:]] == first, by
            assert not any("县区" in cell for row in shown for cell in row)
            assert view.export(tmp_path / f"{by}.csv", "csv") and view.export(tmp_path / f"{by}.xlsx", "xlsx")
            text = (tmp_path / f"{by}.csv").read_bytes().decode("utf-8-sig")
            written = list(csv.reader(io.StringIO(text)))
            assert written[:len(shown)] == shown, by
            sheet = load_workbook(tmp_path / f"{by}.xlsx").active
            cells = [["" if c.value is None else f"{c.value:.1%}" if c.number_format == "0.0%" else str(c.value)
                      for c in row] for row in sheet.iter_rows(min_row=2, max_row=1 + len(shown))]
            assert cells == shown, by


def test_the_units_dialog_offers_the_clerk_s_own_categories(qtbot, tmp_path, monkeypatch):
    """After the clerk renamed 县区 旗市区, adding 陈巴尔虎旗 offers 旗市区 first, 县区 still among the
    choices; 类别… offers the unit's own category first, the others after it."""
    from PySide6.QtWidgets import QInputDialog

    from bulletin_desktop.gui.statistics.units_dialog import UnitsDialog

    with _archive(tmp_path / "hulunbuir.sqlite") as archive:
        registry.rename_category(archive, "县区", "旗市区")
        registry.set_category(archive, "呼伦贝尔经济技术开发区", "功能区")
        dialog = UnitsDialog(archive)
        qtbot.addWidget(dialog)
        offered = []
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("陈巴尔虎旗", True))
        monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (offered.append((a[3], a[4])), (a[3][a[4]], True))[1])
        qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
        choices, chosen = offered[-1]
        assert choices[chosen] == "旗市区" and {"县区", "功能区"} <= set(choices)
        assert registry.find_unit(archive, "陈巴尔虎旗").category == "旗市区"
        dialog.ui.unitsTable.selectRow(_names(dialog).index("呼伦贝尔经济技术开发区"))
        qtbot.mouseClick(dialog.ui.categoryButton, Qt.MouseButton.LeftButton)
        choices, chosen = offered[-1]
        assert choices[chosen] == "功能区" and "旗市区" in choices


def test_a_new_name_for_a_unit_s_category_offers_to_rename_the_category(qtbot, tmp_path, monkeypatch):
    """Typing 旗市区 as 阿荣旗's category, the clerk is asked whether the other 县区 units go too:
    yes puts all of them there; typing 功能区 for the zone and answering no moves it alone."""
    from PySide6.QtWidgets import QMessageBox

    from bulletin_desktop.gui.statistics.units_dialog import UnitsDialog

    with _archive(tmp_path / "hulunbuir.sqlite") as archive:
        dialog = UnitsDialog(archive)
        qtbot.addWidget(dialog)
        asked = []
        dialog.ui.unitsTable.selectRow(_names(dialog).index("阿荣旗"))
        monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("旗市区", True))
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (asked.append(a[2]), QMessageBox.StandardButton.Yes)[1])
        qtbot.mouseClick(dialog.ui.categoryButton, Qt.MouseButton.LeftButton)
        assert asked and "县区" in asked[0] and "旗市区" in asked[0]
        assert {u.name: u.category for u in registry.list_units(archive)} == {
            "海拉尔区": "旗市区", "扎兰屯市": "旗市区", "阿荣旗": "旗市区", "呼伦贝尔经济技术开发区": "旗市区"}
        assert dialog.chosen() == "阿荣旗"
        dialog.ui.unitsTable.selectRow(_names(dialog).index("呼伦贝尔经济技术开发区"))
        monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("功能区", True))
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
        qtbot.mouseClick(dialog.ui.categoryButton, Qt.MouseButton.LeftButton)
        assert registry.find_unit(archive, "呼伦贝尔经济技术开发区").category == "功能区"
        assert registry.find_unit(archive, "扎兰屯市").category == "旗市区"
