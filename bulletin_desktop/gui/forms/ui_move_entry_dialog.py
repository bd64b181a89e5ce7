# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'move_entry_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QListWidget, QVBoxLayout, QWidget

class Ui_MoveEntryDialog(object):
    def setupUi(self, MoveEntryDialog):
        if not MoveEntryDialog.objectName():
            MoveEntryDialog.setObjectName(u"MoveEntryDialog")
        self.moveLayout = QVBoxLayout(MoveEntryDialog)
        self.moveLayout.setObjectName(u"moveLayout")
        self.entryLabel = QLabel(MoveEntryDialog)
        self.entryLabel.setObjectName(u"entryLabel")
        self.entryLabel.setWordWrap(True)

        self.moveLayout.addWidget(self.entryLabel)

        self.choiceForm = QFormLayout()
        self.choiceForm.setObjectName(u"choiceForm")
        self.sectionLabel = QLabel(MoveEntryDialog)
        self.sectionLabel.setObjectName(u"sectionLabel")

        self.choiceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sectionLabel)

        self.sectionList = QListWidget(MoveEntryDialog)
        self.sectionList.setObjectName(u"sectionList")

        self.choiceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sectionList)

        self.placeLabel = QLabel(MoveEntryDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.choiceForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeBox = QComboBox(MoveEntryDialog)
        self.placeBox.setObjectName(u"placeBox")

        self.choiceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.placeBox)


        self.moveLayout.addLayout(self.choiceForm)

        self.buttonBox = QDialogButtonBox(MoveEntryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.moveLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.sectionLabel.setBuddy(self.sectionList)
        self.placeLabel.setBuddy(self.placeBox)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sectionList, self.placeBox)

        self.retranslateUi(MoveEntryDialog)

        QMetaObject.connectSlotsByName(MoveEntryDialog)
    # setupUi

    def retranslateUi(self, MoveEntryDialog):
        MoveEntryDialog.setWindowTitle(QCoreApplication.translate("MoveEntryDialog", u"Move to Another Section", None))
        self.sectionLabel.setText(QCoreApplication.translate("MoveEntryDialog", u"&Section:", None))
        self.placeLabel.setText(QCoreApplication.translate("MoveEntryDialog", u"&Place:", None))
    # retranslateUi

