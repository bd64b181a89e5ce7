# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(520, 300)
        self.aboutLayout = QVBoxLayout(AboutDialog)
        self.aboutLayout.setObjectName(u"aboutLayout")
        self.titleLabel = QLabel(AboutDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.aboutLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(AboutDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.aboutLayout.addWidget(self.descriptionLabel)

        self.aboutForm = QFormLayout()
        self.aboutForm.setObjectName(u"aboutForm")
        self.versionCaption = QLabel(AboutDialog)
        self.versionCaption.setObjectName(u"versionCaption")

        self.aboutForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.versionCaption)

        self.versionValue = QLabel(AboutDialog)
        self.versionValue.setObjectName(u"versionValue")
        self.versionValue.setText(u"")

        self.aboutForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.versionValue)

        self.archiveCaption = QLabel(AboutDialog)
        self.archiveCaption.setObjectName(u"archiveCaption")

        self.aboutForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.archiveCaption)

        self.archiveValue = QLabel(AboutDialog)
        self.archiveValue.setObjectName(u"archiveValue")
        self.archiveValue.setText(u"")
        self.archiveValue.setWordWrap(True)
        self.archiveValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.aboutForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.archiveValue)

        self.backupsCaption = QLabel(AboutDialog)
        self.backupsCaption.setObjectName(u"backupsCaption")

        self.aboutForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.backupsCaption)

        self.backupsValue = QLabel(AboutDialog)
        self.backupsValue.setObjectName(u"backupsValue")
        self.backupsValue.setText(u"")
        self.backupsValue.setWordWrap(True)
        self.backupsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.aboutForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.backupsValue)

        self.qtCaption = QLabel(AboutDialog)
        self.qtCaption.setObjectName(u"qtCaption")

        self.aboutForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.qtCaption)

        self.qtValue = QLabel(AboutDialog)
        self.qtValue.setObjectName(u"qtValue")
        self.qtValue.setText(u"")

        self.aboutForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.qtValue)


        self.aboutLayout.addLayout(self.aboutForm)

        self.folderButtons = QHBoxLayout()
        self.folderButtons.setObjectName(u"folderButtons")
        self.openArchiveFolderButton = QPushButton(AboutDialog)
        self.openArchiveFolderButton.setObjectName(u"openArchiveFolderButton")

        self.folderButtons.addWidget(self.openArchiveFolderButton)

        self.openBackupsFolderButton = QPushButton(AboutDialog)
        self.openBackupsFolderButton.setObjectName(u"openBackupsFolderButton")

        self.folderButtons.addWidget(self.openBackupsFolderButton)


        self.aboutLayout.addLayout(self.folderButtons)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.aboutLayout.addWidget(self.buttonBox)


        self.retranslateUi(AboutDialog)
        self.buttonBox.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About Bulletin Desktop", None))
        self.titleLabel.setText(QCoreApplication.translate("AboutDialog", u"Bulletin Desktop", None))
        self.descriptionLabel.setText(QCoreApplication.translate("AboutDialog", u"Assemble work bulletins, keep every issue in a local archive and export them to Word in the official document layout.", None))
        self.versionCaption.setText(QCoreApplication.translate("AboutDialog", u"Version", None))
        self.archiveCaption.setText(QCoreApplication.translate("AboutDialog", u"Archive", None))
        self.backupsCaption.setText(QCoreApplication.translate("AboutDialog", u"Backups folder", None))
        self.qtCaption.setText(QCoreApplication.translate("AboutDialog", u"Qt", None))
        self.openArchiveFolderButton.setText(QCoreApplication.translate("AboutDialog", u"Open archive &folder", None))
        self.openBackupsFolderButton.setText(QCoreApplication.translate("AboutDialog", u"Open &backups folder", None))
    # retranslateUi

