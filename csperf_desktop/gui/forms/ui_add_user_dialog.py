# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'add_user_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QVBoxLayout)

class Ui_AddUserDialog(object):
    def setupUi(self, AddUserDialog):
        if not AddUserDialog.objectName():
            AddUserDialog.setObjectName(u"AddUserDialog")
        AddUserDialog.setMinimumSize(QSize(460, 0))
        self.layout = QVBoxLayout(AddUserDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.usernameLabel = QLabel(AddUserDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(AddUserDialog)
        self.username.setObjectName(u"username")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.displayNameLabel = QLabel(AddUserDialog)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayName = QLineEdit(AddUserDialog)
        self.displayName.setObjectName(u"displayName")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.displayName)

        self.roleLabel = QLabel(AddUserDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.role = QComboBox(AddUserDialog)
        self.role.setObjectName(u"role")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role)

        self.roleHelp = QLabel(AddUserDialog)
        self.roleHelp.setObjectName(u"roleHelp")
        self.roleHelp.setWordWrap(False)
        self.roleHelp.setStyleSheet(u"color: #666;")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.roleHelp)


        self.layout.addLayout(self.form)

        self.bottomError = QLabel(AddUserDialog)
        self.bottomError.setObjectName(u"bottomError")
        self.bottomError.setWordWrap(True)
        self.bottomError.setStyleSheet(u"color: #c62828;")

        self.layout.addWidget(self.bottomError)

        self.buttons = QDialogButtonBox(AddUserDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.username)
        self.displayNameLabel.setBuddy(self.displayName)
        self.roleLabel.setBuddy(self.role)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AddUserDialog)
    # setupUi

    def retranslateUi(self, AddUserDialog):
        AddUserDialog.setWindowTitle(QCoreApplication.translate("AddUserDialog", u"Add a user", None))
        self.usernameLabel.setText(QCoreApplication.translate("AddUserDialog", u"User name:", None))
        self.displayNameLabel.setText(QCoreApplication.translate("AddUserDialog", u"Full name:", None))
        self.roleLabel.setText(QCoreApplication.translate("AddUserDialog", u"Role:", None))
    # retranslateUi

