# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'issue_list.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLineEdit, QPushButton, QTreeView, QVBoxLayout

class Ui_IssueListPanel(object):
    def setupUi(self, IssueListPanel):
        if not IssueListPanel.objectName():
            IssueListPanel.setObjectName(u"IssueListPanel")
        IssueListPanel.resize(300, 480)
        self.listLayout = QVBoxLayout(IssueListPanel)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(4, 4, 4, 4)
        self.filterEdit = QLineEdit(IssueListPanel)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.listLayout.addWidget(self.filterEdit)

        self.issueView = QTreeView(IssueListPanel)
        self.issueView.setObjectName(u"issueView")
        self.issueView.setRootIsDecorated(False)
        self.issueView.setUniformRowHeights(True)
        self.issueView.setAlternatingRowColors(True)
        self.issueView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.listLayout.addWidget(self.issueView)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.newIssueButton = QPushButton(IssueListPanel)
        self.newIssueButton.setObjectName(u"newIssueButton")

        self.buttonRow.addWidget(self.newIssueButton)

        self.openIssueButton = QPushButton(IssueListPanel)
        self.openIssueButton.setObjectName(u"openIssueButton")

        self.buttonRow.addWidget(self.openIssueButton)

        self.deleteIssueButton = QPushButton(IssueListPanel)
        self.deleteIssueButton.setObjectName(u"deleteIssueButton")

        self.buttonRow.addWidget(self.deleteIssueButton)


        self.listLayout.addLayout(self.buttonRow)


        self.retranslateUi(IssueListPanel)

        QMetaObject.connectSlotsByName(IssueListPanel)
    # setupUi

    def retranslateUi(self, IssueListPanel):
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("IssueListPanel", u"Filter by number, date or special series", None))
        self.newIssueButton.setText(QCoreApplication.translate("IssueListPanel", u"&New issue", None))
#if QT_CONFIG(tooltip)
        self.newIssueButton.setToolTip(QCoreApplication.translate("IssueListPanel", u"Start the next issue, continuing from the latest one", None))
#endif // QT_CONFIG(tooltip)
        self.openIssueButton.setText(QCoreApplication.translate("IssueListPanel", u"&Open", None))
        self.deleteIssueButton.setText(QCoreApplication.translate("IssueListPanel", u"De&lete", None))
        pass
    # retranslateUi

