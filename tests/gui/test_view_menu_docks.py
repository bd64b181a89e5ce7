"""视图 → 期次 / 报头: a dock open behind another tab comes to the front; chosen again while in
front, it is hidden. Each item has a mnemonic."""
from __future__ import annotations

from bulletin_desktop.gui.in_sight import in_sight as in_front


def _item(window, dock):
    return next(a for a in window.ui.menuView.actions() if a.parent() is dock)


def test_a_dock_behind_a_tab_comes_to_the_front(window, qtbot):
    issues, masthead = window.ui.issueListDock, window.ui.mastheadDock
    masthead.raise_()
    qtbot.waitUntil(lambda: in_front(masthead) and not in_front(issues))
    item = _item(window, issues)
    assert item.isChecked() and "(&L)" in item.text()

    item.trigger()
    qtbot.waitUntil(lambda: in_front(issues))
    assert item.isChecked() and not issues.isHidden()

    item.trigger()  # in front: hidden
    qtbot.waitUntil(lambda: issues.isHidden())
    assert not item.isChecked()
    item.trigger()
    qtbot.waitUntil(lambda: in_front(issues))
    assert item.isChecked()
    assert "(&M)" in _item(window, masthead).text()
