"""年度汇编 and 所选各期导出 start where one issue's export does: in the folder last exported
to or, when it is gone (a USB stick's folder), the nearest folder above it, not the home folder."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog


def test_year_compilation_offered_near_a_folder_gone(window, tmp_path, monkeypatch):
    stick = tmp_path / "U盘"
    (stick / "十一月").mkdir(parents=True)
    window.settings.set_export_dir(stick / "十一月")
    (stick / "十一月").rmdir()  # taken away since
    offered: list[str] = []
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, items, *a, **k: (items[0], True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda _p, _t, start, _f: (offered.append(start), ("", ""))[1])
    window.action_set.export_year.trigger()
    assert Path(offered[0]).parent == stick
