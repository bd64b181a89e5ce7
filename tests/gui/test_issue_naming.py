"""Wherever the window names an issue it writes the 期号 as the masthead prints it: the issue
list, the window title, the search results and the trash, following the clerk's change of form."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from test_number_form_panel import choose_form, enter
from test_search_panel import open_panel, search

LINE = "2022年第6期（总第52期）"


def test_an_issue_numbered_by_the_year_is_named_so_everywhere(qtbot, window, monkeypatch):
    from bulletin_desktop.gui.archive_tools.trash_dialog import TrashDialog

    issue_id = window.document.issue.id
    view = window.ui.issueList.ui.issueView
    assert window.windowTitle().startswith("漯河安全生产简报 第52期 ")
    assert view.model().index(0, 0).data() == "第52期（安全生产大检查专刊 第34期）"

    panel = window.ui.mastheadPanel.ui
    choose_form(qtbot, panel.numberFormCombo, 1)
    enter(qtbot, panel.yearNumberSpin, "6")
    assert window.windowTitle() == f"漯河安全生产简报 {LINE} — 简报编辑器"
    # the row follows once the edit is saved (the archive's change notice)
    qtbot.waitUntil(lambda: view.model().index(0, 0).data() == f"{LINE}（安全生产大检查专刊 第34期）", timeout=3000)
    assert LINE in view.model().index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    window.ui.issueList.ui.filterEdit.setText("第6期")  # found by what the list shows
    assert view.model().rowCount() == 1
    window.ui.issueList.ui.filterEdit.setText("第六期")  # or as a masthead may print it
    assert view.model().rowCount() == 1
    window.ui.issueList.ui.filterEdit.setText("第七期")
    assert view.model().rowCount() == 0
    window.ui.issueList.ui.filterEdit.clear()

    results = open_panel(qtbot, window)
    [hit] = search(qtbot, results, "金大地", 1)
    assert results.model.index(0).data().startswith(f"{LINE} · 2022年11月21日 · 【")

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.issues.delete_issue(issue_id)
    dialog = TrashDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.ui.itemList.topLevelItem(0).text(2) == f"《漯河安全生产简报》{LINE}（2022年11月21日）"


def test_the_list_filter_reads_chinese_numerals_only_as_numbers():
    from bulletin_desktop.gui.issue_list import listed_form

    assert listed_form("第五十二期") == "第52期" and listed_form("五十二") == "52"
    assert listed_form("一体化") == "一体化" and listed_form("专刊 第三十四期") == "专刊 第34期"
