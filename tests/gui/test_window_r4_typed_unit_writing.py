"""An undated entry pasted into an entry, signed at its end (……。（舞阳县应急管理局）), gives the
entry its unit, as a dated one did and as import reads it.

A unit typed into an entry's unit field in another writing of a registered unit
(市住建局 where 市住房和城乡建设局 is registered, 舞阳县应急管理局 in a city's bulletin where
舞阳县 is) counts for that unit in 采用统计, as the same entry imported would; it was a
未登记 row of its own. A name the registry cannot place stays as written."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt

from bulletin_desktop.core.model import Item
from bulletin_desktop.core.richtext import Run, plain
from bulletin_desktop.core.units.registry import add_unit, list_units
from bulletin_desktop.gui.text_input import type_text
from test_paste_entry_lead import paste_into_body


def _type_unit(qtbot, window, uid: str, unit: str) -> None:
    window.ui.sectionTree.select_uid(uid)
    field = window.ui.entryEditor.ui.unitEdit
    field.setFocus()
    field.selectAll()
    type_text(field, unit)
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # on to the body: the unit is written
    window.save_now()


def _new_entry(window) -> str:
    issue = window.document.issue
    return window.editing.add_item(issue.sections[0].uid)


def test_a_short_writing_typed_counts_for_the_registered_unit(qtbot, window):
    add_unit(window.session.archive, "市住房和城乡建设局")
    uid = _new_entry(window)
    window.editing.edit_entry(uid, "date", "11月20日")
    _type_unit(qtbot, window, uid, "市住建局")

    window.show_view("statistics")
    view = window.statistics_dock.content()
    issue = window.document.issue
    view.set_range(issue.date, issue.date)
    row = view.report.row("市住房和城乡建设局")
    assert row is not None and row.adopted == 1
    header, rows = view.table()
    assert not [r for r in rows if r[header.index("单位")] == "市住建局"], rows
    assert "市住建局" in next(u for u in list_units(window.session.archive) if u.name == "市住房和城乡建设局").aliases


def test_a_name_the_registry_cannot_place_is_left_as_typed(qtbot, window):
    uid = _new_entry(window)
    _type_unit(qtbot, window, uid, "县住建局")  # a city's bulletin: which county's is not said
    names = {name for unit in list_units(window.session.archive) for name in (unit.name, *unit.aliases)}
    assert "县住建局" not in names


def _paste(qtbot, window, uid: str, text: str, at_end: bool = True) -> Item:
    mime = QMimeData()
    mime.setText(text)
    window.ui.sectionTree.select_uid(uid)
    paste_into_body(qtbot, window, mime, at_end=at_end)
    found = window.document.entry(uid)
    assert isinstance(found, Item)
    return found


@pytest.mark.parametrize("signature, unit", [("（舞阳县应急管理局）", "舞阳县应急管理局"),
                                             ("（供稿：上蔡县应急局）", "上蔡县应急局"),
                                             ("——汝南县应急管理局", "汝南县应急管理局")])
def test_an_undated_signed_paste_into_an_entry_fills_its_unit(qtbot, window, signature, unit):
    uid = _new_entry(window)
    window.editing.edit_entry(uid, "date", "11月20日")
    text = f"组织开展燃气安全检查，排查隐患12处。{signature}"
    item = _paste(qtbot, window, uid, text)
    assert (item.date, item.unit) == ("11月20日", unit)
    assert item.text == "11月20日，" + text  # printed where it signed only
    assert window.ui.entryEditor.ui.unitEdit.text() == unit
    window.document.undo_stack.undo()  # the paste and its unit are one step
    assert window.document.entry(uid).unit == "" and plain(window.document.entry(uid).body) == ""


def test_a_signed_paste_into_the_middle_of_a_text_leaves_the_unit_field(qtbot, window):
    uid = _new_entry(window)
    window.editing.edit_entry(uid, "body", (Run("会议要求，加强值班值守。"),))
    item = _paste(qtbot, window, uid, "组织开展检查。（舞阳县应急管理局）", at_end=False)
    assert item.unit == ""


def test_an_entry_with_a_unit_keeps_it_when_a_signed_text_is_pasted(qtbot, window):
    uid = _new_entry(window)
    window.editing.edit_entry(uid, "unit", "郾城区")
    item = _paste(qtbot, window, uid, "组织开展检查。（舞阳县应急管理局）")
    assert item.unit == "郾城区"


def test_a_pasted_writing_of_a_registered_unit_counts_for_it(qtbot, window):
    # 舞阳县 is registered from the sample, a city's bulletin: its offices count for it
    uid = _new_entry(window)
    window.editing.edit_entry(uid, "date", "11月20日")
    _paste(qtbot, window, uid, "组织开展燃气安全检查。（舞阳县应急管理局）")
    unit = next(u for u in list_units(window.session.archive) if u.name == "舞阳县")
    assert "舞阳县应急管理局" in unit.aliases
