"""What a bulk import did, file by file, and the same as a CSV file for the records."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QTableWidgetItem, QWidget

from ...core.errors import BulletinError
from ...core.safe_write import write_atomically
from ..forms.ui_import_report_dialog import Ui_ImportReportDialog


class Outcome(str, Enum):
    IMPORTED = "imported"
    REPLACED = "replaced"
    COPIED = "copied"
    SKIPPED = "skipped"  # already in the archive
    REFUSED = "refused"
    CANCELLED = "cancelled"

    @property
    def imported(self) -> bool:
        return self in (Outcome.IMPORTED, Outcome.REPLACED, Outcome.COPIED)


@dataclass
class ImportResult:
    path: Path
    outcome: Outcome
    detail: str = ""

    @property
    def imported(self) -> bool:
        return self.outcome.imported


class ImportReportDialog(QDialog):
    def __init__(self, results: list[ImportResult], summary: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ImportReportDialog()
        self.ui.setupUi(self)
        self.results = results
        self.ui.summaryLabel.setText(summary)
        table = self.ui.resultTable
        headers = [self.tr("File"), self.tr("Result"), self.tr("Details")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(results))
        for row, result in enumerate(results):
            for column, text in enumerate((result.path.name, self.outcome_text(result.outcome), result.detail)):
                item = QTableWidgetItem(text)
                item.setToolTip(str(result.path) if column == 0 else text)
                table.setItem(row, column, item)
        table.resizeColumnToContents(0)
        table.resizeColumnToContents(1)
        self.ui.saveCsvButton.clicked.connect(self.choose_csv)
        self.ui.buttonBox.rejected.connect(self.reject)

    def outcome_text(self, outcome: Outcome) -> str:
        return {
            Outcome.IMPORTED: self.tr("Imported"),
            Outcome.REPLACED: self.tr("Replaced the one in the archive"),
            Outcome.COPIED: self.tr("Imported as a copy"),
            Outcome.SKIPPED: self.tr("Skipped: already in the archive"),
            Outcome.REFUSED: self.tr("Not imported"),
            Outcome.CANCELLED: self.tr("Cancelled"),
        }[outcome]

    def csv_text(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow([self.tr("File"), self.tr("Result"), self.tr("Details")])
        for result in self.results:
            writer.writerow([str(result.path), self.outcome_text(result.outcome), result.detail])
        return out.getvalue()

    def save_csv(self, path: Path) -> None:
        # with a BOM, so that Excel on a Chinese Windows opens it as UTF-8
        data = self.csv_text().encode("utf-8-sig")
        write_atomically(path, lambda handle: handle.write(data))

    def choose_csv(self) -> None:
        from ..export_dialogs import export_start_dir
        from ..settings import AppSettings

        settings = AppSettings()
        # a folder of the clerk's: a name alone was offered in the program's working folder
        start = export_start_dir(settings) / self.tr("import report.csv")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save Import Report"), str(start),
                                              self.tr("CSV files (*.csv)"))
        if not name:
            return
        try:
            self.save_csv(Path(name))
        except (OSError, BulletinError) as exc:
            from ..dialogs import show_error

            show_error(self, self.tr("Cannot save the report"), exc)
            return
        settings.set_export_dir(Path(name).parent)
