"""Every field label of the masthead panel has an Alt key of its own, as the clerk's
language shows it: none shared within the panel, none taking a menu's letter, none taking
the entry editor's (both panes are in sight together)."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel

from bulletin_desktop.gui.mnemonics import give_missing_keys, keys_in, mnemonic_keys
from test_mnemonics import assert_unique, menu_bar_letters


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
    assert not set(every) & keys_in(window.ui.entryEditor), keys
    assert_unique(window)


def test_alt_and_the_key_goes_to_the_field(window, qtbot):
    from PySide6.QtCore import Qt

    window.ui.mastheadDock.raise_()
    qtbot.waitUntil(lambda: window.ui.mastheadPanel.isVisible())
    office = window.ui.mastheadPanel.ui.officeLabel
    key = mnemonic_keys(office.text())[0]
    qtbot.keyClick(window, key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.ui.mastheadPanel.ui.officeEdit.hasFocus())


def test_a_label_with_a_key_keeps_it_and_the_rest_get_free_ones(qtbot):
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    panel = QWidget()
    qtbot.addWidget(panel)
    layout = QVBoxLayout(panel)
    texts = ["日期(&1)", "单位", "备注", "编号(&B)"]
    for text in texts:
        label, field = QLabel(text), QLineEdit()
        label.setBuddy(field)
        layout.addWidget(label)
        layout.addWidget(field)
    give_missing_keys(panel)
    assert [label.text() for label in _field_labels(panel)] == ["日期(&1)", "单位(&2)", "备注(&3)", "编号(&B)"]
