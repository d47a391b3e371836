# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock_cover.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QLabel, QVBoxLayout)

class Ui_LockCover(object):
    def setupUi(self, lockCover):
        if not lockCover.objectName():
            lockCover.setObjectName(u"lockCover")
        lockCover.setAutoFillBackground(True)
        lockCover.setStyleSheet(u"#lockCover { background: #e9edf2; }")
        self.layout = QVBoxLayout(lockCover)
        self.layout.setObjectName(u"layout")
        self.label = QLabel(lockCover)
        self.label.setObjectName(u"label")
        self.label.setStyleSheet(u"color: #6b7480; font-size: 20pt;")
        self.label.setAlignment(Qt.AlignCenter)

        self.layout.addWidget(self.label)


        self.retranslateUi(lockCover)
    # setupUi

    def retranslateUi(self, lockCover):
        self.label.setText(QCoreApplication.translate("LockCover", u"Locked", None))
        pass
    # retranslateUi

