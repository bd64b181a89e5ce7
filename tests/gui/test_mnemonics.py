"""Alt+letter: every mnemonic shown at one time in a window is its own, and the menu bar's
letters open the menus (no field label takes them)."""
from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu, QWidget

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic_keys(text: str) -> list[str]:
    """The Alt keys a text offers (``&&`` is a plain ampersand)."""
    return [letter.upper() for letter in _MNEMONIC.findall(text.replace("&&", ""))]


def shown_mnemonics(root: QWidget) -> dict[str, list[str]]:
    """Letter -> the visible labels (with a buddy) and buttons of ``root`` that use it."""
    found: dict[str, list[str]] = defaultdict(list)
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        elif isinstance(widget, QAbstractButton):
            text = widget.text()
        else:
            continue
        for letter in mnemonic_keys(text):
            found[letter].append(text)
    return found


def menu_bar_letters(window) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for action in window.menuBar().actions():
        for letter in mnemonic_keys(action.text()):
            found[letter].append(action.text())
    return found


def assert_unique(window) -> None:
    fields = shown_mnemonics(window)
    menus = menu_bar_letters(window)
    clashes = {letter: texts for letter, texts in fields.items() if len(texts) > 1}
    assert clashes == {}
    assert {letter: texts for letter, texts in menus.items() if len(texts) > 1} == {}
    taken = {letter: (menus[letter], fields[letter]) for letter in fields if letter in menus}
    assert taken == {}, "a field label takes a menu's Alt+letter"


def test_menu_bar_letters_are_the_menus_own(window, qtbot):
    tree = window.ui.sectionTree
    issue = window.document.issue
    first_item = next(entry for _section, entry in issue.entries() if not hasattr(entry, "paragraphs"))
    tree.select_uid(first_item.uid)
    assert window.ui.entryEditor.ui.dateEdit.isVisible()
    assert_unique(window)  # the issue list's tab in front

    window.ui.mastheadDock.raise_()  # the first start's layout
    qtbot.waitUntil(lambda: window.ui.mastheadPanel.isVisible())
    assert_unique(window)

    window.action_set.find.trigger()
    qtbot.waitUntil(lambda: window.ui.findBar.isVisible())
    assert_unique(window)

    window.inbox_dock.open()
    window.statistics_dock.open()
    qtbot.waitUntil(lambda: window.statistics_dock.widget().isVisible())
    assert_unique(window)


def test_each_menu_has_its_own_letters(window):
    for menu in window.menuBar().findChildren(QMenu):
        letters: dict[str, list[str]] = defaultdict(list)
        for action in menu.actions():
            for letter in mnemonic_keys(action.text()):
                letters[letter].append(action.text())
        assert {k: v for k, v in letters.items() if len(v) > 1} == {}, menu.title()


def test_units_dialog_letters_are_unique(window, qtbot):
    from bulletin_desktop.gui.statistics.units_dialog import UnitsDialog

    dialog = UnitsDialog(window.session.archive, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for tab in range(dialog.ui.tabs.count()):
        dialog.ui.tabs.setCurrentIndex(tab)
        found = shown_mnemonics(dialog)
        assert {k: v for k, v in found.items() if len(v) > 1} == {}


def test_the_replace_row_leaves_the_menus_their_letters(window, qtbot):
    """Ctrl+H: 替换 and 全部替换 beside the find field, the menu bar's Alt+R (档案库) still its own."""
    window.action_set.replace.trigger()
    qtbot.waitUntil(lambda: window.ui.findBar.ui.replaceButton.isVisible())
    assert_unique(window)


def test_the_replace_row_beside_the_inbox_and_the_statistics(window, qtbot):
    """Ctrl+H with 来稿 and 采用统计 open under the window: every letter shown is its own."""
    window.show_view("inbox")
    window.show_view("statistics")
    window.action_set.replace.trigger()
    qtbot.waitUntil(lambda: window.ui.findBar.ui.replaceButton.isVisible())
    qtbot.waitUntil(lambda: window.inbox_dock.isVisible() and window.statistics_dock.isVisible())
    assert_unique(window)
