# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_review_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QSizePolicy, QSpinBox, QSplitter, QTextBrowser, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

class Ui_ImportReviewDialog(object):
    def setupUi(self, ImportReviewDialog):
        if not ImportReviewDialog.objectName():
            ImportReviewDialog.setObjectName(u"ImportReviewDialog")
        ImportReviewDialog.resize(1100, 720)
        self.reviewLayout = QVBoxLayout(ImportReviewDialog)
        self.reviewLayout.setObjectName(u"reviewLayout")
        self.fileLabel = QLabel(ImportReviewDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.fileLabel.sizePolicy().hasHeightForWidth())
        self.fileLabel.setSizePolicy(sizePolicy)
        self.fileLabel.setWordWrap(True)

        self.reviewLayout.addWidget(self.fileLabel)

        self.reviewSplitter = QSplitter(ImportReviewDialog)
        self.reviewSplitter.setObjectName(u"reviewSplitter")
        self.reviewSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.documentView = QTextBrowser(self.reviewSplitter)
        self.documentView.setObjectName(u"documentView")
        self.documentView.setOpenLinks(False)
        self.reviewSplitter.addWidget(self.documentView)
        self.issuePane = QWidget(self.reviewSplitter)
        self.issuePane.setObjectName(u"issuePane")
        self.issuePaneLayout = QVBoxLayout(self.issuePane)
        self.issuePaneLayout.setObjectName(u"issuePaneLayout")
        self.issuePaneLayout.setContentsMargins(0, 0, 0, 0)
        self.mastheadForm = QFormLayout()
        self.mastheadForm.setObjectName(u"mastheadForm")
        self.seriesLabel = QLabel(self.issuePane)
        self.seriesLabel.setObjectName(u"seriesLabel")

        self.mastheadForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.seriesLabel)

        self.seriesEdit = QLineEdit(self.issuePane)
        self.seriesEdit.setObjectName(u"seriesEdit")

        self.mastheadForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.seriesEdit)

        self.numberLabel = QLabel(self.issuePane)
        self.numberLabel.setObjectName(u"numberLabel")

        self.mastheadForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberSpin = QSpinBox(self.issuePane)
        self.numberSpin.setObjectName(u"numberSpin")
        self.numberSpin.setMinimum(1)
        self.numberSpin.setMaximum(999999)

        self.mastheadForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.numberSpin)

        self.specialLabel = QLabel(self.issuePane)
        self.specialLabel.setObjectName(u"specialLabel")

        self.mastheadForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.specialLabel)

        self.specialLayout = QHBoxLayout()
        self.specialLayout.setObjectName(u"specialLayout")
        self.specialEdit = QLineEdit(self.issuePane)
        self.specialEdit.setObjectName(u"specialEdit")

        self.specialLayout.addWidget(self.specialEdit)

        self.specialNumberSpin = QSpinBox(self.issuePane)
        self.specialNumberSpin.setObjectName(u"specialNumberSpin")
        self.specialNumberSpin.setMaximum(999999)

        self.specialLayout.addWidget(self.specialNumberSpin)


        self.mastheadForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.specialLayout)

        self.officeLabel = QLabel(self.issuePane)
        self.officeLabel.setObjectName(u"officeLabel")

        self.mastheadForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.officeLabel)

        self.officeEdit = QLineEdit(self.issuePane)
        self.officeEdit.setObjectName(u"officeEdit")

        self.mastheadForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.officeEdit)

        self.dateLabel = QLabel(self.issuePane)
        self.dateLabel.setObjectName(u"dateLabel")

        self.mastheadForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(self.issuePane)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.mastheadForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dateEdit)


        self.issuePaneLayout.addLayout(self.mastheadForm)

        self.issueTree = QTreeWidget(self.issuePane)
        __qtreewidgetitem = QTreeWidgetItem()
        __qtreewidgetitem.setText(0, u"1")
        self.issueTree.setHeaderItem(__qtreewidgetitem)
        self.issueTree.setObjectName(u"issueTree")
        self.issueTree.setHeaderHidden(True)

        self.issuePaneLayout.addWidget(self.issueTree)

        self.warningList = QListWidget(self.issuePane)
        self.warningList.setObjectName(u"warningList")
        self.warningList.setMaximumSize(QSize(16777215, 110))

        self.issuePaneLayout.addWidget(self.warningList)

        self.issuePaneLayout.setStretch(1, 1)
        self.reviewSplitter.addWidget(self.issuePane)

        self.reviewLayout.addWidget(self.reviewSplitter)

        self.buttonBox = QDialogButtonBox(ImportReviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.reviewLayout.addWidget(self.buttonBox)

        self.reviewLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.seriesLabel.setBuddy(self.seriesEdit)
        self.numberLabel.setBuddy(self.numberSpin)
        self.specialLabel.setBuddy(self.specialEdit)
        self.officeLabel.setBuddy(self.officeEdit)
        self.dateLabel.setBuddy(self.dateEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportReviewDialog)

        QMetaObject.connectSlotsByName(ImportReviewDialog)
    # setupUi

    def retranslateUi(self, ImportReviewDialog):
        ImportReviewDialog.setWindowTitle(QCoreApplication.translate("ImportReviewDialog", u"Check the Import", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportReviewDialog", u"The document as read (left) and the issue recognised in it (right). Correct the masthead before importing.", None))
        self.seriesLabel.setText(QCoreApplication.translate("ImportReviewDialog", u"&Bulletin:", None))
        self.numberLabel.setText(QCoreApplication.translate("ImportReviewDialog", u"Issue &number:", None))
        self.specialLabel.setText(QCoreApplication.translate("ImportReviewDialog", u"&Special series:", None))
        self.specialEdit.setPlaceholderText(QCoreApplication.translate("ImportReviewDialog", u"none", None))
        self.specialNumberSpin.setSpecialValueText(QCoreApplication.translate("ImportReviewDialog", u"No number", None))
        self.specialNumberSpin.setPrefix(QCoreApplication.translate("ImportReviewDialog", u"No. ", None))
        self.officeLabel.setText(QCoreApplication.translate("ImportReviewDialog", u"&Office:", None))
        self.dateLabel.setText(QCoreApplication.translate("ImportReviewDialog", u"&Date:", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("ImportReviewDialog", u"yyyy-MM-dd", None))
    # retranslateUi

