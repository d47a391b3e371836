# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_preview_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtGui import (QFont)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QLabel,
    QTableView, QVBoxLayout)

class Ui_ImportPreviewDialog(object):
    def setupUi(self, ImportPreviewDialog):
        if not ImportPreviewDialog.objectName():
            ImportPreviewDialog.setObjectName(u"ImportPreviewDialog")
        ImportPreviewDialog.resize(900, 520)
        self.layout = QVBoxLayout(ImportPreviewDialog)
        self.layout.setObjectName(u"layout")
        self.summary = QLabel(ImportPreviewDialog)
        self.summary.setObjectName(u"summary")
        font = QFont()
        font.setBold(True)
        self.summary.setFont(font)
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.notes = QLabel(ImportPreviewDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setWordWrap(True)

        self.layout.addWidget(self.notes)

        self.table = QTableView(ImportPreviewDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)

        self.layout.addWidget(self.table)

        self.buttons = QDialogButtonBox(ImportPreviewDialog)
        self.buttons.setObjectName(u"buttons")

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(2, 1)

        self.retranslateUi(ImportPreviewDialog)
    # setupUi

    def retranslateUi(self, ImportPreviewDialog):
        pass
    # retranslateUi

