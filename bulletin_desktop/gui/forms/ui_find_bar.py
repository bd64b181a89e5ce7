# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'find_bar.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QToolButton, QVBoxLayout, QWidget

class Ui_FindBar(object):
    def setupUi(self, FindBar):
        if not FindBar.objectName():
            FindBar.setObjectName(u"FindBar")
        FindBar.resize(640, 64)
        self.barLayout = QVBoxLayout(FindBar)
        self.barLayout.setSpacing(4)
        self.barLayout.setObjectName(u"barLayout")
        self.barLayout.setContentsMargins(8, 4, 8, 4)
        self.findLayout = QHBoxLayout()
        self.findLayout.setObjectName(u"findLayout")
        self.findLabel = QLabel(FindBar)
        self.findLabel.setObjectName(u"findLabel")

        self.findLayout.addWidget(self.findLabel)

        self.findEdit = QLineEdit(FindBar)
        self.findEdit.setObjectName(u"findEdit")
        self.findEdit.setMinimumSize(QSize(150, 0))
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
        self.matchLabel.setWordWrap(True)

        self.findLayout.addWidget(self.matchLabel)

        self.findSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.findLayout.addItem(self.findSpacer)

        self.closeButton = QToolButton(FindBar)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoRaise(True)

        self.findLayout.addWidget(self.closeButton)


        self.barLayout.addLayout(self.findLayout)

        self.replaceRow = QWidget(FindBar)
        self.replaceRow.setObjectName(u"replaceRow")
        self.replaceLayout = QHBoxLayout(self.replaceRow)
        self.replaceLayout.setObjectName(u"replaceLayout")
        self.replaceLayout.setContentsMargins(0, 0, 0, 0)
        self.replaceLabel = QLabel(self.replaceRow)
        self.replaceLabel.setObjectName(u"replaceLabel")

        self.replaceLayout.addWidget(self.replaceLabel)

        self.replaceEdit = QLineEdit(self.replaceRow)
        self.replaceEdit.setObjectName(u"replaceEdit")
        self.replaceEdit.setMinimumSize(QSize(150, 0))
        self.replaceEdit.setClearButtonEnabled(True)

        self.replaceLayout.addWidget(self.replaceEdit)

        self.replaceButton = QPushButton(self.replaceRow)
        self.replaceButton.setObjectName(u"replaceButton")

        self.replaceLayout.addWidget(self.replaceButton)

        self.replaceAllButton = QPushButton(self.replaceRow)
        self.replaceAllButton.setObjectName(u"replaceAllButton")

        self.replaceLayout.addWidget(self.replaceAllButton)

        self.replaceSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.replaceLayout.addItem(self.replaceSpacer)


        self.barLayout.addWidget(self.replaceRow)

#if QT_CONFIG(shortcut)
        self.findLabel.setBuddy(self.findEdit)
        self.replaceLabel.setBuddy(self.replaceEdit)
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
        self.replaceLabel.setText(QCoreApplication.translate("FindBar", u"Replace &with:", None))
        self.replaceEdit.setPlaceholderText(QCoreApplication.translate("FindBar", u"Replacement text", None))
        self.replaceButton.setText(QCoreApplication.translate("FindBar", u"Re&place", None))
#if QT_CONFIG(tooltip)
        self.replaceButton.setToolTip(QCoreApplication.translate("FindBar", u"Replace this match and go to the next one", None))
#endif // QT_CONFIG(tooltip)
        self.replaceAllButton.setText(QCoreApplication.translate("FindBar", u"Replace &All", None))
#if QT_CONFIG(tooltip)
        self.replaceAllButton.setToolTip(QCoreApplication.translate("FindBar", u"Replace every match in this issue (one step to undo)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

