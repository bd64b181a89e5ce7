# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'search_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QGridLayout, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

class Ui_SearchPanel(object):
    def setupUi(self, SearchPanel):
        if not SearchPanel.objectName():
            SearchPanel.setObjectName(u"SearchPanel")
        SearchPanel.resize(340, 560)
        self.searchLayout = QVBoxLayout(SearchPanel)
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLayout.setContentsMargins(4, 4, 4, 4)
        self.queryEdit = QLineEdit(SearchPanel)
        self.queryEdit.setObjectName(u"queryEdit")
        self.queryEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.queryEdit)

        self.filterGrid = QGridLayout()
        self.filterGrid.setObjectName(u"filterGrid")
        self.filterGrid.setHorizontalSpacing(4)
        self.filterGrid.setVerticalSpacing(4)
        self.seriesCombo = QComboBox(SearchPanel)
        self.seriesCombo.setObjectName(u"seriesCombo")
        self.seriesCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.seriesCombo.setMinimumContentsLength(6)

        self.filterGrid.addWidget(self.seriesCombo, 0, 0, 1, 2)

        self.periodCombo = QComboBox(SearchPanel)
        self.periodCombo.setObjectName(u"periodCombo")
        self.periodCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.periodCombo.setMinimumContentsLength(6)

        self.filterGrid.addWidget(self.periodCombo, 1, 0, 1, 1)

        self.fromDate = QDateEdit(SearchPanel)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setVisible(False)
        self.fromDate.setDisplayFormat(u"yyyy\u5e74M\u6708d\u65e5")
        self.fromDate.setCalendarPopup(True)

        self.filterGrid.addWidget(self.fromDate, 2, 0, 1, 1)

        self.toDate = QDateEdit(SearchPanel)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setVisible(False)
        self.toDate.setDisplayFormat(u"yyyy\u5e74M\u6708d\u65e5")
        self.toDate.setCalendarPopup(True)

        self.filterGrid.addWidget(self.toDate, 2, 1, 1, 1)

        self.sectionCombo = QComboBox(SearchPanel)
        self.sectionCombo.setObjectName(u"sectionCombo")
        self.sectionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sectionCombo.setMinimumContentsLength(6)

        self.filterGrid.addWidget(self.sectionCombo, 1, 1, 1, 1)

        self.unitCombo = QComboBox(SearchPanel)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unitCombo.setMinimumContentsLength(6)

        self.filterGrid.addWidget(self.unitCombo, 3, 0, 1, 2)


        self.searchLayout.addLayout(self.filterGrid)

        self.resultsView = QListView(SearchPanel)
        self.resultsView.setObjectName(u"resultsView")
        self.resultsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resultsView.setAlternatingRowColors(True)
        self.resultsView.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.resultsView.setResizeMode(QListView.ResizeMode.Adjust)
        self.resultsView.setWordWrap(True)

        self.searchLayout.addWidget(self.resultsView)

        self.statusLabel = QLabel(SearchPanel)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.searchLayout.addWidget(self.statusLabel)

        QWidget.setTabOrder(self.queryEdit, self.seriesCombo)
        QWidget.setTabOrder(self.seriesCombo, self.periodCombo)
        QWidget.setTabOrder(self.periodCombo, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.sectionCombo)
        QWidget.setTabOrder(self.sectionCombo, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.resultsView)

        self.retranslateUi(SearchPanel)

        QMetaObject.connectSlotsByName(SearchPanel)
    # setupUi

    def retranslateUi(self, SearchPanel):
        self.queryEdit.setPlaceholderText(QCoreApplication.translate("SearchPanel", u"Search every issue (several words: all of them)", None))
#if QT_CONFIG(tooltip)
        self.seriesCombo.setToolTip(QCoreApplication.translate("SearchPanel", u"Only this bulletin", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.periodCombo.setToolTip(QCoreApplication.translate("SearchPanel", u"Only issues of this year or date range", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.fromDate.setToolTip(QCoreApplication.translate("SearchPanel", u"Issues dated on or after this day", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.toDate.setToolTip(QCoreApplication.translate("SearchPanel", u"Issues dated on or before this day", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.sectionCombo.setToolTip(QCoreApplication.translate("SearchPanel", u"Only entries in sections of this title", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.unitCombo.setToolTip(QCoreApplication.translate("SearchPanel", u"Only entries reported by this unit", None))
#endif // QT_CONFIG(tooltip)
        self.statusLabel.setText("")
        pass
    # retranslateUi

