# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inbox_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QListView, QSizePolicy, QSplitter, QTableView, QToolButton, QVBoxLayout, QWidget

class Ui_InboxPanel(object):
    def setupUi(self, InboxPanel):
        if not InboxPanel.objectName():
            InboxPanel.setObjectName(u"InboxPanel")
        InboxPanel.resize(420, 600)
        InboxPanel.setAcceptDrops(True)
        self.inboxLayout = QVBoxLayout(InboxPanel)
        self.inboxLayout.setObjectName(u"inboxLayout")
        self.inboxLayout.setContentsMargins(4, 4, 4, 4)
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.statusCombo = QComboBox(InboxPanel)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterRow.addWidget(self.statusCombo)

        self.unitCombo = QComboBox(InboxPanel)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unitCombo.setMinimumContentsLength(6)

        self.filterRow.addWidget(self.unitCombo)

        self.searchEdit = QLineEdit(InboxPanel)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.searchEdit)


        self.inboxLayout.addLayout(self.filterRow)

        self.dateRow = QHBoxLayout()
        self.dateRow.setObjectName(u"dateRow")
        self.dateCheck = QCheckBox(InboxPanel)
        self.dateCheck.setObjectName(u"dateCheck")

        self.dateRow.addWidget(self.dateCheck)

        self.fromDate = QDateEdit(InboxPanel)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setMinimumSize(QSize(100, 0))
        self.fromDate.setCalendarPopup(True)
        self.fromDate.setDisplayFormat(u"yyyy\u5e74M\u6708d\u65e5")

        self.dateRow.addWidget(self.fromDate)

        self.toLabel = QLabel(InboxPanel)
        self.toLabel.setObjectName(u"toLabel")

        self.dateRow.addWidget(self.toLabel)

        self.toDate = QDateEdit(InboxPanel)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setMinimumSize(QSize(100, 0))
        self.toDate.setCalendarPopup(True)
        self.toDate.setDisplayFormat(u"yyyy\u5e74M\u6708d\u65e5")

        self.dateRow.addWidget(self.toDate)


        self.inboxLayout.addLayout(self.dateRow)

        self.inboxSplitter = QSplitter(InboxPanel)
        self.inboxSplitter.setObjectName(u"inboxSplitter")
        self.inboxSplitter.setOrientation(Qt.Orientation.Vertical)
        self.submissionView = QTableView(self.inboxSplitter)
        self.submissionView.setObjectName(u"submissionView")
        self.submissionView.setDragEnabled(True)
        self.submissionView.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.submissionView.setAlternatingRowColors(True)
        self.submissionView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.submissionView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.submissionView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.submissionView.setWordWrap(False)
        self.submissionView.setTabKeyNavigation(False)
        self.inboxSplitter.addWidget(self.submissionView)
        self.detailPane = QWidget(self.inboxSplitter)
        self.detailPane.setObjectName(u"detailPane")
        self.detailLayout = QVBoxLayout(self.detailPane)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.detailUnitRow = QHBoxLayout()
        self.detailUnitRow.setObjectName(u"detailUnitRow")
        self.detailUnitLabel = QLabel(self.detailPane)
        self.detailUnitLabel.setObjectName(u"detailUnitLabel")

        self.detailUnitRow.addWidget(self.detailUnitLabel)

        self.detailUnitCombo = QComboBox(self.detailPane)
        self.detailUnitCombo.setObjectName(u"detailUnitCombo")
        self.detailUnitCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.detailUnitCombo.setMinimumContentsLength(4)

        self.detailUnitRow.addWidget(self.detailUnitCombo)

        self.detailUnitRow.setStretch(1, 1)

        self.detailLayout.addLayout(self.detailUnitRow)

        self.statusValue = QLabel(self.detailPane)
        self.statusValue.setObjectName(u"statusValue")
        self.statusValue.setWordWrap(True)
        self.statusValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.addWidget(self.statusValue)

        self.candidatesLabel = QLabel(self.detailPane)
        self.candidatesLabel.setObjectName(u"candidatesLabel")
        self.candidatesLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.candidatesLabel)

        self.candidateView = QListView(self.detailPane)
        self.candidateView.setObjectName(u"candidateView")
        self.candidateView.setDragEnabled(True)
        self.candidateView.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.candidateView.setWordWrap(True)
        self.candidateView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.detailLayout.addWidget(self.candidateView)

        self.inboxSplitter.addWidget(self.detailPane)

        self.inboxLayout.addWidget(self.inboxSplitter)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.importButton = QToolButton(InboxPanel)
        self.importButton.setObjectName(u"importButton")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.importButton.sizePolicy().hasHeightForWidth())
        self.importButton.setSizePolicy(sizePolicy)

        self.buttonRow.addWidget(self.importButton)

        self.pasteButton = QToolButton(InboxPanel)
        self.pasteButton.setObjectName(u"pasteButton")
        sizePolicy.setHeightForWidth(self.pasteButton.sizePolicy().hasHeightForWidth())
        self.pasteButton.setSizePolicy(sizePolicy)

        self.buttonRow.addWidget(self.pasteButton)

        self.editButton = QToolButton(InboxPanel)
        self.editButton.setObjectName(u"editButton")
        sizePolicy.setHeightForWidth(self.editButton.sizePolicy().hasHeightForWidth())
        self.editButton.setSizePolicy(sizePolicy)

        self.buttonRow.addWidget(self.editButton)

        self.adoptButton = QToolButton(InboxPanel)
        self.adoptButton.setObjectName(u"adoptButton")
        sizePolicy.setHeightForWidth(self.adoptButton.sizePolicy().hasHeightForWidth())
        self.adoptButton.setSizePolicy(sizePolicy)

        self.buttonRow.addWidget(self.adoptButton)

        self.declineButton = QToolButton(InboxPanel)
        self.declineButton.setObjectName(u"declineButton")
        sizePolicy.setHeightForWidth(self.declineButton.sizePolicy().hasHeightForWidth())
        self.declineButton.setSizePolicy(sizePolicy)

        self.buttonRow.addWidget(self.declineButton)


        self.inboxLayout.addLayout(self.buttonRow)


        self.retranslateUi(InboxPanel)

        QMetaObject.connectSlotsByName(InboxPanel)
    # setupUi

    def retranslateUi(self, InboxPanel):
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("InboxPanel", u"Show submissions with this status", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.unitCombo.setToolTip(QCoreApplication.translate("InboxPanel", u"Show submissions of this unit", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("InboxPanel", u"Search title and text", None))
        self.dateCheck.setText(QCoreApplication.translate("InboxPanel", u"Received from", None))
        self.toLabel.setText(QCoreApplication.translate("InboxPanel", u"to", None))
        self.detailUnitLabel.setText(QCoreApplication.translate("InboxPanel", u"Unit:", None))
#if QT_CONFIG(tooltip)
        self.detailUnitCombo.setToolTip(QCoreApplication.translate("InboxPanel", u"The unit this submission comes from", None))
#endif // QT_CONFIG(tooltip)
        self.candidatesLabel.setText(QCoreApplication.translate("InboxPanel", u"Candidate entries (drag one onto a section, or double-click it, to adopt it alone):", None))
        self.importButton.setText(QCoreApplication.translate("InboxPanel", u"&Import\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("InboxPanel", u"Register Word or text files as submissions", None))
#endif // QT_CONFIG(tooltip)
        self.pasteButton.setText(QCoreApplication.translate("InboxPanel", u"&Paste", None))
#if QT_CONFIG(tooltip)
        self.pasteButton.setToolTip(QCoreApplication.translate("InboxPanel", u"Register the text on the clipboard as a submission", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("InboxPanel", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("InboxPanel", u"Change the received date, unit, title, text or note of the submission", None))
#endif // QT_CONFIG(tooltip)
        self.adoptButton.setText(QCoreApplication.translate("InboxPanel", u"&Adopt to\u2026", None))
#if QT_CONFIG(tooltip)
        self.adoptButton.setToolTip(QCoreApplication.translate("InboxPanel", u"Add the submission (or the chosen candidate) to a section of the open issue", None))
#endif // QT_CONFIG(tooltip)
        self.declineButton.setText(QCoreApplication.translate("InboxPanel", u"&Decline\u2026", None))
        pass
    # retranslateUi

