"""The units dialog's 并入 offers first the unit the chosen one is likely part of."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.units import registry


def test_merge_offers_the_full_form_first(qtbot, tmp_path, monkeypatch):
    from bulletin_desktop.gui.statistics.units_dialog import UnitsDialog

    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        for name in ("市应急管理局", "市住房和城乡建设局", "市住建局"):
            registry.add_unit(archive, name)
        dialog = UnitsDialog(archive)
        qtbot.addWidget(dialog)
        table = dialog.ui.unitsTable
        table.selectRow([table.item(r, 0).text() for r in range(table.rowCount())].index("市住建局"))
        offered = []
        monkeypatch.setattr(QInputDialog, "getItem",
                            lambda *a, **k: (offered.append((a[3], a[4])), (a[3][a[4]], True))[1])
        qtbot.mouseClick(dialog.ui.mergeButton, Qt.MouseButton.LeftButton)
        assert offered == [(["市住房和城乡建设局", "市应急管理局"], 0)]
        assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["市应急管理局", "市住房和城乡建设局"]
        assert registry.find_unit(archive, "市住建局").name == "市住房和城乡建设局"


def test_likely_the_same_merges_the_chosen_pair(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from bulletin_desktop.gui.statistics.units_dialog import UnitsDialog

    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        for name in ("市应急管理局", "市交通局", "市交通运输局"):
            registry.add_unit(archive, name)
        dialog = UnitsDialog(archive)
        qtbot.addWidget(dialog)
        offered = []
        monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (offered.append(a[3]), (a[3][0], True))[1])
        qtbot.mouseClick(dialog.ui.similarButton, Qt.MouseButton.LeftButton)
        assert len(offered) == 1 and len(offered[0]) == 1 and offered[0][0].startswith("市交通局 → 市交通运输局")
        assert registry.find_unit(archive, "市交通局").name == "市交通运输局"
        said = []
        monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: said.append(a[2]))
        qtbot.mouseClick(dialog.ui.similarButton, Qt.MouseButton.LeftButton)
        assert said and len(offered) == 1


def test_renaming_to_a_registered_name_offers_the_merge(qtbot, tmp_path, monkeypatch):
    """县安监局, renamed by the reform, to 县应急管理局, which the newer issues registered: the
    dialog asks to merge the two, and the old name's entries count for the new unit."""
    from PySide6.QtWidgets import QMessageBox

    from bulletin_desktop.gui.statistics.units_dialog import UnitsDialog

    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        for name in ("县安监局", "县应急管理局"):
            registry.add_unit(archive, name)
        dialog = UnitsDialog(archive)
        qtbot.addWidget(dialog)
        table = dialog.ui.unitsTable
        table.selectRow(0)
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("县应急局", True))  # its short form
        asked = []
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *a, **k: (asked.append(a[2]), QMessageBox.StandardButton.Yes)[1])
        qtbot.mouseClick(dialog.ui.renameButton, Qt.MouseButton.LeftButton)
        assert len(asked) == 1 and "县安监局" in asked[0] and "县应急管理局" in asked[0]
        assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["县应急管理局"]
        assert registry.find_unit(archive, "县安监局").name == "县应急管理局"
