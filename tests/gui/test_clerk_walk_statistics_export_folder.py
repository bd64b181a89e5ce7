"""采用统计's CSV, Excel and 通报 Word are offered in the folder the clerk last exported to (the
bulletins' Word files go there), not the home folder each time; a name typed without its
ending gets it, so that Excel and Word know the file; the folder is remembered for the next
export of either kind."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from bulletin_desktop.gui.settings import AppSettings


def test_statistics_go_where_the_bulletins_went(qtbot, window, tmp_path, monkeypatch):
    bulletins = tmp_path / "简报导出"
    bulletins.mkdir()
    window.settings.set_export_dir(bulletins)
    view = window.statistics_dock.open()
    offered: list[str] = []
    typed = tmp_path / "统计" / "第四季度采用情况"
    typed.parent.mkdir()

    def save_as(_parent, _title, start, _filter):
        offered.append(start)
        return str(typed), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    view.export_dialog("csv")
    assert Path(offered[0]).parent == bulletins
    assert typed.with_name("第四季度采用情况.csv").is_file()
    assert AppSettings().export_dir() == typed.parent  # the next bulletin's Word file is offered there
