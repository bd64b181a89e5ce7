# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(420, 220)
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.settingsForm = QFormLayout()
        self.settingsForm.setObjectName(u"settingsForm")
        self.languageLabel = QLabel(SettingsDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.settingsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(SettingsDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.settingsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.languageNote = QLabel(SettingsDialog)
        self.languageNote.setObjectName(u"languageNote")
        self.languageNote.setWordWrap(True)

        self.settingsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageNote)

        self.backupsLabel = QLabel(SettingsDialog)
        self.backupsLabel.setObjectName(u"backupsLabel")

        self.settingsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.backupsLabel)

        self.backupsSpin = QSpinBox(SettingsDialog)
        self.backupsSpin.setObjectName(u"backupsSpin")
        self.backupsSpin.setMinimum(1)
        self.backupsSpin.setMaximum(365)

        self.settingsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.backupsSpin)

        self.backupsNote = QLabel(SettingsDialog)
        self.backupsNote.setObjectName(u"backupsNote")
        self.backupsNote.setWordWrap(True)

        self.settingsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.backupsNote)


        self.dialogLayout.addLayout(self.settingsForm)

        self.dialogSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

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

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"Interface &language", None))
        self.languageNote.setText(QCoreApplication.translate("SettingsDialog", u"A new language takes effect the next time the program starts.", None))
        self.backupsLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Backups to keep", None))
        self.backupsNote.setText(QCoreApplication.translate("SettingsDialog", u"The archive is copied once a day when it is opened; older copies beyond this number are removed.", None))
    # retranslateUi

