"""The keyboard where a new clerk's next key works: at the start in the section tree (it was
on the side dock's tabs, where arrows and Insert do nothing), and after 新建一期 in the tree
on the new issue's first section, so that Insert adds its first entry."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from started_window import started

from bulletin_desktop.core.model import Item


def test_the_keyboard_starts_in_the_section_tree(qtbot, archive_path):
    window = started(qtbot, archive_path, panes_later=True)  # as the program starts
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.ui.sectionTree)
    window.close()


def test_after_a_new_issue_insert_adds_its_first_entry(qtbot, window):
    window.ui.mastheadDock.raise_()
    window.ui.mastheadPanel.setFocus()  # the clerk was in the masthead panel
    toolbar_button = window.ui.mainToolBar.widgetForAction(window.action_set.new_issue)
    qtbot.mouseClick(toolbar_button, Qt.MouseButton.LeftButton)  # 新建一期
    issue = window.document.issue
    assert issue.number == 53
    tree = window.ui.sectionTree
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tree)
    assert tree.current_uid() == issue.sections[0].uid
    qtbot.keyClick(tree, Qt.Key.Key_Insert)
    assert [type(e) for e in issue.sections[0].entries] == [Item]
