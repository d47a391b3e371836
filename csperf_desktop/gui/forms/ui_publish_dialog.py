# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'publish_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QLabel,
    QTableView, QVBoxLayout)

class Ui_PublishDialog(object):
    def setupUi(self, PublishDialog):
        if not PublishDialog.objectName():
            PublishDialog.setObjectName(u"PublishDialog")
        PublishDialog.resize(820, 560)
        self.layout = QVBoxLayout(PublishDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(PublishDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setText(u"")

        self.layout.addWidget(self.intro)

        self.preview = QTableView(PublishDialog)
        self.preview.setObjectName(u"preview")
        self.preview.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.preview.setAlternatingRowColors(True)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.layout.addWidget(self.preview)

        self.summary = QLabel(PublishDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setText(u"")

        self.layout.addWidget(self.summary)

        self.buttons = QDialogButtonBox(PublishDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(PublishDialog)
    # setupUi

    def retranslateUi(self, PublishDialog):
        PublishDialog.setWindowTitle(QCoreApplication.translate("PublishDialog", u"Publish the month", None))
    # retranslateUi

