"""The 期次 list is a tab behind 报头 at first start. Where the clerk must look at it, it comes
forward: 所选各期导出为 Word with nothing chosen in it (the message says to choose there), and
a folder imported (the new issues are there, behind the report)."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from bulletin_desktop.export.docx.writer import write_docx
from bulletin_desktop.gui.importing.report_dialog import ImportReportDialog
from bulletin_desktop.gui.in_sight import in_sight

from modal import when_modal


def _masthead_in_front(qtbot, window):
    window.ui.mastheadDock.raise_()  # the first start's layout
    qtbot.waitUntil(lambda: not in_sight(window.ui.issueListDock))
    window.ui.issueList.ui.issueView.clearSelection()


def test_exporting_chosen_issues_with_none_chosen_shows_the_list(qtbot, window):
    _masthead_in_front(qtbot, window)
    said: list[str] = []
    when_modal(QMessageBox, lambda box: (said.append(box.text()), box.accept()))
    window.action_set.export_selected.trigger()
    assert said and "期次列表" in said[0]
    qtbot.waitUntil(lambda: in_sight(window.ui.issueListDock))


def test_a_folder_imported_shows_the_list_behind_the_report(qtbot, window, tmp_path, sample_issue):
    folder = tmp_path / "往期"
    folder.mkdir()
    for number in (60, 61):
        sample_issue.number = number
        write_docx(sample_issue, folder / f"第{number}期.docx")
    _masthead_in_front(qtbot, window)
    seen: list[bool] = []
    reports = when_modal(ImportReportDialog, lambda d: (seen.append(in_sight(window.ui.issueListDock)), d.reject()))
    importer = window.importer()
    with qtbot.waitSignal(importer.importFinished, timeout=60000):
        importer.import_paths([folder])
    qtbot.waitUntil(lambda: bool(reports))
    assert seen == [True]
    rows = window.ui.issueList.model.rowCount()
    assert rows == 3  # the sample's and the two imported, in the list now in front
