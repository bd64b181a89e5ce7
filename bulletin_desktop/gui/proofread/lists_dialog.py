"""The clerk's proofreading lists kept in the archive, one tab each: the term list (规范提法 /
禁用词), the findings ignored everywhere and those ignored at one place of the open issue, the
unit spellings answered as not the same unit; and how old a lead date may be. Opened from the
findings dock; the window's form of the ``terms``, ``ignores`` and ``units variants`` commands."""
from __future__ import annotations

import re
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ...core.proofread import KIND_LABELS
from ...core.proofread.archive_checks import max_age_days, set_max_age_days
from ...core.proofread.ignored_here import HereAnchor
from ..forms.ui_proofread_lists_dialog import Ui_ProofreadListsDialog

HereRows = list[tuple[int, HereAnchor]]
RuleRole = Qt.ItemDataRole.UserRole  # the rule's id behind the kind shown, for 取消忽略
ANY_RULE = "*"  # ignored whatever rule finds the text (CheckContext.ignored)
_LISTED_WORD = re.compile(r"^([AB]):")  # a confusable of words.tsv: tier A or B, then the word (B:形式#2)


def rule_label(rule: str) -> str:
    """The kind of finding a rule reports, named as the findings dock names it (错别字, 重复):
    a rule's id (DUP-WORD, B:形式) says nothing to the clerk. An id no list knows (a rule
    of a later version) is shown as it is."""
    if rule == ANY_RULE:
        return QCoreApplication.translate("ProofreadListsDialog", "Any finding")
    from ...core.proofread.lists import read_tsv, rules

    catalogue = rules()
    word = _LISTED_WORD.match(rule)
    if word is not None:
        rule = "T" + word.group(1)  # the rule such a word is found by (TA anywhere, TB in its context)
    if rule in catalogue:
        kind = catalogue[rule].kind
    else:
        kind = next((row["kind"] for row in read_tsv("archive_rules.tsv") if row["id"] == rule), "")
    return KIND_LABELS.get(kind, rule)


class ProofreadListsDialog(QDialog):
    def __init__(self, queries, parent: QWidget | None = None, here: HereRows | None = None,
                 forget_here: Callable[[int], bool] | None = None):
        """``here``: the open issue's places where a finding was ignored, with ``forget_here``
        to show one again (by its id); none without an open issue."""
        super().__init__(parent)
        self.ui = Ui_ProofreadListsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setObjectName("proofreadListsDialog")
        self._queries = queries
        self._forget_here = forget_here
        for table in (ui.terms, ui.ignores, ui.ignoredHere, ui.unitVariants):
            # the columns share the table's width: names and phrases are cut short otherwise
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for wrong, right, note in queries.terms():
            self._add_term_row(wrong, right, note)
        for rule, text in queries.ignores():
            self._add_rule_row(ui.ignores, rule, text)
        # 本处忽略: a finding dismissed at one place; the clerk finds it again by its words
        self._here_ids: list[int] = []
        for row_id, anchor in here or []:
            self._add_rule_row(ui.ignoredHere, anchor.rule, f"{anchor.before}【{anchor.found}】{anchor.after}")
            self._here_ids.append(row_id)
        ui.unignoreHereButton.setEnabled(forget_here is not None and bool(self._here_ids))
        for rare, common in sorted(queries.confirmed_units()):
            self._add_row(ui.unitVariants, [rare, common])
        ui.sameUnitButton.setEnabled(ui.unitVariants.rowCount() > 0)
        ui.maxAgeDays.setValue(max_age_days(queries))
        ui.addTermButton.clicked.connect(lambda: self._add_term_row("", "", ""))
        ui.removeTermButton.clicked.connect(lambda: ui.terms.removeRow(ui.terms.currentRow()))
        ui.unignoreButton.clicked.connect(self._unignore)
        ui.unignoreHereButton.clicked.connect(self._unignore_here)
        ui.sameUnitButton.clicked.connect(self._same_unit)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)

    @staticmethod
    def _add_row(table: QTableWidget, cells: list[str]) -> None:
        row = table.rowCount()
        table.insertRow(row)
        for column, text in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(text))

    @classmethod
    def _add_rule_row(cls, table: QTableWidget, rule: str, text: str) -> None:
        kind = QTableWidgetItem(rule_label(rule))
        kind.setData(RuleRole, rule)
        kind.setToolTip(rule)  # the id, should the clerk ask about a rule by it
        cls._add_row(table, ["", text])
        table.setItem(table.rowCount() - 1, 0, kind)

    def _add_term_row(self, wrong: str, right: str, note: str) -> None:
        self._add_row(self.ui.terms, [wrong, right, note])
        self.ui.terms.setCurrentCell(self.ui.terms.rowCount() - 1, 0)

    def _unignore(self) -> None:
        row = self.ui.ignores.currentRow()
        rule, text = self.ui.ignores.item(row, 0), self.ui.ignores.item(row, 1)
        if rule is not None and text is not None:
            self._queries.remove_ignore(rule.data(RuleRole), text.text())
            self.ui.ignores.removeRow(row)

    def _unignore_here(self) -> None:
        row = self.ui.ignoredHere.currentRow()
        if self._forget_here is None or not 0 <= row < len(self._here_ids):
            return
        self._forget_here(self._here_ids.pop(row))  # at once, as 取消忽略 above: the dialog's OK is for the term list
        self.ui.ignoredHere.removeRow(row)
        self.ui.unignoreHereButton.setEnabled(bool(self._here_ids))

    def _same_unit(self) -> None:
        row = self.ui.unitVariants.currentRow()
        rare, common = self.ui.unitVariants.item(row, 0), self.ui.unitVariants.item(row, 1)
        if rare is None or common is None:
            return
        self._queries.forget_unit(rare.text(), common.text())  # at once, as 取消忽略: OK is for the term list
        self.ui.unitVariants.removeRow(row)
        self.ui.sameUnitButton.setEnabled(self.ui.unitVariants.rowCount() > 0)

    def term_rows(self) -> list[tuple[str, str, str]]:
        def cell(row: int, column: int) -> str:
            item = self.ui.terms.item(row, column)
            return item.text().strip() if item is not None else ""
        return [(cell(r, 0), cell(r, 1), cell(r, 2)) for r in range(self.ui.terms.rowCount()) if cell(r, 0)]

    def accept(self) -> None:
        self._queries.set_terms(self.term_rows())
        if self.ui.maxAgeDays.value() != max_age_days(self._queries):
            set_max_age_days(self._queries, self.ui.maxAgeDays.value())
        super().accept()
