"""What building the window loads: the window's own code, not the importer's reading of
bulletins nor the proofreader's rules (compiled later, in the background, for the issue
opened), nor the statistics. Each costs a noticeable part of a second at every start."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

NOT_AT_START = ("bulletin_desktop.core.proofread.engine", "bulletin_desktop.core.recognise",
                "bulletin_desktop.core.wordread", "bulletin_desktop.core.stats", "bulletin_desktop.core.inbox",
                "bulletin_desktop.export.docx")


def test_building_the_window_loads_neither_import_nor_proofreading(tmp_path):
    script = ("import sys\n"
              "from PySide6.QtWidgets import QApplication\n"
              "app = QApplication([])\n"
              "from bulletin_desktop.gui.main_window import MainWindow\n"
              "window = MainWindow()\n"
              f"print([name for name in {NOT_AT_START!r} if name in sys.modules])\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                            cwd=Path(__file__).resolve().parents[2],
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)})
    assert result.stdout.strip() == "[]", result.stderr
