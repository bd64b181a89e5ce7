# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reused_compare_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialogButtonBox, QGridLayout, QLabel, QPlainTextEdit, QVBoxLayout

class Ui_ReusedCompareDialog(object):
    def setupUi(self, ReusedCompareDialog):
        if not ReusedCompareDialog.objectName():
            ReusedCompareDialog.setObjectName(u"ReusedCompareDialog")
        ReusedCompareDialog.resize(760, 360)
        self.compareLayout = QVBoxLayout(ReusedCompareDialog)
        self.compareLayout.setObjectName(u"compareLayout")
        self.similarLabel = QLabel(ReusedCompareDialog)
        self.similarLabel.setObjectName(u"similarLabel")
        self.similarLabel.setWordWrap(True)

        self.compareLayout.addWidget(self.similarLabel)

        self.sides = QGridLayout()
        self.sides.setObjectName(u"sides")
        self.mineLabel = QLabel(ReusedCompareDialog)
        self.mineLabel.setObjectName(u"mineLabel")

        self.sides.addWidget(self.mineLabel, 0, 0, 1, 1)

        self.otherLabel = QLabel(ReusedCompareDialog)
        self.otherLabel.setObjectName(u"otherLabel")

        self.sides.addWidget(self.otherLabel, 0, 1, 1, 1)

        self.mineText = QPlainTextEdit(ReusedCompareDialog)
        self.mineText.setObjectName(u"mineText")
        self.mineText.setReadOnly(True)

        self.sides.addWidget(self.mineText, 1, 0, 1, 1)

        self.otherText = QPlainTextEdit(ReusedCompareDialog)
        self.otherText.setObjectName(u"otherText")
        self.otherText.setReadOnly(True)

        self.sides.addWidget(self.otherText, 1, 1, 1, 1)


        self.compareLayout.addLayout(self.sides)

        self.buttonBox = QDialogButtonBox(ReusedCompareDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.compareLayout.addWidget(self.buttonBox)


        self.retranslateUi(ReusedCompareDialog)

        QMetaObject.connectSlotsByName(ReusedCompareDialog)
    # setupUi

    def retranslateUi(self, ReusedCompareDialog):
        ReusedCompareDialog.setWindowTitle(QCoreApplication.translate("ReusedCompareDialog", u"Compare with an earlier issue", None))
        self.mineLabel.setText(QCoreApplication.translate("ReusedCompareDialog", u"This issue", None))
    # retranslateUi

