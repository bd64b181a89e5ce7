"""The window's first layout on the screens clerks have: 1366×768 at 100, 125 and 150 % and
1920×1080 at 100 %. The section tree is wide enough to read a section's name and the start
of an entry, the editor and the preview keep usable widths, the preview shows a whole page
width; once the clerk moves a divider the window keeps it. Qt takes the screen and its
scaling at start, so each screen is a program of its own."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from bulletin_desktop.gui.pane_sizes import TREE_CHARS, TREE_FRAME

FIRST_START = r"""
import json, sys
from pathlib import Path
from bulletin_desktop.gui.application import ensure_application
app = ensure_application()
from bulletin_desktop.gui.main_window import MainWindow
window = MainWindow(panes_later=True)  # as the clerk's start: the frame first, the panes after
window.window_layout.fit_to_screen()
window.show()
app.processEvents()
window.build_panes()
assert window.open_archive(Path(sys.argv[1]))
for _ in range(20):
    app.processEvents()
preview = window.ui.preview
print(json.dumps({"window": window.width(), "sizes": window.ui.splitter.sizes(),
                  "char": window.ui.sectionTree.fontMetrics().horizontalAdvance("中"),
                  "page_fits": preview.zoom() <= 1.0 and preview.width() >= 160}))
"""


def _first_start(tmp_path, archive_path, width: int, height: int, scale: str) -> dict:
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"synchronousWindowSystemEvents": True, "windowFrameMargins": False,
                                  "screens": [{"name": "s", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}", "QT_SCALE_FACTOR": scale,
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "BULLETIN_DESKTOP_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-c", FIRST_START, str(archive_path)], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("width, height, scale", [(1366, 768, "1.5"), (1366, 768, "1.25"), (1366, 768, "1"),
                                                  (1920, 1080, "1")])
def test_a_first_start_gives_each_pane_a_usable_width(tmp_path, archive_path, width, height, scale):
    shown = _first_start(tmp_path, archive_path, width, height, scale)
    tree, editor, preview = shown["sizes"]
    assert tree >= TREE_CHARS[0] * shown["char"] + TREE_FRAME, shown  # 110 px at 150 %: names were cut
    assert editor >= 220 and preview >= 220, shown
    assert editor >= tree and preview >= tree / 2, shown
    assert shown["page_fits"], shown


def test_the_clerks_dividers_are_kept_when_the_window_changes_size(window, qtbot):
    splitter = window.ui.splitter
    window.resize(1200, 800)
    qtbot.wait(20)
    first = splitter.sizes()
    splitter.moveSplitter(first[0] + 80, 1)  # as the clerk drags the tree's divider
    qtbot.wait(20)
    dragged = splitter.sizes()
    assert dragged[0] == first[0] + 80
    window.resize(1300, 800)
    qtbot.wait(20)
    window.resize(1200, 800)
    qtbot.wait(20)
    assert abs(splitter.sizes()[0] - dragged[0]) <= 2  # not laid out afresh
