# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_report_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout

class Ui_ImportReportDialog(object):
    def setupUi(self, ImportReportDialog):
        if not ImportReportDialog.objectName():
            ImportReportDialog.setObjectName(u"ImportReportDialog")
        ImportReportDialog.resize(820, 480)
        self.reportLayout = QVBoxLayout(ImportReportDialog)
        self.reportLayout.setObjectName(u"reportLayout")
        self.summaryLabel = QLabel(ImportReportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.reportLayout.addWidget(self.summaryLabel)

        self.resultTable = QTableWidget(ImportReportDialog)
        self.resultTable.setObjectName(u"resultTable")
        self.resultTable.setTabKeyNavigation(False)
        self.resultTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resultTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.resultTable.horizontalHeader().setStretchLastSection(True)
        self.resultTable.verticalHeader().setVisible(False)

        self.reportLayout.addWidget(self.resultTable)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.saveCsvButton = QPushButton(ImportReportDialog)
        self.saveCsvButton.setObjectName(u"saveCsvButton")

        self.buttonLayout.addWidget(self.saveCsvButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(ImportReportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonLayout.addWidget(self.buttonBox)


        self.reportLayout.addLayout(self.buttonLayout)


        self.retranslateUi(ImportReportDialog)

        QMetaObject.connectSlotsByName(ImportReportDialog)
    # setupUi

    def retranslateUi(self, ImportReportDialog):
        ImportReportDialog.setWindowTitle(QCoreApplication.translate("ImportReportDialog", u"Import Report", None))
        self.saveCsvButton.setText(QCoreApplication.translate("ImportReportDialog", u"&Save as CSV\u2026", None))
    # retranslateUi

