"""The units dialog, round 12: merging a misspelt unit (浙川县) whose entry an issue already
prints, the clerk reads under the table which issue prints it and how to correct it; the note
goes with the next change. A merge of a unit no issue prints says nothing."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.model import Issue, Item, Section
from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.core.units import registry


def _choose(dialog, name: str) -> None:
    table = dialog.ui.unitsTable
    table.selectRow(next(r for r in range(table.rowCount()) if table.item(r, 0).text() == name))


def test_merging_a_misspelt_unit_names_the_issue_that_prints_it(qtbot, tmp_path, monkeypatch):
    from bulletin_desktop.gui.statistics.units_dialog import UnitsDialog

    with Archive.open(tmp_path / "nanyang.sqlite", auto_backup=False) as archive:
        for name in ("淅川县", "浙川县", "唐河县", "唐河"):
            registry.add_unit(archive, name)
        archive.add_issue(Issue(series="南阳应急管理信息", number=62, date=dt.date(2026, 11, 29), office="南阳市应急管理局",
                                sections=[Section("县区动态", [Item.from_rich(parse_markup(
                                    "11月17日，**浙川县**开展丹江口库区安全巡查。"))])]))
        dialog = UnitsDialog(archive)
        qtbot.addWidget(dialog)
        dialog.show()
        monkeypatch.setattr(QInputDialog, "getItem", lambda parent, title, label, items, current, editable:
                            ("淅川县" if "淅川县" in items else "唐河县", True))
        _choose(dialog, "浙川县")
        qtbot.mouseClick(dialog.ui.mergeButton, Qt.MouseButton.LeftButton)
        note = dialog.ui.mergeNote
        assert note.isVisible() and "第62期1条印作“浙川县”" in note.text() and "淅川县" in note.text()
        _choose(dialog, "唐河")
        qtbot.mouseClick(dialog.ui.mergeButton, Qt.MouseButton.LeftButton)
        assert not note.isVisible()


def test_renaming_a_misspelt_unit_names_the_issue_that_prints_the_old_name(qtbot, tmp_path, monkeypatch):
    from bulletin_desktop.gui.statistics.units_dialog import UnitsDialog

    with Archive.open(tmp_path / "nanyang.sqlite", auto_backup=False) as archive:
        registry.add_unit(archive, "浙川县")
        archive.add_issue(Issue(series="南阳应急管理信息", number=62, date=dt.date(2026, 11, 29), office="南阳市应急管理局",
                                sections=[Section("县区动态", [Item.from_rich(parse_markup(
                                    "11月17日，**浙川县**开展丹江口库区安全巡查。"))])]))
        dialog = UnitsDialog(archive)
        qtbot.addWidget(dialog)
        dialog.show()
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("淅川县", True))
        _choose(dialog, "浙川县")
        qtbot.mouseClick(dialog.ui.renameButton, Qt.MouseButton.LeftButton)
        assert registry.find_unit(archive, "淅川县") is not None
        assert dialog.ui.mergeNote.isVisible() and "第62期1条印作“浙川县”" in dialog.ui.mergeNote.text()
