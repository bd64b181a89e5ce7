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
        self.issueLabel = QLabel(MoveEntryDialog)
        self.issueLabel.setObjectName(u"issueLabel")

        self.choiceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.issueLabel)

        self.issueBox = QComboBox(MoveEntryDialog)
        self.issueBox.setObjectName(u"issueBox")
        self.issueBox.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.issueBox.setMinimumContentsLength(16)

        self.choiceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.issueBox)

        self.sectionLabel = QLabel(MoveEntryDialog)
        self.sectionLabel.setObjectName(u"sectionLabel")

        self.choiceForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sectionLabel)

        self.sectionList = QListWidget(MoveEntryDialog)
        self.sectionList.setObjectName(u"sectionList")

        self.choiceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sectionList)

        self.placeLabel = QLabel(MoveEntryDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.choiceForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeBox = QComboBox(MoveEntryDialog)
        self.placeBox.setObjectName(u"placeBox")

        self.choiceForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.placeBox)


        self.moveLayout.addLayout(self.choiceForm)

        self.noteLabel = QLabel(MoveEntryDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.moveLayout.addWidget(self.noteLabel)

        self.buttonBox = QDialogButtonBox(MoveEntryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.moveLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.issueLabel.setBuddy(self.issueBox)
        self.sectionLabel.setBuddy(self.sectionList)
        self.placeLabel.setBuddy(self.placeBox)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.issueBox, self.sectionList)
        QWidget.setTabOrder(self.sectionList, self.placeBox)

        self.retranslateUi(MoveEntryDialog)

        QMetaObject.connectSlotsByName(MoveEntryDialog)
    # setupUi

    def retranslateUi(self, MoveEntryDialog):
        MoveEntryDialog.setWindowTitle(QCoreApplication.translate("MoveEntryDialog", u"Move Entry", None))
        self.issueLabel.setText(QCoreApplication.translate("MoveEntryDialog", u"&Issue:", None))
        self.sectionLabel.setText(QCoreApplication.translate("MoveEntryDialog", u"&Section:", None))
        self.placeLabel.setText(QCoreApplication.translate("MoveEntryDialog", u"&Place:", None))
    # retranslateUi

