"""Every field label of the masthead panel has an Alt key of its own, as the clerk's
language shows it: none shared within the panel, none taking a menu's letter, none taking
the entry editor's (both panes are in sight together). The Chinese labels have no letters
to mark: their translations give them digits, 期号写法(&1), which no menu or pane uses."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel

from test_mnemonics import assert_unique, menu_bar_letters, mnemonic_keys


def _field_labels(panel) -> list[QLabel]:
    return [label for label in panel.findChildren(QLabel) if label.buddy() is not None]


def test_each_masthead_field_label_has_its_own_alt_key(window, qtbot):
    window.ui.mastheadDock.raise_()
    qtbot.waitUntil(lambda: window.ui.mastheadPanel.isVisible())
    labels = _field_labels(window.ui.mastheadPanel)
    assert len(labels) >= 15
    keys = {label.text(): mnemonic_keys(label.text()) for label in labels}
    assert all(len(found) == 1 for found in keys.values()), keys  # 期号写法, 编印单位, 印数 … had none
    every = [found[0] for found in keys.values()]
    assert len(every) == len(set(every)), keys
    assert not set(every) & set(menu_bar_letters(window)), keys
    editor = [mnemonic_keys(label.text()) for label in _field_labels(window.ui.entryEditor)]
    assert not set(every) & {key for found in editor for key in found}, keys
    assert_unique(window)


def test_alt_and_the_key_goes_to_the_field(window, qtbot):
    from PySide6.QtCore import Qt

    window.ui.mastheadDock.raise_()
    qtbot.waitUntil(lambda: window.ui.mastheadPanel.isVisible())
    office = window.ui.mastheadPanel.ui.officeLabel
    key = mnemonic_keys(office.text())[0]
    qtbot.keyClick(window, key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.ui.mastheadPanel.ui.officeEdit.hasFocus())
