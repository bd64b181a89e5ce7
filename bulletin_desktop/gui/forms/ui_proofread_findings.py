# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'proofread_findings.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout

class Ui_FindingsDock(object):
    def setupUi(self, FindingsDock):
        if not FindingsDock.objectName():
            FindingsDock.setObjectName(u"FindingsDock")
        self.findingsLayout = QVBoxLayout(FindingsDock)
        self.findingsLayout.setObjectName(u"findingsLayout")
        self.findingsLayout.setContentsMargins(0, 0, 0, 0)
        self.cleanupBanner = QFrame(FindingsDock)
        self.cleanupBanner.setObjectName(u"cleanupBanner")
        self.cleanupBanner.setStyleSheet(u"QFrame#cleanupBanner { background: #fff4ce; border-bottom: 1px solid #e0c36a; }")
        self.bannerLayout = QHBoxLayout(self.cleanupBanner)
        self.bannerLayout.setObjectName(u"bannerLayout")
        self.bannerLabel = QLabel(self.cleanupBanner)
        self.bannerLabel.setObjectName(u"bannerLabel")
        self.bannerLabel.setWordWrap(True)

        self.bannerLayout.addWidget(self.bannerLabel)

        self.cleanButton = QPushButton(self.cleanupBanner)
        self.cleanButton.setObjectName(u"cleanButton")

        self.bannerLayout.addWidget(self.cleanButton)


        self.findingsLayout.addWidget(self.cleanupBanner)

        self.exportNote = QLabel(FindingsDock)
        self.exportNote.setObjectName(u"exportNote")
        self.exportNote.setVisible(False)
        self.exportNote.setWordWrap(True)

        self.findingsLayout.addWidget(self.exportNote)

        self.archiveNote = QLabel(FindingsDock)
        self.archiveNote.setObjectName(u"archiveNote")

        self.findingsLayout.addWidget(self.archiveNote)

        self.tree = QTreeWidget(FindingsDock)
        __qtreewidgetitem = QTreeWidgetItem()
        __qtreewidgetitem.setText(0, u"1")
        self.tree.setHeaderItem(__qtreewidgetitem)
        self.tree.setObjectName(u"tree")
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.header().setVisible(False)

        self.findingsLayout.addWidget(self.tree)

        self.unitButtons = QGridLayout()
        self.unitButtons.setObjectName(u"unitButtons")
        self.sameUnitButton = QPushButton(FindingsDock)
        self.sameUnitButton.setObjectName(u"sameUnitButton")

        self.unitButtons.addWidget(self.sameUnitButton, 0, 0, 1, 1)

        self.differentUnitButton = QPushButton(FindingsDock)
        self.differentUnitButton.setObjectName(u"differentUnitButton")

        self.unitButtons.addWidget(self.differentUnitButton, 0, 1, 1, 1)

        self.compareButton = QPushButton(FindingsDock)
        self.compareButton.setObjectName(u"compareButton")

        self.unitButtons.addWidget(self.compareButton, 1, 0, 1, 1)


        self.findingsLayout.addLayout(self.unitButtons)

        self.findingButtons = QGridLayout()
        self.findingButtons.setObjectName(u"findingButtons")
        self.applyButton = QPushButton(FindingsDock)
        self.applyButton.setObjectName(u"applyButton")

        self.findingButtons.addWidget(self.applyButton, 0, 0, 1, 1)

        self.ignoreHereButton = QPushButton(FindingsDock)
        self.ignoreHereButton.setObjectName(u"ignoreHereButton")

        self.findingButtons.addWidget(self.ignoreHereButton, 0, 1, 1, 1)

        self.ignoreEverywhereButton = QPushButton(FindingsDock)
        self.ignoreEverywhereButton.setObjectName(u"ignoreEverywhereButton")

        self.findingButtons.addWidget(self.ignoreEverywhereButton, 1, 0, 1, 1)

        self.listsButton = QPushButton(FindingsDock)
        self.listsButton.setObjectName(u"listsButton")

        self.findingButtons.addWidget(self.listsButton, 1, 1, 1, 1)


        self.findingsLayout.addLayout(self.findingButtons)


        self.retranslateUi(FindingsDock)

        QMetaObject.connectSlotsByName(FindingsDock)
    # setupUi

    def retranslateUi(self, FindingsDock):
        self.cleanButton.setText(QCoreApplication.translate("FindingsDock", u"Clean up layout traces", None))
        self.archiveNote.setText(QCoreApplication.translate("FindingsDock", u"Checking against earlier issues\u2026", None))
        self.sameUnitButton.setText(QCoreApplication.translate("FindingsDock", u"Same unit, change to\u2026", None))
#if QT_CONFIG(tooltip)
        self.differentUnitButton.setToolTip(QCoreApplication.translate("FindingsDock", u"Remembered in the archive: this pair of spellings is not reported again", None))
#endif // QT_CONFIG(tooltip)
        self.differentUnitButton.setText(QCoreApplication.translate("FindingsDock", u"Not the same unit", None))
#if QT_CONFIG(tooltip)
        self.compareButton.setToolTip(QCoreApplication.translate("FindingsDock", u"This entry beside the earlier one, the differing characters highlighted", None))
#endif // QT_CONFIG(tooltip)
        self.compareButton.setText(QCoreApplication.translate("FindingsDock", u"Compare", None))
        self.applyButton.setText(QCoreApplication.translate("FindingsDock", u"Apply", None))
        self.ignoreHereButton.setText(QCoreApplication.translate("FindingsDock", u"Ignore here", None))
        self.ignoreEverywhereButton.setText(QCoreApplication.translate("FindingsDock", u"Ignore everywhere", None))
#if QT_CONFIG(tooltip)
        self.listsButton.setToolTip(QCoreApplication.translate("FindingsDock", u"The term list and what is ignored everywhere, kept in the archive", None))
#endif // QT_CONFIG(tooltip)
        self.listsButton.setText(QCoreApplication.translate("FindingsDock", u"Lists\u2026", None))
        pass
    # retranslateUi

