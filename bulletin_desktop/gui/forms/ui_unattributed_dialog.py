# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unattributed_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout

class Ui_UnattributedDialog(object):
    def setupUi(self, UnattributedDialog):
        if not UnattributedDialog.objectName():
            UnattributedDialog.setObjectName(u"UnattributedDialog")
        UnattributedDialog.resize(820, 460)
        self.unattributedLayout = QVBoxLayout(UnattributedDialog)
        self.unattributedLayout.setObjectName(u"unattributedLayout")
        self.explanation = QLabel(UnattributedDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.unattributedLayout.addWidget(self.explanation)

        self.entryTable = QTableView(UnattributedDialog)
        self.entryTable.setObjectName(u"entryTable")
        self.entryTable.setTabKeyNavigation(False)
        self.entryTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entryTable.setWordWrap(False)

        self.unattributedLayout.addWidget(self.entryTable)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.registerButton = QPushButton(UnattributedDialog)
        self.registerButton.setObjectName(u"registerButton")

        self.actionRow.addWidget(self.registerButton)

        self.openButton = QPushButton(UnattributedDialog)
        self.openButton.setObjectName(u"openButton")

        self.actionRow.addWidget(self.openButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.buttonBox = QDialogButtonBox(UnattributedDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.actionRow.addWidget(self.buttonBox)


        self.unattributedLayout.addLayout(self.actionRow)


        self.retranslateUi(UnattributedDialog)

        QMetaObject.connectSlotsByName(UnattributedDialog)
    # setupUi

    def retranslateUi(self, UnattributedDialog):
        UnattributedDialog.setWindowTitle(QCoreApplication.translate("UnattributedDialog", u"Entries Counted for No Unit", None))
        self.explanation.setText(QCoreApplication.translate("UnattributedDialog", u"These adopted entries name no registered unit, so the statistics leave them out. Register the unit an entry comes from (edit the suggested name first if needed) and its entries count at once.", None))
        self.registerButton.setText(QCoreApplication.translate("UnattributedDialog", u"&Register Units of the Selected Entries", None))
        self.openButton.setText(QCoreApplication.translate("UnattributedDialog", u"&Open Entry", None))
    # retranslateUi

