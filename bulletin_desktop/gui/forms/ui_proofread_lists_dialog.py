# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'proofread_lists_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_ProofreadListsDialog(object):
    def setupUi(self, ProofreadListsDialog):
        if not ProofreadListsDialog.objectName():
            ProofreadListsDialog.setObjectName(u"ProofreadListsDialog")
        ProofreadListsDialog.resize(560, 480)
        self.listsLayout = QVBoxLayout(ProofreadListsDialog)
        self.listsLayout.setObjectName(u"listsLayout")
        self.tabs = QTabWidget(ProofreadListsDialog)
        self.tabs.setObjectName(u"tabs")
        self.termsPage = QWidget()
        self.termsPage.setObjectName(u"termsPage")
        self.termsPageLayout = QVBoxLayout(self.termsPage)
        self.termsPageLayout.setObjectName(u"termsPageLayout")
        self.termsLabel = QLabel(self.termsPage)
        self.termsLabel.setObjectName(u"termsLabel")
        self.termsLabel.setWordWrap(True)

        self.termsPageLayout.addWidget(self.termsLabel)

        self.terms = QTableWidget(self.termsPage)
        if (self.terms.columnCount() < 3):
            self.terms.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.terms.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.terms.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.terms.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.terms.setObjectName(u"terms")
        self.terms.verticalHeader().setVisible(False)

        self.termsPageLayout.addWidget(self.terms)

        self.termButtons = QHBoxLayout()
        self.termButtons.setObjectName(u"termButtons")
        self.addTermButton = QPushButton(self.termsPage)
        self.addTermButton.setObjectName(u"addTermButton")

        self.termButtons.addWidget(self.addTermButton)

        self.removeTermButton = QPushButton(self.termsPage)
        self.removeTermButton.setObjectName(u"removeTermButton")

        self.termButtons.addWidget(self.removeTermButton)

        self.termButtonsStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.termButtons.addItem(self.termButtonsStretch)


        self.termsPageLayout.addLayout(self.termButtons)

        self.tabs.addTab(self.termsPage, "")
        self.ignoredPage = QWidget()
        self.ignoredPage.setObjectName(u"ignoredPage")
        self.ignoredPageLayout = QVBoxLayout(self.ignoredPage)
        self.ignoredPageLayout.setObjectName(u"ignoredPageLayout")
        self.ignoresLabel = QLabel(self.ignoredPage)
        self.ignoresLabel.setObjectName(u"ignoresLabel")
        self.ignoresLabel.setWordWrap(True)

        self.ignoredPageLayout.addWidget(self.ignoresLabel)

        self.ignores = QTableWidget(self.ignoredPage)
        if (self.ignores.columnCount() < 2):
            self.ignores.setColumnCount(2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.ignores.setHorizontalHeaderItem(0, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.ignores.setHorizontalHeaderItem(1, __qtablewidgetitem4)
        self.ignores.setObjectName(u"ignores")
        self.ignores.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ignores.setTabKeyNavigation(False)
        self.ignores.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ignores.verticalHeader().setVisible(False)

        self.ignoredPageLayout.addWidget(self.ignores)

        self.ignoreButtons = QHBoxLayout()
        self.ignoreButtons.setObjectName(u"ignoreButtons")
        self.unignoreButton = QPushButton(self.ignoredPage)
        self.unignoreButton.setObjectName(u"unignoreButton")

        self.ignoreButtons.addWidget(self.unignoreButton)

        self.ignoreButtonsStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ignoreButtons.addItem(self.ignoreButtonsStretch)


        self.ignoredPageLayout.addLayout(self.ignoreButtons)

        self.ignoredHereLabel = QLabel(self.ignoredPage)
        self.ignoredHereLabel.setObjectName(u"ignoredHereLabel")
        self.ignoredHereLabel.setWordWrap(True)

        self.ignoredPageLayout.addWidget(self.ignoredHereLabel)

        self.ignoredHere = QTableWidget(self.ignoredPage)
        if (self.ignoredHere.columnCount() < 2):
            self.ignoredHere.setColumnCount(2)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.ignoredHere.setHorizontalHeaderItem(0, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.ignoredHere.setHorizontalHeaderItem(1, __qtablewidgetitem6)
        self.ignoredHere.setObjectName(u"ignoredHere")
        self.ignoredHere.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ignoredHere.setTabKeyNavigation(False)
        self.ignoredHere.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ignoredHere.verticalHeader().setVisible(False)

        self.ignoredPageLayout.addWidget(self.ignoredHere)

        self.ignoredHereButtons = QHBoxLayout()
        self.ignoredHereButtons.setObjectName(u"ignoredHereButtons")
        self.unignoreHereButton = QPushButton(self.ignoredPage)
        self.unignoreHereButton.setObjectName(u"unignoreHereButton")

        self.ignoredHereButtons.addWidget(self.unignoreHereButton)

        self.ignoredHereButtonsStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ignoredHereButtons.addItem(self.ignoredHereButtonsStretch)


        self.ignoredPageLayout.addLayout(self.ignoredHereButtons)

        self.tabs.addTab(self.ignoredPage, "")
        self.unitsPage = QWidget()
        self.unitsPage.setObjectName(u"unitsPage")
        self.unitsPageLayout = QVBoxLayout(self.unitsPage)
        self.unitsPageLayout.setObjectName(u"unitsPageLayout")
        self.unitVariantsLabel = QLabel(self.unitsPage)
        self.unitVariantsLabel.setObjectName(u"unitVariantsLabel")
        self.unitVariantsLabel.setWordWrap(True)

        self.unitsPageLayout.addWidget(self.unitVariantsLabel)

        self.unitVariants = QTableWidget(self.unitsPage)
        if (self.unitVariants.columnCount() < 2):
            self.unitVariants.setColumnCount(2)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.unitVariants.setHorizontalHeaderItem(0, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.unitVariants.setHorizontalHeaderItem(1, __qtablewidgetitem8)
        self.unitVariants.setObjectName(u"unitVariants")
        self.unitVariants.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unitVariants.setTabKeyNavigation(False)
        self.unitVariants.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unitVariants.verticalHeader().setVisible(False)

        self.unitsPageLayout.addWidget(self.unitVariants)

        self.unitButtons = QHBoxLayout()
        self.unitButtons.setObjectName(u"unitButtons")
        self.sameUnitButton = QPushButton(self.unitsPage)
        self.sameUnitButton.setObjectName(u"sameUnitButton")

        self.unitButtons.addWidget(self.sameUnitButton)

        self.unitButtonsStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.unitButtons.addItem(self.unitButtonsStretch)


        self.unitsPageLayout.addLayout(self.unitButtons)

        self.tabs.addTab(self.unitsPage, "")

        self.listsLayout.addWidget(self.tabs)

        self.ageRow = QHBoxLayout()
        self.ageRow.setObjectName(u"ageRow")
        self.maxAgeBefore = QLabel(ProofreadListsDialog)
        self.maxAgeBefore.setObjectName(u"maxAgeBefore")

        self.ageRow.addWidget(self.maxAgeBefore)

        self.maxAgeDays = QSpinBox(ProofreadListsDialog)
        self.maxAgeDays.setObjectName(u"maxAgeDays")
        self.maxAgeDays.setMinimum(1)
        self.maxAgeDays.setMaximum(3650)

        self.ageRow.addWidget(self.maxAgeDays)

        self.maxAgeAfter = QLabel(ProofreadListsDialog)
        self.maxAgeAfter.setObjectName(u"maxAgeAfter")

        self.ageRow.addWidget(self.maxAgeAfter)

        self.ageRowStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ageRow.addItem(self.ageRowStretch)


        self.listsLayout.addLayout(self.ageRow)

        self.buttonBox = QDialogButtonBox(ProofreadListsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.listsLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.maxAgeBefore.setBuddy(self.maxAgeDays)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProofreadListsDialog)

        QMetaObject.connectSlotsByName(ProofreadListsDialog)
    # setupUi

    def retranslateUi(self, ProofreadListsDialog):
        ProofreadListsDialog.setWindowTitle(QCoreApplication.translate("ProofreadListsDialog", u"Term list and ignored findings", None))
        self.termsLabel.setText(QCoreApplication.translate("ProofreadListsDialog", u"Terms: a form to flag, the form to use (empty for a banned word), a note.", None))
        ___qtablewidgetitem = self.terms.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ProofreadListsDialog", u"Form", None))
        ___qtablewidgetitem1 = self.terms.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ProofreadListsDialog", u"Use instead", None))
        ___qtablewidgetitem2 = self.terms.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ProofreadListsDialog", u"Note", None))
        self.addTermButton.setText(QCoreApplication.translate("ProofreadListsDialog", u"Add term", None))
        self.removeTermButton.setText(QCoreApplication.translate("ProofreadListsDialog", u"Remove term", None))
        self.tabs.setTabText(self.tabs.indexOf(self.termsPage), QCoreApplication.translate("ProofreadListsDialog", u"Terms", None))
        self.ignoresLabel.setText(QCoreApplication.translate("ProofreadListsDialog", u"Ignored everywhere:", None))
        ___qtablewidgetitem3 = self.ignores.horizontalHeaderItem(0)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ProofreadListsDialog", u"Kind of finding", None))
        ___qtablewidgetitem4 = self.ignores.horizontalHeaderItem(1)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ProofreadListsDialog", u"Text", None))
        self.unignoreButton.setText(QCoreApplication.translate("ProofreadListsDialog", u"Stop ignoring", None))
        self.ignoredHereLabel.setText(QCoreApplication.translate("ProofreadListsDialog", u"Ignored at one place of this issue:", None))
        ___qtablewidgetitem5 = self.ignoredHere.horizontalHeaderItem(0)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ProofreadListsDialog", u"Kind of finding", None))
        ___qtablewidgetitem6 = self.ignoredHere.horizontalHeaderItem(1)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("ProofreadListsDialog", u"Where", None))
        self.unignoreHereButton.setText(QCoreApplication.translate("ProofreadListsDialog", u"Show it again here", None))
        self.tabs.setTabText(self.tabs.indexOf(self.ignoredPage), QCoreApplication.translate("ProofreadListsDialog", u"Ignored findings", None))
        self.unitVariantsLabel.setText(QCoreApplication.translate("ProofreadListsDialog", u"Two spellings answered as two different units (not flagged any more):", None))
        ___qtablewidgetitem7 = self.unitVariants.horizontalHeaderItem(0)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("ProofreadListsDialog", u"Spelling", None))
        ___qtablewidgetitem8 = self.unitVariants.horizontalHeaderItem(1)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("ProofreadListsDialog", u"Not the same unit as", None))
#if QT_CONFIG(tooltip)
        self.sameUnitButton.setToolTip(QCoreApplication.translate("ProofreadListsDialog", u"Proofreading will suggest the common spelling again.", None))
#endif // QT_CONFIG(tooltip)
        self.sameUnitButton.setText(QCoreApplication.translate("ProofreadListsDialog", u"They are the same unit", None))
        self.tabs.setTabText(self.tabs.indexOf(self.unitsPage), QCoreApplication.translate("ProofreadListsDialog", u"Unit spellings", None))
        self.maxAgeBefore.setText(QCoreApplication.translate("ProofreadListsDialog", u"Flag an entry whose lead date is more than", None))
        self.maxAgeAfter.setText(QCoreApplication.translate("ProofreadListsDialog", u"days before the issue date", None))
    # retranslateUi

