"""The inbox and the statistics view driven through the real window: import, adopt by
dragging and through 采用到…, decline, the figures, undo, deleting the issue, reopening."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.inbox import list_rows
from bulletin_desktop.core.richtext import Run
from plain_docx import plain_docx





@pytest.fixture
def files(tmp_path):
    word = plain_docx(tmp_path / "舞阳县报送信息.docx",
                 ["舞阳县应急管理局信息", "11月19日，舞阳县开展燃气安全检查。", "11月20日，舞阳县召开防汛工作会议。"])
    text = tmp_path / "舞阳县来稿.txt"
    text.write_text("舞阳县组织专家复查隐患整改情况。", encoding="utf-8")
    other = tmp_path / "西城区来稿.txt"
    other.write_text("西城区召开工贸企业安全生产工作会。", encoding="utf-8")
    return word, text, other


def _section_index(window, title):
    model = window.tree_model
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data() == f"【{title}】":
            return index
    raise AssertionError(title)


def _statuses(path):
    with Archive.open(path, readonly=True) as archive:
        return {r.id: r.status for r in list_rows(archive)}


def _figures(view, unit):
    row = view.report.row(unit)
    return (row.submitted, row.adopted, row.adopted_submissions, row.direct, row.points)


def test_import_adopt_decline_and_statistics_follow(qtbot, window, archive_path, files, monkeypatch):
    window.show_view("inbox")
    dock = window.inbox_dock.content()
    word, text, other = files
    ids = dock.import_files([word, text, other])
    assert len(ids) == 3 and dock.model.rowCount() == 3
    units = {r.id: r.unit for r in list_rows(window.session.archive)}
    assert [units[i] for i in ids] == ["舞阳县", "舞阳县", "西城区"]

    # drag the Word submission's first candidate onto 【隐患排查】, the text file onto 【督导检查】
    assert dock.panel.select_id(ids[0])
    assert dock.panel.candidates.rowCount() == 2
    mime = dock.panel.candidates.mimeData([dock.panel.candidates.index(0, 0)])
    tree = window.tree_model
    assert tree.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, _section_index(window, "隐患排查"))
    tree.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, _section_index(window, "隐患排查"))
    mime = dock.model.mimeData([dock.model.index(dock.model.row_of(ids[1]), 0)])
    tree.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, _section_index(window, "督导检查"))
    # 采用到… the Word submission's second candidate
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("【应急演练】", True))
    assert dock.panel.select_id(ids[0])
    dock.panel.ui.candidateView.setCurrentIndex(dock.panel.candidates.index(1, 0))
    qtbot.mouseClick(dock.panel.ui.adoptButton, Qt.MouseButton.LeftButton)
    # decline the other unit's one
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("与上期内容重复", True))
    assert dock.panel.select_id(ids[2])
    qtbot.mouseClick(dock.panel.ui.declineButton, Qt.MouseButton.LeftButton)

    issue = window.document.issue
    titles = {s.title: [e.text for e in s.entries] for s in issue.sections}
    assert titles["隐患排查"][-1] == "11月19日，舞阳县开展燃气安全检查。"
    today = dt.date.today()  # the day of the adoption, read now: a run can cross midnight
    assert titles["督导检查"][0] == f"{today.month}月{today.day}日，舞阳县组织专家复查隐患整改情况。"
    assert titles["应急演练"][-1] == "11月20日，舞阳县召开防汛工作会议。"
    # the adoptions reach the archive with the autosave, without any explicit save
    qtbot.waitUntil(lambda: _statuses(archive_path) == {ids[0]: "adopted", ids[1]: "adopted", ids[2]: "declined"},
                    timeout=5000)
    # editing an adopted entry keeps its link
    adopted = issue.sections[1].entries[0]
    window.editing.edit_entry(adopted.uid, "body", (Run("组织专家复查隐患整改情况，已整改18处。"),))
    window.save_now()
    assert _statuses(archive_path)[ids[1]] == "adopted"

    window.show_view("statistics")
    view = window.statistics_dock.content()
    view.set_range(dt.date(2022, 1, 1), dt.date.today())
    # 舞阳县: 2 entries of the imported sample + 3 adopted (1 point each, +1 each in a 专刊 issue)
    assert _figures(view, "舞阳县") == (2, 5, 2, 2, 10)
    assert view.report.row("舞阳县").rate == 1.0
    assert _figures(view, "西城区") == (1, 1, 0, 1, 2) and view.report.row("西城区").rate == 0.0
    assert _figures(view, "市应急管理局") == (0, 2, 0, 2, 4)
    header, rows = view.table()
    shown = [[view.table_model.item(r, c).text() for c in range(len(header))] for r in range(len(rows))]
    # the sample is a 专刊 issue: all five are in a special issue
    assert ["1", "舞阳县", "县区", "2", "2", "100.0%", "5", "0", "5", "10", "含未经来稿登记2条（直接编写或导入，报送数未知）"] in shown
    view.ui.byCombo.setCurrentIndex(view.ui.byCombo.findData("section"))
    header, rows = view.table()
    by_section = dict(zip(header, rows[[r[0] for r in rows].index("舞阳县")]))
    assert (by_section["隐患排查"], by_section["督导检查"], by_section["应急演练"], by_section["合计"]) == (2, 1, 1, 5)
    assert view.table_model.columnCount() == len(header) and view.table_model.rowCount() == len(rows)
    view.ui.byCombo.setCurrentIndex(view.ui.byCombo.findData("unit-quarter"))
    header, rows = view.table()
    assert header[1] == "2022年第一季度" and rows[[r[0] for r in rows].index("舞阳县")][header.index("2022年第四季度")] == 5
    view.ui.byCombo.setCurrentIndex(view.ui.byCombo.findData("unit"))
    assert view.charts is not None  # Qt Charts made when the view was first shown

    # undo the edit, then the last adoption (采用到…): its entry leaves the issue and the figures follow
    window.action_set.undo.trigger()
    assert adopted.text.endswith("舞阳县组织专家复查隐患整改情况。")
    window.action_set.undo.trigger()
    assert "11月20日，舞阳县召开防汛工作会议。" not in [e.text for _s, e in window.document.issue.entries()]
    qtbot.waitUntil(lambda: _figures(view, "舞阳县") == (2, 4, 2, 2, 8), timeout=5000)

    # delete the issue: every adoption goes with it
    monkeypatch.setattr("bulletin_desktop.gui.dialogs.confirm_delete_issue", lambda *a: True)
    window.issues.delete_issue(issue.id)
    qtbot.waitUntil(lambda: _figures(view, "舞阳县") == (2, 0, 0, 0, 0), timeout=5000)
    assert _figures(view, "西城区") == (1, 0, 0, 0, 0)
    assert _statuses(archive_path) == {ids[0]: "pending", ids[1]: "pending", ids[2]: "declined"}
    assert dock.model.rowCount() == 3
    before = view.report.to_dict()

    # reopen the archive: all as it was
    window.session.close_archive()
    assert window.open_archive(archive_path)
    view.set_range(dt.date(2022, 1, 1), dt.date.today())
    assert view.report.to_dict() == before
    assert dock.model.rowCount() == 3
    assert _statuses(archive_path) == {ids[0]: "pending", ids[1]: "pending", ids[2]: "declined"}


def test_refused_file_registers_nothing(qtbot, window, files, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("bulletin_desktop.gui.dialogs.QMessageBox.warning", lambda p, t, text, *a: shown.append(text))
    broken = tmp_path / "坏文件.docx"
    broken.write_bytes(b"PK\x03\x04 broken")
    dock = window.inbox_dock.content()
    assert dock.import_files([files[1], broken]) == []
    assert dock.model.rowCount() == 0
    assert shown and "坏文件.docx" in shown[0] and "一篇也没有登记" in shown[0]


def test_a_sender_named_outright_is_registered_and_said(qtbot, window, tmp_path):
    text = tmp_path / "来稿.txt"
    text.write_text("报送单位：临颍县应急管理局\n11月20日，临颍县召开全县安全生产工作会议。\n", encoding="utf-8")
    dock = window.inbox_dock.content()
    (submission_id,) = dock.import_files([text])
    from bulletin_desktop.core import inbox

    assert inbox.get_submission(window.session.archive, submission_id).unit == "临颍县"
    assert window.statusBar().currentMessage() == "已登记新单位（来稿注明的报送单位）：临颍县"
    # the new unit is offered, and shown, where the chosen submission's unit is
    assert dock.panel.current_id() == submission_id
    assert dock.panel.ui.detailUnitCombo.currentText() == "临颍县"


def test_a_file_registered_again_is_selected_and_said(qtbot, window, files, monkeypatch):
    from PySide6.QtGui import QGuiApplication

    shown = []
    monkeypatch.setattr("bulletin_desktop.gui.dialogs.QMessageBox.warning", lambda p, t, text, *a: shown.append(text))
    dock = window.inbox_dock.content()
    first = dock.import_files([files[0]])
    assert len(first) == 1 and not shown
    assert dock.import_files([files[1], files[0]]) != []
    assert dock.model.rowCount() == 2
    assert shown == [f"已在收件箱中，未重复登记：{files[0].name}（第{first[0]}号）"]
    assert dock.import_files([files[0]]) == [] and dock.panel.current_id() == first[0]
    QGuiApplication.clipboard().setText(files[1].read_text(encoding="utf-8"))
    assert dock.paste() == [] and shown[-1].startswith("已在收件箱中，未重复登记：粘贴的文字（第")
    assert dock.model.rowCount() == 2


def test_filters_and_paste(qtbot, window, files):
    from PySide6.QtGui import QGuiApplication

    dock = window.inbox_dock.content()
    dock.import_files(list(files))
    QGuiApplication.clipboard().setText("市应急管理局开展危化品企业暗查暗访。")
    (pasted,) = dock.paste()
    assert dock.model.rowCount() == 4
    units = {u.name: u.id for u in __import__("bulletin_desktop.core.units", fromlist=["list_units"]).list_units(
        window.session.archive)}
    dock.panel.set_filters(unit_id=units["舞阳县"])
    assert dock.model.rowCount() == 2
    dock.panel.set_filters(search="暗查暗访")
    assert dock.model.ids() == [pasted]
    dock.panel.set_filters(status="declined")
    assert dock.model.rowCount() == 0


def test_views_speak_chinese(qtbot, window):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from test_translations import untranslated, visible_texts

    window.show_view("inbox")
    window.show_view("statistics")
    texts = visible_texts(window.inbox_dock) + visible_texts(window.statistics_dock)
    model = window.inbox_dock.content().model
    texts += [("inbox header", model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
    assert [t for t in texts if untranslated(t[1])] == []


def test_start_up_loads_neither_view_nor_qt_charts(tmp_path, archive_path):
    """The window opens an archive without importing the inbox, statistics or Qt Charts."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from bulletin_desktop.gui.main_window import MainWindow\n"
        "w = MainWindow()\n"
        f"assert w.open_archive({str(archive_path)!r})\n"
        "w.show(); app.processEvents()\n"
        "heavy = ['PySide6.QtCharts', 'openpyxl', 'bulletin_desktop.gui.inbox', 'bulletin_desktop.gui.statistics',\n"
        "         'bulletin_desktop.core.stats', 'bulletin_desktop.core.inbox', 'bulletin_desktop.cli.inbox_commands']\n"
        "print([m for m in heavy if m in sys.modules])\n"
        "w.show_view('statistics'); app.processEvents()\n"
        "print('PySide6.QtCharts' in sys.modules)\n"
        "w.close()\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                            cwd=Path(__file__).resolve().parents[2],
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)})
    assert result.stdout.split("\n")[:2] == ["[]", "True"], result.stderr


def test_units_dialog_merges_renames_and_scores(qtbot, window, monkeypatch):
    from bulletin_desktop.gui.statistics.units_dialog import UnitsDialog

    view = window.statistics_dock.content()
    view.set_range(dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    before = view.report.total.to_dict()
    dialog = UnitsDialog(window.session.archive, view)
    qtbot.addWidget(dialog)
    dialog.show()
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from test_translations import untranslated, visible_texts

    assert [t for t in visible_texts(dialog) if untranslated(t[1])] == []
    table = dialog.ui.unitsTable
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert names == ["西城区", "市应急管理局", "舞阳县"]
    table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("舞阳县", True))
    qtbot.mouseClick(dialog.ui.mergeButton, Qt.MouseButton.LeftButton)
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["市应急管理局", "舞阳县"]
    view.refresh()
    assert view.report.row("舞阳县").adopted == 3 and view.report.total.to_dict() == before
    table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("市应急局", True))
    qtbot.mouseClick(dialog.ui.renameButton, Qt.MouseButton.LeftButton)
    assert table.item(0, 0).text() == "市应急局" and table.item(0, 2).text() == "市应急管理局"
    dialog.ui.tabs.setCurrentIndex(1)
    dialog.ui.scoringTable.cellWidget(2, 0 + 1).setValue(0)  # 专刊条目加分 -> 0
    view.refresh()
    assert view.report.row("舞阳县").points == 3 and view.report.row("市应急局").points == 2
    # a unit added by hand: the category its name suggests is the one offered
    offered = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("城关镇", True))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (offered.append(a[3][a[4]]), (a[3][a[4]], True))[1])
    dialog.ui.tabs.setCurrentIndex(0)
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    assert offered == ["乡镇街道"]
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "城关镇")
    assert table.item(row, 1).text() == "乡镇街道"
    # its other names as one line: one added, the one it had taken away
    table.selectRow(0)
    assert table.item(0, 0).text() == "市应急局"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (f"{k['text']}、市应急管理局办公室", True))
    qtbot.mouseClick(dialog.ui.aliasesButton, Qt.MouseButton.LeftButton)
    assert table.item(0, 2).text() == "市应急管理局、市应急管理局办公室"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("市应急管理局办公室", True))
    qtbot.mouseClick(dialog.ui.aliasesButton, Qt.MouseButton.LeftButton)
    assert table.item(0, 2).text() == "市应急管理局办公室"
    view.refresh()
    assert view.report.row("市应急局").adopted == 0  # its entries print 市应急管理局, no longer its name


def test_unattributed_entries_are_listed_opened_and_their_units_registered(qtbot, window):
    """The sample's entries without a bold unit count for nobody until their units are
    registered: the view lists them with the unit each seems to come from, opens one in
    the window, and registers the units of the chosen ones (the figures follow at once)."""
    window.show_view("statistics")
    view = window.statistics_dock.content()
    view.set_range(dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    assert view.report.unattributed == 4 and view.ui.unattributedButton.isEnabled()
    qtbot.mouseClick(view.ui.unattributedButton, Qt.MouseButton.LeftButton)
    dialog = view.unattributed_dialog
    model = dialog.model
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from test_translations import untranslated, visible_texts

    texts = visible_texts(dialog) + [("header", model.headerData(c, Qt.Orientation.Horizontal))
                                     for c in range(model.columnCount())]
    assert [t for t in texts if untranslated(t[1])] == []
    assert [model.item(row, 3).text() for row in range(model.rowCount())] == ["市安委会", "源汇区", "郾城区", "源汇区"]
    assert model.item(0, 1).text() == "漯河安全生产简报 第52期"
    dialog.ui.entryTable.selectRow(2)
    qtbot.mouseClick(dialog.ui.openButton, Qt.MouseButton.LeftButton)
    assert window.ui.sectionTree.current_uid() == dialog.entries[2].uid
    dialog.ui.entryTable.selectRow(1)
    qtbot.mouseClick(dialog.ui.registerButton, Qt.MouseButton.LeftButton)
    assert view.report.unattributed == 2  # both of 源汇区's entries count now
    assert view.report.row("源汇区").adopted == 2 and view.report.row("源汇区").category == "县区"
    assert [model.item(row, 3).text() for row in range(model.rowCount())] == ["市安委会", "郾城区"]
    model.item(0, 3).setText("市安委")  # the name as the clerk corrects it is the one registered
    dialog.ui.entryTable.selectAll()
    qtbot.mouseClick(dialog.ui.registerButton, Qt.MouseButton.LeftButton)
    assert view.report.unattributed == 0 and model.rowCount() == 0
    assert view.report.row("市安委").adopted == 1 and view.report.row("市安委").category == "市直单位"
    assert not view.ui.unattributedButton.isEnabled()


def test_the_unattributed_list_follows_the_range_and_opens_once(qtbot, window):
    window.show_view("statistics")
    view = window.statistics_dock.content()
    view.set_range(dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    view.show_unattributed()
    dialog = view.unattributed_dialog
    assert dialog.model.rowCount() == 4
    view.set_range(dt.date(2023, 1, 1), dt.date(2023, 12, 31))  # no issue then: nothing listed
    assert dialog.model.rowCount() == 0 and not view.ui.unattributedButton.isEnabled()
    view.set_range(dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    view.show_unattributed()
    assert view.unattributed_dialog is dialog and dialog.model.rowCount() == 4
    dialog.close()
    qtbot.waitUntil(lambda: view.unattributed_dialog is None)


def test_an_empty_quarter_says_when_the_newest_issue_came_out(qtbot, window):
    """This quarter holds none of the sample's 2022 entries: the view says where the
    archive's issues are instead of only a row of zeros; the sample's year shows its figures."""
    window.show_view("statistics")
    view = window.statistics_dock.content()
    assert "2022年11月21日" in view.ui.leadValue.text() and "没有报送或采用" in view.ui.leadValue.text()
    assert "查看2022年" in view.ui.leadValue.text()
    view.ui.leadValue.linkActivated.emit("2022")  # the link to the newest issue's year
    assert view.range() == (dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    assert "没有报送或采用" not in view.ui.leadValue.text() and "采用" in view.ui.leadValue.text()
    assert view.table_model.rowCount() > 0


def test_statistics_docked_wide_and_short_set_the_charts_beside_the_table(qtbot, window):
    """Under the window the view is wide and short: the charts go beside the table, which
    keeps its height for rows; standing tall (a side dock), they go under it."""
    from PySide6.QtWidgets import QApplication

    from bulletin_desktop.gui.statistics.view import StatisticsView

    view = StatisticsView()
    qtbot.addWidget(view)
    view.set_archive(window.session.archive)
    view.set_range(dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    view.resize(1400, 330)
    view.show()
    qtbot.waitUntil(lambda: view.ui.statsSplitter.orientation() == Qt.Orientation.Horizontal)
    QApplication.processEvents()
    table = view.ui.tableView
    assert table.height() >= 150 and table.viewport().height() >= 3 * table.rowHeight(0)
    view.resize(500, 900)
    qtbot.waitUntil(lambda: view.ui.statsSplitter.orientation() == Qt.Orientation.Vertical)
