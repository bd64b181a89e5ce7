# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'units_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableWidget, QVBoxLayout, QWidget

class Ui_UnitsDialog(object):
    def setupUi(self, UnitsDialog):
        if not UnitsDialog.objectName():
            UnitsDialog.setObjectName(u"UnitsDialog")
        UnitsDialog.resize(640, 480)
        self.dialogLayout = QVBoxLayout(UnitsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(UnitsDialog)
        self.tabs.setObjectName(u"tabs")
        self.unitsTab = QWidget()
        self.unitsTab.setObjectName(u"unitsTab")
        self.unitsLayout = QVBoxLayout(self.unitsTab)
        self.unitsLayout.setObjectName(u"unitsLayout")
        self.unitsTable = QTableWidget(self.unitsTab)
        self.unitsTable.setObjectName(u"unitsTable")
        self.unitsTable.setTabKeyNavigation(False)
        self.unitsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unitsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.unitsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.unitsLayout.addWidget(self.unitsTable)

        self.unitButtons = QHBoxLayout()
        self.unitButtons.setObjectName(u"unitButtons")
        self.addButton = QPushButton(self.unitsTab)
        self.addButton.setObjectName(u"addButton")

        self.unitButtons.addWidget(self.addButton)

        self.renameButton = QPushButton(self.unitsTab)
        self.renameButton.setObjectName(u"renameButton")

        self.unitButtons.addWidget(self.renameButton)

        self.mergeButton = QPushButton(self.unitsTab)
        self.mergeButton.setObjectName(u"mergeButton")

        self.unitButtons.addWidget(self.mergeButton)

        self.aliasesButton = QPushButton(self.unitsTab)
        self.aliasesButton.setObjectName(u"aliasesButton")

        self.unitButtons.addWidget(self.aliasesButton)

        self.categoryButton = QPushButton(self.unitsTab)
        self.categoryButton.setObjectName(u"categoryButton")

        self.unitButtons.addWidget(self.categoryButton)

        self.retireButton = QPushButton(self.unitsTab)
        self.retireButton.setObjectName(u"retireButton")

        self.unitButtons.addWidget(self.retireButton)


        self.unitsLayout.addLayout(self.unitButtons)

        self.registryButtons = QHBoxLayout()
        self.registryButtons.setObjectName(u"registryButtons")
        self.similarButton = QPushButton(self.unitsTab)
        self.similarButton.setObjectName(u"similarButton")

        self.registryButtons.addWidget(self.similarButton)

        self.undoMergeButton = QPushButton(self.unitsTab)
        self.undoMergeButton.setObjectName(u"undoMergeButton")
        self.undoMergeButton.setEnabled(False)

        self.registryButtons.addWidget(self.undoMergeButton)

        self.registryButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.registryButtons.addItem(self.registryButtonsSpacer)


        self.unitsLayout.addLayout(self.registryButtons)

        self.mergeNote = QLabel(self.unitsTab)
        self.mergeNote.setObjectName(u"mergeNote")
        self.mergeNote.setVisible(False)
        self.mergeNote.setWordWrap(True)
        self.mergeNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.unitsLayout.addWidget(self.mergeNote)

        self.tabs.addTab(self.unitsTab, "")
        self.scoringTab = QWidget()
        self.scoringTab.setObjectName(u"scoringTab")
        self.scoringLayout = QVBoxLayout(self.scoringTab)
        self.scoringLayout.setObjectName(u"scoringLayout")
        self.scoringTable = QTableWidget(self.scoringTab)
        self.scoringTable.setObjectName(u"scoringTable")

        self.scoringLayout.addWidget(self.scoringTable)

        self.addFlagButton = QPushButton(self.scoringTab)
        self.addFlagButton.setObjectName(u"addFlagButton")

        self.scoringLayout.addWidget(self.addFlagButton)

        self.tabs.addTab(self.scoringTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(UnitsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(UnitsDialog)

        QMetaObject.connectSlotsByName(UnitsDialog)
    # setupUi

    def retranslateUi(self, UnitsDialog):
        UnitsDialog.setWindowTitle(QCoreApplication.translate("UnitsDialog", u"Units and Scoring", None))
        self.addButton.setText(QCoreApplication.translate("UnitsDialog", u"&Add\u2026", None))
        self.renameButton.setText(QCoreApplication.translate("UnitsDialog", u"&Rename\u2026", None))
        self.mergeButton.setText(QCoreApplication.translate("UnitsDialog", u"&Merge into\u2026", None))
#if QT_CONFIG(tooltip)
        self.mergeButton.setToolTip(QCoreApplication.translate("UnitsDialog", u"Count this unit as part of another: its names, submissions and entries move there", None))
#endif // QT_CONFIG(tooltip)
        self.aliasesButton.setText(QCoreApplication.translate("UnitsDialog", u"&Also Written As\u2026", None))
#if QT_CONFIG(tooltip)
        self.aliasesButton.setToolTip(QCoreApplication.translate("UnitsDialog", u"The other ways the unit's name is written (short forms, old names), counted for it", None))
#endif // QT_CONFIG(tooltip)
        self.categoryButton.setText(QCoreApplication.translate("UnitsDialog", u"&Category\u2026", None))
        self.retireButton.setText(QCoreApplication.translate("UnitsDialog", u"Re&tire", None))
#if QT_CONFIG(tooltip)
        self.retireButton.setToolTip(QCoreApplication.translate("UnitsDialog", u"Keep its history but offer it no more for new submissions", None))
#endif // QT_CONFIG(tooltip)
        self.similarButton.setText(QCoreApplication.translate("UnitsDialog", u"Units Li&kely the Same\u2026", None))
#if QT_CONFIG(tooltip)
        self.similarButton.setToolTip(QCoreApplication.translate("UnitsDialog", u"Units that look like one (a name written short and in full, a county's office and the county), to merge", None))
#endif // QT_CONFIG(tooltip)
        self.undoMergeButton.setText(QCoreApplication.translate("UnitsDialog", u"&Undo Merge", None))
#if QT_CONFIG(tooltip)
        self.undoMergeButton.setToolTip(QCoreApplication.translate("UnitsDialog", u"Take back a merge (the last one made here at once, an older one picked from the record of merges): the unit merged away is back with its names, submissions and entries", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.unitsTab), QCoreApplication.translate("UnitsDialog", u"Units", None))
        self.addFlagButton.setText(QCoreApplication.translate("UnitsDialog", u"Add a &bonus\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.scoringTab), QCoreApplication.translate("UnitsDialog", u"Scoring", None))
    # retranslateUi

