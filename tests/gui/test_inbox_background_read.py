"""Submission files LibreOffice converts are read in the background: the window answers
meanwhile, the submissions are registered when the reading ends, and a cancel stores nothing."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.inbox import list_rows

sys.path.insert(0, str(Path(__file__).parents[1] / "export"))
from docx_readback import have_libreoffice  # noqa: E402

pytestmark = pytest.mark.skipif(not have_libreoffice(), reason="LibreOffice is not installed")

RTF = r"{\rtf1\ansi\deff0{\fonttbl{\f0 SimSun;}}\f0 \u33310?\u38451?\u21439?\u26469?\u31295?\par \u33310?\u38451?\u21439?\u24320?\u23637?\u29123?\u27668?\u23433?\u20840?\u26816?\u26597?\u12290?\par}"


def _rtf(tmp_path):
    path = tmp_path / "舞阳县来稿.rtf"
    path.write_text(RTF, encoding="ascii")
    return path


def _count(path):
    with Archive.open(path, readonly=True) as archive:
        return len(list_rows(archive))


def test_converted_file_is_read_in_the_background(qtbot, window, archive_path, tmp_path):
    window.show_view("inbox")
    dock = window.inbox_dock.content()
    with qtbot.waitSignal(dock.importFinished, timeout=60000) as blocker:
        assert dock.import_files([_rtf(tmp_path)]) == []  # returns at once; the reading goes on
        assert dock.reader is not None and dock.reader.busy
    [sid] = blocker.args[0]
    rows = {r.id: r for r in list_rows(window.session.archive)}
    assert rows[sid].unit == "舞阳县" and rows[sid].source == "舞阳县来稿.rtf"
    assert dock.panel.current_id() == sid


def test_cancel_stores_nothing(qtbot, window, archive_path, tmp_path):
    window.show_view("inbox")
    dock = window.inbox_dock.content()
    before = _count(archive_path)
    with qtbot.waitSignal(dock.importFinished, timeout=60000) as blocker:
        dock.import_files([_rtf(tmp_path)])
        progress = dock.findChild(QProgressDialog)
        assert progress is not None
        qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert blocker.args[0] == [] and _count(archive_path) == before
