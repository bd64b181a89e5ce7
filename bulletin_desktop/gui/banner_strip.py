"""The strips above the panes (read-only, unsaved changes, a final issue, the archive free
again): placed one under another in the central column of main_window.ui, and those with
an action laid out alike — the words, then one button at the right."""
from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget


def place_under(anchor: QWidget, strip: QWidget) -> None:
    """``strip`` right under ``anchor`` (a strip already in the central column), above the panes."""
    parent = anchor.parentWidget()
    assert parent is not None
    layout = parent.layout()
    assert isinstance(layout, QBoxLayout)  # the central column of main_window.ui
    if strip.parentWidget() is not parent:
        strip.setParent(parent)
    layout.insertWidget(layout.indexOf(anchor) + 1, strip)


def label_and_button(strip: QWidget, label_name: str, button_text: str, button_name: str) -> tuple[QLabel, QPushButton]:
    """Lay ``strip`` out as a line of words with one button at its right; hidden until shown."""
    strip.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    row = QHBoxLayout(strip)
    row.setContentsMargins(10, 4, 10, 4)
    label = QLabel(strip)
    label.setObjectName(label_name)
    label.setWordWrap(True)
    button = QPushButton(button_text, strip)
    button.setObjectName(button_name)
    row.addWidget(label, 1)
    row.addWidget(button)
    strip.hide()
    return label, button
