"""The docks sharing the side as tabs: an entry dragged from the tree and held over the 期次
tab while 报头 is in front brings the issue list forward, so that it can be dropped on another
issue; the keyboard going into a dock behind a tab brings that dock forward."""
from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent
from PySide6.QtWidgets import QApplication, QTabBar

from bulletin_desktop.gui.in_sight import in_sight


def _side_tab_bar(window) -> QTabBar:
    issues_title = window.ui.issueListDock.windowTitle()
    for bar in window.findChildren(QTabBar):
        if bar.parent() is window and issues_title in [bar.tabText(i) for i in range(bar.count())]:
            return bar
    raise AssertionError("no tab bar holds the 期次 dock")


def _hold_drag_over(bar: QTabBar, index: int, mime) -> None:
    point = QPointF(bar.tabRect(index).center())
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    enter = QDragEnterEvent(point.toPoint(), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(bar, enter)
    move = QDragMoveEvent(point.toPoint(), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(bar, move)


def _an_entry_drag(window):
    issue = window.document.issue
    _section, entry = next(iter(issue.entries()))
    return window.tree_model.mimeData([window.tree_model.index_for_uid(entry.uid)])


def test_holding_an_entry_over_the_issues_tab_brings_the_list_forward(window, qtbot):
    window.ui.mastheadDock.raise_()
    qtbot.waitUntil(lambda: in_sight(window.ui.mastheadDock))
    assert not in_sight(window.ui.issueListDock)
    bar = _side_tab_bar(window)
    issues_tab = [bar.tabText(i) for i in range(bar.count())].index(window.ui.issueListDock.windowTitle())
    _hold_drag_over(bar, issues_tab, _an_entry_drag(window))
    qtbot.waitUntil(lambda: in_sight(window.ui.issueListDock))
    assert not in_sight(window.ui.mastheadDock)


def test_a_tab_bar_made_later_switches_too(window, qtbot):
    """The clerk puts 来稿 on top of 期次: the new tabs switch under a drag as well."""
    window.inbox_dock.open()
    window.tabifyDockWidget(window.ui.issueListDock, window.inbox_dock)
    window.inbox_dock.raise_()
    qtbot.waitUntil(lambda: in_sight(window.inbox_dock))
    bars = [bar for bar in window.findChildren(QTabBar) if bar.parent() is window and bar.isVisible()]
    assert bars and all(bar.changeCurrentOnDrag() and bar.acceptDrops() for bar in bars)


def test_an_alt_key_of_the_masthead_behind_its_tab_brings_it_forward(window, qtbot):
    """Alt+J (报头's 日期) with 期次 in front: the date box takes the keyboard in sight, not
    moved out of the window behind the tab, where the clerk would change the date unseen."""
    assert not in_sight(window.ui.mastheadDock)
    tree = window.ui.sectionTree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    date = window.ui.mastheadPanel.ui.dateEdit
    assert date.hasFocus()
    qtbot.waitUntil(lambda: in_sight(window.ui.mastheadDock))
    assert in_sight(date)


def test_tab_into_the_masthead_behind_its_tab_brings_it_forward(window, qtbot):
    window.ui.mastheadPanel.ui.seriesEdit.setFocus()  # as Tab from the issue list's last button does
    qtbot.waitUntil(lambda: in_sight(window.ui.mastheadDock))
    assert not in_sight(window.ui.issueListDock)
