# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exam_marking_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel,
    QPushButton, QTableView, QVBoxLayout)

class Ui_ExamMarkingDialog(object):
    def setupUi(self, ExamMarkingDialog):
        if not ExamMarkingDialog.objectName():
            ExamMarkingDialog.setObjectName(u"ExamMarkingDialog")
        self.layout_ = QVBoxLayout(ExamMarkingDialog)
        self.layout_.setObjectName(u"layout_")
        self.heading = QLabel(ExamMarkingDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.layout_.addWidget(self.heading)

        self.grid = QTableView(ExamMarkingDialog)
        self.grid.setObjectName(u"grid")

        self.layout_.addWidget(self.grid)

        self.message = QLabel(ExamMarkingDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #c62828;")

        self.layout_.addWidget(self.message)

        self.buttons_ = QHBoxLayout()
        self.buttons_.setObjectName(u"buttons_")
        self.save_button = QPushButton(ExamMarkingDialog)
        self.save_button.setObjectName(u"save_button")

        self.buttons_.addWidget(self.save_button)

        self.export_button = QPushButton(ExamMarkingDialog)
        self.export_button.setObjectName(u"export_button")

        self.buttons_.addWidget(self.export_button)

        self.import_button = QPushButton(ExamMarkingDialog)
        self.import_button.setObjectName(u"import_button")

        self.buttons_.addWidget(self.import_button)

        self.clear_button = QPushButton(ExamMarkingDialog)
        self.clear_button.setObjectName(u"clear_button")

        self.buttons_.addWidget(self.clear_button)

        self.status = QLabel(ExamMarkingDialog)
        self.status.setObjectName(u"status")

        self.buttons_.addWidget(self.status)

        self.close_box = QDialogButtonBox(ExamMarkingDialog)
        self.close_box.setObjectName(u"close_box")
        self.close_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttons_.addWidget(self.close_box)

        self.buttons_.setStretch(4, 1)

        self.layout_.addLayout(self.buttons_)

        self.layout_.setStretch(1, 1)

        self.retranslateUi(ExamMarkingDialog)
    # setupUi

    def retranslateUi(self, ExamMarkingDialog):
        self.save_button.setText(QCoreApplication.translate("ExamMarkingDialog", u"&Mark and enter the results", None))
        self.export_button.setText(QCoreApplication.translate("ExamMarkingDialog", u"Grid to &Excel\u2026", None))
        self.import_button.setText(QCoreApplication.translate("ExamMarkingDialog", u"&Import from Excel\u2026", None))
        self.clear_button.setText(QCoreApplication.translate("ExamMarkingDialog", u"C&lear the answers\u2026", None))
        pass
    # retranslateUi

