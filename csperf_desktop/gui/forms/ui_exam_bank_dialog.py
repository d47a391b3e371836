# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exam_bank_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout)

class Ui_ExamBankDialog(object):
    def setupUi(self, ExamBankDialog):
        if not ExamBankDialog.objectName():
            ExamBankDialog.setObjectName(u"ExamBankDialog")
        self.layout_ = QVBoxLayout(ExamBankDialog)
        self.layout_.setObjectName(u"layout_")
        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.area_filter = QComboBox(ExamBankDialog)
        self.area_filter.setObjectName(u"area_filter")

        self.filters.addWidget(self.area_filter)

        self.search = QLineEdit(ExamBankDialog)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.filters.addWidget(self.search)

        self.import_button = QPushButton(ExamBankDialog)
        self.import_button.setObjectName(u"import_button")

        self.filters.addWidget(self.import_button)

        self.export_button = QPushButton(ExamBankDialog)
        self.export_button.setObjectName(u"export_button")

        self.filters.addWidget(self.export_button)

        self.filters.setStretch(1, 1)

        self.layout_.addLayout(self.filters)

        self.questions = QTableView(ExamBankDialog)
        self.questions.setObjectName(u"questions")

        self.layout_.addWidget(self.questions)

        self.message = QLabel(ExamBankDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #c62828;")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout_.addWidget(self.message)

        self.buttons_ = QHBoxLayout()
        self.buttons_.setObjectName(u"buttons_")
        self.add_button = QPushButton(ExamBankDialog)
        self.add_button.setObjectName(u"add_button")

        self.buttons_.addWidget(self.add_button)

        self.edit_button = QPushButton(ExamBankDialog)
        self.edit_button.setObjectName(u"edit_button")

        self.buttons_.addWidget(self.edit_button)

        self.retire_button = QPushButton(ExamBankDialog)
        self.retire_button.setObjectName(u"retire_button")

        self.buttons_.addWidget(self.retire_button)

        self.delete_button = QPushButton(ExamBankDialog)
        self.delete_button.setObjectName(u"delete_button")

        self.buttons_.addWidget(self.delete_button)

        self.count = QLabel(ExamBankDialog)
        self.count.setObjectName(u"count")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.buttons_.addWidget(self.count)

        self.close_box = QDialogButtonBox(ExamBankDialog)
        self.close_box.setObjectName(u"close_box")
        self.close_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttons_.addWidget(self.close_box)

        self.buttons_.setStretch(4, 1)

        self.layout_.addLayout(self.buttons_)

        self.layout_.setStretch(1, 1)

        self.retranslateUi(ExamBankDialog)
    # setupUi

    def retranslateUi(self, ExamBankDialog):
        ExamBankDialog.setWindowTitle(QCoreApplication.translate("ExamBankDialog", u"Question bank", None))
        self.search.setPlaceholderText(QCoreApplication.translate("ExamBankDialog", u"Search question, topic or number", None))
        self.import_button.setText(QCoreApplication.translate("ExamBankDialog", u"&Import from Excel\u2026", None))
        self.export_button.setText(QCoreApplication.translate("ExamBankDialog", u"E&xport to Excel\u2026", None))
        self.add_button.setText(QCoreApplication.translate("ExamBankDialog", u"&New question\u2026", None))
        self.edit_button.setText(QCoreApplication.translate("ExamBankDialog", u"&Edit\u2026", None))
        self.retire_button.setText(QCoreApplication.translate("ExamBankDialog", u"&Retire", None))
        self.delete_button.setText(QCoreApplication.translate("ExamBankDialog", u"De&lete\u2026", None))
    # retranslateUi

