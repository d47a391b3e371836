# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel,
    QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_RecoveryDialog(object):
    def setupUi(self, RecoveryDialog):
        if not RecoveryDialog.objectName():
            RecoveryDialog.setObjectName(u"RecoveryDialog")
        RecoveryDialog.setMinimumSize(QSize(600, 0))
        self.layout = QVBoxLayout(RecoveryDialog)
        self.layout.setObjectName(u"layout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.icon = QLabel(RecoveryDialog)
        self.icon.setObjectName(u"icon")
        self.icon.setAlignment(Qt.AlignTop)

        self.top.addWidget(self.icon)

        self.problem = QLabel(RecoveryDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.top.addWidget(self.problem)

        self.top.setStretch(1, 1)

        self.layout.addLayout(self.top)

        self.gap = QSpacerItem(0, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.layout.addItem(self.gap)

        self.advice = QLabel(RecoveryDialog)
        self.advice.setObjectName(u"advice")
        self.advice.setWordWrap(True)

        self.layout.addWidget(self.advice)

        self.recoveryMessage = QLabel(RecoveryDialog)
        self.recoveryMessage.setObjectName(u"recoveryMessage")
        self.recoveryMessage.setWordWrap(True)
        self.recoveryMessage.setStyleSheet(u"color: #c62828;")

        self.layout.addWidget(self.recoveryMessage)

        self.buttons = QDialogButtonBox(RecoveryDialog)
        self.buttons.setObjectName(u"buttons")

        self.layout.addWidget(self.buttons)


        self.retranslateUi(RecoveryDialog)
    # setupUi

    def retranslateUi(self, RecoveryDialog):
        RecoveryDialog.setWindowTitle(QCoreApplication.translate("RecoveryDialog", u"The database cannot be opened", None))
    # retranslateUi

