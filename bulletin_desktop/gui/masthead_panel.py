"""The masthead panel: bulletin, issue number and how the issue line writes it, special series,
date, office, the marks above the name, sign-off, distribution and the print run.

The bulletin (刊物) field renames the open issue's bulletin once, when the clerk leaves
it or presses Enter, asking first when the bulletin has other issues (every one of them
prints the name); the button beside it puts the issue in
another bulletin of the archive (``seriesChosen``) or offers "New bulletin…".

Each edit is reported as ``mastheadEdited(field, value)`` with the whole new value of
that field; the window makes it an undo command. A widget is reloaded from the issue
only when what it shows *means* something else, so that a space typed between two
names is not taken away while the clerk types.
"""
from __future__ import annotations


from typing import Callable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QHBoxLayout, QMenu, QSpinBox, QToolButton, QWidget

from ..core.model import (
    MARKING_MAX, NUMBER_FORMS, DistributionLine, Issue, Series, Signoff, Special, YearNumber, number_form, number_line,
    split_names, split_roles, year_number_in_form,
)
from ..core.positions import Position, issue_field_text, utf16_offset
from .field_edit import FieldLineEdit, route_undo_keys, set_line_text, show_readonly
from .forms.ui_masthead_panel import Ui_MastheadPanel
from .models.issue_document import IssueDocument


# The number-form list's rows are the model's NUMBER_FORMS, in its order (the .ui's items).


def number_form_row(year_number: YearNumber | None) -> int:
    return NUMBER_FORMS.index(number_form(year_number))


TAKEN_NUMBER_STYLE = "QSpinBox { color: #c00000; border: 1px solid #c00000; }"

class _LabelCombo(QComboBox):
    """The labels (报, 送, 发 …) are the text format's; they are offered once the clerk goes
    to the field, so showing an issue does not load the text format's rules."""

    def _offer_labels(self) -> None:
        if self.count():
            return
        from ..core.textformat import DISTRIBUTION_LABELS

        text = self.currentText()
        self.blockSignals(True)
        self.addItems(list(DISTRIBUTION_LABELS))
        self.setCurrentIndex(self.findText(text))
        self.setEditText(text)
        self.blockSignals(False)

    def focusInEvent(self, event) -> None:
        self._offer_labels()
        super().focusInEvent(event)

    def showPopup(self) -> None:
        self._offer_labels()
        super().showPopup()


class DistributionRow(QWidget):
    changed = Signal()
    removeRequested = Signal(QWidget)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = _LabelCombo(self)
        self.label.setEditable(True)
        self.label.setMinimumContentsLength(3)
        self.label.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.label.setToolTip(self.tr("Label: 报 (superiors), 送 (peers and leaders), 发 (subordinates) …"))
        self.text = FieldLineEdit(self)
        self.text.setPlaceholderText(self.tr("Recipients"))
        self.remove = QToolButton(self)
        self.remove.setText(self.tr("Remove"))
        self.remove.setToolTip(self.tr("Remove this distribution line"))
        self.remove.setAutoRaise(True)
        layout.addWidget(self.label)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.remove)
        route_undo_keys(self, self.label)
        self.label.currentTextChanged.connect(lambda _text: self.changed.emit())
        self.text.textEdited.connect(lambda _text: self.changed.emit())
        self.remove.clicked.connect(lambda: self.removeRequested.emit(self))

    def value(self) -> DistributionLine:
        return DistributionLine(self.label.currentText().strip(), self.text.text().strip())

    def set_value(self, line: DistributionLine) -> None:
        if self.value() == line:
            return
        blocked = self.label.blockSignals(True)
        self.label.setCurrentText(line.label)
        self.label.blockSignals(blocked)
        set_line_text(self.text, line.text)

    def set_readonly(self, readonly: bool) -> None:
        self.label.setEnabled(not readonly)
        self.text.setReadOnly(readonly)
        self.remove.setVisible(not readonly)


class MastheadPanel(QWidget):
    mastheadEdited = Signal(str, object)  # field, new value
    seriesChosen = Signal(int, str)  # the archive's series id and name the issue moves to
    saveDefaultsRequested = Signal()
    leaveRequested = Signal()  # Esc: back to editing the entries, as from the entry editor

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MastheadPanel()
        self.ui.setupUi(self)
        self._doc: IssueDocument | None = None
        self._rows: list[DistributionRow] = []
        self._loading = False
        self._list_series: Callable[[], list[Series]] = list
        self._extra_series_actions: list[QAction] = []
        self._series_counts: Callable[[int], tuple[int, int]] = lambda _series_id: (0, 0)
        self._asking = False  # the rename question is up: the field losing focus to it is no edit
        self._special_tip: str | None = None  # the 专刊期号 box's own tooltip (see _special)
        self.series_menu = QMenu(self)
        self.series_menu.aboutToShow.connect(self._fill_series_menu)
        self.ui.seriesButton.setMenu(self.series_menu)
        self.ui.dateEdit.setKeyboardTracking(False)
        u = self.ui
        route_undo_keys(self, u.numberSpin, u.numberYearSpin, u.yearNumberSpin, u.specialNumberSpin, u.dateEdit,
                        u.printCopiesSpin)
        u.seriesEdit.editingFinished.connect(self._rename_series)
        self._form_names = [u.numberFormCombo.itemText(row) for row in range(u.numberFormCombo.count())]
        for spin in (u.numberSpin, u.numberYearSpin, u.yearNumberSpin):
            spin.valueChanged.connect(lambda _value: self._show_form_examples())
        u.numberSpin.valueChanged.connect(lambda value: self._emit("number", int(value)))
        u.numberFormCombo.currentIndexChanged.connect(lambda _row: self._emit("year_number", self._year_number()))
        u.numberYearSpin.valueChanged.connect(lambda _value: self._emit("year_number", self._year_number()))
        u.yearNumberSpin.valueChanged.connect(lambda _value: self._emit("year_number", self._year_number()))
        u.printCopiesSpin.valueChanged.connect(lambda value: self._emit("print_copies", int(value) or None))
        u.specialNameEdit.textEdited.connect(lambda _text: self._emit("special", self._special()))
        u.specialNumberSpin.valueChanged.connect(lambda _value: self._emit("special", self._special()))
        u.dateEdit.dateChanged.connect(lambda date: self._emit("date", date.toPython()))
        u.officeEdit.textEdited.connect(lambda text: self._emit("office", text.strip()))
        u.markingEdit.setMaxLength(MARKING_MAX)
        u.markingEdit.textEdited.connect(lambda text: self._emit("marking", text.strip()))
        for edit in (u.editorsEdit, u.reviewersEdit, u.signersEdit, u.othersEdit):
            edit.textEdited.connect(lambda _text: self._emit("signoff", self._signoff()))
        u.othersEdit.editingFinished.connect(self._settle_roles)
        u.addDistributionButton.clicked.connect(self._add_line)
        u.saveDefaultsButton.clicked.connect(self.saveDefaultsRequested)
        leave = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        leave.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        leave.activated.connect(self._leave)
        self.setEnabled(False)

    def _leave(self) -> None:
        """Esc: a number, date or bulletin name typed but not yet taken is dropped (Esc is no
        Enter: 5 on the way to 53 must not become the 期号 as the box is left, nor a name half
        typed rename the bulletin), then the keyboard goes back."""
        box = QApplication.focusWidget()
        issue = self._doc.issue if self._doc is not None else None
        if isinstance(box, QSpinBox):
            box.setValue(box.value())  # the value taken, shown again
        elif isinstance(box, QDateEdit):
            box.setDate(box.date())
        elif self.ui.seriesEdit.hasFocus() and issue is not None:  # a rename is made on leaving: Esc cancels it
            set_line_text(self.ui.seriesEdit, issue.series)
        self.leaveRequested.emit()

    def commit_typing(self) -> None:
        """A number or date typed but not yet taken (the boxes take it on Enter or on leaving,
        not per key, so that 5 on the way to 53 is never another issue's number) is taken now:
        Ctrl+S or Ctrl+N saves without moving the focus."""
        u = self.ui
        for box in (u.numberSpin, u.numberYearSpin, u.yearNumberSpin, u.specialNumberSpin, u.dateEdit,
                    u.printCopiesSpin):
            if box.hasFocus():
                box.interpretText()

    def set_document(self, doc: IssueDocument) -> None:
        self._doc = doc
        doc.issueReplaced.connect(self.refresh)
        doc.mastheadChanged.connect(lambda _field: self.refresh())

    def set_series_source(self, list_series: Callable[[], list[Series]], extra_actions: list[QAction]) -> None:
        """Where the bulletin menu reads the archive's series, and what it offers below them."""
        self._list_series = list_series
        self._extra_series_actions = list(extra_actions)

    def set_series_counts(self, counts: Callable[[int], tuple[int, int]]) -> None:
        """Where the rename question reads how many issues a bulletin has, and how many are final."""
        self._series_counts = counts

    def _rename_series(self) -> None:
        """The bulletin renamed once, when the clerk leaves the field or presses Enter, not at
        each keystroke: the name is every issue's. With other issues, the clerk is asked first;
        cancelled, or left empty, the field shows the name again."""
        issue = self._doc.issue if self._doc is not None else None
        edit = self.ui.seriesEdit
        if issue is None or self._loading or self._asking or edit.isReadOnly():
            return
        new = edit.text().strip()
        if new == issue.series:
            return
        if new and self._rename_confirmed(issue, new):
            self._emit("series", new)
        else:
            set_line_text(edit, issue.series)

    def _rename_confirmed(self, issue: Issue, new: str) -> bool:
        count, final = self._series_counts(issue.series_id) if issue.series_id is not None else (0, 0)
        if count <= 1:
            return True
        if final:
            text = self.tr("The bulletin “{old}” has {count} issues; renamed “{new}”, they all print the new name "
                           "(its {final} final issues still print the name they were finalized with).")
        else:
            text = self.tr("The bulletin “{old}” has {count} issues; renamed “{new}”, they all print the new name.")
        from PySide6.QtWidgets import QMessageBox  # only here: importing it builds its enums, ~2 ms at start-up

        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Rename the Bulletin"),
                          text.format(old=issue.series, new=new, count=count, final=final),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("renameSeriesBox")
        rename = box.addButton(self.tr("Rename"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(rename)
        self._asking = True
        try:
            box.exec()
        finally:
            self._asking = False
            box.deleteLater()
        return box.clickedButton() is rename

    def _fill_series_menu(self) -> None:
        menu = self.series_menu
        menu.clear()
        issue = self._doc.issue if self._doc is not None else None
        editable = issue is not None and not self._doc.readonly  # type: ignore[union-attr]
        for series in self._list_series():
            action = menu.addAction(series.name)
            action.setCheckable(True)
            action.setChecked(issue is not None and series.id == issue.series_id)
            action.setEnabled(editable)
            action.triggered.connect(lambda _checked=False, s=series: self._choose(s))
        if self._extra_series_actions:
            menu.addSeparator()
            menu.addActions(self._extra_series_actions)

    def _choose(self, series: Series) -> None:
        issue = self._doc.issue if self._doc is not None else None
        if issue is not None and series.id is not None and series.id != issue.series_id:
            self.seriesChosen.emit(series.id, series.name)

    # -- values the widgets stand for --------------------------------------------------

    def _special(self) -> Special | None:
        name = self.ui.specialNameEdit.text().strip()
        spin = self.ui.specialNumberSpin
        spin.setEnabled(bool(name) and not self.ui.specialNameEdit.isReadOnly())
        if self._special_tip is None:  # the form's words, shown while the box can be used
            self._special_tip = spin.toolTip()
        # a box greyed out says why, and what makes it usable
        spin.setToolTip(self._special_tip if name or self.ui.specialNameEdit.isReadOnly() else self.tr(
            "Write the special series' name first: an issue that is no special issue has no special number."))
        return Special(name, self.ui.specialNumberSpin.value() or None) if name else None  # 0: "None", unnumbered

    def _year_number(self) -> YearNumber | None:
        """What the number-form list and the two spin boxes beside it stand for; the spin
        boxes a form does not print are disabled."""
        u = self.ui
        form = NUMBER_FORMS[max(0, u.numberFormCombo.currentIndex())]
        year_number = year_number_in_form(form, u.yearNumberSpin.value(), u.numberYearSpin.value())
        editable = not u.numberSpin.isReadOnly()
        # the model says what the form prints: a number within the year, and its year
        u.yearNumberSpin.setEnabled(year_number is not None and year_number.number is not None and editable)
        u.numberYearSpin.setEnabled(year_number is not None and year_number.year is not None and editable)
        for spin in (u.yearNumberSpin, u.numberYearSpin):  # greyed out by the form: said why
            spin.setToolTip("" if spin.isEnabled() or not editable else self.tr(
                "The number form chosen above does not print this; choose a form that does to set it."))
        return year_number

    def _signoff(self) -> Signoff:
        u = self.ui
        return Signoff(split_names(u.editorsEdit.text()), split_names(u.reviewersEdit.text()),
                       split_names(u.signersEdit.text()), split_roles(u.othersEdit.text()))

    def _settle_roles(self) -> None:
        """One of the three roles typed among the others (签发：王五) goes to its own field
        once the clerk leaves this one, not while typing: printed alike, it reads back as
        that role."""
        if self._doc is None or self._doc.issue is None or self.ui.othersEdit.isReadOnly():
            return
        from ..core.recognise.closing import settle_roles  # the closing block's reading, loaded when needed

        signoff = self._doc.issue.signoff
        settled = settle_roles(signoff)
        if settled != signoff:
            self._emit("signoff", settled)

    def _distribution(self) -> list[DistributionLine]:
        return [row.value() for row in self._rows]

    def _emit(self, field: str, value) -> None:
        if not self._loading:
            self.mastheadEdited.emit(field, value)

    # -- distribution lines -------------------------------------------------------------

    def _add_line(self) -> None:
        used = {row.value().label for row in self._rows}
        label = next((lab for lab in ("报", "送", "发") if lab not in used), "抄送")
        self.mastheadEdited.emit("distribution", self._distribution() + [DistributionLine(label, "")])
        if self._rows:
            self._rows[-1].text.setFocus()

    def _remove_line(self, row: QWidget) -> None:
        lines = [r.value() for r in self._rows if r is not row]
        self.mastheadEdited.emit("distribution", lines)

    def _make_row(self) -> DistributionRow:
        row = DistributionRow(self)
        row.changed.connect(lambda: self._emit("distribution", self._distribution()))
        row.removeRequested.connect(self._remove_line)
        self.ui.distributionRows.addWidget(row)
        # Tab goes down the panel as it reads: the row after those above it, before 添加一行
        before = self._rows[-1].remove if self._rows else self.ui.othersEdit
        for first, second in ((before, row.label), (row.label, row.text), (row.text, row.remove),
                              (row.remove, self.ui.addDistributionButton)):
            QWidget.setTabOrder(first, second)
        return row

    def _show_distribution(self, lines: list[DistributionLine], readonly: bool) -> None:
        while len(self._rows) > len(lines):
            row = self._rows.pop()
            row.hide()
            row.deleteLater()
        while len(self._rows) < len(lines):
            self._rows.append(self._make_row())
        for row, line in zip(self._rows, lines):
            row.set_value(line)
            row.set_readonly(readonly)

    # -- from the issue ------------------------------------------------------------------

    def refresh(self) -> None:
        issue: Issue | None = self._doc.issue if self._doc is not None else None
        self.setEnabled(issue is not None)
        if issue is None:
            return
        readonly = self._doc.readonly  # type: ignore[union-attr]
        u = self.ui
        self._loading = True
        try:
            if u.seriesEdit.text().strip() != issue.series:
                set_line_text(u.seriesEdit, issue.series)
            if u.numberSpin.value() != issue.number:
                u.numberSpin.setValue(issue.number)
            if self._year_number() != issue.year_number or issue.year_number is None:
                self._show_year_number(issue)  # a plain issue: its year offered for a switch of form
            if (u.printCopiesSpin.value() or None) != issue.print_copies:
                u.printCopiesSpin.setValue(issue.print_copies or 0)
            if self._special() != issue.special:
                set_line_text(u.specialNameEdit, issue.special.name if issue.special else "")
                # none: "不编号", not the number of the special series shown before
                u.specialNumberSpin.setValue(issue.special.number or 0 if issue.special else 0)
            if u.dateEdit.date().toPython() != issue.date:
                u.dateEdit.setDate(QDate(issue.date.year, issue.date.month, issue.date.day))
            if u.officeEdit.text().strip() != issue.office:
                set_line_text(u.officeEdit, issue.office)
            if u.markingEdit.text().strip() != issue.marking:
                set_line_text(u.markingEdit, issue.marking)
            for edit, names in ((u.editorsEdit, issue.signoff.editors), (u.reviewersEdit, issue.signoff.reviewers),
                                (u.signersEdit, issue.signoff.signers)):
                if split_names(edit.text()) != list(names):
                    set_line_text(edit, " ".join(names))
            # compared in the model's order: the field keeps the order the clerk typed them in
            if Signoff(others=split_roles(u.othersEdit.text())).others != issue.signoff.others:
                set_line_text(u.othersEdit, "  ".join(issue.signoff.others))
            if self._distribution() != issue.distribution:
                self._show_distribution(issue.distribution, readonly)
            self._special()
        finally:
            self._loading = False
        self._show_form_examples()
        self._set_readonly(readonly)

    def _show_year_number(self, issue: Issue) -> None:
        """The form, and the year and number within it; a plain issue's spin boxes offer the
        issue's year and 第1期 should the clerk switch to a year-numbered form."""
        u = self.ui
        year_number = issue.year_number
        u.numberFormCombo.setCurrentIndex(number_form_row(year_number))
        u.yearNumberSpin.setValue(year_number.number if year_number is not None and year_number.number is not None else 1)
        u.numberYearSpin.setValue(year_number.year if year_number and year_number.year is not None
                                  else issue.date.year)
        self._year_number()

    def _show_form_examples(self) -> None:
        """Each form in the list reads as this issue's line would print in it, so that the
        choice shows its result (只写总期号：第52期, 年度期号：2022年第1期（总第52期）…)."""
        u = self.ui
        number, year, within = u.numberSpin.value(), u.numberYearSpin.value(), u.yearNumberSpin.value()
        for row, form in enumerate(NUMBER_FORMS):
            line = number_line(number, year_number_in_form(form, within, year))
            u.numberFormCombo.setItemText(row, self.tr("{form}: {line}").format(form=self._form_names[row], line=line))

    def show_field(self, field: str) -> None:
        """The box of a masthead field (as ``IssueDocument`` names them) scrolled into sight."""
        u = self.ui
        box = {"series": u.seriesEdit, "series_id": u.seriesEdit, "number": u.numberSpin,
               "year_number": u.yearNumberSpin, "special": u.specialNameEdit, "date": u.dateEdit,
               "office": u.officeEdit, "signoff": u.editorsEdit, "distribution": u.addDistributionButton,
               "print_copies": u.printCopiesSpin, "marking": u.markingEdit}.get(field)
        if box is not None:
            u.scrollArea.ensureWidgetVisible(box)

    def select_position(self, position: Position) -> None:
        """Show a find match of the masthead or closing block: its characters selected in the
        field where they are edited (the 期号 line and the date: their boxes brought in sight)."""
        u, issue = self.ui, self._doc.issue if self._doc is not None else None
        if issue is None or position.kind not in ("masthead", "closing"):
            return
        index, pieces = position.paragraph, [issue_field_text(issue, position.field, position.paragraph)]
        edit = {"marking": u.markingEdit, "series": u.seriesEdit, "special": u.specialNameEdit, "office": u.officeEdit,
                "editors": u.editorsEdit, "reviewers": u.reviewersEdit, "signers": u.signersEdit,
                "others": u.othersEdit}.get(position.field)
        if position.field == "distribution" and index < len(self._rows):
            edit, index = self._rows[index].text, 0
        elif position.field in ("editors", "reviewers", "signers", "others"):
            pieces = getattr(issue.signoff, position.field)  # one field holds the role's names, or the roles
        if edit is None:
            u.scrollArea.ensureWidgetVisible(u.numberSpin if position.field == "number_line" else u.dateEdit)
            return
        u.scrollArea.ensureWidgetVisible(edit)
        text, start, end = edit.text(), -1, 0
        for piece in pieces[:index + 1]:  # the piece where the field shows it, past the ones before
            start = text.find(piece, end)
            if start < 0:
                break
            end = start + len(piece)
        if start >= 0:
            first = utf16_offset(text, start + position.start)
            edit.setSelection(first, utf16_offset(text, start + position.end) - first)

    def mark_number_taken(self, message: str) -> None:
        """The 期号 box marked (red, the reason as its tooltip) while another issue has its number."""
        spin = self.ui.numberSpin
        taken = spin.property("takenTip")  # the form's tooltip, kept while the box says why it is marked
        if taken is None and not message:
            return
        if taken is None:
            spin.setProperty("takenTip", spin.toolTip())
        elif not message:
            spin.setToolTip(taken)
            spin.setProperty("takenTip", None)
            spin.setStyleSheet("")
            return
        spin.setStyleSheet(TAKEN_NUMBER_STYLE)
        spin.setToolTip(message)

    def _set_readonly(self, readonly: bool) -> None:
        u = self.ui
        for edit in self.findChildren(FieldLineEdit):
            edit.setReadOnly(readonly)
            show_readonly(edit, readonly)
        for widget in (u.numberSpin, u.numberYearSpin, u.yearNumberSpin, u.specialNumberSpin, u.dateEdit,
                       u.printCopiesSpin):
            widget.setReadOnly(readonly)
            show_readonly(widget, readonly)
        u.numberFormCombo.setEnabled(not readonly)
        u.addDistributionButton.setVisible(not readonly)
        u.saveDefaultsButton.setVisible(not readonly)
        for row in self._rows:
            row.set_readonly(readonly)
        self._special()
        self._year_number()
