# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'proposals_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QLabel,
    QTableView, QVBoxLayout)

class Ui_ProposalsDialog(object):
    def setupUi(self, ProposalsDialog):
        if not ProposalsDialog.objectName():
            ProposalsDialog.setObjectName(u"ProposalsDialog")
        ProposalsDialog.resize(820, 420)
        self.layout = QVBoxLayout(ProposalsDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(ProposalsDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.table = QTableView(ProposalsDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)

        self.layout.addWidget(self.table)

        self.buttons = QDialogButtonBox(ProposalsDialog)
        self.buttons.setObjectName(u"buttons")

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(1, 1)

        self.retranslateUi(ProposalsDialog)
    # setupUi

    def retranslateUi(self, ProposalsDialog):
        ProposalsDialog.setWindowTitle(QCoreApplication.translate("ProposalsDialog", u"Proposed points to confirm", None))
        self.intro.setText(QCoreApplication.translate("ProposalsDialog", u"The imported data supports these points. Confirming records them as events of their month; you can also confirm them later in the Exams tab.", None))
    # retranslateUi

