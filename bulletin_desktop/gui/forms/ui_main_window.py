# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMenu, QMenuBar, QSizePolicy, QSplitter, QStatusBar, QToolBar, QVBoxLayout, QWidget

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

        self.splitter = QSplitter(self.centralWidget)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.treeSlot = QWidget(self.splitter)
        self.treeSlot.setObjectName(u"treeSlot")
        self.treeSlot.setMinimumSize(QSize(110, 0))
        self.splitter.addWidget(self.treeSlot)
        self.editorSlot = QWidget(self.splitter)
        self.editorSlot.setObjectName(u"editorSlot")
        self.editorSlot.setMinimumSize(QSize(200, 0))
        self.splitter.addWidget(self.editorSlot)
        self.previewSlot = QWidget(self.splitter)
        self.previewSlot.setObjectName(u"previewSlot")
        self.previewSlot.setMinimumSize(QSize(160, 0))
        self.splitter.addWidget(self.previewSlot)

        self.centralLayout.addWidget(self.splitter)

        self.centralLayout.setStretch(1, 1)
        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuEdit = QMenu(self.menuBar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuEntries = QMenu(self.menuBar)
        self.menuEntries.setObjectName(u"menuEntries")
        self.menuView = QMenu(self.menuBar)
        self.menuView.setObjectName(u"menuView")
        self.menuArchive = QMenu(self.menuBar)
        self.menuArchive.setObjectName(u"menuArchive")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
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
        self.issueListSlot = QWidget()
        self.issueListSlot.setObjectName(u"issueListSlot")
        self.issueListDock.setWidget(self.issueListSlot)
        MainWindow.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.issueListDock)
        self.mastheadDock = QDockWidget(MainWindow)
        self.mastheadDock.setObjectName(u"mastheadDock")
        self.mastheadDock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable|QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.mastheadSlot = QWidget()
        self.mastheadSlot.setObjectName(u"mastheadSlot")
        self.mastheadDock.setWidget(self.mastheadSlot)
        MainWindow.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.mastheadDock)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuEdit.menuAction())
        self.menuBar.addAction(self.menuEntries.menuAction())
        self.menuBar.addAction(self.menuView.menuAction())
        self.menuBar.addAction(self.menuArchive.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Bulletin Desktop", None))
        self.readonlyBanner.setText(QCoreApplication.translate("MainWindow", u"This archive is open read-only: you can read, search, export and print, but not change it.", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.menuEntries.setTitle(QCoreApplication.translate("MainWindow", u"E&ntries", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuArchive.setTitle(QCoreApplication.translate("MainWindow", u"A&rchive", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        self.mainToolBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Toolbar", None))
        self.issueListDock.setWindowTitle(QCoreApplication.translate("MainWindow", u"Issues", None))
        self.mastheadDock.setWindowTitle(QCoreApplication.translate("MainWindow", u"Masthead", None))
    # retranslateUi

