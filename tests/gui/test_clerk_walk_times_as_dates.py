"""Times the window shows are written as its dates are (2026年12月3日 13:01), not as the
archive keeps them (2026-12-03 13:01:42): the 定稿 banner and the issue list's tooltip."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt

ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
SHOWN = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}")


def test_final_banner_says_since_when_in_chinese_dates(qtbot, window):
    window.archive_tools.finalize.trigger()
    banner = window.archive_tools._final_banner()
    qtbot.waitUntil(banner.isVisible)
    text = banner.label.text()
    assert SHOWN.search(text) and not ISO.search(text), text


def test_issue_list_tooltip_says_when_last_saved_in_chinese_dates(window):
    model = window.ui.issueList.model
    tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert SHOWN.search(tip) and not ISO.search(tip), tip
