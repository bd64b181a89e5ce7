"""The clerk's proofreading lists kept in the archive, one tab each: the term list (规范提法 /
禁用词), the findings ignored everywhere and those ignored at one place of the open issue, the
unit spellings answered as not the same unit; and how old a lead date may be. Opened from the
findings dock; the window's form of the ``terms``, ``ignores`` and ``units variants`` commands."""
from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem,
    QTabWidget, QVBoxLayout, QWidget,
)

from ...core.proofread.archive_checks import max_age_days, set_max_age_days
from ...core.proofread.ignored_here import HereAnchor

HereRows = list[tuple[int, HereAnchor]]


class ProofreadListsDialog(QDialog):
    def __init__(self, queries, parent: QWidget | None = None, here: HereRows | None = None,
                 forget_here: Callable[[int], bool] | None = None):
        """``here``: the open issue's places where a finding was ignored, with ``forget_here``
        to show one again (by its id); none without an open issue."""
        super().__init__(parent)
        self.setObjectName("proofreadListsDialog")
        self.setWindowTitle(self.tr("Term list and ignored findings"))
        self._queries = queries
        self._forget_here = forget_here
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)

        terms = self._tab(self.tr("Terms"))
        terms.addWidget(QLabel(self.tr("Terms: a form to flag, the form to use (empty for a banned word), a note."),
                               self))
        self.terms = _table(self, [self.tr("Form"), self.tr("Use instead"), self.tr("Note")])
        for wrong, right, note in queries.terms():
            self._add_term_row(wrong, right, note)
        terms.addWidget(self.terms, 1)
        self.addTermButton = QPushButton(self.tr("Add term"), self)
        self.removeTermButton = QPushButton(self.tr("Remove term"), self)
        terms.addLayout(_buttons(self.addTermButton, self.removeTermButton))

        ignored = self._tab(self.tr("Ignored findings"))
        ignored.addWidget(QLabel(self.tr("Ignored everywhere:"), self))
        self.ignores = _table(self, [self.tr("Rule"), self.tr("Text")])
        for rule, text in queries.ignores():
            self._add_row(self.ignores, [rule, text])
        ignored.addWidget(self.ignores, 1)
        self.unignoreButton = QPushButton(self.tr("Stop ignoring"), self)
        ignored.addLayout(_buttons(self.unignoreButton))
        # 本处忽略: a finding dismissed at one place; the clerk finds it again by its words
        ignored.addWidget(QLabel(self.tr("Ignored at one place of this issue:"), self))
        self.ignoredHere = _table(self, [self.tr("Rule"), self.tr("Where")])
        self._here_ids: list[int] = []
        for row_id, anchor in here or []:
            self._add_row(self.ignoredHere, [anchor.rule, f"{anchor.before}【{anchor.found}】{anchor.after}"])
            self._here_ids.append(row_id)
        ignored.addWidget(self.ignoredHere, 1)
        self.unignoreHereButton = QPushButton(self.tr("Show it again here"), self)
        self.unignoreHereButton.setEnabled(forget_here is not None and bool(self._here_ids))
        ignored.addLayout(_buttons(self.unignoreHereButton))

        units = self._tab(self.tr("Unit spellings"))
        units.addWidget(QLabel(self.tr("Two spellings answered as two different units (not flagged any more):"), self))
        self.unitVariants = _table(self, [self.tr("Spelling"), self.tr("Not the same unit as")])
        for rare, common in sorted(queries.confirmed_units()):
            self._add_row(self.unitVariants, [rare, common])
        units.addWidget(self.unitVariants, 1)
        self.sameUnitButton = QPushButton(self.tr("They are the same unit"), self)
        self.sameUnitButton.setToolTip(self.tr("Proofreading will suggest the common spelling again."))
        self.sameUnitButton.setEnabled(self.unitVariants.rowCount() > 0)
        units.addLayout(_buttons(self.sameUnitButton))

        age = QHBoxLayout()
        age.addWidget(QLabel(self.tr("Flag an entry whose lead date is more than"), self))
        self.maxAgeDays = QSpinBox(self)
        self.maxAgeDays.setRange(1, 3650)
        self.maxAgeDays.setValue(max_age_days(queries))
        age.addWidget(self.maxAgeDays)
        age.addWidget(QLabel(self.tr("days before the issue date"), self))
        age.addStretch(1)
        layout.addLayout(age)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout.addWidget(buttons)
        self.addTermButton.clicked.connect(lambda: self._add_term_row("", "", ""))
        self.removeTermButton.clicked.connect(lambda: self.terms.removeRow(self.terms.currentRow()))
        self.unignoreButton.clicked.connect(self._unignore)
        self.unignoreHereButton.clicked.connect(self._unignore_here)
        self.sameUnitButton.clicked.connect(self._same_unit)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.resize(560, 480)

    def _tab(self, title: str) -> QVBoxLayout:
        page = QWidget(self.tabs)
        self.tabs.addTab(page, title)
        return QVBoxLayout(page)

    @staticmethod
    def _add_row(table: QTableWidget, cells: list[str]) -> None:
        row = table.rowCount()
        table.insertRow(row)
        for column, text in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(text))

    def _add_term_row(self, wrong: str, right: str, note: str) -> None:
        self._add_row(self.terms, [wrong, right, note])
        self.terms.setCurrentCell(self.terms.rowCount() - 1, 0)

    def _unignore(self) -> None:
        row = self.ignores.currentRow()
        rule, text = self.ignores.item(row, 0), self.ignores.item(row, 1)
        if rule is not None and text is not None:
            self._queries.remove_ignore(rule.text(), text.text())
            self.ignores.removeRow(row)

    def _unignore_here(self) -> None:
        row = self.ignoredHere.currentRow()
        if self._forget_here is None or not 0 <= row < len(self._here_ids):
            return
        self._forget_here(self._here_ids.pop(row))  # at once, as 取消忽略 above: the dialog's OK is for the term list
        self.ignoredHere.removeRow(row)
        self.unignoreHereButton.setEnabled(bool(self._here_ids))

    def _same_unit(self) -> None:
        row = self.unitVariants.currentRow()
        rare, common = self.unitVariants.item(row, 0), self.unitVariants.item(row, 1)
        if rare is None or common is None:
            return
        self._queries.forget_unit(rare.text(), common.text())  # at once, as 取消忽略: OK is for the term list
        self.unitVariants.removeRow(row)
        self.sameUnitButton.setEnabled(self.unitVariants.rowCount() > 0)

    def term_rows(self) -> list[tuple[str, str, str]]:
        def cell(row: int, column: int) -> str:
            item = self.terms.item(row, column)
            return item.text().strip() if item is not None else ""
        return [(cell(r, 0), cell(r, 1), cell(r, 2)) for r in range(self.terms.rowCount()) if cell(r, 0)]

    def accept(self) -> None:
        self._queries.set_terms(self.term_rows())
        if self.maxAgeDays.value() != max_age_days(self._queries):
            set_max_age_days(self._queries, self.maxAgeDays.value())
        super().accept()


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    """A table whose columns share its width (names and phrases are cut short otherwise)."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    return table


def _buttons(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
