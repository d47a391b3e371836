# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'gifts_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit,
    QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_GiftsDialog(object):
    def setupUi(self, GiftsDialog):
        if not GiftsDialog.objectName():
            GiftsDialog.setObjectName(u"GiftsDialog")
        GiftsDialog.resize(900, 520)
        self.layout = QVBoxLayout(GiftsDialog)
        self.layout.setObjectName(u"layout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.summary = QLabel(GiftsDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setText(u"")

        self.top.addWidget(self.summary)

        self.filterLabel = QLabel(GiftsDialog)
        self.filterLabel.setObjectName(u"filterLabel")

        self.top.addWidget(self.filterLabel)

        self.filter = QComboBox(GiftsDialog)
        self.filter.setObjectName(u"filter")

        self.top.addWidget(self.filter)

        self.top.setStretch(0, 1)

        self.layout.addLayout(self.top)

        self.table = QTableView(GiftsDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setMinimumSectionSize(30)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)

        self.layout.addWidget(self.table)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.givenLabel = QLabel(GiftsDialog)
        self.givenLabel.setObjectName(u"givenLabel")

        self.actions.addWidget(self.givenLabel)

        self.givenOn = QDateEdit(GiftsDialog)
        self.givenOn.setObjectName(u"givenOn")
        self.givenOn.setDisplayFormat(u"yyyy-MM-dd")
        self.givenOn.setCalendarPopup(True)

        self.actions.addWidget(self.givenOn)

        self.note = QLineEdit(GiftsDialog)
        self.note.setObjectName(u"note")
        self.note.setMaxLength(500)

        self.actions.addWidget(self.note)

        self.markButton = QPushButton(GiftsDialog)
        self.markButton.setObjectName(u"markButton")

        self.actions.addWidget(self.markButton)

        self.unmarkButton = QPushButton(GiftsDialog)
        self.unmarkButton.setObjectName(u"unmarkButton")

        self.actions.addWidget(self.unmarkButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.actionsSpacer)

        self.printButton = QPushButton(GiftsDialog)
        self.printButton.setObjectName(u"printButton")

        self.actions.addWidget(self.printButton)

        self.actions.setStretch(2, 1)

        self.layout.addLayout(self.actions)

        self.close = QDialogButtonBox(GiftsDialog)
        self.close.setObjectName(u"close")
        self.close.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.close)

        self.layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.givenLabel.setBuddy(self.givenOn)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filter, self.table)
        QWidget.setTabOrder(self.table, self.givenOn)
        QWidget.setTabOrder(self.givenOn, self.note)
        QWidget.setTabOrder(self.note, self.markButton)
        QWidget.setTabOrder(self.markButton, self.unmarkButton)
        QWidget.setTabOrder(self.unmarkButton, self.printButton)

        self.retranslateUi(GiftsDialog)
    # setupUi

    def retranslateUi(self, GiftsDialog):
        self.filterLabel.setText(QCoreApplication.translate("GiftsDialog", u"Show:", None))
        self.givenLabel.setText(QCoreApplication.translate("GiftsDialog", u"Given &on:", None))
        self.note.setPlaceholderText(QCoreApplication.translate("GiftsDialog", u"Note (optional)", None))
        self.markButton.setText(QCoreApplication.translate("GiftsDialog", u"&Mark as given", None))
        self.unmarkButton.setText(QCoreApplication.translate("GiftsDialog", u"&Undo given\u2026", None))
        self.printButton.setText(QCoreApplication.translate("GiftsDialog", u"&Print list (PDF)\u2026", None))
        pass
    # retranslateUi

