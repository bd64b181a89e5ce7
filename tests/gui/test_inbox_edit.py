"""修改来稿 driven through the real window: the 修改… button opens the dialog, the unit is
completed from the registry, a save reaches the archive in one step and the inbox and the
statistics follow; bad input leaves the archive unchanged with a Chinese message."""
from __future__ import annotations

import datetime as dt
import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.inbox import get_submission
from bulletin_desktop.core.units import registry

sys.path.insert(0, str(Path(__file__).parent))
from test_translations import untranslated, visible_texts  # noqa: E402


def _register(window, tmp_path):
    window.show_view("inbox")
    dock = window.inbox_dock.content()
    text = tmp_path / "来稿.txt"
    text.write_text("西城区召开工贸企业安全生产工作会。\n会议要求各企业落实主体责任。", encoding="utf-8")
    ids = dock.import_files([text])
    assert len(ids) == 1 and dock.panel.select_id(ids[0])
    return dock, ids[0]


def _open_editor(qtbot, dock):
    from bulletin_desktop.gui.inbox.edit_dialog import SubmissionDialog

    qtbot.mouseClick(dock.panel.ui.editButton, Qt.MouseButton.LeftButton)
    dialog = dock.findChild(SubmissionDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _save(qtbot, dialog):
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def _stored(path, sid):
    with Archive.open(path, readonly=True) as archive:
        return get_submission(archive, sid)


def _row(dock, sid):
    model = dock.model
    row = model.row_of(sid)
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_edit_saves_every_field_and_views_follow(qtbot, window, archive_path, tmp_path):
    dock, sid = _register(window, tmp_path)
    assert _stored(archive_path, sid).unit == "西城区"
    window.show_view("statistics")
    view = window.statistics_dock.content()
    view.set_range(dt.date(2022, 1, 1), dt.date.today())
    before_wuyang = view.report.row("舞阳县").submitted

    dialog = _open_editor(qtbot, dock)
    ui = dialog.ui
    assert ui.unitEdit.text() == "西城区" and ui.bodyEdit.toPlainText().startswith("西城区召开")
    # the unit field completes from the registry
    completer = ui.unitEdit.completer()
    completer.setCompletionPrefix("舞阳")
    assert completer.currentCompletion() == "舞阳县"
    ui.receivedDate.setDate(QDate(2022, 11, 18))
    ui.unitEdit.setText("舞阳县")
    ui.titleEdit.setText("舞阳县工贸企业安全生产工作会")
    ui.bodyEdit.setPlainText("舞阳县召开工贸企业安全生产工作会。")
    ui.noteEdit.setText("电话核实")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)

    stored = _stored(archive_path, sid)
    assert (stored.received, stored.unit, stored.title, stored.body, stored.note) == (
        dt.date(2022, 11, 18), "舞阳县", "舞阳县工贸企业安全生产工作会", "舞阳县召开工贸企业安全生产工作会。", "电话核实")
    # the archive's notice refreshed the inbox row and the statistics
    qtbot.waitUntil(lambda: _row(dock, sid)[:3] == ["2022年11月18日", "舞阳县", "舞阳县工贸企业安全生产工作会"], timeout=2000)
    qtbot.waitUntil(lambda: view.report.row("舞阳县").submitted == before_wuyang + 1, timeout=5000)


def test_bad_input_keeps_the_dialog_and_the_archive(qtbot, window, archive_path, tmp_path, monkeypatch):
    dock, sid = _register(window, tmp_path)
    before = _stored(archive_path, sid)
    warnings: list[str] = []
    monkeypatch.setattr("bulletin_desktop.gui.dialogs.QMessageBox.warning", lambda p, t, text, *a: warnings.append(text))
    answers = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))

    dialog = _open_editor(qtbot, dock)
    dialog.ui.titleEdit.setText("  ")
    _save(qtbot, dialog)
    assert dialog.isVisible() and warnings == ["来稿标题不能为空。"]
    assert _stored(archive_path, sid) == before

    # an unknown unit: refused when the clerk says no, added to the registry when yes
    dialog.ui.titleEdit.setText("新标题")
    dialog.ui.unitEdit.setText("源汇区")
    _save(qtbot, dialog)
    assert dialog.isVisible() and _stored(archive_path, sid) == before
    with Archive.open(archive_path, readonly=True) as archive:
        assert registry.find_unit(archive, "源汇区") is None
    answers.append(QMessageBox.StandardButton.Yes)
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    stored = _stored(archive_path, sid)
    assert (stored.unit, stored.title) == ("源汇区", "新标题")
    assert len(warnings) == 1


def test_edit_dialog_speaks_chinese(qtbot, window, tmp_path):
    dock, _sid = _register(window, tmp_path)
    dialog = _open_editor(qtbot, dock)
    texts = visible_texts(dialog)
    assert [t for t in texts if untranslated(t[1])] == []
    assert dialog.windowTitle() == "修改来稿"
    dialog.reject()


def _registered(path, name):
    with Archive.open(path, readonly=True) as archive:
        return registry.find_unit(archive, name)


def test_a_refused_edit_registers_no_new_unit(qtbot, window, archive_path, tmp_path, monkeypatch):
    dock, sid = _register(window, tmp_path)
    before = _stored(archive_path, sid)
    warnings: list[str] = []
    monkeypatch.setattr("bulletin_desktop.gui.dialogs.QMessageBox.warning", lambda p, t, text, *a: warnings.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    dialog = _open_editor(qtbot, dock)
    dialog.ui.unitEdit.setText("源汇区")  # unknown: the clerk agrees to add it ...
    dialog.ui.titleEdit.setText("  ")  # ... but the edit is refused
    _save(qtbot, dialog)
    assert dialog.isVisible() and warnings == ["来稿标题不能为空。"]
    dialog.ui.titleEdit.setText("新标题")
    dialog.ui.bodyEdit.setPlainText("\n ")
    _save(qtbot, dialog)
    assert dialog.isVisible() and warnings[-1] == "来稿正文不能为空。"
    assert _registered(archive_path, "源汇区") is None and _stored(archive_path, sid) == before

    # the save itself fails: the submission went away meanwhile (another program removed it)
    dialog.ui.bodyEdit.setPlainText("源汇区召开会议。")
    with sqlite3.connect(archive_path) as other:
        other.execute("DELETE FROM submissions WHERE id = ?", (sid,))
    other.close()
    _save(qtbot, dialog)
    assert dialog.isVisible() and f"没有编号为 {sid} 的来稿" in warnings[-1]
    assert _registered(archive_path, "源汇区") is None
    dialog.reject()
