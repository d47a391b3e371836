# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_role_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout,
    QLabel)

class Ui_UserRoleDialog(object):
    def setupUi(self, UserRoleDialog):
        if not UserRoleDialog.objectName():
            UserRoleDialog.setObjectName(u"UserRoleDialog")
        UserRoleDialog.setMinimumSize(QSize(460, 0))
        self.form = QFormLayout(UserRoleDialog)
        self.form.setObjectName(u"form")
        self.roleLabel = QLabel(UserRoleDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.role = QComboBox(UserRoleDialog)
        self.role.setObjectName(u"role")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.role)

        self.roleHelp = QLabel(UserRoleDialog)
        self.roleHelp.setObjectName(u"roleHelp")
        self.roleHelp.setWordWrap(False)
        self.roleHelp.setStyleSheet(u"color: #666;")

        self.form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.roleHelp)

        self.buttons = QDialogButtonBox(UserRoleDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.form.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.buttons)

#if QT_CONFIG(shortcut)
        self.roleLabel.setBuddy(self.role)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UserRoleDialog)
    # setupUi

    def retranslateUi(self, UserRoleDialog):
        self.roleLabel.setText(QCoreApplication.translate("UserRoleDialog", u"Role:", None))
        pass
    # retranslateUi

