# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'password_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QVBoxLayout)

class Ui_PasswordDialog(object):
    def setupUi(self, PasswordDialog):
        if not PasswordDialog.objectName():
            PasswordDialog.setObjectName(u"PasswordDialog")
        PasswordDialog.setMinimumSize(QSize(440, 0))
        self.layout = QVBoxLayout(PasswordDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.oldPasswordLabel = QLabel(PasswordDialog)
        self.oldPasswordLabel.setObjectName(u"oldPasswordLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.oldPasswordLabel)

        self.oldPassword = QLineEdit(PasswordDialog)
        self.oldPassword.setObjectName(u"oldPassword")
        self.oldPassword.setEchoMode(QLineEdit.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.oldPassword)

        self.resetNote = QLabel(PasswordDialog)
        self.resetNote.setObjectName(u"resetNote")
        self.resetNote.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.resetNote)


        self.layout.addLayout(self.form)

        self.bottomError = QLabel(PasswordDialog)
        self.bottomError.setObjectName(u"bottomError")
        self.bottomError.setWordWrap(True)
        self.bottomError.setStyleSheet(u"color: #c62828;")

        self.layout.addWidget(self.bottomError)

        self.buttons = QDialogButtonBox(PasswordDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.oldPasswordLabel.setBuddy(self.oldPassword)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PasswordDialog)
    # setupUi

    def retranslateUi(self, PasswordDialog):
        self.oldPasswordLabel.setText(QCoreApplication.translate("PasswordDialog", u"Current password:", None))
        pass
    # retranslateUi

