# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rescue_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_RescueDialog(object):
    def setupUi(self, RescueDialog):
        if not RescueDialog.objectName():
            RescueDialog.setObjectName(u"RescueDialog")
        RescueDialog.resize(620, 300)
        self.rescueLayout = QVBoxLayout(RescueDialog)
        self.rescueLayout.setObjectName(u"rescueLayout")
        self.message = QLabel(RescueDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.rescueLayout.addWidget(self.message)

        self.backupInfo = QLabel(RescueDialog)
        self.backupInfo.setObjectName(u"backupInfo")
        self.backupInfo.setWordWrap(True)

        self.rescueLayout.addWidget(self.backupInfo)

        self.salvageInfo = QLabel(RescueDialog)
        self.salvageInfo.setObjectName(u"salvageInfo")
        self.salvageInfo.setWordWrap(True)

        self.rescueLayout.addWidget(self.salvageInfo)

        self.details = QPlainTextEdit(RescueDialog)
        self.details.setObjectName(u"details")
        self.details.setVisible(False)
        self.details.setReadOnly(True)

        self.rescueLayout.addWidget(self.details)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.detailsButton = QPushButton(RescueDialog)
        self.detailsButton.setObjectName(u"detailsButton")
        self.detailsButton.setCheckable(True)

        self.buttonRow.addWidget(self.detailsButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.restoreButton = QPushButton(RescueDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonRow.addWidget(self.restoreButton)

        self.salvageButton = QPushButton(RescueDialog)
        self.salvageButton.setObjectName(u"salvageButton")

        self.buttonRow.addWidget(self.salvageButton)

        self.cancelButton = QPushButton(RescueDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)


        self.rescueLayout.addLayout(self.buttonRow)


        self.retranslateUi(RescueDialog)
        self.cancelButton.clicked.connect(RescueDialog.reject)
        self.detailsButton.toggled.connect(self.details.setVisible)

        QMetaObject.connectSlotsByName(RescueDialog)
    # setupUi

    def retranslateUi(self, RescueDialog):
        RescueDialog.setWindowTitle(QCoreApplication.translate("RescueDialog", u"The archive is damaged", None))
        self.salvageInfo.setText(QCoreApplication.translate("RescueDialog", u"Salvage copies every issue that can still be read whole into a new archive and opens it. Whichever you choose, the damaged file is kept beside it under another name, never deleted.", None))
        self.detailsButton.setText(QCoreApplication.translate("RescueDialog", u"&Details", None))
        self.restoreButton.setText(QCoreApplication.translate("RescueDialog", u"&Restore the Backup", None))
        self.salvageButton.setText(QCoreApplication.translate("RescueDialog", u"&Salvage", None))
        self.cancelButton.setText(QCoreApplication.translate("RescueDialog", u"Cancel", None))
    # retranslateUi

