"""Every dialog of the window on a 1366×768 screen at 150 % (911×512 free): its frame within
the screen, so that 确定 and 取消 can be reached. Qt takes the screen and the scaling at start,
so the dialogs are opened in a program of their own on such a screen."""
from __future__ import annotations

import json
import os
import subprocess
import sys

SCREEN = {"synchronousWindowSystemEvents": True, "windowFrameMargins": False,
          "screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                       "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}

OPEN_DIALOGS = r"""
import json, sys
from bulletin_desktop.gui.application import ensure_application
app = ensure_application()
from bulletin_desktop.gui.main_window import MainWindow
from bulletin_desktop.gui.settings_dialog import SettingsDialog
from bulletin_desktop.gui.about_dialog import AboutDialog
from bulletin_desktop.gui.archive_tools.trash_dialog import TrashDialog
from bulletin_desktop.gui.archive_tools.backup_dialog import BackupDialog
from bulletin_desktop.gui.statistics.units_dialog import UnitsDialog
from bulletin_desktop.gui.importing.review_dialog import ImportReviewDialog
from bulletin_desktop.core.importing import read_file
from bulletin_desktop.resources import sample_bulletin_path
from pathlib import Path
window = MainWindow()
assert window.open_archive(Path(sys.argv[1]))
window.show()
made = {
    "settings": lambda: SettingsDialog(window.settings, window, window.session),
    "about": lambda: AboutDialog(None, None, window),
    "trash": lambda: TrashDialog(window),
    "backups": lambda: BackupDialog(window),
    "units": lambda: UnitsDialog(window.session.archive, window),
    "import review": lambda: ImportReviewDialog(read_file(sample_bulletin_path()), window),
}
free = window.screen().availableGeometry()
sizes = {"screen": [free.width(), free.height()]}
for name, make in made.items():
    dialog = make()
    dialog.show()
    app.processEvents()
    frame = dialog.frameGeometry()
    sizes[name] = [frame.x(), frame.y(), frame.width(), frame.height()]
    dialog.close()
print(json.dumps(sizes))
"""


def test_every_dialog_fits_a_small_scaled_screen(tmp_path, archive_path):
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps(SCREEN))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}", "QT_SCALE_FACTOR": "1.5",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "BULLETIN_DESKTOP_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-c", OPEN_DIALOGS, str(archive_path)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    sizes = json.loads(done.stdout.strip().splitlines()[-1])
    width, height = sizes.pop("screen")
    assert (width, height) == (911, 512)
    for name, (x, y, w, h) in sizes.items():
        assert x >= 0 and y >= 0 and x + w <= width and y + h <= height, (name, x, y, w, h)
