"""The import report's 保存为 CSV… is offered in the folder the clerk exports to, not as a bare
name, which the file dialog put in the program's working folder (on an office PC, where the
program is installed)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from bulletin_desktop.gui.importing.report_dialog import ImportReportDialog, ImportResult, Outcome
from bulletin_desktop.gui.settings import AppSettings


def test_the_report_is_offered_in_the_export_folder(qtbot, tmp_path, monkeypatch):
    exports = tmp_path / "导出"
    exports.mkdir()
    AppSettings().set_export_dir(exports)
    dialog = ImportReportDialog([ImportResult(tmp_path / "第5期.docx", Outcome.IMPORTED, "第5期")], "共 1 个文件")
    qtbot.addWidget(dialog)
    offered: list[str] = []
    saved = tmp_path / "记录" / "导入报告.csv"
    saved.parent.mkdir()

    def save_as(_parent, _title, start, _filter):
        offered.append(start)
        return str(saved), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    dialog.ui.saveCsvButton.click()
    assert Path(offered[0]) == exports / "导入报告.csv"
    assert saved.is_file() and AppSettings().export_dir() == saved.parent
