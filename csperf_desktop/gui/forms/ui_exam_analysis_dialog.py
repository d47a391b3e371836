# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exam_analysis_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel,
    QPushButton, QTableView, QVBoxLayout)

class Ui_ExamAnalysisDialog(object):
    def setupUi(self, ExamAnalysisDialog):
        if not ExamAnalysisDialog.objectName():
            ExamAnalysisDialog.setObjectName(u"ExamAnalysisDialog")
        self.layout_ = QVBoxLayout(ExamAnalysisDialog)
        self.layout_.setObjectName(u"layout_")
        self.heading = QLabel(ExamAnalysisDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.layout_.addWidget(self.heading)

        self.items = QTableView(ExamAnalysisDialog)
        self.items.setObjectName(u"items")

        self.layout_.addWidget(self.items)

        self.weakLabel = QLabel(ExamAnalysisDialog)
        self.weakLabel.setObjectName(u"weakLabel")

        self.layout_.addWidget(self.weakLabel)

        self.weak = QTableView(ExamAnalysisDialog)
        self.weak.setObjectName(u"weak")

        self.layout_.addWidget(self.weak)

        self.buttons_ = QHBoxLayout()
        self.buttons_.setObjectName(u"buttons_")
        self.coach_button = QPushButton(ExamAnalysisDialog)
        self.coach_button.setObjectName(u"coach_button")

        self.buttons_.addWidget(self.coach_button)

        self.message = QLabel(ExamAnalysisDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.buttons_.addWidget(self.message)

        self.close_box = QDialogButtonBox(ExamAnalysisDialog)
        self.close_box.setObjectName(u"close_box")
        self.close_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttons_.addWidget(self.close_box)

        self.buttons_.setStretch(1, 1)

        self.layout_.addLayout(self.buttons_)

        self.layout_.setStretch(1, 3)
        self.layout_.setStretch(3, 1)

        self.retranslateUi(ExamAnalysisDialog)
    # setupUi

    def retranslateUi(self, ExamAnalysisDialog):
        self.weakLabel.setText(QCoreApplication.translate("ExamAnalysisDialog", u"Weak topics (less than 60 % of the points earned):", None))
        self.coach_button.setText(QCoreApplication.translate("ExamAnalysisDialog", u"Start a &coaching note for this person", None))
        pass
    # retranslateUi

