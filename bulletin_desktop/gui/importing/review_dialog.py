"""One file's import, checked before anything is stored: the document as read, each
paragraph coloured by what it was recognised as, beside the recognised issue with its
masthead fields editable."""
from __future__ import annotations

import dataclasses
import datetime as dt
import html

from PySide6.QtCore import QDate, QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidgetItem, QWidget

from ...core.importing import ImportedFile
from ...core.model import Article, Issue, Special
from ...core.recognise import Role
from ..forms.ui_import_review_dialog import Ui_ImportReviewDialog

SCREEN_ALLOWANCE = (40, 70)  # the window frame, the title bar and a taskbar
# background of each kind of recognised paragraph
ROLE_COLOURS = {
    Role.MARKING: "#dbe9ff", Role.NAME: "#dbe9ff", Role.NUMBER: "#dbe9ff", Role.SPECIAL: "#dbe9ff", Role.OFFICE: "#dbe9ff", Role.DATE: "#dbe9ff",
    Role.SECTION: "#ffe9a8", Role.ITEM: "#eef7e8", Role.ARTICLE_TITLE: "#ffd9b0", Role.ARTICLE_PARAGRAPH: "#fff1e0",
    Role.SIGNOFF: "#eadcf7", Role.DISTRIBUTION: "#eadcf7", Role.PRINT_NOTE: "#eadcf7", Role.UNPLACED: "#ffc9c9",
}


class ImportReviewDialog(QDialog):
    def __init__(self, imported: ImportedFile, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ImportReviewDialog()
        self.ui.setupUi(self)
        self.imported = imported
        self.setWindowTitle(self.tr("Check the Import: {file}").format(file=imported.path.name))
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Import"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.reviewSplitter.setSizes([560, 520])
        # the form's 1100×720 with a title bar is taller than a 1366×768 screen's free area
        screen = self.screen()
        if screen is not None:
            self.resize(self.size().boundedTo(screen.availableGeometry().size() - QSize(*SCREEN_ALLOWANCE)))
        self._fill_masthead(imported.issue)
        self._fill_document()
        self._fill_tree(imported.issue)
        for warning in imported.warnings:
            self.ui.warningList.addItem(warning)
        self.ui.warningList.setVisible(bool(imported.warnings))

    def _fill_masthead(self, issue: Issue) -> None:
        ui = self.ui
        ui.seriesEdit.setText(issue.series)
        ui.numberSpin.setValue(issue.number)
        ui.specialEdit.setText(issue.special.name if issue.special else "")
        ui.specialNumberSpin.setValue(issue.special.number or 0 if issue.special else 0)
        ui.officeEdit.setText(issue.office)
        ui.dateEdit.setDate(QDate(issue.date.year, issue.date.month, issue.date.day))

    def _fill_document(self) -> None:
        rows = []
        for para, roles in zip(self.imported.paragraphs, self.imported.roles):
            if not para.text.strip():
                continue
            colour = ROLE_COLOURS.get(roles[0]) if roles else None
            style = f' style="background-color:{colour}"' if colour else ""
            text = "".join(f"<b>{html.escape(r.text)}</b>" if r.bold else html.escape(r.text) for r in para.rich)
            rows.append(f"<p{style}>{text}</p>")
        self.ui.documentView.setHtml("".join(rows))

    def _show_number_line(self) -> None:
        """The 期号 line as it will print: the masthead's form with the number as corrected."""
        issue = dataclasses.replace(self.imported.issue, number=self.ui.numberSpin.value())
        self._number_item.setText(0, self.tr("Issue line: {line}").format(line=issue.number_line()))

    def _fill_tree(self, issue: Issue) -> None:
        tree = self.ui.issueTree
        self._number_item = QTreeWidgetItem(tree)
        self._show_number_line()
        self.ui.numberSpin.valueChanged.connect(lambda _value: self._show_number_line())
        for section in issue.sections:
            node = QTreeWidgetItem(tree, [self.tr("【{title}】").format(title=section.title)])
            for entry in section.entries:
                if isinstance(entry, Article):
                    child = QTreeWidgetItem(node, [self.tr("Article: {title}").format(title=entry.title)])
                    for paragraph in entry.paragraphs:
                        QTreeWidgetItem(child, ["".join(r.text for r in paragraph)[:60]])
                else:
                    lead = " ".join(part for part in (entry.mark + entry.date, entry.unit) if part)
                    text = "".join(run.text for run in entry.body).lstrip("，")[:60]
                    QTreeWidgetItem(node, [f"[{lead}] {text}" if lead else text])
        closing = QTreeWidgetItem(tree, [self.tr("Closing block")])
        if not issue.signoff.is_empty():
            QTreeWidgetItem(closing, [issue.signoff.line()])
        for line in issue.distribution:
            QTreeWidgetItem(closing, [line.line()])
        if issue.print_note:
            QTreeWidgetItem(closing, [issue.print_note])
        tree.expandAll()

    def issue(self) -> Issue:
        """The recognised issue with the masthead as corrected in the dialog."""
        ui = self.ui
        issue = self.imported.issue
        issue.series = ui.seriesEdit.text().strip() or issue.series
        issue.number = ui.numberSpin.value()
        special = ui.specialEdit.text().strip()
        issue.special = Special(special, ui.specialNumberSpin.value() or None) if special else None  # 0: unnumbered
        issue.office = ui.officeEdit.text().strip()
        date = ui.dateEdit.date()
        issue.date = dt.date(date.year(), date.month(), date.day())
        return issue
