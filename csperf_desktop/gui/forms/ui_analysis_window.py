# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'analysis_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_AnalysisWindow(object):
    def setupUi(self, AnalysisWindow):
        if not AnalysisWindow.objectName():
            AnalysisWindow.setObjectName(u"AnalysisWindow")
        AnalysisWindow.resize(1100, 700)
        self.layout = QVBoxLayout(AnalysisWindow)
        self.layout.setObjectName(u"layout")
        self.rangeBar = QHBoxLayout()
        self.rangeBar.setObjectName(u"rangeBar")
        self.fromLabel = QLabel(AnalysisWindow)
        self.fromLabel.setObjectName(u"fromLabel")

        self.rangeBar.addWidget(self.fromLabel)

        self.fromMonth = QComboBox(AnalysisWindow)
        self.fromMonth.setObjectName(u"fromMonth")

        self.rangeBar.addWidget(self.fromMonth)

        self.toLabel = QLabel(AnalysisWindow)
        self.toLabel.setObjectName(u"toLabel")

        self.rangeBar.addWidget(self.toLabel)

        self.toMonth = QComboBox(AnalysisWindow)
        self.toMonth.setObjectName(u"toMonth")

        self.rangeBar.addWidget(self.toMonth)

        self.lastYearButton = QPushButton(AnalysisWindow)
        self.lastYearButton.setObjectName(u"lastYearButton")

        self.rangeBar.addWidget(self.lastYearButton)

        self.rangeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rangeBar.addItem(self.rangeSpacer)

        self.summary = QLabel(AnalysisWindow)
        self.summary.setObjectName(u"summary")
        self.summary.setText(u"")

        self.rangeBar.addWidget(self.summary)

        self.summaryButton = QPushButton(AnalysisWindow)
        self.summaryButton.setObjectName(u"summaryButton")

        self.rangeBar.addWidget(self.summaryButton)

        self.exportButton = QPushButton(AnalysisWindow)
        self.exportButton.setObjectName(u"exportButton")

        self.rangeBar.addWidget(self.exportButton)

        self.rangeBar.setStretch(5, 1)

        self.layout.addLayout(self.rangeBar)

        self.tabs = QTabWidget(AnalysisWindow)
        self.tabs.setObjectName(u"tabs")
        self.heatPage = QWidget()
        self.heatPage.setObjectName(u"heatPage")
        self.heatLayout = QVBoxLayout(self.heatPage)
        self.heatLayout.setObjectName(u"heatLayout")
        self.heatTable = QTableView(self.heatPage)
        self.heatTable.setObjectName(u"heatTable")
        self.heatTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.heatTable.setAlternatingRowColors(True)
        self.heatTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.heatTable.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.heatTable.setWordWrap(False)
        self.heatTable.horizontalHeader().setMinimumSectionSize(30)
        self.heatTable.verticalHeader().setVisible(False)
        self.heatTable.verticalHeader().setDefaultSectionSize(24)

        self.heatLayout.addWidget(self.heatTable)

        self.heatLegend = QLabel(self.heatPage)
        self.heatLegend.setObjectName(u"heatLegend")
        self.heatLegend.setText(u"")

        self.heatLayout.addWidget(self.heatLegend)

        self.heatLayout.setStretch(0, 1)
        self.tabs.addTab(self.heatPage, "")
        self.trendPage = QWidget()
        self.trendPage.setObjectName(u"trendPage")
        self.trendLayout = QVBoxLayout(self.trendPage)
        self.trendLayout.setObjectName(u"trendLayout")
        self.trendBar = QHBoxLayout()
        self.trendBar.setObjectName(u"trendBar")
        self.subjectLabel = QLabel(self.trendPage)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.trendBar.addWidget(self.subjectLabel)

        self.subjectKind = QComboBox(self.trendPage)
        self.subjectKind.setObjectName(u"subjectKind")

        self.trendBar.addWidget(self.subjectKind)

        self.subject = QComboBox(self.trendPage)
        self.subject.setObjectName(u"subject")

        self.trendBar.addWidget(self.subject)

        self.trendSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.trendBar.addItem(self.trendSpacer)

        self.trendBar.setStretch(2, 1)
        self.trendBar.setStretch(3, 1)

        self.trendLayout.addLayout(self.trendBar)

        self.trendSplitter = QSplitter(self.trendPage)
        self.trendSplitter.setObjectName(u"trendSplitter")
        self.trendSplitter.setOrientation(Qt.Vertical)
        self.trendChartHost = QWidget(self.trendSplitter)
        self.trendChartHost.setObjectName(u"trendChartHost")
        self.trendChartHostLayout = QVBoxLayout(self.trendChartHost)
        self.trendChartHostLayout.setObjectName(u"trendChartHostLayout")
        self.trendChartHostLayout.setContentsMargins(0, 0, 0, 0)
        self.trendSplitter.addWidget(self.trendChartHost)
        self.trendTable = QTableView(self.trendSplitter)
        self.trendTable.setObjectName(u"trendTable")
        self.trendTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.trendTable.setAlternatingRowColors(True)
        self.trendTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.trendTable.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.trendTable.setWordWrap(False)
        self.trendSplitter.addWidget(self.trendTable)
        self.trendTable.horizontalHeader().setMinimumSectionSize(30)
        self.trendTable.verticalHeader().setVisible(False)
        self.trendTable.verticalHeader().setDefaultSectionSize(24)

        self.trendLayout.addWidget(self.trendSplitter)

        self.trendLayout.setStretch(1, 1)
        self.tabs.addTab(self.trendPage, "")
        self.rulesPage = QWidget()
        self.rulesPage.setObjectName(u"rulesPage")
        self.rulesLayout = QVBoxLayout(self.rulesPage)
        self.rulesLayout.setObjectName(u"rulesLayout")
        self.rulesBar = QHBoxLayout()
        self.rulesBar.setObjectName(u"rulesBar")
        self.groupLabel = QLabel(self.rulesPage)
        self.groupLabel.setObjectName(u"groupLabel")

        self.rulesBar.addWidget(self.groupLabel)

        self.groupBy = QComboBox(self.rulesPage)
        self.groupBy.setObjectName(u"groupBy")

        self.rulesBar.addWidget(self.groupBy)

        self.rulesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rulesBar.addItem(self.rulesSpacer)

        self.rulesBar.setStretch(2, 1)

        self.rulesLayout.addLayout(self.rulesBar)

        self.rulesSplitter = QSplitter(self.rulesPage)
        self.rulesSplitter.setObjectName(u"rulesSplitter")
        self.rulesSplitter.setOrientation(Qt.Vertical)
        self.rulesTable = QTableView(self.rulesSplitter)
        self.rulesTable.setObjectName(u"rulesTable")
        self.rulesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.rulesTable.setAlternatingRowColors(True)
        self.rulesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.rulesTable.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.rulesTable.setWordWrap(False)
        self.rulesSplitter.addWidget(self.rulesTable)
        self.rulesTable.horizontalHeader().setMinimumSectionSize(30)
        self.rulesTable.verticalHeader().setVisible(False)
        self.rulesTable.verticalHeader().setDefaultSectionSize(24)
        self.quarterBox = QWidget(self.rulesSplitter)
        self.quarterBox.setObjectName(u"quarterBox")
        self.quarterLayout = QVBoxLayout(self.quarterBox)
        self.quarterLayout.setObjectName(u"quarterLayout")
        self.quarterLayout.setContentsMargins(0, 0, 0, 0)
        self.quarterLabel = QLabel(self.quarterBox)
        self.quarterLabel.setObjectName(u"quarterLabel")
        self.quarterLabel.setText(u"")

        self.quarterLayout.addWidget(self.quarterLabel)

        self.quarterTable = QTableView(self.quarterBox)
        self.quarterTable.setObjectName(u"quarterTable")
        self.quarterTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.quarterTable.setAlternatingRowColors(True)
        self.quarterTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.quarterTable.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.quarterTable.setWordWrap(False)
        self.quarterTable.horizontalHeader().setMinimumSectionSize(30)
        self.quarterTable.verticalHeader().setVisible(False)
        self.quarterTable.verticalHeader().setDefaultSectionSize(24)

        self.quarterLayout.addWidget(self.quarterTable)

        self.neverLabel = QLabel(self.quarterBox)
        self.neverLabel.setObjectName(u"neverLabel")
        self.neverLabel.setText(u"")

        self.quarterLayout.addWidget(self.neverLabel)

        self.quarterLayout.setStretch(1, 1)
        self.rulesSplitter.addWidget(self.quarterBox)

        self.rulesLayout.addWidget(self.rulesSplitter)

        self.rulesLayout.setStretch(1, 1)
        self.tabs.addTab(self.rulesPage, "")
        self.moversPage = QWidget()
        self.moversPage.setObjectName(u"moversPage")
        self.moversLayout = QVBoxLayout(self.moversPage)
        self.moversLayout.setObjectName(u"moversLayout")
        self.moversBar = QHBoxLayout()
        self.moversBar.setObjectName(u"moversBar")
        self.spanLabel = QLabel(self.moversPage)
        self.spanLabel.setObjectName(u"spanLabel")

        self.moversBar.addWidget(self.spanLabel)

        self.span = QComboBox(self.moversPage)
        self.span.setObjectName(u"span")

        self.moversBar.addWidget(self.span)

        self.moversSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.moversBar.addItem(self.moversSpacer)

        self.moversBar.setStretch(2, 1)

        self.moversLayout.addLayout(self.moversBar)

        self.moversSplitter = QSplitter(self.moversPage)
        self.moversSplitter.setObjectName(u"moversSplitter")
        self.moversSplitter.setOrientation(Qt.Vertical)
        self.moversChartHost = QWidget(self.moversSplitter)
        self.moversChartHost.setObjectName(u"moversChartHost")
        self.moversChartHostLayout = QVBoxLayout(self.moversChartHost)
        self.moversChartHostLayout.setObjectName(u"moversChartHostLayout")
        self.moversChartHostLayout.setContentsMargins(0, 0, 0, 0)
        self.moversSplitter.addWidget(self.moversChartHost)
        self.moversTables = QWidget(self.moversSplitter)
        self.moversTables.setObjectName(u"moversTables")
        self.moversTablesLayout = QHBoxLayout(self.moversTables)
        self.moversTablesLayout.setObjectName(u"moversTablesLayout")
        self.moversTablesLayout.setContentsMargins(0, 0, 0, 0)
        self.upLayout = QVBoxLayout()
        self.upLayout.setObjectName(u"upLayout")
        self.upLabel = QLabel(self.moversTables)
        self.upLabel.setObjectName(u"upLabel")

        self.upLayout.addWidget(self.upLabel)

        self.upTable = QTableView(self.moversTables)
        self.upTable.setObjectName(u"upTable")
        self.upTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.upTable.setAlternatingRowColors(True)
        self.upTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.upTable.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.upTable.setWordWrap(False)
        self.upTable.horizontalHeader().setMinimumSectionSize(30)
        self.upTable.verticalHeader().setVisible(False)
        self.upTable.verticalHeader().setDefaultSectionSize(24)

        self.upLayout.addWidget(self.upTable)


        self.moversTablesLayout.addLayout(self.upLayout)

        self.downLayout = QVBoxLayout()
        self.downLayout.setObjectName(u"downLayout")
        self.downLabel = QLabel(self.moversTables)
        self.downLabel.setObjectName(u"downLabel")

        self.downLayout.addWidget(self.downLabel)

        self.downTable = QTableView(self.moversTables)
        self.downTable.setObjectName(u"downTable")
        self.downTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.downTable.setAlternatingRowColors(True)
        self.downTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.downTable.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.downTable.setWordWrap(False)
        self.downTable.horizontalHeader().setMinimumSectionSize(30)
        self.downTable.verticalHeader().setVisible(False)
        self.downTable.verticalHeader().setDefaultSectionSize(24)

        self.downLayout.addWidget(self.downTable)


        self.moversTablesLayout.addLayout(self.downLayout)

        self.moversSplitter.addWidget(self.moversTables)

        self.moversLayout.addWidget(self.moversSplitter)

        self.moversLayout.setStretch(1, 1)
        self.tabs.addTab(self.moversPage, "")
        self.coachingPage = QWidget()
        self.coachingPage.setObjectName(u"coachingPage")
        self.coachingLayout = QVBoxLayout(self.coachingPage)
        self.coachingLayout.setObjectName(u"coachingLayout")
        self.coachingLabel = QLabel(self.coachingPage)
        self.coachingLabel.setObjectName(u"coachingLabel")
        self.coachingLabel.setText(u"")

        self.coachingLayout.addWidget(self.coachingLabel)

        self.coachingTable = QTableView(self.coachingPage)
        self.coachingTable.setObjectName(u"coachingTable")
        self.coachingTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.coachingTable.setAlternatingRowColors(True)
        self.coachingTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.coachingTable.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.coachingTable.setWordWrap(False)
        self.coachingTable.horizontalHeader().setMinimumSectionSize(30)
        self.coachingTable.verticalHeader().setVisible(False)
        self.coachingTable.verticalHeader().setDefaultSectionSize(24)

        self.coachingLayout.addWidget(self.coachingTable)

        self.coachingLayout.setStretch(1, 1)
        self.tabs.addTab(self.coachingPage, "")

        self.layout.addWidget(self.tabs)

        self.layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromMonth)
        self.toLabel.setBuddy(self.toMonth)
        self.subjectLabel.setBuddy(self.subjectKind)
        self.groupLabel.setBuddy(self.groupBy)
        self.spanLabel.setBuddy(self.span)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fromMonth, self.toMonth)
        QWidget.setTabOrder(self.toMonth, self.lastYearButton)
        QWidget.setTabOrder(self.lastYearButton, self.summaryButton)
        QWidget.setTabOrder(self.summaryButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.tabs)

        self.retranslateUi(AnalysisWindow)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, AnalysisWindow):
        AnalysisWindow.setWindowTitle(QCoreApplication.translate("AnalysisWindow", u"Analysis", None))
        self.fromLabel.setText(QCoreApplication.translate("AnalysisWindow", u"&From:", None))
        self.toLabel.setText(QCoreApplication.translate("AnalysisWindow", u"&To:", None))
        self.lastYearButton.setText(QCoreApplication.translate("AnalysisWindow", u"&Last 12 months", None))
        self.summaryButton.setText(QCoreApplication.translate("AnalysisWindow", u"Management &summary (PDF)\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("AnalysisWindow", u"&Export to Excel\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.heatPage), QCoreApplication.translate("AnalysisWindow", u"&Heat map", None))
        self.subjectLabel.setText(QCoreApplication.translate("AnalysisWindow", u"&Show:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.trendPage), QCoreApplication.translate("AnalysisWindow", u"&Trend", None))
        self.groupLabel.setText(QCoreApplication.translate("AnalysisWindow", u"&Group by:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.rulesPage), QCoreApplication.translate("AnalysisWindow", u"&Rules", None))
        self.spanLabel.setText(QCoreApplication.translate("AnalysisWindow", u"&Compare with:", None))
        self.upLabel.setText(QCoreApplication.translate("AnalysisWindow", u"Most improved (\u8fdb\u6b65\u4e4b\u661f)", None))
        self.downLabel.setText(QCoreApplication.translate("AnalysisWindow", u"Fell most", None))
        self.tabs.setTabText(self.tabs.indexOf(self.moversPage), QCoreApplication.translate("AnalysisWindow", u"&Movers", None))
        self.tabs.setTabText(self.tabs.indexOf(self.coachingPage), QCoreApplication.translate("AnalysisWindow", u"C&oaching", None))
    # retranslateUi

