"""单位名录与计分办法: the window form of ``units`` and ``scoring``. Every change is one
archive transaction; the archive's notice refreshes the inbox and the statistics."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDoubleSpinBox, QInputDialog, QMessageBox, QTableWidgetItem, QWidget

from ...core.archive import Archive
from ...core.errors import BulletinError
from ...core.stats import list_scoring, set_points
from ...core.units import registry
from ..forms.ui_units_dialog import Ui_UnitsDialog


class UnitsDialog(QDialog):
    def __init__(self, archive: Archive, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_UnitsDialog()
        self.ui.setupUi(self)
        self.archive = archive
        ui = self.ui
        ui.buttonBox.rejected.connect(self.reject)
        ui.addButton.clicked.connect(self.add_unit)
        ui.renameButton.clicked.connect(self.rename_unit)
        ui.mergeButton.clicked.connect(self.merge_unit)
        ui.similarButton.clicked.connect(self.merge_similar)
        ui.undoMergeButton.clicked.connect(self.undo_merge)
        # the merges made here, the last one last: a merge picked by mistake (the row above the
        # one meant) is taken back at once; an older one, made here or before, is picked from
        # the archive's record of merges
        self._merges: list[int] = []
        ui.aliasesButton.clicked.connect(self.edit_aliases)
        ui.categoryButton.clicked.connect(self.set_category)
        ui.retireButton.clicked.connect(self.retire_unit)
        ui.addFlagButton.clicked.connect(self.add_flag)
        for button in (ui.addButton, ui.renameButton, ui.mergeButton, ui.similarButton, ui.aliasesButton,
                       ui.categoryButton, ui.retireButton, ui.addFlagButton):
            button.setEnabled(not archive.readonly)
        self.reload()
        self._show_undo()

    def reload(self) -> None:
        units = registry.list_units(self.archive)
        table = self.ui.unitsTable
        table.clear()
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("Unit"), self.tr("Category"), self.tr("Also written as"),
                                         self.tr("In use")])
        table.setRowCount(len(units))
        for row, unit in enumerate(units):
            values = (unit.name, unit.category, "、".join(unit.aliases), self.tr("yes") if unit.active else self.tr("retired"))
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        rules = list_scoring(self.archive)
        scoring = self.ui.scoringTable
        scoring.clear()
        scoring.setColumnCount(2)
        scoring.setHorizontalHeaderLabels([self.tr("Counts for"), self.tr("Points")])
        scoring.setRowCount(len(rules))
        for row, rule in enumerate(rules):
            label = QTableWidgetItem(rule.label)
            label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
            scoring.setItem(row, 0, label)
            spin = QDoubleSpinBox()
            spin.setRange(0, 1000)
            spin.setDecimals(1)
            spin.setValue(rule.points)
            spin.setEnabled(not self.archive.readonly)
            spin.valueChanged.connect(lambda value, key=rule.key: self._set_points(key, value))
            scoring.setCellWidget(row, 1, spin)
        scoring.resizeColumnsToContents()

    def _show_undo(self) -> None:
        from ...core.units.merges import list_merges

        self.ui.mergeNote.setVisible(False)  # (said of the merge just made: any later change takes it away)

        self.ui.undoMergeButton.setEnabled(not self.archive.readonly and bool(list_merges(self.archive,
                                                                                       include_undone=False)))

    def chosen(self) -> str:
        row = self.ui.unitsTable.currentRow()
        item = self.ui.unitsTable.item(row, 0) if row >= 0 else None
        return item.text() if item is not None else ""

    def _run(self, change) -> bool:
        try:
            unit = change()
        except BulletinError as exc:
            from ..dialogs import show_error

            show_error(self, self.windowTitle(), exc)
            return False
        self.reload()
        self._show_undo()
        if isinstance(unit, registry.Unit):  # the unit changed stays chosen, for the next change to it
            self._choose(unit.name)
        return True

    def _choose(self, name: str) -> None:
        table = self.ui.unitsTable
        row = next((r for r in range(table.rowCount()) if table.item(r, 0).text() == name), -1)
        if row >= 0:
            table.selectRow(row)

    def _set_points(self, key: str, value: float) -> None:
        try:
            set_points(self.archive, key, value)
        except BulletinError as exc:
            from ..dialogs import show_error

            show_error(self, self.windowTitle(), exc)

    def add_unit(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add Unit"), self.tr("Name of the unit:"))
        if not ok or not name.strip():
            return
        # the clerk's own categories offered too, the one the unit would get first chosen
        offered = registry.categories_in_use(self.archive)
        suggested = registry.category_for(self.archive, name)
        offered = offered if suggested in offered else [suggested, *offered]
        category, ok = QInputDialog.getItem(self, self.tr("Add Unit"), self.tr("Category:"), offered,
                                            offered.index(suggested), True)
        if ok:
            self._run(lambda: registry.add_unit(self.archive, name, category=category))

    def rename_unit(self) -> None:
        old = self.chosen()
        if not old:
            return
        new, ok = QInputDialog.getText(self, self.tr("Rename Unit"),
                                       self.tr("New name (the old one stays as another way of writing it):"), text=old)
        if not ok or not new.strip() or new.strip() == old:
            return
        known = registry.find_unit(self.archive, new)
        if known is None or known.name == old:
            if self._run(lambda: registry.rename_unit(self.archive, old, new)):
                self._say_still_printed([old], new.strip())
            return
        # renamed by a reform after the new name was registered (县安监局 → 县应急管理局): one unit
        answer = QMessageBox.question(
            self, self.tr("Rename Unit"),
            self.tr("{new} is already in the registry. If {old} is now called so (an office renamed by a reform), "
                    "merge {old} into {new}: its names stay as other ways of writing it, and its submissions, "
                    "entries and points move there.\n\nMerge {old} into {new}?").format(old=old, new=known.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._merge(old, known.name)

    def merge_unit(self) -> None:
        source = self.chosen()
        if not source:
            return
        from ...core.units.same_unit import likely_targets

        likely = likely_targets(self.archive, source)  # offered first, the likeliest chosen
        others = likely + [u.name for u in registry.list_units(self.archive) if u.name != source and u.name not in likely]
        target, ok = QInputDialog.getItem(self, self.tr("Merge Units"),
                                          self.tr("Count {unit} as part of:").format(unit=source), others, 0, False)
        if ok and target:
            self._merge(source, target)

    def merge_similar(self) -> None:
        """The units that look like one (as units similar lists them): the chosen pair is merged."""
        from ...core.units.same_unit import likely_same

        pairs = likely_same(self.archive)
        if not pairs:
            QMessageBox.information(self, self.tr("Likely the Same Unit"),
                                    self.tr("No two units in the registry look like one."))
            return
        shown = [self.tr("{source} → {target} ({reason})").format(source=p.source, target=p.target, reason=p.reason)
                 for p in pairs]
        chosen, ok = QInputDialog.getItem(self, self.tr("Likely the Same Unit"),
                                          self.tr("Merge the first into the second (its names, submissions and "
                                                  "entries move there):"), shown, 0, False)
        if ok and chosen in shown:
            pair = pairs[shown.index(chosen)]
            self._merge(pair.source, pair.target)

    def _merge(self, source: str, target: str) -> None:
        def merge() -> registry.Unit:
            from ...core.units.merges import merge_units

            unit, record = merge_units(self.archive, source, target)
            self._merges.append(record.id)
            return unit

        if self._run(merge):
            from ...core.units.merges import list_merges, merged_names

            record = next(m for m in list_merges(self.archive, include_undone=False) if m.id == self._merges[-1])
            self._say_still_printed(merged_names(record), record.target)

    def _say_still_printed(self, names: list[str], target: str) -> None:
        """Under the table: the issues that still print a name merged away or renamed (a
        misspelt name's entries, adopted before the clerk corrected it), to correct or not."""
        from ...core.units.merges import still_printed, still_printed_note

        note = still_printed_note(still_printed(self.archive, names), target)
        self.ui.mergeNote.setText(note)
        self.ui.mergeNote.setVisible(bool(note))

    def undo_merge(self) -> None:
        """Take back the last merge made in this dialog; without one still standing, the
        clerk picks one of the merges recorded in the archive (the latest first)."""
        from ...core.units.merges import list_merges, undo_merge

        standing = list_merges(self.archive, include_undone=False)
        if not standing:
            return
        record = next((m for m in standing if self._merges and m.id == self._merges[-1]), None)
        if record is None:
            shown = [self.tr("No. {id}, {when}: {source} → {target} ({moved})").format(
                id=m.id, when=m.merged_at, source=m.source, target=m.target, moved=m.moved_text()) for m in standing]
            chosen, ok = QInputDialog.getItem(
                self, self.tr("Undo Merge"), self.tr("Take back this merge (the unit merged away comes back with "
                                                     "its names, submissions and entries):"), shown, 0, False)
            if not ok or chosen not in shown:
                return
            record = standing[shown.index(chosen)]
        if self._run(lambda: undo_merge(self.archive, record.id)) and record.id in self._merges:
            self._merges.remove(record.id)

    def edit_aliases(self) -> None:
        """The unit's other names as one line, 、 between them: names added are registered,
        names left out are taken away, in one change."""
        name = self.chosen()
        unit = registry.find_unit(self.archive, name) if name else None
        if unit is None:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Also Written As"),
            self.tr("Other ways of writing {unit}, separated by 、:").format(unit=unit.name), text="、".join(unit.aliases))
        if not ok:
            return
        wanted = [a for a in re.split(r"[、，,；;\s]+", text) if a]
        self._run(lambda: registry.change_aliases(self.archive, unit.name, add=[a for a in wanted if a not in unit.aliases],
                                                  remove=[a for a in unit.aliases if a not in wanted]))

    def set_category(self) -> None:
        name = self.chosen()
        if not name:
            return
        offered = registry.categories_in_use(self.archive)
        current = registry.find_unit(self.archive, name)
        at = offered.index(current.category) if current is not None and current.category in offered else 0
        category, ok = QInputDialog.getItem(self, self.tr("Category"), name, offered, at, True)
        if not ok:
            return
        old = current.category if current is not None else ""
        others = [u for u in registry.list_units(self.archive) if u.category == old and u.name != name]
        # a name of the clerk's own typed for a category others are in too: the category renamed
        # (县区 called 旗市区), or this unit alone moved
        if others and category.strip() and category.strip() != old and category.strip() not in offered:
            answer = QMessageBox.question(
                self, self.tr("Category"),
                self.tr("Also put the other {count} units in {old} into {new}? Units registered later at the same "
                        "level go there too.").format(count=len(others), old=old, new=category.strip()),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
            if answer == QMessageBox.StandardButton.Yes:
                if self._run(lambda: registry.rename_category(self.archive, old, category)):
                    self._choose(name)
                return
        self._run(lambda: registry.set_category(self.archive, name, category))

    def retire_unit(self) -> None:
        name = self.chosen()
        if name:
            self._run(lambda: registry.retire_unit(self.archive, name))

    def add_flag(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add a Bonus"), self.tr("Name of the bonus (e.g. 领导批示):"))
        if not ok or not name.strip():
            return
        points, ok = QInputDialog.getDouble(self, self.tr("Add a Bonus"), self.tr("Points:"), 5, 0, 1000, 1)
        if ok:
            self._run(lambda: set_points(self.archive, f"flag:{name.strip()}", points, name.strip()))
