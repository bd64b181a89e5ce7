"""修改来稿 shows the units that sent a submission together with its unit and lets the clerk
change them, as ``inbox edit --joint`` does; an unknown name keeps the dialog open."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.inbox import get_submission
from model_text import header_texts


def _stored(path: Path, sid: int):
    with Archive.open(path, readonly=True) as archive:
        return get_submission(archive, sid)


def test_the_edit_dialog_shows_and_changes_who_sent_it_together(qtbot, window, archive_path, tmp_path, monkeypatch):
    from bulletin_desktop.gui.inbox.edit_dialog import SubmissionDialog

    window.show_view("inbox")
    dock = window.inbox_dock.content()
    text = tmp_path / "联合来稿.txt"
    text.write_text("开展校园周边联合检查\n报送单位：西城区应急管理局、市应急管理局\n"
                    "11月21日，对辖区18所中小学校周边开展安全隐患排查。", encoding="utf-8")
    [sid] = dock.import_files([text])
    assert _stored(archive_path, sid).joint_units == ["市应急管理局"]
    assert dock.panel.select_id(sid)
    qtbot.mouseClick(dock.panel.ui.editButton, Qt.MouseButton.LeftButton)
    dialog = dock.findChild(SubmissionDialog)
    assert dialog.ui.unitEdit.text() == "西城区" and dialog.ui.jointEdit.text() == "市应急管理局"

    warnings: list[str] = []
    monkeypatch.setattr("bulletin_desktop.gui.dialogs.QMessageBox.warning", lambda p, t, message, *a: warnings.append(message))
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    dialog.ui.jointEdit.setText("市应急管理局、东城区")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and any("东城区" in w for w in warnings)
    assert _stored(archive_path, sid).joint_units == ["市应急管理局"]  # nothing saved

    dialog.ui.jointEdit.setText("舞阳县、市应急管理局")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _stored(archive_path, sid).joint_units == ["舞阳县", "市应急管理局"]


def test_the_statistics_view_says_by_which_date_each_figure_counts(qtbot, window):
    import datetime as dt

    window.show_view("statistics")
    view = window.statistics_dock.content()
    view.set_range(dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    heads = header_texts(view.table_model)
    assert {"报送（按收稿日期）", "报送中已采用", "采用率", "采用（按刊发日期）"} <= set(heads)
    shown = view.ui.leadValue.text()
    assert "按收稿日期" in shown and "按刊发日期" in shown
    view.ui.byCombo.setCurrentIndex(view.ui.byCombo.findData("month"))
    heads = header_texts(view.table_model)
    assert heads[:5] == ["月份", "报送（按收稿日期）", "报送中已采用", "采用率", "采用（按刊发日期）"]
