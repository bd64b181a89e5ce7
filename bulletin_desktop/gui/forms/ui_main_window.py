# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDockWidget, QHeaderView, QLabel,
    QMainWindow, QMenuBar, QSizePolicy, QSplitter,
    QStatusBar, QToolBar, QVBoxLayout, QWidget)

from bulletin_desktop.gui.entry_editor import EntryEditor
from bulletin_desktop.gui.find_bar import FindBar
from bulletin_desktop.gui.issue_list import IssueListPanel
from bulletin_desktop.gui.masthead_panel import MastheadPanel
from bulletin_desktop.gui.preview import PreviewWidget
from bulletin_desktop.gui.section_tree import SectionTreeView

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1440, 900)
        MainWindow.setDockNestingEnabled(True)
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.readonlyBanner = QLabel(self.centralWidget)
        self.readonlyBanner.setObjectName(u"readonlyBanner")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.readonlyBanner.sizePolicy().hasHeightForWidth())
        self.readonlyBanner.setSizePolicy(sizePolicy)
        self.readonlyBanner.setVisible(False)
        self.readonlyBanner.setWordWrap(True)

        self.centralLayout.addWidget(self.readonlyBanner)

        self.findBar = FindBar(self.centralWidget)
        self.findBar.setObjectName(u"findBar")
        sizePolicy.setHeightForWidth(self.findBar.sizePolicy().hasHeightForWidth())
        self.findBar.setSizePolicy(sizePolicy)
        self.findBar.setVisible(False)

        self.centralLayout.addWidget(self.findBar)

        self.splitter = QSplitter(self.centralWidget)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.sectionTree = SectionTreeView(self.splitter)
        self.sectionTree.setObjectName(u"sectionTree")
        self.sectionTree.setMinimumSize(QSize(180, 0))
        self.splitter.addWidget(self.sectionTree)
        self.entryEditor = EntryEditor(self.splitter)
        self.entryEditor.setObjectName(u"entryEditor")
        self.entryEditor.setMinimumSize(QSize(320, 0))
        self.splitter.addWidget(self.entryEditor)
        self.preview = PreviewWidget(self.splitter)
        self.preview.setObjectName(u"preview")
        self.preview.setMinimumSize(QSize(280, 0))
        self.splitter.addWidget(self.preview)

        self.centralLayout.addWidget(self.splitter)

        self.centralLayout.setStretch(2, 1)
        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        MainWindow.setMenuBar(self.menuBar)
        self.mainToolBar = QToolBar(MainWindow)
        self.mainToolBar.setObjectName(u"mainToolBar")
        self.mainToolBar.setMovable(False)
        self.mainToolBar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.mainToolBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)
        self.issueListDock = QDockWidget(MainWindow)
        self.issueListDock.setObjectName(u"issueListDock")
        self.issueListDock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable|QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.issueList = IssueListPanel()
        self.issueList.setObjectName(u"issueList")
        self.issueListDock.setWidget(self.issueList)
        MainWindow.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.issueListDock)
        self.mastheadDock = QDockWidget(MainWindow)
        self.mastheadDock.setObjectName(u"mastheadDock")
        self.mastheadDock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable|QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.mastheadPanel = MastheadPanel()
        self.mastheadPanel.setObjectName(u"mastheadPanel")
        self.mastheadDock.setWidget(self.mastheadPanel)
        MainWindow.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.mastheadDock)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Bulletin Desktop", None))
        self.readonlyBanner.setText(QCoreApplication.translate("MainWindow", u"This archive is open read-only: you can read, search, export and print, but not change it.", None))
        self.mainToolBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Toolbar", None))
        self.issueListDock.setWindowTitle(QCoreApplication.translate("MainWindow", u"Issues", None))
        self.mastheadDock.setWindowTitle(QCoreApplication.translate("MainWindow", u"Masthead", None))
    # retranslateUi

