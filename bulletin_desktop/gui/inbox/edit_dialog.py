"""修改来稿: the window form of ``inbox edit``. The received date, the unit (completed
from the registry), the units that sent it together with it (inbox edit --joint), the
title, the text and the note are saved in one transaction; the
archive's notice then refreshes the inbox and the statistics. A unit the registry does
not know is added only when the clerk says so, and only with the edit (same transaction);
otherwise the dialog stays open."""
from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QLabel, QMessageBox, QWidget

from ...core.archive import Archive
from ...core.errors import BulletinError
from ...core.inbox.joint_senders import unplaced_co_senders
from ...core.inbox.submissions import Submission, edit_submission
from ...core.units import registry
from ..forms.ui_submission_dialog import Ui_SubmissionDialog

JOINT_SEPARATOR = "、"  # between the names of the units that sent a submission together


class SubmissionDialog(QDialog):
    def __init__(self, archive: Archive, submission: Submission, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SubmissionDialog()
        self.ui.setupUi(self)
        self.archive = archive
        self.submission_id = submission.id
        ui = self.ui
        ui.receivedDate.setDate(QDate(submission.received.year, submission.received.month, submission.received.day))
        ui.unitEdit.setText(submission.unit)
        ui.jointEdit.setText(JOINT_SEPARATOR.join(submission.joint_units))
        ui.titleEdit.setText(submission.title)
        ui.bodyEdit.setPlainText(submission.body)
        ui.noteEdit.setText(submission.note)
        if submission.places:  # the entries are the issue's own once adopted: an edit here leaves them as they are
            ui.adoptedNote.setText(self.tr(
                "Adopted into {places}. Changes here do not change the adopted entries; edit those in the issue.")
                .format(places="、".join(dict.fromkeys(submission.places))))
            ui.adoptedNote.setVisible(True)
        # every name the registry knows (aliases too): typing part of one offers it
        completer = QCompleter(sorted({name for unit in registry.list_units(archive)
                                       for name in (unit.name, *unit.aliases)}), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        ui.unitEdit.setCompleter(completer)
        self.unplaced_note: QLabel | None = None
        with archive.reading() as conn:  # a co-sender the text names by its level alone was left out
            unplaced = unplaced_co_senders(conn, submission.id)
        if unplaced:
            self.unplaced_note = QLabel(self.tr(
                "The text also names {names} as sending it, without saying which county or town's: not counted. "
                "Write the unit here.").format(names="、".join(f"“{name}”" for name in unplaced)), self)
            self.unplaced_note.setWordWrap(True)
            row, _role = ui.fieldsLayout.getWidgetPosition(ui.jointEdit)
            ui.fieldsLayout.insertRow(row + 1, "", self.unplaced_note)
        self._joint_shown = ui.jointEdit.text()
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(not archive.readonly)

    def _error(self, message: str) -> None:
        from ..dialogs import show_error

        show_error(self, self.tr("Edit Submission"), message)

    def _unit(self) -> tuple[int | None, str | None] | None:
        """The chosen unit as (its id, None), or (None, a name to register with the edit),
        or (None, None) for no unit; None when the clerk declined to add an unknown name."""
        name = self.ui.unitEdit.text().strip()
        if not name:
            return None, None
        unit = registry.find_unit(self.archive, name)
        if unit is not None:
            return unit.id, None
        answer = QMessageBox.question(
            self, self.tr("Unknown unit"),
            self.tr("The unit registry has no “{name}”. Add it to the registry?").format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return None, name

    def _co_senders(self) -> list[int] | None:
        """The units written as sending it together, each registered (an unknown one is
        refused: UnknownUnitError); None when the clerk left them as they were."""
        text = self.ui.jointEdit.text()
        if text == self._joint_shown:
            return None
        names = [name.strip() for name in re.split(r"[、，,;；\s]+", text) if name.strip()]
        return [registry.resolve_unit(self.archive, name).id for name in names]

    def save(self) -> bool:
        ui = self.ui
        date = ui.receivedDate.date()
        try:
            unit = self._unit()
            if unit is None:
                ui.unitEdit.setFocus()
                return False
            unit_id, new_unit = unit
            co_senders = self._co_senders()
            # a new unit is registered by the edit itself: a refused edit adds no unit
            edit_submission(self.archive, self.submission_id, received=dt.date(date.year(), date.month(), date.day()),
                            unit_id=unit_id, new_unit=new_unit, title=ui.titleEdit.text(),
                            body=ui.bodyEdit.toPlainText(), note=ui.noteEdit.text(), co_senders=co_senders)
        except BulletinError as exc:
            self._error(exc.in_window)
            return False
        self.accept()
        return True
