# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backup_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTreeWidget, QVBoxLayout

class Ui_BackupDialog(object):
    def setupUi(self, BackupDialog):
        if not BackupDialog.objectName():
            BackupDialog.setObjectName(u"BackupDialog")
        BackupDialog.resize(780, 440)
        self.backupLayout = QVBoxLayout(BackupDialog)
        self.backupLayout.setObjectName(u"backupLayout")
        self.explanation = QLabel(BackupDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.backupLayout.addWidget(self.explanation)

        self.backupList = QTreeWidget(BackupDialog)
        self.backupList.setObjectName(u"backupList")
        self.backupList.setRootIsDecorated(False)
        self.backupList.setUniformRowHeights(True)

        self.backupLayout.addWidget(self.backupList)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.backupNowButton = QPushButton(BackupDialog)
        self.backupNowButton.setObjectName(u"backupNowButton")

        self.buttonRow.addWidget(self.backupNowButton)

        self.backupToButton = QPushButton(BackupDialog)
        self.backupToButton.setObjectName(u"backupToButton")

        self.buttonRow.addWidget(self.backupToButton)

        self.openCopyButton = QPushButton(BackupDialog)
        self.openCopyButton.setObjectName(u"openCopyButton")

        self.buttonRow.addWidget(self.openCopyButton)

        self.restoreButton = QPushButton(BackupDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonRow.addWidget(self.restoreButton)

        self.deleteButton = QPushButton(BackupDialog)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonRow.addWidget(self.deleteButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(BackupDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.backupLayout.addLayout(self.buttonRow)


        self.retranslateUi(BackupDialog)
        self.closeButton.clicked.connect(BackupDialog.reject)

        self.closeButton.setDefault(True)


        QMetaObject.connectSlotsByName(BackupDialog)
    # setupUi

    def retranslateUi(self, BackupDialog):
        BackupDialog.setWindowTitle(QCoreApplication.translate("BackupDialog", u"Backup and Restore", None))
        self.explanation.setText(QCoreApplication.translate("BackupDialog", u"The archive backs itself up when opened (if the newest backup is a day old), every hour while it changes and on closing. Restoring keeps the current file beside it under another name.", None))
        ___qtreewidgetitem = self.backupList.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("BackupDialog", u"Kind", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("BackupDialog", u"Newest issue", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("BackupDialog", u"Issues", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("BackupDialog", u"Size", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("BackupDialog", u"Taken", None))
        self.backupNowButton.setText(QCoreApplication.translate("BackupDialog", u"Back Up &Now", None))
        self.backupToButton.setText(QCoreApplication.translate("BackupDialog", u"Back Up &To\u2026", None))
        self.openCopyButton.setText(QCoreApplication.translate("BackupDialog", u"&Open Copy Read-only", None))
        self.restoreButton.setText(QCoreApplication.translate("BackupDialog", u"&Restore This Backup\u2026", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("BackupDialog", u"Remove the chosen backup from the disk (the backups you take and those kept before an upgrade stay until you remove them)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("BackupDialog", u"&Delete Backup\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("BackupDialog", u"&Close", None))
    # retranslateUi

