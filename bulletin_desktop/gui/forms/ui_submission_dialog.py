# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'submission_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout

class Ui_SubmissionDialog(object):
    def setupUi(self, SubmissionDialog):
        if not SubmissionDialog.objectName():
            SubmissionDialog.setObjectName(u"SubmissionDialog")
        SubmissionDialog.resize(560, 460)
        self.submissionLayout = QVBoxLayout(SubmissionDialog)
        self.submissionLayout.setObjectName(u"submissionLayout")
        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.receivedLabel = QLabel(SubmissionDialog)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.receivedLabel)

        self.receivedDate = QDateEdit(SubmissionDialog)
        self.receivedDate.setObjectName(u"receivedDate")
        self.receivedDate.setCalendarPopup(True)
        self.receivedDate.setDisplayFormat(u"yyyy\u5e74M\u6708d\u65e5")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.receivedDate)

        self.unitLabel = QLabel(SubmissionDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitEdit = QLineEdit(SubmissionDialog)
        self.unitEdit.setObjectName(u"unitEdit")
        self.unitEdit.setClearButtonEnabled(True)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitEdit)

        self.jointLabel = QLabel(SubmissionDialog)
        self.jointLabel.setObjectName(u"jointLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.jointLabel)

        self.jointEdit = QLineEdit(SubmissionDialog)
        self.jointEdit.setObjectName(u"jointEdit")
        self.jointEdit.setClearButtonEnabled(True)

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.jointEdit)

        self.titleLabel = QLabel(SubmissionDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(SubmissionDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.bodyLabel = QLabel(SubmissionDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.bodyEdit = QPlainTextEdit(SubmissionDialog)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setTabChangesFocus(True)

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.bodyEdit)

        self.noteLabel = QLabel(SubmissionDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(SubmissionDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.submissionLayout.addLayout(self.fieldsLayout)

        self.adoptedNote = QLabel(SubmissionDialog)
        self.adoptedNote.setObjectName(u"adoptedNote")
        self.adoptedNote.setVisible(False)
        self.adoptedNote.setWordWrap(True)

        self.submissionLayout.addWidget(self.adoptedNote)

        self.buttonBox = QDialogButtonBox(SubmissionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.submissionLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.receivedLabel.setBuddy(self.receivedDate)
        self.unitLabel.setBuddy(self.unitEdit)
        self.jointLabel.setBuddy(self.jointEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.bodyLabel.setBuddy(self.bodyEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SubmissionDialog)

        QMetaObject.connectSlotsByName(SubmissionDialog)
    # setupUi

    def retranslateUi(self, SubmissionDialog):
        SubmissionDialog.setWindowTitle(QCoreApplication.translate("SubmissionDialog", u"Edit Submission", None))
        self.receivedLabel.setText(QCoreApplication.translate("SubmissionDialog", u"&Received:", None))
        self.unitLabel.setText(QCoreApplication.translate("SubmissionDialog", u"&Unit:", None))
        self.unitEdit.setPlaceholderText(QCoreApplication.translate("SubmissionDialog", u"Unit from the registry (empty: not known)", None))
        self.jointLabel.setText(QCoreApplication.translate("SubmissionDialog", u"Sent &with:", None))
        self.jointEdit.setPlaceholderText(QCoreApplication.translate("SubmissionDialog", u"Other units that sent it together, separated by \u3001 (empty: the unit alone)", None))
        self.titleLabel.setText(QCoreApplication.translate("SubmissionDialog", u"&Title:", None))
        self.bodyLabel.setText(QCoreApplication.translate("SubmissionDialog", u"&Text:", None))
        self.noteLabel.setText(QCoreApplication.translate("SubmissionDialog", u"&Note:", None))
    # retranslateUi

