# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QVBoxLayout)

class Ui_LoginDialog(object):
    def setupUi(self, loginDialog):
        if not loginDialog.objectName():
            loginDialog.setObjectName(u"loginDialog")
        loginDialog.setMinimumSize(QSize(400, 0))
        self.layout = QVBoxLayout(loginDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(loginDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.usernameLabel = QLabel(loginDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(loginDialog)
        self.username.setObjectName(u"username")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.passwordLabel = QLabel(loginDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(loginDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password)


        self.layout.addLayout(self.form)

        self.loginMessage = QLabel(loginDialog)
        self.loginMessage.setObjectName(u"loginMessage")
        self.loginMessage.setStyleSheet(u"color: #c62828;")
        self.loginMessage.setWordWrap(True)

        self.layout.addWidget(self.loginMessage)

        self.buttons = QDialogButtonBox(loginDialog)
        self.buttons.setObjectName(u"buttons")

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.username)
        self.passwordLabel.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(loginDialog)
    # setupUi

    def retranslateUi(self, loginDialog):
        self.usernameLabel.setText(QCoreApplication.translate("LoginDialog", u"User name:", None))
        self.passwordLabel.setText(QCoreApplication.translate("LoginDialog", u"Password:", None))
        pass
    # retranslateUi

