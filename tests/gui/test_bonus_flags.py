"""加分标记 from the section tree's context menu, in the real window: the flag is stored for
the entry, the statistics follow, and the menu shows it checked; clearing takes it away."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.stats.scoring import entry_flags
from bulletin_desktop.gui.bonus_flags import BonusFlagsMenu


def _open(menu):
    menu.popup(QPoint(0, 0))  # opening fills it from the scoring table and the entry
    actions = {a.text(): a for a in menu.actions()}
    menu.hide()
    return actions


def test_flag_set_and_cleared_from_the_tree_menu(qtbot, window, archive_path):
    window.show_view("statistics")
    view = window.statistics_dock.content()
    view.set_range(dt.date(2022, 1, 1), dt.date.today())
    entry = next(e for _s, e in window.document.issue.entries() if "舞阳县" in e.text)
    window.save_now()
    before = view.report.row("舞阳县").points

    menu = window.findChild(BonusFlagsMenu)
    assert menu is not None and menu.title() == "加分标记(&F)"
    window.ui.sectionTree.select_uid(window.document.issue.sections[0].uid)
    assert [a.isEnabled() for a in _open(menu).values()] == [False]  # a section: nothing to flag

    assert window.ui.sectionTree.select_uid(entry.uid)
    actions = _open(menu)
    flag = actions["领导批示（加 5 分）"]
    assert flag.isCheckable() and not flag.isChecked()
    flag.trigger()
    with Archive.open(archive_path, readonly=True) as archive:
        assert entry_flags(archive, entry.uid) == {"领导批示"}
    qtbot.waitUntil(lambda: view.report.row("舞阳县").points == before + 5, timeout=5000)

    flag = _open(menu)["领导批示（加 5 分）"]
    assert flag.isChecked()
    flag.trigger()
    qtbot.waitUntil(lambda: view.report.row("舞阳县").points == before, timeout=5000)
    with Archive.open(archive_path, readonly=True) as archive:
        assert entry_flags(archive, entry.uid) == set()
