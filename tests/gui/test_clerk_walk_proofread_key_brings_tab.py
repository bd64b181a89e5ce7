"""视图 → 校对 (F7) with the findings open as a tab behind 报头 (where they first go): the tab
comes to the front, as the other docks' items bring theirs, instead of being closed unseen."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from bulletin_desktop.gui.in_sight import in_sight


def _dock(window) -> QDockWidget:
    return window.findChild(QDockWidget, "proofreadDock")


def _opened(window) -> QDockWidget:
    """The findings dock once it is open as a tab: Qt shows a dock it tabifies in a later turn
    of the event loop, so it is there a moment before it is open."""
    dock = _dock(window)
    return dock if dock is not None and window.action_set.proofread_dock.isChecked() else None


def test_f7_brings_the_findings_tab_forward_then_hides_it(window, qtbot):
    toggle = window.action_set.proofread_dock
    qtbot.waitUntil(lambda: _opened(window) is not None)
    dock = _dock(window)
    window.ui.mastheadDock.raise_()  # the first start's layout: 报头 in front, 校对 a tab behind it
    qtbot.waitUntil(lambda: not in_sight(dock))
    assert toggle.isChecked()  # open, behind a tab

    qtbot.keyClick(window, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: in_sight(dock))
    assert toggle.isChecked()

    qtbot.keyClick(window, Qt.Key.Key_F7)  # in front: F7 hides it, as before
    assert not dock.isVisible() and not toggle.isChecked()

    qtbot.keyClick(window, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: in_sight(dock))
    assert toggle.isChecked()


def test_f7_takes_the_keyboard_to_the_findings_and_back(qtbot, window):
    qtbot.waitUntil(lambda: _opened(window) is not None)
    dock = _dock(window)
    window.ui.mastheadDock.raise_()
    issue = window.document.issue
    window.ui.sectionTree.select_uid(issue.sections[0].entries[0].uid)
    window.ui.entryEditor.focus_body()
    qtbot.keyClick(window, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: dock.ui.tree.hasFocus())  # arrows and Enter work in the list at once

    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert not dock.isVisible()
    assert window.ui.entryEditor.active_body().hasFocus()  # back in the text, not wherever Qt moved it
