"""采用统计 opened under the window, and 来稿 beside it, on a 1366×768 laptop. At 150 % (910×512 logical pixels) its
filters, buttons, table and charts need more height than the panes above leave: the window
stays on the screen (it grew to 638 px, the status bar and the table below the screen's
edge) and the dock scrolls. At 125 % the dock has room for the whole panel and shows it
unscrolled. Qt takes the screen and its scaling at start, so each screen is a program."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

OPEN_STATISTICS = r"""
import json, sys
from pathlib import Path
from PySide6.QtCharts import QChartView
from bulletin_desktop.gui.application import ensure_application, install_translators
app = ensure_application()
install_translators(app, "zh_CN")
from bulletin_desktop.gui.main_window import MainWindow
window = MainWindow(panes_later=True)
window.window_layout.fit_to_screen()
window.show()
app.processEvents()
window.build_panes()
assert window.open_archive(Path(sys.argv[1]))
for _ in range(20):
    app.processEvents()
name = sys.argv[2]
toggle = next(a for a in window.ui.menuView.actions() if a.objectName() == f"{name}DockToggle")
toggle.trigger()  # 视图 → 采用统计 or 来稿, as the clerk opens it
dock = getattr(window, f"{name}_dock")
while name == "statistics" and len(dock.findChildren(QChartView)) < 2:
    app.processEvents()
for _ in range(40):
    app.processEvents()
panel = dock.content()
area = dock.widget()
free = window.screen().availableGeometry()
status = window.statusBar()
print(json.dumps({"frame_bottom": window.frameGeometry().bottom(), "free_bottom": free.bottom(),
                  "frame_right": window.frameGeometry().right(), "free_right": free.right(),
                  "status_bottom": status.mapTo(window, status.rect().bottomLeft()).y(), "window": window.height(),
                  "area": area.height(), "panel_needs": panel.minimumSizeHint().height(),
                  "scroll_max": area.verticalScrollBar().maximum(), "panel_top": panel.mapTo(area, panel.rect().topLeft()).y()}))
"""


def _open_statistics(tmp_path, archive_path, scale: str, name: str = "statistics") -> dict:
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"synchronousWindowSystemEvents": True, "windowFrameMargins": False,
                                  "screens": [{"name": "s", "x": 0, "y": 0, "width": 1366, "height": 768,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}", "QT_SCALE_FACTOR": scale,
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "BULLETIN_DESKTOP_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-c", OPEN_STATISTICS, str(archive_path), name], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("scale", ["1.5", "1.25"])
def test_the_window_with_statistics_stays_on_the_laptop_screen(tmp_path, archive_path, scale):
    shown = _open_statistics(tmp_path, archive_path, scale)
    assert shown["frame_bottom"] <= shown["free_bottom"], shown
    assert shown["status_bottom"] < shown["window"], shown


def test_at_150_percent_the_statistics_scroll_to_their_table(tmp_path, archive_path):
    shown = _open_statistics(tmp_path, archive_path, "1.5")
    assert shown["area"] < shown["panel_needs"], shown  # the room is short ...
    assert shown["scroll_max"] >= shown["panel_needs"] - shown["area"], shown  # ... and the rest is a scroll away


def test_at_125_percent_the_statistics_show_whole(tmp_path, archive_path):
    shown = _open_statistics(tmp_path, archive_path, "1.25")
    assert shown["area"] >= shown["panel_needs"], shown
    assert shown["scroll_max"] == 0, shown


def test_at_150_percent_the_submissions_stay_on_the_screen(tmp_path, archive_path):
    # beside the panes, the inbox's filters and buttons grew the window to 1010 px of 910:
    # 采用到… and 不采用… were past the screen's right edge; now the dock scrolls to them
    shown = _open_statistics(tmp_path, archive_path, "1.5", "inbox")
    assert shown["frame_right"] <= shown["free_right"], shown
    assert shown["status_bottom"] < shown["window"], shown
