# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'spotcheck_month_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QGroupBox,
    QHBoxLayout, QLabel, QPushButton, QSplitter, QTableView, QVBoxLayout)

class Ui_SpotCheckMonthDialog(object):
    def setupUi(self, SpotCheckMonthDialog):
        if not SpotCheckMonthDialog.objectName():
            SpotCheckMonthDialog.setObjectName(u"SpotCheckMonthDialog")
        SpotCheckMonthDialog.resize(1000, 660)
        self.layout = QVBoxLayout(SpotCheckMonthDialog)
        self.layout.setObjectName(u"layout")
        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.summary = QLabel(SpotCheckMonthDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setText(u"")

        self.bar.addWidget(self.summary)

        self.confirmButton = QPushButton(SpotCheckMonthDialog)
        self.confirmButton.setObjectName(u"confirmButton")
        self.confirmButton.setText(u"")

        self.bar.addWidget(self.confirmButton)

        self.dismissButton = QPushButton(SpotCheckMonthDialog)
        self.dismissButton.setObjectName(u"dismissButton")
        self.dismissButton.setText(u"")

        self.bar.addWidget(self.dismissButton)

        self.checklistButton = QPushButton(SpotCheckMonthDialog)
        self.checklistButton.setObjectName(u"checklistButton")

        self.bar.addWidget(self.checklistButton)

        self.newButton = QPushButton(SpotCheckMonthDialog)
        self.newButton.setObjectName(u"newButton")

        self.bar.addWidget(self.newButton)

        self.voidButton = QPushButton(SpotCheckMonthDialog)
        self.voidButton.setObjectName(u"voidButton")

        self.bar.addWidget(self.voidButton)

        self.bar.setStretch(0, 1)

        self.layout.addLayout(self.bar)

        self.split = QSplitter(SpotCheckMonthDialog)
        self.split.setObjectName(u"split")
        self.split.setOrientation(Qt.Vertical)
        self.top = QSplitter(self.split)
        self.top.setObjectName(u"top")
        self.top.setOrientation(Qt.Horizontal)
        self.agentsBox = QGroupBox(self.top)
        self.agentsBox.setObjectName(u"agentsBox")
        self.agentsBoxLayout = QVBoxLayout(self.agentsBox)
        self.agentsBoxLayout.setObjectName(u"agentsBoxLayout")
        self.agents = QTableView(self.agentsBox)
        self.agents.setObjectName(u"agents")
        self.agents.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.agents.setAlternatingRowColors(True)
        self.agents.setSelectionMode(QAbstractItemView.SingleSelection)
        self.agents.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.agents.setWordWrap(False)
        self.agents.horizontalHeader().setMinimumSectionSize(30)
        self.agents.verticalHeader().setVisible(False)
        self.agents.verticalHeader().setDefaultSectionSize(24)

        self.agentsBoxLayout.addWidget(self.agents)

        self.top.addWidget(self.agentsBox)
        self.itemsBox = QGroupBox(self.top)
        self.itemsBox.setObjectName(u"itemsBox")
        self.itemsBoxLayout = QVBoxLayout(self.itemsBox)
        self.itemsBoxLayout.setObjectName(u"itemsBoxLayout")
        self.items = QTableView(self.itemsBox)
        self.items.setObjectName(u"items")
        self.items.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.items.setAlternatingRowColors(True)
        self.items.setSelectionMode(QAbstractItemView.SingleSelection)
        self.items.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.items.setWordWrap(False)
        self.items.horizontalHeader().setMinimumSectionSize(30)
        self.items.verticalHeader().setVisible(False)
        self.items.verticalHeader().setDefaultSectionSize(24)

        self.itemsBoxLayout.addWidget(self.items)

        self.top.addWidget(self.itemsBox)
        self.split.addWidget(self.top)
        self.checksBox = QGroupBox(self.split)
        self.checksBox.setObjectName(u"checksBox")
        self.checksBoxLayout = QVBoxLayout(self.checksBox)
        self.checksBoxLayout.setObjectName(u"checksBoxLayout")
        self.checks = QTableView(self.checksBox)
        self.checks.setObjectName(u"checks")
        self.checks.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.checks.setAlternatingRowColors(True)
        self.checks.setSelectionMode(QAbstractItemView.SingleSelection)
        self.checks.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.checks.setWordWrap(False)
        self.checks.horizontalHeader().setMinimumSectionSize(30)
        self.checks.verticalHeader().setVisible(False)
        self.checks.verticalHeader().setDefaultSectionSize(24)

        self.checksBoxLayout.addWidget(self.checks)

        self.split.addWidget(self.checksBox)

        self.layout.addWidget(self.split)

        self.close = QDialogButtonBox(SpotCheckMonthDialog)
        self.close.setObjectName(u"close")
        self.close.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.close)

        self.layout.setStretch(1, 1)

        self.retranslateUi(SpotCheckMonthDialog)
    # setupUi

    def retranslateUi(self, SpotCheckMonthDialog):
        self.checklistButton.setText(QCoreApplication.translate("SpotCheckMonthDialog", u"&Checklist\u2026", None))
        self.newButton.setText(QCoreApplication.translate("SpotCheckMonthDialog", u"&New spot check\u2026", None))
        self.voidButton.setText(QCoreApplication.translate("SpotCheckMonthDialog", u"&Void\u2026", None))
        self.agentsBox.setTitle(QCoreApplication.translate("SpotCheckMonthDialog", u"By person", None))
        self.itemsBox.setTitle(QCoreApplication.translate("SpotCheckMonthDialog", u"Pass rate per item", None))
        self.checksBox.setTitle(QCoreApplication.translate("SpotCheckMonthDialog", u"Checks this month", None))
        pass
    # retranslateUi

