"""Long lists chosen by typing part of an entry: the search's unit and section filters (the
units and section titles of years of issues). In a plain combo box the clerk's input method
types nothing, and eighty units are a long scroll. (Not for a dialog's choice: Enter there
also presses the default button, on the entry typed or on the one gone back to.)"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QCompleter


def typed_choice(combo: QComboBox) -> None:
    """Make ``combo`` a list chosen by typing part of an entry: what is typed picks the entry
    it names, or the only one holding it; nothing typed picks the first entry (“all”, “this
    issue”); anything else goes back to the choice before. The popup offers the entries
    holding what is typed."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer, edit = combo.completer(), combo.lineEdit()
    assert completer is not None and edit is not None  # an editable combo box has both
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    edit.editingFinished.connect(lambda: settle(combo))
    combo.installEventFilter(_SelectOnEntry(combo))  # (the combo box takes the focus for its line edit)


class _SelectOnEntry(QObject):
    """Coming into the box selects its text (“全部单位”), so that typing replaces it rather than
    adding to it; after the click that brought the focus has placed the cursor."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        edit = watched.lineEdit() if isinstance(watched, QComboBox) else None
        if event.type() == QEvent.Type.FocusIn and edit is not None:
            QTimer.singleShot(0, edit.selectAll)
        return False


def settle(combo: QComboBox) -> None:
    text = combo.currentText().strip()
    found = combo.findText(text) if text else 0
    if found < 0:
        holding = [row for row in range(1, combo.count()) if text in combo.itemText(row)]
        found = holding[0] if len(holding) == 1 else combo.currentIndex()
    if found != combo.currentIndex():
        combo.setCurrentIndex(found)
    else:
        combo.setEditText(combo.itemText(found))
