"""The clerk's views write dates as the bulletin does (2022年11月21日), call the office 编印单位
everywhere, tell two backups of one minute apart, and describe the backups as the code takes them."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateEdit

from bulletin_desktop.gui import devtools
from bulletin_desktop.gui.dates import shown_date, shown_time


def test_the_issue_list_shows_chinese_dates(window):
    model = window.ui.issueList.ui.issueView.model()
    assert model.index(0, 1).data() == "2022年11月21日"
    assert "2022年11月21日" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_the_search_range_writes_chinese_dates(window, qtbot):
    panel = window.search_dock.open()
    edits = panel.findChildren(QDateEdit)
    assert edits and all(edit.displayFormat() == "yyyy年M月d日" for edit in edits)


def test_backups_of_one_minute_are_told_apart(window, qtbot):
    from bulletin_desktop.gui.archive_tools.backup_dialog import BackupDialog

    dialog = BackupDialog(window)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ui.backupNowButton, Qt.MouseButton.LeftButton)
    first = dialog.ui.backupList.topLevelItem(0).text(0)
    assert re.match(r"\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d:\d\d（", first)


def test_helpers_keep_iso_out_of_the_window():
    assert shown_date("2022-11-21") == "2022年11月21日"
    assert shown_time("2022-11-21 09:05:07") == "2022年11月21日 09:05"
    assert shown_time("2022-11-21T09:05:07", seconds=True) == "2022年11月21日 09:05:07"
    assert shown_date("不是日期") == "不是日期"


def test_one_word_for_the_office_and_one_backup_policy():
    root = ET.parse(devtools.ts_path("zh_CN")).getroot()
    translations = [m.findtext("translation") or "" for m in root.iter("message")]
    assert not any("编发单位" in t for t in translations)
    assert not any("每天第一次打开档案库" in t for t in translations)
    backups = [t for t in translations if "档案库会自动备份" in t]
    assert len(backups) == 2 and all("每小时" in t and "关闭时" in t for t in backups)
