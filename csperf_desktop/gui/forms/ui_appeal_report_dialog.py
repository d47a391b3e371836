# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'appeal_report_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QHBoxLayout,
    QLabel, QSizePolicy, QSpacerItem, QSpinBox, QTextBrowser, QVBoxLayout)

class Ui_AppealReportDialog(object):
    def setupUi(self, AppealReportDialog):
        if not AppealReportDialog.objectName():
            AppealReportDialog.setObjectName(u"AppealReportDialog")
        self.layout_ = QVBoxLayout(AppealReportDialog)
        self.layout_.setObjectName(u"layout_")
        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.reportLabel = QLabel(AppealReportDialog)
        self.reportLabel.setObjectName(u"reportLabel")

        self.bar.addWidget(self.reportLabel)

        self.scope = QComboBox(AppealReportDialog)
        self.scope.setObjectName(u"scope")

        self.bar.addWidget(self.scope)

        self.month = QComboBox(AppealReportDialog)
        self.month.setObjectName(u"month")

        self.bar.addWidget(self.month)

        self.year = QSpinBox(AppealReportDialog)
        self.year.setObjectName(u"year")
        self.year.setMinimum(2000)
        self.year.setMaximum(2100)

        self.bar.addWidget(self.year)

        self.spacer1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bar.addItem(self.spacer1)

        self.bar.setStretch(4, 1)

        self.layout_.addLayout(self.bar)

        self.view = QTextBrowser(AppealReportDialog)
        self.view.setObjectName(u"view")

        self.layout_.addWidget(self.view)

        self.buttons = QDialogButtonBox(AppealReportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout_.addWidget(self.buttons)

        self.layout_.setStretch(1, 1)

        self.retranslateUi(AppealReportDialog)
    # setupUi

    def retranslateUi(self, AppealReportDialog):
        AppealReportDialog.setWindowTitle(QCoreApplication.translate("AppealReportDialog", u"Appeals self-check", None))
        self.reportLabel.setText(QCoreApplication.translate("AppealReportDialog", u"Report for:", None))
    # retranslateUi

