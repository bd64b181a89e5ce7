# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'find_bar.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QToolButton

class Ui_FindBar(object):
    def setupUi(self, FindBar):
        if not FindBar.objectName():
            FindBar.setObjectName(u"FindBar")
        FindBar.resize(640, 36)
        self.findLayout = QHBoxLayout(FindBar)
        self.findLayout.setObjectName(u"findLayout")
        self.findLayout.setContentsMargins(8, 4, 8, 4)
        self.findLabel = QLabel(FindBar)
        self.findLabel.setObjectName(u"findLabel")

        self.findLayout.addWidget(self.findLabel)

        self.findEdit = QLineEdit(FindBar)
        self.findEdit.setObjectName(u"findEdit")
        self.findEdit.setMinimumSize(QSize(240, 0))
        self.findEdit.setClearButtonEnabled(True)

        self.findLayout.addWidget(self.findEdit)

        self.previousButton = QPushButton(FindBar)
        self.previousButton.setObjectName(u"previousButton")

        self.findLayout.addWidget(self.previousButton)

        self.nextButton = QPushButton(FindBar)
        self.nextButton.setObjectName(u"nextButton")

        self.findLayout.addWidget(self.nextButton)

        self.matchLabel = QLabel(FindBar)
        self.matchLabel.setObjectName(u"matchLabel")
        self.matchLabel.setText(u"")

        self.findLayout.addWidget(self.matchLabel)

        self.findSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.findLayout.addItem(self.findSpacer)

        self.closeButton = QToolButton(FindBar)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoRaise(True)

        self.findLayout.addWidget(self.closeButton)

#if QT_CONFIG(shortcut)
        self.findLabel.setBuddy(self.findEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FindBar)

        QMetaObject.connectSlotsByName(FindBar)
    # setupUi

    def retranslateUi(self, FindBar):
        self.findLabel.setText(QCoreApplication.translate("FindBar", u"F&ind in this issue:", None))
        self.findEdit.setPlaceholderText(QCoreApplication.translate("FindBar", u"Text to find", None))
        self.previousButton.setText(QCoreApplication.translate("FindBar", u"&Previous", None))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("FindBar", u"Previous match (Shift+Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.nextButton.setText(QCoreApplication.translate("FindBar", u"&Next", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("FindBar", u"Next match (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("FindBar", u"Close", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("FindBar", u"Close the find bar (Esc)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

