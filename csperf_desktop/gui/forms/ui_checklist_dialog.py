# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checklist_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout)

class Ui_ChecklistDialog(object):
    def setupUi(self, ChecklistDialog):
        if not ChecklistDialog.objectName():
            ChecklistDialog.setObjectName(u"ChecklistDialog")
        ChecklistDialog.resize(680, 480)
        self.layout = QVBoxLayout(ChecklistDialog)
        self.layout.setObjectName(u"layout")
        self.note = QLabel(ChecklistDialog)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.layout.addWidget(self.note)

        self.view = QTableView(ChecklistDialog)
        self.view.setObjectName(u"view")
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)

        self.layout.addWidget(self.view)

        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.addButton = QPushButton(ChecklistDialog)
        self.addButton.setObjectName(u"addButton")

        self.bar.addWidget(self.addButton)

        self.editButton = QPushButton(ChecklistDialog)
        self.editButton.setObjectName(u"editButton")

        self.bar.addWidget(self.editButton)

        self.barSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bar.addItem(self.barSpacer)

        self.closeButton = QPushButton(ChecklistDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.bar.addWidget(self.closeButton)


        self.layout.addLayout(self.bar)

        self.layout.setStretch(1, 1)

        self.retranslateUi(ChecklistDialog)
    # setupUi

    def retranslateUi(self, ChecklistDialog):
        ChecklistDialog.setWindowTitle(QCoreApplication.translate("ChecklistDialog", u"Spot-check checklist", None))
        self.note.setText(QCoreApplication.translate("ChecklistDialog", u"Changes apply to new spot checks; checks already recorded keep the items they had.", None))
        self.addButton.setText(QCoreApplication.translate("ChecklistDialog", u"&Add\u2026", None))
        self.editButton.setText(QCoreApplication.translate("ChecklistDialog", u"&Edit\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("ChecklistDialog", u"Close", None))
    # retranslateUi

