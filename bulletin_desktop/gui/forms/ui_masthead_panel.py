# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'masthead_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSpinBox, QToolButton, QVBoxLayout, QWidget

from bulletin_desktop.gui.field_edit import (FieldDateEdit, FieldLineEdit)

class Ui_MastheadPanel(object):
    def setupUi(self, MastheadPanel):
        if not MastheadPanel.objectName():
            MastheadPanel.setObjectName(u"MastheadPanel")
        MastheadPanel.resize(320, 640)
        self.panelLayout = QVBoxLayout(MastheadPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.scrollArea = QScrollArea(MastheadPanel)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.contentsLayout = QVBoxLayout(self.scrollContents)
        self.contentsLayout.setObjectName(u"contentsLayout")
        self.mastheadForm = QFormLayout()
        self.mastheadForm.setObjectName(u"mastheadForm")
        self.seriesLabel = QLabel(self.scrollContents)
        self.seriesLabel.setObjectName(u"seriesLabel")

        self.mastheadForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.seriesLabel)

        self.seriesRow = QHBoxLayout()
        self.seriesRow.setSpacing(2)
        self.seriesRow.setObjectName(u"seriesRow")
        self.seriesEdit = FieldLineEdit(self.scrollContents)
        self.seriesEdit.setObjectName(u"seriesEdit")

        self.seriesRow.addWidget(self.seriesEdit)

        self.seriesButton = QToolButton(self.scrollContents)
        self.seriesButton.setObjectName(u"seriesButton")
        self.seriesButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.seriesButton.setArrowType(Qt.ArrowType.DownArrow)

        self.seriesRow.addWidget(self.seriesButton)


        self.mastheadForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.seriesRow)

        self.numberLabel = QLabel(self.scrollContents)
        self.numberLabel.setObjectName(u"numberLabel")

        self.mastheadForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberSpin = QSpinBox(self.scrollContents)
        self.numberSpin.setObjectName(u"numberSpin")
        self.numberSpin.setKeyboardTracking(False)
        self.numberSpin.setMinimum(1)
        self.numberSpin.setMaximum(99999)

        self.mastheadForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.numberSpin)

        self.numberFormLabel = QLabel(self.scrollContents)
        self.numberFormLabel.setObjectName(u"numberFormLabel")

        self.mastheadForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.numberFormLabel)

        self.numberFormCombo = QComboBox(self.scrollContents)
        self.numberFormCombo.addItem("")
        self.numberFormCombo.addItem("")
        self.numberFormCombo.addItem("")
        self.numberFormCombo.addItem("")
        self.numberFormCombo.addItem("")
        self.numberFormCombo.setObjectName(u"numberFormCombo")
        self.numberFormCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.numberFormCombo.setMinimumContentsLength(12)

        self.mastheadForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.numberFormCombo)

        self.numberYearLabel = QLabel(self.scrollContents)
        self.numberYearLabel.setObjectName(u"numberYearLabel")

        self.mastheadForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.numberYearLabel)

        self.numberYearSpin = QSpinBox(self.scrollContents)
        self.numberYearSpin.setObjectName(u"numberYearSpin")
        self.numberYearSpin.setKeyboardTracking(False)
        self.numberYearSpin.setMinimum(1900)
        self.numberYearSpin.setMaximum(2999)

        self.mastheadForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.numberYearSpin)

        self.yearNumberLabel = QLabel(self.scrollContents)
        self.yearNumberLabel.setObjectName(u"yearNumberLabel")

        self.mastheadForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.yearNumberLabel)

        self.yearNumberSpin = QSpinBox(self.scrollContents)
        self.yearNumberSpin.setObjectName(u"yearNumberSpin")
        self.yearNumberSpin.setKeyboardTracking(False)
        self.yearNumberSpin.setMinimum(1)
        self.yearNumberSpin.setMaximum(9999)

        self.mastheadForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.yearNumberSpin)

        self.specialNameLabel = QLabel(self.scrollContents)
        self.specialNameLabel.setObjectName(u"specialNameLabel")

        self.mastheadForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.specialNameLabel)

        self.specialNameEdit = FieldLineEdit(self.scrollContents)
        self.specialNameEdit.setObjectName(u"specialNameEdit")

        self.mastheadForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.specialNameEdit)

        self.specialNumberLabel = QLabel(self.scrollContents)
        self.specialNumberLabel.setObjectName(u"specialNumberLabel")

        self.mastheadForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.specialNumberLabel)

        self.specialNumberSpin = QSpinBox(self.scrollContents)
        self.specialNumberSpin.setObjectName(u"specialNumberSpin")
        self.specialNumberSpin.setKeyboardTracking(False)
        self.specialNumberSpin.setMinimum(0)
        self.specialNumberSpin.setMaximum(99999)

        self.mastheadForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.specialNumberSpin)

        self.dateLabel = QLabel(self.scrollContents)
        self.dateLabel.setObjectName(u"dateLabel")

        self.mastheadForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = FieldDateEdit(self.scrollContents)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"yyyy\u5e74M\u6708d\u65e5")

        self.mastheadForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.officeLabel = QLabel(self.scrollContents)
        self.officeLabel.setObjectName(u"officeLabel")

        self.mastheadForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.officeLabel)

        self.officeEdit = FieldLineEdit(self.scrollContents)
        self.officeEdit.setObjectName(u"officeEdit")

        self.mastheadForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.officeEdit)

        self.markingLabel = QLabel(self.scrollContents)
        self.markingLabel.setObjectName(u"markingLabel")

        self.mastheadForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.markingLabel)

        self.markingEdit = FieldLineEdit(self.scrollContents)
        self.markingEdit.setObjectName(u"markingEdit")

        self.mastheadForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.markingEdit)


        self.contentsLayout.addLayout(self.mastheadForm)

        self.signoffGroup = QGroupBox(self.scrollContents)
        self.signoffGroup.setObjectName(u"signoffGroup")
        self.signoffForm = QFormLayout(self.signoffGroup)
        self.signoffForm.setObjectName(u"signoffForm")
        self.editorsLabel = QLabel(self.signoffGroup)
        self.editorsLabel.setObjectName(u"editorsLabel")

        self.signoffForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.editorsLabel)

        self.editorsEdit = FieldLineEdit(self.signoffGroup)
        self.editorsEdit.setObjectName(u"editorsEdit")

        self.signoffForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.editorsEdit)

        self.reviewersLabel = QLabel(self.signoffGroup)
        self.reviewersLabel.setObjectName(u"reviewersLabel")

        self.signoffForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reviewersLabel)

        self.reviewersEdit = FieldLineEdit(self.signoffGroup)
        self.reviewersEdit.setObjectName(u"reviewersEdit")

        self.signoffForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reviewersEdit)

        self.signersLabel = QLabel(self.signoffGroup)
        self.signersLabel.setObjectName(u"signersLabel")

        self.signoffForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signersLabel)

        self.signersEdit = FieldLineEdit(self.signoffGroup)
        self.signersEdit.setObjectName(u"signersEdit")

        self.signoffForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signersEdit)

        self.othersLabel = QLabel(self.signoffGroup)
        self.othersLabel.setObjectName(u"othersLabel")

        self.signoffForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.othersLabel)

        self.othersEdit = FieldLineEdit(self.signoffGroup)
        self.othersEdit.setObjectName(u"othersEdit")

        self.signoffForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.othersEdit)


        self.contentsLayout.addWidget(self.signoffGroup)

        self.distributionGroup = QGroupBox(self.scrollContents)
        self.distributionGroup.setObjectName(u"distributionGroup")
        self.distributionGroupLayout = QVBoxLayout(self.distributionGroup)
        self.distributionGroupLayout.setObjectName(u"distributionGroupLayout")
        self.distributionRows = QVBoxLayout()
        self.distributionRows.setObjectName(u"distributionRows")

        self.distributionGroupLayout.addLayout(self.distributionRows)

        self.addDistributionButton = QPushButton(self.distributionGroup)
        self.addDistributionButton.setObjectName(u"addDistributionButton")

        self.distributionGroupLayout.addWidget(self.addDistributionButton)

        self.printRunForm = QFormLayout()
        self.printRunForm.setObjectName(u"printRunForm")
        self.printCopiesLabel = QLabel(self.distributionGroup)
        self.printCopiesLabel.setObjectName(u"printCopiesLabel")

        self.printRunForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.printCopiesLabel)

        self.printCopiesSpin = QSpinBox(self.distributionGroup)
        self.printCopiesSpin.setObjectName(u"printCopiesSpin")
        self.printCopiesSpin.setKeyboardTracking(False)
        self.printCopiesSpin.setMinimum(0)
        self.printCopiesSpin.setMaximum(999999)

        self.printRunForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.printCopiesSpin)


        self.distributionGroupLayout.addLayout(self.printRunForm)


        self.contentsLayout.addWidget(self.distributionGroup)

        self.saveDefaultsButton = QPushButton(self.scrollContents)
        self.saveDefaultsButton.setObjectName(u"saveDefaultsButton")

        self.contentsLayout.addWidget(self.saveDefaultsButton)

        self.bottomSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentsLayout.addItem(self.bottomSpacer)

        self.scrollArea.setWidget(self.scrollContents)

        self.panelLayout.addWidget(self.scrollArea)

#if QT_CONFIG(shortcut)
        self.seriesLabel.setBuddy(self.seriesEdit)
        self.numberLabel.setBuddy(self.numberSpin)
        self.numberFormLabel.setBuddy(self.numberFormCombo)
        self.numberYearLabel.setBuddy(self.numberYearSpin)
        self.yearNumberLabel.setBuddy(self.yearNumberSpin)
        self.specialNameLabel.setBuddy(self.specialNameEdit)
        self.specialNumberLabel.setBuddy(self.specialNumberSpin)
        self.dateLabel.setBuddy(self.dateEdit)
        self.officeLabel.setBuddy(self.officeEdit)
        self.markingLabel.setBuddy(self.markingEdit)
        self.editorsLabel.setBuddy(self.editorsEdit)
        self.reviewersLabel.setBuddy(self.reviewersEdit)
        self.signersLabel.setBuddy(self.signersEdit)
        self.othersLabel.setBuddy(self.othersEdit)
        self.printCopiesLabel.setBuddy(self.printCopiesSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MastheadPanel)

        QMetaObject.connectSlotsByName(MastheadPanel)
    # setupUi

    def retranslateUi(self, MastheadPanel):
        self.seriesLabel.setText(QCoreApplication.translate("MastheadPanel", u"Bulletin &name", None))
#if QT_CONFIG(tooltip)
        self.seriesEdit.setToolTip(QCoreApplication.translate("MastheadPanel", u"Typing renames this bulletin, for every issue of it", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.seriesButton.setToolTip(QCoreApplication.translate("MastheadPanel", u"Put this issue in another bulletin, or create a new bulletin", None))
#endif // QT_CONFIG(tooltip)
        self.seriesButton.setText(QCoreApplication.translate("MastheadPanel", u"Choose", None))
        self.numberLabel.setText(QCoreApplication.translate("MastheadPanel", u"Issue n&umber", None))
#if QT_CONFIG(tooltip)
        self.numberSpin.setToolTip(QCoreApplication.translate("MastheadPanel", u"The running number (\u603b\u671f\u53f7): the issue's number in the archive, one more for each new issue", None))
#endif // QT_CONFIG(tooltip)
        self.numberFormLabel.setText(QCoreApplication.translate("MastheadPanel", u"Number &form", None))
        self.numberFormCombo.setItemText(0, QCoreApplication.translate("MastheadPanel", u"Running number", None))
        self.numberFormCombo.setItemText(1, QCoreApplication.translate("MastheadPanel", u"By the year", None))
        self.numberFormCombo.setItemText(2, QCoreApplication.translate("MastheadPanel", u"Without the year", None))
        self.numberFormCombo.setItemText(3, QCoreApplication.translate("MastheadPanel", u"Without the running number", None))
        self.numberFormCombo.setItemText(4, QCoreApplication.translate("MastheadPanel", u"Running number with \u603b", None))

#if QT_CONFIG(tooltip)
        self.numberFormCombo.setToolTip(QCoreApplication.translate("MastheadPanel", u"How the issue line writes the number: the running number alone, or the number within the year beside it", None))
#endif // QT_CONFIG(tooltip)
        self.numberYearLabel.setText(QCoreApplication.translate("MastheadPanel", u"Numbering &year", None))
        self.yearNumberLabel.setText(QCoreApplication.translate("MastheadPanel", u"Number in the y&ear", None))
        self.specialNameLabel.setText(QCoreApplication.translate("MastheadPanel", u"&Special series", None))
        self.specialNameEdit.setPlaceholderText(QCoreApplication.translate("MastheadPanel", u"Optional, e.g. \u5b89\u5168\u751f\u4ea7\u5927\u68c0\u67e5\u4e13\u520a", None))
        self.specialNumberLabel.setText(QCoreApplication.translate("MastheadPanel", u"Special &number", None))
#if QT_CONFIG(tooltip)
        self.specialNumberSpin.setToolTip(QCoreApplication.translate("MastheadPanel", u"The special series' own number, printed after its name; none for a special series that numbers nothing", None))
#endif // QT_CONFIG(tooltip)
        self.specialNumberSpin.setSpecialValueText(QCoreApplication.translate("MastheadPanel", u"None", None))
        self.dateLabel.setText(QCoreApplication.translate("MastheadPanel", u"&Date", None))
        self.officeLabel.setText(QCoreApplication.translate("MastheadPanel", u"Issuing &office", None))
        self.markingLabel.setText(QCoreApplication.translate("MastheadPanel", u"Mar&king", None))
        self.markingEdit.setPlaceholderText(QCoreApplication.translate("MastheadPanel", u"Printed above the name, e.g. \u5185\u90e8\u8d44\u6599 \u6ce8\u610f\u4fdd\u5b58 (optional)", None))
        self.signoffGroup.setTitle(QCoreApplication.translate("MastheadPanel", u"Sign-off", None))
        self.editorsLabel.setText(QCoreApplication.translate("MastheadPanel", u"Edi&tors", None))
        self.editorsEdit.setPlaceholderText(QCoreApplication.translate("MastheadPanel", u"Names separated by spaces", None))
        self.reviewersLabel.setText(QCoreApplication.translate("MastheadPanel", u"&Reviewed by", None))
        self.reviewersEdit.setPlaceholderText(QCoreApplication.translate("MastheadPanel", u"Names separated by spaces", None))
        self.signersLabel.setText(QCoreApplication.translate("MastheadPanel", u"Si&gned off by", None))
        self.signersEdit.setPlaceholderText(QCoreApplication.translate("MastheadPanel", u"Names separated by spaces", None))
        self.othersLabel.setText(QCoreApplication.translate("MastheadPanel", u"Ot&her roles", None))
#if QT_CONFIG(tooltip)
        self.othersEdit.setToolTip(QCoreApplication.translate("MastheadPanel", u"Roles printed on the sign-off line besides these three, each as written: a chief editor's before them, the rest after", None))
#endif // QT_CONFIG(tooltip)
        self.othersEdit.setPlaceholderText(QCoreApplication.translate("MastheadPanel", u"e.g. \u4e3b\u7f16\uff1a\u738b\u4e94 \u6821\u5bf9\uff1a\u674e\u56db", None))
        self.distributionGroup.setTitle(QCoreApplication.translate("MastheadPanel", u"Distribution", None))
        self.addDistributionButton.setText(QCoreApplication.translate("MastheadPanel", u"&Add a line", None))
        self.printCopiesLabel.setText(QCoreApplication.translate("MastheadPanel", u"&Print run", None))
#if QT_CONFIG(tooltip)
        self.printCopiesSpin.setToolTip(QCoreApplication.translate("MastheadPanel", u"Copies printed, stated at the end of the closing block as \uff08\u5171\u537035\u4efd\uff09; 0 states none", None))
#endif // QT_CONFIG(tooltip)
        self.printCopiesSpin.setSpecialValueText(QCoreApplication.translate("MastheadPanel", u"Not stated", None))
        self.printCopiesSpin.setSuffix(QCoreApplication.translate("MastheadPanel", u" copies", None))
        self.saveDefaultsButton.setText(QCoreApplication.translate("MastheadPanel", u"Use as defaults for new issues", None))
#if QT_CONFIG(tooltip)
        self.saveDefaultsButton.setToolTip(QCoreApplication.translate("MastheadPanel", u"New issues of this bulletin start with these sections, office, sign-off and distribution", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

