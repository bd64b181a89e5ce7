"""The units dialog takes back a merge made before it was opened (by units merge, or in the
dialog last week): 撤销合并 offers the merges recorded, the latest first. What the clerk
expects is written before each check."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.model import Issue, Item, Section
from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.core.stats import compute_stats
from bulletin_desktop.core.units import registry

YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def _names(dialog) -> list[str]:
    table = dialog.ui.unitsTable
    return [table.item(r, 0).text() for r in range(table.rowCount())]


def test_a_merge_made_before_the_dialog_was_opened_is_picked_and_taken_back(qtbot, tmp_path, monkeypatch):
    """Two merges were made last week (金寨县应急局 into 金寨县, then 市林业局 into 市应急管理局).
    Opening the dialog, 撤销合并 is available; it lists both, the latest first, each with
    the two names; the clerk picks the older one: 金寨县应急局 is back, the statistics as
    before it, and the other merge still listed as standing."""
    from bulletin_desktop.core.units.merges import list_merges, merge_units
    from bulletin_desktop.gui.statistics.units_dialog import UnitsDialog

    with Archive.open(tmp_path / "luan.sqlite", auto_backup=False) as archive:
        for name in ("金寨县", "金寨县应急局", "市应急管理局", "市林业局"):  # the clerk registered each
            registry.add_unit(archive, name)
        archive.add_issue(Issue(series="六安应急管理信息", number=4, date=dt.date(2026, 4, 20), office="六安市应急管理局",
                                sections=[Section("工作动态", [Item.from_rich(parse_markup(t)) for t in (
                                    "4月16日，**金寨县应急局**开展防汛演练。", "4月17日，**市林业局**开展森林防火检查。")])]))
        assert compute_stats(archive, *YEAR).row("金寨县应急局").adopted == 1
        before = compute_stats(archive, *YEAR).to_dict()
        merge_units(archive, "金寨县应急局", "金寨县")
        merge_units(archive, "市林业局", "市应急管理局")
        dialog = UnitsDialog(archive)
        qtbot.addWidget(dialog)
        assert dialog.ui.undoMergeButton.isEnabled()
        offered: list = []

        def pick(parent, title, label, items, current, editable):
            offered.extend(items)
            return items[1], True
        monkeypatch.setattr(QInputDialog, "getItem", pick)
        qtbot.mouseClick(dialog.ui.undoMergeButton, Qt.MouseButton.LeftButton)
        assert len(offered) == 2 and "市林业局 → 市应急管理局" in offered[0] and "金寨县应急局 → 金寨县" in offered[1]
        assert "金寨县应急局" in _names(dialog) and dialog.chosen() == "金寨县应急局"
        assert [m.source for m in list_merges(archive, include_undone=False)] == ["市林业局"]
        assert dialog.ui.undoMergeButton.isEnabled()
        from bulletin_desktop.core.units.merges import undo_merge

        for record in list_merges(archive, include_undone=False):
            undo_merge(archive, record)
        assert compute_stats(archive, *YEAR).to_dict() == before
