"""Alt+key for every field label of a panel: a label whose text (as translated) has no
mnemonic gets the first digit no other label of the panel uses, written as Chinese labels
write their letters: 期号写法(&1). Digits, because the window's menus and panes already use
nearly every letter; a translation that gives the label a letter of its own is kept."""
from __future__ import annotations

import re
from typing import Iterable

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic_keys(text: str) -> list[str]:
    """The Alt keys a text offers (``&&`` is a plain ampersand)."""
    return [key.upper() for key in _MNEMONIC.findall(text.replace("&&", ""))]


def keys_in(root: QWidget) -> set[str]:
    """The Alt keys used by ``root``'s labels with a buddy, buttons and group boxes, shown or not."""
    keys: set[str] = set()
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            keys.update(mnemonic_keys(widget.text()))
        elif isinstance(widget, QAbstractButton):
            keys.update(mnemonic_keys(widget.text()))
        elif isinstance(widget, QGroupBox):
            keys.update(mnemonic_keys(widget.title()))
    return keys


def give_missing_keys(root: QWidget, labels: Iterable[QLabel] | None = None) -> None:
    """Each label of ``root`` with a buddy and no Alt key (or each of ``labels``) gets a
    free digit, in the order given (the form's order)."""
    taken = keys_in(root)
    free = (digit for digit in "123456789" if digit not in taken)
    for label in labels if labels is not None else root.findChildren(QLabel):
        if label.buddy() is None or mnemonic_keys(label.text()):
            continue
        digit = next(free, None)
        if digit is None:
            return
        label.setText(f"{label.text()}(&{digit})")
