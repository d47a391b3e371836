# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rulebook_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout)

class Ui_RulebookDialog(object):
    def setupUi(self, RulebookDialog):
        if not RulebookDialog.objectName():
            RulebookDialog.setObjectName(u"RulebookDialog")
        RulebookDialog.resize(1000, 620)
        self.layout = QVBoxLayout(RulebookDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(RulebookDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.table = QTableView(RulebookDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)

        self.layout.addWidget(self.table)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.addButton = QPushButton(RulebookDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttons.addWidget(self.addButton)

        self.editButton = QPushButton(RulebookDialog)
        self.editButton.setObjectName(u"editButton")

        self.buttons.addWidget(self.editButton)

        self.toggleButton = QPushButton(RulebookDialog)
        self.toggleButton.setObjectName(u"toggleButton")

        self.buttons.addWidget(self.toggleButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonsSpacer)

        self.close = QDialogButtonBox(RulebookDialog)
        self.close.setObjectName(u"close")
        self.close.setStandardButtons(QDialogButtonBox.Close)

        self.buttons.addWidget(self.close)


        self.layout.addLayout(self.buttons)

        self.layout.setStretch(1, 1)

        self.retranslateUi(RulebookDialog)
    # setupUi

    def retranslateUi(self, RulebookDialog):
        RulebookDialog.setWindowTitle(QCoreApplication.translate("RulebookDialog", u"Rulebook", None))
        self.intro.setText(QCoreApplication.translate("RulebookDialog", u"Editing a rule never changes events already recorded: each event keeps its own points, code and name.", None))
        self.addButton.setText(QCoreApplication.translate("RulebookDialog", u"&Add\u2026", None))
        self.editButton.setText(QCoreApplication.translate("RulebookDialog", u"&Edit\u2026", None))
        self.toggleButton.setText(QCoreApplication.translate("RulebookDialog", u"&Disable", None))
    # retranslateUi

