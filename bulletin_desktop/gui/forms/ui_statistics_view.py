# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'statistics_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget

class Ui_StatisticsView(object):
    def setupUi(self, StatisticsView):
        if not StatisticsView.objectName():
            StatisticsView.setObjectName(u"StatisticsView")
        StatisticsView.resize(900, 640)
        self.statsLayout = QVBoxLayout(StatisticsView)
        self.statsLayout.setObjectName(u"statsLayout")
        self.rangeRow = QHBoxLayout()
        self.rangeRow.setObjectName(u"rangeRow")
        self.periodCombo = QComboBox(StatisticsView)
        self.periodCombo.setObjectName(u"periodCombo")

        self.rangeRow.addWidget(self.periodCombo)

        self.fromDate = QDateEdit(StatisticsView)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)
        self.fromDate.setDisplayFormat(u"yyyy\u5e74M\u6708d\u65e5")

        self.rangeRow.addWidget(self.fromDate)

        self.toLabel = QLabel(StatisticsView)
        self.toLabel.setObjectName(u"toLabel")

        self.rangeRow.addWidget(self.toLabel)

        self.toDate = QDateEdit(StatisticsView)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)
        self.toDate.setDisplayFormat(u"yyyy\u5e74M\u6708d\u65e5")

        self.rangeRow.addWidget(self.toDate)

        self.seriesCombo = QComboBox(StatisticsView)
        self.seriesCombo.setObjectName(u"seriesCombo")

        self.rangeRow.addWidget(self.seriesCombo)

        self.specialCombo = QComboBox(StatisticsView)
        self.specialCombo.setObjectName(u"specialCombo")

        self.rangeRow.addWidget(self.specialCombo)

        self.byCombo = QComboBox(StatisticsView)
        self.byCombo.setObjectName(u"byCombo")

        self.rangeRow.addWidget(self.byCombo)

        self.rangeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rangeRow.addItem(self.rangeSpacer)


        self.statsLayout.addLayout(self.rangeRow)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.unitsButton = QPushButton(StatisticsView)
        self.unitsButton.setObjectName(u"unitsButton")

        self.buttonRow.addWidget(self.unitsButton)

        self.unattributedButton = QPushButton(StatisticsView)
        self.unattributedButton.setObjectName(u"unattributedButton")

        self.buttonRow.addWidget(self.unattributedButton)

        self.csvButton = QPushButton(StatisticsView)
        self.csvButton.setObjectName(u"csvButton")

        self.buttonRow.addWidget(self.csvButton)

        self.xlsxButton = QPushButton(StatisticsView)
        self.xlsxButton.setObjectName(u"xlsxButton")

        self.buttonRow.addWidget(self.xlsxButton)

        self.noticeButton = QPushButton(StatisticsView)
        self.noticeButton.setObjectName(u"noticeButton")

        self.buttonRow.addWidget(self.noticeButton)


        self.statsLayout.addLayout(self.buttonRow)

        self.leadValue = QLabel(StatisticsView)
        self.leadValue.setObjectName(u"leadValue")
        self.leadValue.setWordWrap(True)

        self.statsLayout.addWidget(self.leadValue)

        self.statsSplitter = QSplitter(StatisticsView)
        self.statsSplitter.setObjectName(u"statsSplitter")
        self.statsSplitter.setOrientation(Qt.Orientation.Vertical)
        self.tableView = QTableView(self.statsSplitter)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setTabKeyNavigation(False)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.statsSplitter.addWidget(self.tableView)
        self.chartsPane = QWidget(self.statsSplitter)
        self.chartsPane.setObjectName(u"chartsPane")
        self.chartsLayout = QHBoxLayout(self.chartsPane)
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.chartsLayout.setContentsMargins(0, 0, 0, 0)
        self.statsSplitter.addWidget(self.chartsPane)

        self.statsLayout.addWidget(self.statsSplitter)


        self.retranslateUi(StatisticsView)

        QMetaObject.connectSlotsByName(StatisticsView)
    # setupUi

    def retranslateUi(self, StatisticsView):
        self.toLabel.setText(QCoreApplication.translate("StatisticsView", u"to", None))
#if QT_CONFIG(tooltip)
        self.seriesCombo.setToolTip(QCoreApplication.translate("StatisticsView", u"Count the entries of this bulletin only", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.specialCombo.setToolTip(QCoreApplication.translate("StatisticsView", u"The entries of special issues (\u4e13\u520a): counted with the others (the column \u201cof which in special issues\u201d says how many), left out, or counted alone", None))
#endif // QT_CONFIG(tooltip)
        self.unitsButton.setText(QCoreApplication.translate("StatisticsView", u"&Units and Scoring\u2026", None))
#if QT_CONFIG(tooltip)
        self.unitsButton.setToolTip(QCoreApplication.translate("StatisticsView", u"The registry of units (aliases, merging, categories) and the points of the scoring table", None))
#endif // QT_CONFIG(tooltip)
        self.unattributedButton.setText(QCoreApplication.translate("StatisticsView", u"U&nattributed\u2026", None))
#if QT_CONFIG(tooltip)
        self.unattributedButton.setToolTip(QCoreApplication.translate("StatisticsView", u"The adopted entries counted for no unit, and the units they seem to come from", None))
#endif // QT_CONFIG(tooltip)
        self.csvButton.setText(QCoreApplication.translate("StatisticsView", u"CSV\u2026", None))
        self.xlsxButton.setText(QCoreApplication.translate("StatisticsView", u"Excel\u2026", None))
        self.noticeButton.setText(QCoreApplication.translate("StatisticsView", u"Notice (Word)\u2026", None))
#if QT_CONFIG(tooltip)
        self.noticeButton.setToolTip(QCoreApplication.translate("StatisticsView", u"Write the adoption notice as a Word document in the bulletin's layout", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

