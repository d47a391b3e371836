# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'daily_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QToolButton, QVBoxLayout, QWidget)

class Ui_DailyTab(object):
    def setupUi(self, DailyTab):
        if not DailyTab.objectName():
            DailyTab.setObjectName(u"DailyTab")
        self.layout = QVBoxLayout(DailyTab)
        self.layout.setObjectName(u"layout")
        self.splitter = QSplitter(DailyTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.eventsBox = QWidget(self.splitter)
        self.eventsBox.setObjectName(u"eventsBox")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(3)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.eventsBox.sizePolicy().hasHeightForWidth())
        self.eventsBox.setSizePolicy(sizePolicy)
        self.eventsLayout = QVBoxLayout(self.eventsBox)
        self.eventsLayout.setObjectName(u"eventsLayout")
        self.eventsLayout.setContentsMargins(0, 0, 0, 0)
        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.staffFilter = QComboBox(self.eventsBox)
        self.staffFilter.setObjectName(u"staffFilter")
        self.staffFilter.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.staffFilter.setMinimumContentsLength(7)

        self.bar.addWidget(self.staffFilter)

        self.areaFilter = QComboBox(self.eventsBox)
        self.areaFilter.setObjectName(u"areaFilter")
        self.areaFilter.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.areaFilter.setMinimumContentsLength(5)

        self.bar.addWidget(self.areaFilter)

        self.kindFilter = QComboBox(self.eventsBox)
        self.kindFilter.setObjectName(u"kindFilter")
        self.kindFilter.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.kindFilter.setMinimumContentsLength(5)

        self.bar.addWidget(self.kindFilter)

        self.methodFilter = QComboBox(self.eventsBox)
        self.methodFilter.setObjectName(u"methodFilter")
        self.methodFilter.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.methodFilter.setMinimumContentsLength(5)

        self.bar.addWidget(self.methodFilter)

        self.voidedFilter = QComboBox(self.eventsBox)
        self.voidedFilter.setObjectName(u"voidedFilter")
        self.voidedFilter.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.voidedFilter.setMinimumContentsLength(5)

        self.bar.addWidget(self.voidedFilter)

        self.search = QLineEdit(self.eventsBox)
        self.search.setObjectName(u"search")
        self.search.setMinimumSize(QSize(130, 0))
        self.search.setClearButtonEnabled(True)

        self.bar.addWidget(self.search)

        self.bar.setStretch(5, 1)

        self.eventsLayout.addLayout(self.bar)

        self.countRow = QHBoxLayout()
        self.countRow.setObjectName(u"countRow")
        self.countLabel = QLabel(self.eventsBox)
        self.countLabel.setObjectName(u"countLabel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.countLabel.sizePolicy().hasHeightForWidth())
        self.countLabel.setSizePolicy(sizePolicy1)
        self.countLabel.setMinimumSize(QSize(90, 0))
        self.countLabel.setText(u"")

        self.countRow.addWidget(self.countLabel)

        self.spotButton = QToolButton(self.eventsBox)
        self.spotButton.setObjectName(u"spotButton")
        self.spotButton.setPopupMode(QToolButton.MenuButtonPopup)

        self.countRow.addWidget(self.spotButton)

        self.countRow.setStretch(0, 1)

        self.eventsLayout.addLayout(self.countRow)

        self.table = QTableView(self.eventsBox)
        self.table.setObjectName(u"table")
        self.table.setContextMenuPolicy(Qt.CustomContextMenu)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)

        self.eventsLayout.addWidget(self.table)

        self.eventsLayout.setStretch(2, 1)
        self.splitter.addWidget(self.eventsBox)
        self.standingsBox = QGroupBox(self.splitter)
        self.standingsBox.setObjectName(u"standingsBox")
        self.standingsBox.setMinimumSize(QSize(330, 0))
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy2.setHorizontalStretch(1)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.standingsBox.sizePolicy().hasHeightForWidth())
        self.standingsBox.setSizePolicy(sizePolicy2)
        self.standingsLayout = QVBoxLayout(self.standingsBox)
        self.standingsLayout.setObjectName(u"standingsLayout")
        self.standingsNote = QLabel(self.standingsBox)
        self.standingsNote.setObjectName(u"standingsNote")
        self.standingsNote.setWordWrap(True)
        self.standingsNote.setText(u"")

        self.standingsLayout.addWidget(self.standingsNote)

        self.teamRow = QHBoxLayout()
        self.teamRow.setObjectName(u"teamRow")
        self.teamLabel = QLabel(self.standingsBox)
        self.teamLabel.setObjectName(u"teamLabel")

        self.teamRow.addWidget(self.teamLabel)

        self.teamFilter = QComboBox(self.standingsBox)
        self.teamFilter.setObjectName(u"teamFilter")
        self.teamFilter.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.teamRow.addWidget(self.teamFilter)

        self.teamSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.teamRow.addItem(self.teamSpacer)


        self.standingsLayout.addLayout(self.teamRow)

        self.standingsTable = QTableView(self.standingsBox)
        self.standingsTable.setObjectName(u"standingsTable")
        self.standingsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.standingsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.standingsTable.horizontalHeader().setMinimumSectionSize(30)
        self.standingsTable.verticalHeader().setVisible(False)
        self.standingsTable.verticalHeader().setDefaultSectionSize(24)

        self.standingsLayout.addWidget(self.standingsTable)

        self.averagesLabel = QLabel(self.standingsBox)
        self.averagesLabel.setObjectName(u"averagesLabel")
        self.averagesLabel.setWordWrap(True)
        self.averagesLabel.setText(u"")

        self.standingsLayout.addWidget(self.averagesLabel)

        self.standingsLayout.setStretch(2, 1)
        self.splitter.addWidget(self.standingsBox)

        self.layout.addWidget(self.splitter)

        self.layout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.teamLabel.setBuddy(self.teamFilter)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DailyTab)
    # setupUi

    def retranslateUi(self, DailyTab):
        self.search.setPlaceholderText(QCoreApplication.translate("DailyTab", u"Search name, item, reference, note", None))
#if QT_CONFIG(tooltip)
        self.spotButton.setToolTip(QCoreApplication.translate("DailyTab", u"Check one conversation or ticket against the service code; failed items propose their deduction for you to confirm.", None))
#endif // QT_CONFIG(tooltip)
        self.spotButton.setText(QCoreApplication.translate("DailyTab", u"Spot check\u2026", None))
        self.standingsBox.setTitle(QCoreApplication.translate("DailyTab", u"Standings", None))
        self.teamLabel.setText(QCoreApplication.translate("DailyTab", u"&Team:", None))
#if QT_CONFIG(tooltip)
        self.teamFilter.setToolTip(QCoreApplication.translate("DailyTab", u"Show one team's standings, with its average beside the office's", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.standingsTable.setToolTip(QCoreApplication.translate("DailyTab", u"Double-click a person to list only their events.", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

