# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unit_entries_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout

class Ui_UnitEntriesDialog(object):
    def setupUi(self, UnitEntriesDialog):
        if not UnitEntriesDialog.objectName():
            UnitEntriesDialog.setObjectName(u"UnitEntriesDialog")
        UnitEntriesDialog.resize(820, 460)
        self.unitEntriesLayout = QVBoxLayout(UnitEntriesDialog)
        self.unitEntriesLayout.setObjectName(u"unitEntriesLayout")
        self.summaryLabel = QLabel(UnitEntriesDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.unitEntriesLayout.addWidget(self.summaryLabel)

        self.entryTable = QTableView(UnitEntriesDialog)
        self.entryTable.setObjectName(u"entryTable")
        self.entryTable.setTabKeyNavigation(False)
        self.entryTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entryTable.setWordWrap(False)

        self.unitEntriesLayout.addWidget(self.entryTable)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.openButton = QPushButton(UnitEntriesDialog)
        self.openButton.setObjectName(u"openButton")

        self.actionRow.addWidget(self.openButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.buttonBox = QDialogButtonBox(UnitEntriesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.actionRow.addWidget(self.buttonBox)


        self.unitEntriesLayout.addLayout(self.actionRow)


        self.retranslateUi(UnitEntriesDialog)

        QMetaObject.connectSlotsByName(UnitEntriesDialog)
    # setupUi

    def retranslateUi(self, UnitEntriesDialog):
        UnitEntriesDialog.setWindowTitle(QCoreApplication.translate("UnitEntriesDialog", u"Adopted Entries of a Unit", None))
        self.summaryLabel.setText("")
        self.openButton.setText(QCoreApplication.translate("UnitEntriesDialog", u"&Open Entry", None))
    # retranslateUi

