# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSpinBox, QSplitter, QTabWidget, QVBoxLayout, QWidget

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(980, 640)
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(SettingsDialog)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalLayout = QVBoxLayout(self.generalTab)
        self.generalLayout.setObjectName(u"generalLayout")
        self.settingsForm = QFormLayout()
        self.settingsForm.setObjectName(u"settingsForm")
        self.languageLabel = QLabel(self.generalTab)
        self.languageLabel.setObjectName(u"languageLabel")

        self.settingsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.generalTab)
        self.languageCombo.setObjectName(u"languageCombo")

        self.settingsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.languageNote = QLabel(self.generalTab)
        self.languageNote.setObjectName(u"languageNote")
        self.languageNote.setWordWrap(True)

        self.settingsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageNote)

        self.backupsLabel = QLabel(self.generalTab)
        self.backupsLabel.setObjectName(u"backupsLabel")

        self.settingsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.backupsLabel)

        self.backupsSpin = QSpinBox(self.generalTab)
        self.backupsSpin.setObjectName(u"backupsSpin")
        self.backupsSpin.setMinimum(1)
        self.backupsSpin.setMaximum(365)

        self.settingsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.backupsSpin)

        self.backupsNote = QLabel(self.generalTab)
        self.backupsNote.setObjectName(u"backupsNote")
        self.backupsNote.setWordWrap(True)

        self.settingsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.backupsNote)


        self.generalLayout.addLayout(self.settingsForm)

        self.generalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.generalLayout.addItem(self.generalSpacer)

        self.tabs.addTab(self.generalTab, "")
        self.layoutTab = QWidget()
        self.layoutTab.setObjectName(u"layoutTab")
        self.layoutTabLayout = QVBoxLayout(self.layoutTab)
        self.layoutTabLayout.setObjectName(u"layoutTabLayout")
        self.layoutSeriesLabel = QLabel(self.layoutTab)
        self.layoutSeriesLabel.setObjectName(u"layoutSeriesLabel")
        self.layoutSeriesLabel.setWordWrap(True)

        self.layoutTabLayout.addWidget(self.layoutSeriesLabel)

        self.layoutSplitter = QSplitter(self.layoutTab)
        self.layoutSplitter.setObjectName(u"layoutSplitter")
        self.layoutSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.layoutScroll = QScrollArea(self.layoutSplitter)
        self.layoutScroll.setObjectName(u"layoutScroll")
        self.layoutScroll.setWidgetResizable(True)
        self.layoutFormHolder = QWidget()
        self.layoutFormHolder.setObjectName(u"layoutFormHolder")
        self.layoutForm = QFormLayout(self.layoutFormHolder)
        self.layoutForm.setObjectName(u"layoutForm")
        self.layoutScroll.setWidget(self.layoutFormHolder)
        self.layoutSplitter.addWidget(self.layoutScroll)
        self.previewHolder = QWidget(self.layoutSplitter)
        self.previewHolder.setObjectName(u"previewHolder")
        self.previewLayout = QVBoxLayout(self.previewHolder)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.layoutSplitter.addWidget(self.previewHolder)

        self.layoutTabLayout.addWidget(self.layoutSplitter)

        self.layoutButtons = QHBoxLayout()
        self.layoutButtons.setObjectName(u"layoutButtons")
        self.resetLayoutButton = QPushButton(self.layoutTab)
        self.resetLayoutButton.setObjectName(u"resetLayoutButton")

        self.layoutButtons.addWidget(self.resetLayoutButton)

        self.layoutButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.layoutButtons.addItem(self.layoutButtonsSpacer)


        self.layoutTabLayout.addLayout(self.layoutButtons)

        self.layoutTabLayout.setStretch(1, 1)
        self.tabs.addTab(self.layoutTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.backupsLabel.setBuddy(self.backupsSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)
        self.buttonBox.accepted.connect(SettingsDialog.accept)
        self.buttonBox.rejected.connect(SettingsDialog.reject)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"Interface &language", None))
        self.languageNote.setText(QCoreApplication.translate("SettingsDialog", u"A new language takes effect the next time the program starts.", None))
        self.backupsLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Backups to keep", None))
        self.backupsNote.setText(QCoreApplication.translate("SettingsDialog", u"The archive is copied on opening (when the newest copy is over a day old), at most hourly while it changes, and on closing after a change; older copies beyond this number are removed.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("SettingsDialog", u"General", None))
        self.resetLayoutButton.setText(QCoreApplication.translate("SettingsDialog", u"&Restore defaults", None))
#if QT_CONFIG(tooltip)
        self.resetLayoutButton.setToolTip(QCoreApplication.translate("SettingsDialog", u"The standard layout (GB/T 9704) for this bulletin", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.layoutTab), QCoreApplication.translate("SettingsDialog", u"Layout of this bulletin", None))
    # retranslateUi

