# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'calibration_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialogButtonBox,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSplitter,
    QTabWidget, QTableWidget, QVBoxLayout, QWidget)

class Ui_CalibrationWindow(object):
    def setupUi(self, CalibrationWindow):
        if not CalibrationWindow.objectName():
            CalibrationWindow.setObjectName(u"CalibrationWindow")
        CalibrationWindow.resize(1180, 700)
        self.layout = QVBoxLayout(CalibrationWindow)
        self.layout.setObjectName(u"layout")
        self.split = QSplitter(CalibrationWindow)
        self.split.setObjectName(u"split")
        self.split.setOrientation(Qt.Horizontal)
        self.left = QWidget(self.split)
        self.left.setObjectName(u"left")
        self.leftLayout = QVBoxLayout(self.left)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 0, 0)
        self.sessionsLabel = QLabel(self.left)
        self.sessionsLabel.setObjectName(u"sessionsLabel")

        self.leftLayout.addWidget(self.sessionsLabel)

        self.sessions = QTableWidget(self.left)
        self.sessions.setObjectName(u"sessions")
        self.sessions.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.sessions.setAlternatingRowColors(True)
        self.sessions.setSelectionMode(QAbstractItemView.SingleSelection)
        self.sessions.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.sessions.setWordWrap(False)
        self.sessions.horizontalHeader().setStretchLastSection(True)
        self.sessions.verticalHeader().setVisible(False)
        self.sessions.verticalHeader().setDefaultSectionSize(24)

        self.leftLayout.addWidget(self.sessions)

        self.sessionButtons = QGridLayout()
        self.sessionButtons.setObjectName(u"sessionButtons")
        self.newButton = QPushButton(self.left)
        self.newButton.setObjectName(u"newButton")

        self.sessionButtons.addWidget(self.newButton, 0, 0, 1, 1)

        self.closeSessionButton = QPushButton(self.left)
        self.closeSessionButton.setObjectName(u"closeSessionButton")

        self.sessionButtons.addWidget(self.closeSessionButton, 0, 1, 1, 1)

        self.importButton = QPushButton(self.left)
        self.importButton.setObjectName(u"importButton")

        self.sessionButtons.addWidget(self.importButton, 1, 0, 1, 1)

        self.templateButton = QPushButton(self.left)
        self.templateButton.setObjectName(u"templateButton")

        self.sessionButtons.addWidget(self.templateButton, 1, 1, 1, 1)

        self.printButton = QPushButton(self.left)
        self.printButton.setObjectName(u"printButton")

        self.sessionButtons.addWidget(self.printButton, 2, 0, 1, 2)


        self.leftLayout.addLayout(self.sessionButtons)

        self.split.addWidget(self.left)
        self.tabs = QTabWidget(self.split)
        self.tabs.setObjectName(u"tabs")
        self.entryTab = QWidget()
        self.entryTab.setObjectName(u"entryTab")
        self.entryLayout = QVBoxLayout(self.entryTab)
        self.entryLayout.setObjectName(u"entryLayout")
        self.graderBar = QHBoxLayout()
        self.graderBar.setObjectName(u"graderBar")
        self.graderLabel = QLabel(self.entryTab)
        self.graderLabel.setObjectName(u"graderLabel")

        self.graderBar.addWidget(self.graderLabel)

        self.grader = QComboBox(self.entryTab)
        self.grader.setObjectName(u"grader")
        self.grader.setMinimumContentsLength(10)

        self.graderBar.addWidget(self.grader)

        self.progress = QLabel(self.entryTab)
        self.progress.setObjectName(u"progress")
        self.progress.setText(u"")

        self.graderBar.addWidget(self.progress)

        self.graderBar.setStretch(2, 1)

        self.entryLayout.addLayout(self.graderBar)

        self.entryHint = QLabel(self.entryTab)
        self.entryHint.setObjectName(u"entryHint")
        self.entryHint.setText(u"")
        self.entryHint.setWordWrap(True)

        self.entryLayout.addWidget(self.entryHint)

        self.grid = QTableWidget(self.entryTab)
        self.grid.setObjectName(u"grid")
        self.grid.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SingleSelection)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.grid.setTabKeyNavigation(True)
        self.grid.horizontalHeader().setMinimumSectionSize(36)
        self.grid.horizontalHeader().setDefaultSectionSize(48)
        self.grid.verticalHeader().setDefaultSectionSize(26)

        self.entryLayout.addWidget(self.grid)

        self.entryLayout.setStretch(2, 1)
        self.tabs.addTab(self.entryTab, "")
        self.reportTab = QWidget()
        self.reportTab.setObjectName(u"reportTab")
        self.reportLayout = QVBoxLayout(self.reportTab)
        self.reportLayout.setObjectName(u"reportLayout")
        self.kappaLabel = QLabel(self.reportTab)
        self.kappaLabel.setObjectName(u"kappaLabel")
        self.kappaLabel.setText(u"")
        self.kappaLabel.setWordWrap(True)
        self.kappaLabel.setTextFormat(Qt.RichText)

        self.reportLayout.addWidget(self.kappaLabel)

        self.notesLabel = QLabel(self.reportTab)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setText(u"")
        self.notesLabel.setWordWrap(True)

        self.reportLayout.addWidget(self.notesLabel)

        self.reportSplit = QSplitter(self.reportTab)
        self.reportSplit.setObjectName(u"reportSplit")
        self.reportSplit.setOrientation(Qt.Vertical)
        self.itemsBox = QGroupBox(self.reportSplit)
        self.itemsBox.setObjectName(u"itemsBox")
        self.itemsBoxLayout = QVBoxLayout(self.itemsBox)
        self.itemsBoxLayout.setObjectName(u"itemsBoxLayout")
        self.items = QTableWidget(self.itemsBox)
        self.items.setObjectName(u"items")
        self.items.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.items.setAlternatingRowColors(True)
        self.items.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.items.setWordWrap(False)
        self.items.horizontalHeader().setStretchLastSection(True)
        self.items.verticalHeader().setVisible(False)
        self.items.verticalHeader().setDefaultSectionSize(24)

        self.itemsBoxLayout.addWidget(self.items)

        self.reportSplit.addWidget(self.itemsBox)
        self.gradersBox = QGroupBox(self.reportSplit)
        self.gradersBox.setObjectName(u"gradersBox")
        self.gradersBoxLayout = QVBoxLayout(self.gradersBox)
        self.gradersBoxLayout.setObjectName(u"gradersBoxLayout")
        self.graders = QTableWidget(self.gradersBox)
        self.graders.setObjectName(u"graders")
        self.graders.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.graders.setAlternatingRowColors(True)
        self.graders.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.graders.setWordWrap(False)
        self.graders.horizontalHeader().setStretchLastSection(True)
        self.graders.verticalHeader().setVisible(False)
        self.graders.verticalHeader().setDefaultSectionSize(24)

        self.gradersBoxLayout.addWidget(self.graders)

        self.reportSplit.addWidget(self.gradersBox)
        self.historyBox = QGroupBox(self.reportSplit)
        self.historyBox.setObjectName(u"historyBox")
        self.historyBoxLayout = QVBoxLayout(self.historyBox)
        self.historyBoxLayout.setObjectName(u"historyBoxLayout")
        self.history = QTableWidget(self.historyBox)
        self.history.setObjectName(u"history")
        self.history.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.history.setAlternatingRowColors(True)
        self.history.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.history.setWordWrap(False)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.verticalHeader().setVisible(False)
        self.history.verticalHeader().setDefaultSectionSize(24)

        self.historyBoxLayout.addWidget(self.history)

        self.reportSplit.addWidget(self.historyBox)

        self.reportLayout.addWidget(self.reportSplit)

        self.reportLayout.setStretch(2, 1)
        self.tabs.addTab(self.reportTab, "")
        self.spotTab = QWidget()
        self.spotTab.setObjectName(u"spotTab")
        self.spotLayout = QVBoxLayout(self.spotTab)
        self.spotLayout.setObjectName(u"spotLayout")
        self.spotSummary = QLabel(self.spotTab)
        self.spotSummary.setObjectName(u"spotSummary")
        self.spotSummary.setText(u"")
        self.spotSummary.setWordWrap(True)

        self.spotLayout.addWidget(self.spotSummary)

        self.perCheck = QTableWidget(self.spotTab)
        self.perCheck.setObjectName(u"perCheck")
        self.perCheck.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.perCheck.setAlternatingRowColors(True)
        self.perCheck.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.perCheck.setWordWrap(False)
        self.perCheck.verticalHeader().setVisible(False)
        self.perCheck.verticalHeader().setDefaultSectionSize(24)

        self.spotLayout.addWidget(self.perCheck)

        self.perItemLabel = QLabel(self.spotTab)
        self.perItemLabel.setObjectName(u"perItemLabel")

        self.spotLayout.addWidget(self.perItemLabel)

        self.perItem = QTableWidget(self.spotTab)
        self.perItem.setObjectName(u"perItem")
        self.perItem.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.perItem.setAlternatingRowColors(True)
        self.perItem.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.perItem.setWordWrap(False)
        self.perItem.verticalHeader().setVisible(False)
        self.perItem.verticalHeader().setDefaultSectionSize(24)

        self.spotLayout.addWidget(self.perItem)

        self.spotLayout.setStretch(1, 1)
        self.spotLayout.setStretch(3, 2)
        self.tabs.addTab(self.spotTab, "")
        self.split.addWidget(self.tabs)

        self.layout.addWidget(self.split)

        self.buttons = QDialogButtonBox(CalibrationWindow)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.graderLabel.setBuddy(self.grader)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CalibrationWindow)
    # setupUi

    def retranslateUi(self, CalibrationWindow):
        CalibrationWindow.setWindowTitle(QCoreApplication.translate("CalibrationWindow", u"Calibration sessions", None))
        self.sessionsLabel.setText(QCoreApplication.translate("CalibrationWindow", u"Sessions", None))
        self.newButton.setText(QCoreApplication.translate("CalibrationWindow", u"&New session\u2026", None))
        self.closeSessionButton.setText(QCoreApplication.translate("CalibrationWindow", u"C&lose session\u2026", None))
        self.importButton.setText(QCoreApplication.translate("CalibrationWindow", u"&Import from Excel\u2026", None))
        self.templateButton.setText(QCoreApplication.translate("CalibrationWindow", u"Excel &template\u2026", None))
        self.printButton.setText(QCoreApplication.translate("CalibrationWindow", u"&Print the report\u2026", None))
        self.graderLabel.setText(QCoreApplication.translate("CalibrationWindow", u"&Grader:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.entryTab), QCoreApplication.translate("CalibrationWindow", u"&Enter ratings", None))
        self.itemsBox.setTitle(QCoreApplication.translate("CalibrationWindow", u"Agreement per checklist item (least agreed first)", None))
        self.gradersBox.setTitle(QCoreApplication.translate("CalibrationWindow", u"Graders against the consensus", None))
        self.historyBox.setTitle(QCoreApplication.translate("CalibrationWindow", u"Sessions over time", None))
        self.tabs.setTabText(self.tabs.indexOf(self.reportTab), QCoreApplication.translate("CalibrationWindow", u"&Report", None))
        self.perItemLabel.setText(QCoreApplication.translate("CalibrationWindow", u"Fail rate per checklist item", None))
        self.tabs.setTabText(self.tabs.indexOf(self.spotTab), QCoreApplication.translate("CalibrationWindow", u"Everyday &spot checks", None))
    # retranslateUi

