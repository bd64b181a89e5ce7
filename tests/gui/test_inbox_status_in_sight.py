"""The inbox in its dock a third of a 1366 screen wide: what became of each submission (its
status, and why it was not adopted) is in sight without scrolling sideways, and Tab leaves
the list for the details and buttons."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from plain_docx import plain_docx


@pytest.fixture
def inbox(qtbot, window, tmp_path):
    window.resize(1366, 738)
    window.show_view("inbox")
    view = window.inbox_dock.content()
    word = plain_docx(tmp_path / "舞阳县报送信息.docx", ["11月19日，舞阳县开展燃气安全检查。"])
    text = tmp_path / "西城区来稿.txt"
    text.write_text("西城区召开工贸企业安全生产工作会。", encoding="utf-8")
    ids = view.import_files([word, text])
    assert len(ids) == 2
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    return view, ids


def _in_sight(table, column: int) -> bool:
    header = table.horizontalHeader()
    left = header.sectionViewportPosition(column)
    return left >= 0 and left + header.sectionSize(column) <= table.viewport().width()


def test_status_and_reason_are_in_sight(qtbot, window, inbox, monkeypatch):
    view, ids = inbox
    table = view.panel.ui.submissionView
    assert view.panel.select_id(ids[1])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("与上期内容重复", True))
    qtbot.mouseClick(view.panel.ui.declineButton, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: view.panel.ui.statusValue.text() == "状态：未采用（原因：与上期内容重复）")
    row = view.model.row_of(ids[1])
    assert table.horizontalHeader().width() < 400  # the dock as it opens beside the preview
    assert _in_sight(table, 4) and view.model.index(row, 4).data() == "未采用"
    assert table.horizontalHeader().sectionViewportPosition(2) < table.viewport().width()  # the title begins too
    tip = view.model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "收稿日期：" in tip and "来源：西城区来稿.txt" in tip and "状态：未采用" in tip

    assert view.panel.select_id(ids[0])
    qtbot.waitUntil(lambda: view.panel.ui.statusValue.text() == "状态：待处理")


def test_tab_leaves_the_submission_list(qtbot, window, inbox):
    view, ids = inbox
    table = view.panel.ui.submissionView
    window.activateWindow()
    assert view.panel.select_id(ids[0])
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table
