"""文件 → 新建档案库… offers a file name in the clerk's language (简报档案库.sqlite), as every
other word of the dialog is, not bulletin-archive.sqlite."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog


def test_new_archive_offers_a_chinese_name(window, monkeypatch):
    offered: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda _p, _t, start, _f: (offered.append(start), ("", ""))[1])
    window.action_set.new_archive.trigger()
    assert Path(offered[0]).name == "简报档案库.sqlite"
    assert Path(offered[0]).parent == window.session.archive.path.parent
