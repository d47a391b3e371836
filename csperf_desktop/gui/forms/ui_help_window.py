# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'help_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QSplitter, QVBoxLayout, QWidget)

from csperf_desktop.gui.widgets.offline_browser import OfflineBrowser

class Ui_HelpWindow(object):
    def setupUi(self, HelpWindow):
        if not HelpWindow.objectName():
            HelpWindow.setObjectName(u"HelpWindow")
        HelpWindow.resize(900, 760)
        self.layout = QVBoxLayout(HelpWindow)
        self.layout.setObjectName(u"layout")
        self.findRow = QHBoxLayout()
        self.findRow.setObjectName(u"findRow")
        self.find = QLineEdit(HelpWindow)
        self.find.setObjectName(u"find")
        self.find.setClearButtonEnabled(True)

        self.findRow.addWidget(self.find)

        self.findMessage = QLabel(HelpWindow)
        self.findMessage.setObjectName(u"findMessage")
        self.findMessage.setText(u"")

        self.findRow.addWidget(self.findMessage)

        self.findRow.setStretch(0, 1)

        self.layout.addLayout(self.findRow)

        self.splitter = QSplitter(HelpWindow)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.contents = QListWidget(self.splitter)
        self.contents.setObjectName(u"contents")
        self.splitter.addWidget(self.contents)
        self.guide = OfflineBrowser(self.splitter)
        self.guide.setObjectName(u"guide")
        self.guide.setOpenExternalLinks(False)
        self.guide.setOpenLinks(False)
        self.splitter.addWidget(self.guide)

        self.layout.addWidget(self.splitter)

        self.buttons = QDialogButtonBox(HelpWindow)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(1, 1)
        QWidget.setTabOrder(self.find, self.contents)
        QWidget.setTabOrder(self.contents, self.guide)

        self.retranslateUi(HelpWindow)
    # setupUi

    def retranslateUi(self, HelpWindow):
        HelpWindow.setWindowTitle(QCoreApplication.translate("HelpWindow", u"csperf user guide", None))
        self.find.setPlaceholderText(QCoreApplication.translate("HelpWindow", u"Find in the guide (Enter for the next one)", None))
    # retranslateUi

