"""Every item of the window's menus can be reached from the keyboard: it has an Alt key in
its menu or a shortcut of its own, and no two actions of the window answer the same keys."""
from __future__ import annotations

from collections import defaultdict

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from test_mnemonics import mnemonic_keys


def _menu_items(menu: QMenu):
    menu.aboutToShow.emit()  # menus filled as they open (the 档案库 menu's states)
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield menu, action
        if action.menu() is not None:
            yield from _menu_items(action.menu())


def test_every_menu_item_has_an_alt_key_or_a_shortcut(window):
    unreachable = [(menu.title(), action.text())
                   for top in window.menuBar().actions() for menu, action in _menu_items(top.menu())
                   if not mnemonic_keys(action.text()) and action.shortcut().isEmpty()]
    assert unreachable == []


def test_the_toolbar_item_has_its_own_letter(window):
    view = window.ui.menuView
    toolbar_item = window.ui.mainToolBar.toggleViewAction()
    assert toolbar_item in view.actions()
    letters = mnemonic_keys(toolbar_item.text())
    assert letters
    others = [key for action in view.actions() if action is not toolbar_item for key in mnemonic_keys(action.text())]
    assert letters[0] not in others


def test_no_two_actions_answer_the_same_keys(window):
    by_keys: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        for keys in action.shortcuts():
            if not keys.isEmpty():
                by_keys[keys.toString(QKeySequence.SequenceFormat.PortableText)].append(action.objectName()
                                                                                         or action.text())
    assert {keys: names for keys, names in by_keys.items() if len(names) > 1} == {}


def test_the_move_item_says_it_also_moves_to_another_issue(window):
    text = window.action_set.move_to_section.text()
    assert window.action_set.move_to_section in window.ui.menuEntries.actions()
    assert mnemonic_keys(text)
    # the source text until the translation has it, 移到栏目或另一期… once it does
    assert "Another Issue" in text or "另一期" in text


def test_the_tree_menu_has_its_own_letters(window):
    """The tree's right-click menu: the 条目 menu's items and 加分标记, each with its letter."""
    from bulletin_desktop.gui.bonus_flags import BonusFlagsMenu

    flags = window.findChildren(BonusFlagsMenu)
    assert len(flags) == 1
    items = [action for action in window.action_set.tree_menu() if action is not None] + [flags[0].menuAction()]
    letters: dict[str, list[str]] = defaultdict(list)
    for action in items:
        keys = mnemonic_keys(action.text())
        assert keys or not action.shortcut().isEmpty(), action.text()
        for key in keys:
            letters[key].append(action.text())
    assert {key: texts for key, texts in letters.items() if len(texts) > 1} == {}
