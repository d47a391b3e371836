# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'read_only_banner.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel)

class Ui_ReadOnlyBanner(object):
    def setupUi(self, readOnlyBanner):
        if not readOnlyBanner.objectName():
            readOnlyBanner.setObjectName(u"readOnlyBanner")
        readOnlyBanner.setStyleSheet(u"#readOnlyBanner { background: #fdecea; border: 1px solid #e0a39c; border-radius: 3px; }#readOnlyBanner QLabel { color: #7f1d1d; }")
        self.layout = QHBoxLayout(readOnlyBanner)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel(readOnlyBanner)
        self.label.setObjectName(u"label")
        self.label.setTextFormat(Qt.RichText)
        self.label.setWordWrap(True)

        self.layout.addWidget(self.label)

        self.layout.setStretch(0, 1)

        self.retranslateUi(readOnlyBanner)
    # setupUi

    def retranslateUi(self, readOnlyBanner):
        pass
    # retranslateUi

