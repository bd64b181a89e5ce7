"""The 来稿 dock never scrolls sideways: on a 1366×768 laptop at 150 % (its dock some 160
logical pixels wide) and on a 1920×1080 screen at 100 %, at the width the dock opens with,
the filters, dates and buttons wrap onto further lines, long unit names and titles are
cut short in their boxes and columns, and every widget lies inside the dock. Qt takes the
screen and its scaling at start, so each screen is a program of its own; in this process,
the dock dragged to any width down to the laptop's behaves the same."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QWidget

if TYPE_CHECKING:
    from bulletin_desktop.gui.inbox.dock import InboxView

LONG_UNIT = "漯河市城乡一体化示范区安全生产委员会办公室"
LONG_TITLE = "漯河经济技术开发区管理委员会关于开展二〇二六年度危险化学品企业安全生产标准化达标创建活动的情况报告"

SUBMISSIONS = [
    f"{LONG_TITLE}\n报送单位：{LONG_UNIT}\n6月5日，示范区开展危险化学品企业安全检查。",
    "临颍县召开全县安全生产工作推进会\n9月3日，临颍县召开会议，安排部署下一阶段重点工作。",
    "汛期隐患排查\n舞阳县应急管理局\n7月12日，我局组织开展汛期安全隐患大排查，发现隐患41处。",
]


def _sideways(view: InboxView) -> dict:
    """What would need scrolling sideways in the inbox ``view`` as its dock shows it now."""
    area = view.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    assert area is not None, "the inbox sits in its dock's scroll area"
    panel = view.panel
    outside = [w.objectName() for w in panel.findChildren(QWidget)
               if w.isVisible() and w.parentWidget() is panel and w.geometry().right() >= panel.width()]
    table = panel.ui.submissionView
    header = table.horizontalHeader()
    columns = sum(header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c))
    return {"dock": area.width(), "dock_bar": area.horizontalScrollBar().isVisible(),
            "outside": outside, "table_bar": table.horizontalScrollBar().isVisible(),
            "columns": columns, "table": table.viewport().width()}


def _fits(view: InboxView) -> bool:
    shown = _sideways(view)
    return (not shown["dock_bar"] and shown["outside"] == [] and not shown["table_bar"]
            and shown["columns"] <= shown["table"])


SCREEN_RUN = r"""
import json, sys
from pathlib import Path
from bulletin_desktop.gui.application import ensure_application, install_translators
app = ensure_application()
install_translators(app, sys.argv[3])
from bulletin_desktop.gui.main_window import MainWindow
sys.path.insert(0, sys.argv[2])
from test_inbox_dock_150_no_sideways import _sideways
window = MainWindow(panes_later=True)  # as the clerk's start
window.window_layout.fit_to_screen()
window.show()
app.processEvents()
window.build_panes()
assert window.open_archive(Path(sys.argv[1]))
window.show_view("inbox")
for _ in range(30):
    app.processEvents()
view = window.inbox_dock.content()
view.panel.select_id(view.model.ids()[-1])
for _ in range(30):
    app.processEvents()
print(json.dumps(_sideways(view)))
"""


@pytest.fixture
def inbox_archive(sample_issue, tmp_path):
    """The sample issue and an inbox holding a long unit name and long titles."""
    from bulletin_desktop.core.archive import Archive
    from bulletin_desktop.core.inbox import add_submissions
    from bulletin_desktop.core.inbox.reading import make_submission, paragraphs_from_text
    from bulletin_desktop.core.units import registry

    path = tmp_path / "inbox.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        archive.add_issue(sample_issue)
        registry.add_unit(archive, LONG_UNIT)
        add_submissions(archive, [make_submission(paragraphs_from_text(text), source=f"来稿{n}.txt", received=None,
                                                  unit_id=None, names=registry.unit_names(archive))
                                  for n, text in enumerate(SUBMISSIONS, 1)])
    return path


@pytest.mark.parametrize("width, height, scale, lang", [(1366, 768, "1.5", "zh_CN"), (1920, 1080, "1", "zh_CN"),
                                                       (1366, 768, "1", "zh_CN"), (1366, 768, "1.5", "en"),
                                                       (1366, 520, "1", "zh_CN")])
def test_the_dock_as_it_opens_needs_no_sideways_scrolling(tmp_path, inbox_archive, width, height, scale, lang):
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"synchronousWindowSystemEvents": True, "windowFrameMargins": False,
                                  "screens": [{"name": "s", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}", "QT_SCALE_FACTOR": scale,
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "BULLETIN_DESKTOP_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-c", SCREEN_RUN, str(inbox_archive), os.path.dirname(__file__), lang],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    assert not shown["dock_bar"] and shown["outside"] == [], shown
    assert not shown["table_bar"] and shown["columns"] <= shown["table"], shown
    if scale == "1.5":
        assert shown["dock"] < 200, shown  # the narrow dock this is about


def test_the_dock_dragged_narrow_reflows_instead_of_scrolling(qtbot, window, inbox_archive):
    assert window.open_archive(inbox_archive)
    window.resize(1366, 738)
    window.show_view("inbox")
    view = window.inbox_dock.content()
    qtbot.waitUntil(lambda: view.model.rowCount() == len(SUBMISSIONS))
    assert view.panel.select_id(view.model.ids()[0])
    buttons = view.panel.ui.importButton, view.panel.ui.declineButton
    lines = set()
    for width in (330, 260, 200, 160):  # the laptop's dock at 150 % is some 160 wide
        window.resizeDocks([window.inbox_dock], [width], Qt.Orientation.Horizontal)
        # once the layouts have answered the resize (their requests are posted events)
        qtbot.waitUntil(lambda wanted=width: abs(window.inbox_dock.width() - wanted) <= 2 and _fits(view))
        lines.add(buttons[1].y() > buttons[0].y())
    assert lines == {False, True}  # the buttons were in one line when wide, wrapped when narrow

