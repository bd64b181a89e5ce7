# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'entry_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from bulletin_desktop.gui.field_edit import FieldLineEdit
from bulletin_desktop.gui.rich_edit import RichEdit

class Ui_EntryEditor(object):
    def setupUi(self, EntryEditor):
        if not EntryEditor.objectName():
            EntryEditor.setObjectName(u"EntryEditor")
        EntryEditor.resize(520, 640)
        self.editorLayout = QVBoxLayout(EntryEditor)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(12, 8, 12, 6)
        self.headerLabel = QLabel(EntryEditor)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"")

        self.editorLayout.addWidget(self.headerLabel)

        self.pages = QStackedWidget(EntryEditor)
        self.pages.setObjectName(u"pages")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyHint = QLabel(self.emptyPage)
        self.emptyHint.setObjectName(u"emptyHint")
        self.emptyHint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyHint.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyHint)

        self.pages.addWidget(self.emptyPage)
        self.sectionPage = QWidget()
        self.sectionPage.setObjectName(u"sectionPage")
        self.sectionLayout = QFormLayout(self.sectionPage)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.sectionTitleLabel = QLabel(self.sectionPage)
        self.sectionTitleLabel.setObjectName(u"sectionTitleLabel")

        self.sectionLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sectionTitleLabel)

        self.sectionTitleEdit = FieldLineEdit(self.sectionPage)
        self.sectionTitleEdit.setObjectName(u"sectionTitleEdit")

        self.sectionLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sectionTitleEdit)

        self.sectionHint = QLabel(self.sectionPage)
        self.sectionHint.setObjectName(u"sectionHint")
        self.sectionHint.setWordWrap(True)

        self.sectionLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sectionHint)

        self.pages.addWidget(self.sectionPage)
        self.itemPage = QWidget()
        self.itemPage.setObjectName(u"itemPage")
        self.itemLayout = QVBoxLayout(self.itemPage)
        self.itemLayout.setObjectName(u"itemLayout")
        self.itemLayout.setContentsMargins(0, -1, 0, -1)
        self.itemFields = QFormLayout()
        self.itemFields.setObjectName(u"itemFields")
        self.dateLabel = QLabel(self.itemPage)
        self.dateLabel.setObjectName(u"dateLabel")

        self.itemFields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = FieldLineEdit(self.itemPage)
        self.dateEdit.setObjectName(u"dateEdit")

        self.itemFields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.unitLabel = QLabel(self.itemPage)
        self.unitLabel.setObjectName(u"unitLabel")

        self.itemFields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitEdit = FieldLineEdit(self.itemPage)
        self.unitEdit.setObjectName(u"unitEdit")

        self.itemFields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitEdit)


        self.itemLayout.addLayout(self.itemFields)

        self.itemBodyLabel = QLabel(self.itemPage)
        self.itemBodyLabel.setObjectName(u"itemBodyLabel")

        self.itemLayout.addWidget(self.itemBodyLabel)

        self.itemBody = RichEdit(self.itemPage)
        self.itemBody.setObjectName(u"itemBody")

        self.itemLayout.addWidget(self.itemBody)

        self.markFields = QFormLayout()
        self.markFields.setObjectName(u"markFields")
        self.markLabel = QLabel(self.itemPage)
        self.markLabel.setObjectName(u"markLabel")

        self.markFields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.markLabel)

        self.markEdit = FieldLineEdit(self.itemPage)
        self.markEdit.setObjectName(u"markEdit")

        self.markFields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.markEdit)


        self.itemLayout.addLayout(self.markFields)

        self.pages.addWidget(self.itemPage)
        self.articlePage = QWidget()
        self.articlePage.setObjectName(u"articlePage")
        self.articleLayout = QVBoxLayout(self.articlePage)
        self.articleLayout.setObjectName(u"articleLayout")
        self.articleLayout.setContentsMargins(0, -1, 0, -1)
        self.articleFields = QFormLayout()
        self.articleFields.setObjectName(u"articleFields")
        self.articleTitleLabel = QLabel(self.articlePage)
        self.articleTitleLabel.setObjectName(u"articleTitleLabel")

        self.articleFields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.articleTitleLabel)

        self.articleTitleEdit = FieldLineEdit(self.articlePage)
        self.articleTitleEdit.setObjectName(u"articleTitleEdit")

        self.articleFields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.articleTitleEdit)


        self.articleLayout.addLayout(self.articleFields)

        self.articleBodyLabel = QLabel(self.articlePage)
        self.articleBodyLabel.setObjectName(u"articleBodyLabel")
        self.articleBodyLabel.setWordWrap(True)

        self.articleLayout.addWidget(self.articleBodyLabel)

        self.articleBody = RichEdit(self.articlePage)
        self.articleBody.setObjectName(u"articleBody")

        self.articleLayout.addWidget(self.articleBody)

        self.pages.addWidget(self.articlePage)

        self.editorLayout.addWidget(self.pages)

        self.counterLabel = QLabel(EntryEditor)
        self.counterLabel.setObjectName(u"counterLabel")
        self.counterLabel.setText(u"")
        self.counterLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.editorLayout.addWidget(self.counterLabel)

#if QT_CONFIG(shortcut)
        self.sectionTitleLabel.setBuddy(self.sectionTitleEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.unitLabel.setBuddy(self.unitEdit)
        self.itemBodyLabel.setBuddy(self.itemBody)
        self.markLabel.setBuddy(self.markEdit)
        self.articleTitleLabel.setBuddy(self.articleTitleEdit)
        self.articleBodyLabel.setBuddy(self.articleBody)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.unitEdit)
        QWidget.setTabOrder(self.unitEdit, self.itemBody)
        QWidget.setTabOrder(self.itemBody, self.markEdit)
        QWidget.setTabOrder(self.markEdit, self.articleTitleEdit)
        QWidget.setTabOrder(self.articleTitleEdit, self.articleBody)

        self.retranslateUi(EntryEditor)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(EntryEditor)
    # setupUi

    def retranslateUi(self, EntryEditor):
        self.emptyHint.setText(QCoreApplication.translate("EntryEditor", u"Choose an entry in the list on the left, or press Insert to add one.", None))
        self.sectionTitleLabel.setText(QCoreApplication.translate("EntryEditor", u"Section na&me", None))
        self.sectionHint.setText(QCoreApplication.translate("EntryEditor", u"Printed in brackets, e.g. \u3010Arrangements\u3011. Press Insert to add an entry to this section.", None))
        self.dateLabel.setText(QCoreApplication.translate("EntryEditor", u"&Date", None))
        self.dateEdit.setPlaceholderText(QCoreApplication.translate("EntryEditor", u"e.g. 11\u670815\u65e5 or 11\u670814\u65e5\u201411\u670818\u65e5", None))
        self.unitLabel.setText(QCoreApplication.translate("EntryEditor", u"Reporting &unit", None))
        self.unitEdit.setPlaceholderText(QCoreApplication.translate("EntryEditor", u"Printed in bold after the date (optional)", None))
        self.itemBodyLabel.setText(QCoreApplication.translate("EntryEditor", u"&Text", None))
        self.markLabel.setText(QCoreApplication.translate("EntryEditor", u"Nu&mber or title", None))
        self.markEdit.setPlaceholderText(QCoreApplication.translate("EntryEditor", u"Before the date: a number (1\uff0e, \u25c6) or a run-in title (optional)", None))
        self.articleTitleLabel.setText(QCoreApplication.translate("EntryEditor", u"Article na&me", None))
        self.articleBodyLabel.setText(QCoreApplication.translate("EntryEditor", u"Te&xt (one per line; \u4e00\u3001\u2026 opens a heading)", None))
        pass
    # retranslateUi

