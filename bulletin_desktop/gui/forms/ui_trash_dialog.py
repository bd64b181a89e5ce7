# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'trash_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTreeWidget, QVBoxLayout

class Ui_TrashDialog(object):
    def setupUi(self, TrashDialog):
        if not TrashDialog.objectName():
            TrashDialog.setObjectName(u"TrashDialog")
        TrashDialog.resize(720, 420)
        self.trashLayout = QVBoxLayout(TrashDialog)
        self.trashLayout.setObjectName(u"trashLayout")
        self.explanation = QLabel(TrashDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.trashLayout.addWidget(self.explanation)

        self.itemList = QTreeWidget(TrashDialog)
        self.itemList.setObjectName(u"itemList")
        self.itemList.setRootIsDecorated(False)
        self.itemList.setUniformRowHeights(True)

        self.trashLayout.addWidget(self.itemList)

        self.retentionRow = QHBoxLayout()
        self.retentionRow.setObjectName(u"retentionRow")
        self.retentionLabel = QLabel(TrashDialog)
        self.retentionLabel.setObjectName(u"retentionLabel")

        self.retentionRow.addWidget(self.retentionLabel)

        self.retentionSpin = QSpinBox(TrashDialog)
        self.retentionSpin.setObjectName(u"retentionSpin")
        self.retentionSpin.setMinimum(1)
        self.retentionSpin.setMaximum(3650)
        self.retentionSpin.setValue(90)

        self.retentionRow.addWidget(self.retentionSpin)

        self.retentionUnit = QLabel(TrashDialog)
        self.retentionUnit.setObjectName(u"retentionUnit")

        self.retentionRow.addWidget(self.retentionUnit)

        self.retentionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.retentionRow.addItem(self.retentionSpacer)


        self.trashLayout.addLayout(self.retentionRow)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.restoreButton = QPushButton(TrashDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonRow.addWidget(self.restoreButton)

        self.emptyButton = QPushButton(TrashDialog)
        self.emptyButton.setObjectName(u"emptyButton")

        self.buttonRow.addWidget(self.emptyButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(TrashDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.trashLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.retentionLabel.setBuddy(self.retentionSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TrashDialog)
        self.closeButton.clicked.connect(TrashDialog.accept)

        QMetaObject.connectSlotsByName(TrashDialog)
    # setupUi

    def retranslateUi(self, TrashDialog):
        TrashDialog.setWindowTitle(QCoreApplication.translate("TrashDialog", u"Trash", None))
        self.explanation.setText(QCoreApplication.translate("TrashDialog", u"Deleted issues, and sections and entries that undo can no longer bring back. Restoring puts an item back where it was.", None))
        ___qtreewidgetitem = self.itemList.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("TrashDialog", u"What", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("TrashDialog", u"Kind", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("TrashDialog", u"Deleted", None))
        self.retentionLabel.setText(QCoreApplication.translate("TrashDialog", u"Keep deleted items for", None))
        self.retentionUnit.setText(QCoreApplication.translate("TrashDialog", u"days (older items are removed when the archive opens)", None))
        self.restoreButton.setText(QCoreApplication.translate("TrashDialog", u"&Restore", None))
        self.emptyButton.setText(QCoreApplication.translate("TrashDialog", u"&Empty Trash\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("TrashDialog", u"&Close", None))
    # retranslateUi

