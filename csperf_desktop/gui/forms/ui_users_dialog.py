# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout)

class Ui_UsersDialog(object):
    def setupUi(self, UsersDialog):
        if not UsersDialog.objectName():
            UsersDialog.setObjectName(u"UsersDialog")
        UsersDialog.resize(760, 420)
        self.layout = QVBoxLayout(UsersDialog)
        self.layout.setObjectName(u"layout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.usersView = QTableView(UsersDialog)
        self.usersView.setObjectName(u"usersView")
        self.usersView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.usersView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.usersView.horizontalHeader().setStretchLastSection(True)
        self.usersView.verticalHeader().setVisible(False)

        self.top.addWidget(self.usersView)

        self.side = QVBoxLayout()
        self.side.setObjectName(u"side")
        self.addButton = QPushButton(UsersDialog)
        self.addButton.setObjectName(u"addButton")

        self.side.addWidget(self.addButton)

        self.roleButton = QPushButton(UsersDialog)
        self.roleButton.setObjectName(u"roleButton")

        self.side.addWidget(self.roleButton)

        self.activeButton = QPushButton(UsersDialog)
        self.activeButton.setObjectName(u"activeButton")

        self.side.addWidget(self.activeButton)

        self.resetButton = QPushButton(UsersDialog)
        self.resetButton.setObjectName(u"resetButton")

        self.side.addWidget(self.resetButton)

        self.unlockButton = QPushButton(UsersDialog)
        self.unlockButton.setObjectName(u"unlockButton")

        self.side.addWidget(self.unlockButton)

        self.sideStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.side.addItem(self.sideStretch)

        self.ownButton = QPushButton(UsersDialog)
        self.ownButton.setObjectName(u"ownButton")

        self.side.addWidget(self.ownButton)

        self.side.setStretch(4, 1)

        self.top.addLayout(self.side)

        self.top.setStretch(0, 1)

        self.layout.addLayout(self.top)

        self.note = QLabel(UsersDialog)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(u"color: #666;")

        self.layout.addWidget(self.note)

        self.buttons = QDialogButtonBox(UsersDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(UsersDialog)
    # setupUi

    def retranslateUi(self, UsersDialog):
        UsersDialog.setWindowTitle(QCoreApplication.translate("UsersDialog", u"Users", None))
        self.addButton.setText(QCoreApplication.translate("UsersDialog", u"Add user\u2026", None))
        self.roleButton.setText(QCoreApplication.translate("UsersDialog", u"Change role\u2026", None))
        self.activeButton.setText(QCoreApplication.translate("UsersDialog", u"Disable", None))
        self.resetButton.setText(QCoreApplication.translate("UsersDialog", u"Reset password\u2026", None))
        self.unlockButton.setText(QCoreApplication.translate("UsersDialog", u"Unlock", None))
        self.ownButton.setText(QCoreApplication.translate("UsersDialog", u"Change my password\u2026", None))
    # retranslateUi

