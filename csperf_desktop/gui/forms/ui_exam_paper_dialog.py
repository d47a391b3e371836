# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exam_paper_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QSplitter,
    QTableView, QVBoxLayout)

class Ui_ExamPaperDialog(object):
    def setupUi(self, ExamPaperDialog):
        if not ExamPaperDialog.objectName():
            ExamPaperDialog.setObjectName(u"ExamPaperDialog")
        self.layout_ = QVBoxLayout(ExamPaperDialog)
        self.layout_.setObjectName(u"layout_")
        self.heading = QLabel(ExamPaperDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.layout_.addWidget(self.heading)

        self.drawRow = QHBoxLayout()
        self.drawRow.setObjectName(u"drawRow")
        self.countLabel = QLabel(ExamPaperDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.drawRow.addWidget(self.countLabel)

        self.count = QSpinBox(ExamPaperDialog)
        self.count.setObjectName(u"count")

        self.drawRow.addWidget(self.count)

        self.avoidLabel = QLabel(ExamPaperDialog)
        self.avoidLabel.setObjectName(u"avoidLabel")

        self.drawRow.addWidget(self.avoidLabel)

        self.avoid = QSpinBox(ExamPaperDialog)
        self.avoid.setObjectName(u"avoid")

        self.drawRow.addWidget(self.avoid)

        self.seedLabel = QLabel(ExamPaperDialog)
        self.seedLabel.setObjectName(u"seedLabel")

        self.drawRow.addWidget(self.seedLabel)

        self.seed = QSpinBox(ExamPaperDialog)
        self.seed.setObjectName(u"seed")

        self.drawRow.addWidget(self.seed)

        self.draw_button = QPushButton(ExamPaperDialog)
        self.draw_button.setObjectName(u"draw_button")

        self.drawRow.addWidget(self.draw_button)

        self.spacer_ = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.drawRow.addItem(self.spacer_)

        self.drawRow.setStretch(7, 1)

        self.layout_.addLayout(self.drawRow)

        self.split = QSplitter(ExamPaperDialog)
        self.split.setObjectName(u"split")
        self.split.setOrientation(Qt.Orientation.Horizontal)
        self.bank_box = QGroupBox(self.split)
        self.bank_box.setObjectName(u"bank_box")
        self.bankLayout = QVBoxLayout(self.bank_box)
        self.bankLayout.setObjectName(u"bankLayout")
        self.bank_list = QTableView(self.bank_box)
        self.bank_list.setObjectName(u"bank_list")

        self.bankLayout.addWidget(self.bank_list)

        self.add_button = QPushButton(self.bank_box)
        self.add_button.setObjectName(u"add_button")

        self.bankLayout.addWidget(self.add_button)

        self.split.addWidget(self.bank_box)
        self.paper_box = QGroupBox(self.split)
        self.paper_box.setObjectName(u"paper_box")
        self.paperLayout = QVBoxLayout(self.paper_box)
        self.paperLayout.setObjectName(u"paperLayout")
        self.paper_list = QTableView(self.paper_box)
        self.paper_list.setObjectName(u"paper_list")

        self.paperLayout.addWidget(self.paper_list)

        self.paperButtons = QHBoxLayout()
        self.paperButtons.setObjectName(u"paperButtons")
        self.remove_button = QPushButton(self.paper_box)
        self.remove_button.setObjectName(u"remove_button")

        self.paperButtons.addWidget(self.remove_button)

        self.summary = QLabel(self.paper_box)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.paperButtons.addWidget(self.summary)

        self.paperButtons.setStretch(1, 1)

        self.paperLayout.addLayout(self.paperButtons)

        self.split.addWidget(self.paper_box)

        self.layout_.addWidget(self.split)

        self.message = QLabel(ExamPaperDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #c62828;")

        self.layout_.addWidget(self.message)

        self.printRow = QHBoxLayout()
        self.printRow.setObjectName(u"printRow")
        self.save_button = QPushButton(ExamPaperDialog)
        self.save_button.setObjectName(u"save_button")

        self.printRow.addWidget(self.save_button)

        self.print_a = QPushButton(ExamPaperDialog)
        self.print_a.setObjectName(u"print_a")

        self.printRow.addWidget(self.print_a)

        self.print_b = QPushButton(ExamPaperDialog)
        self.print_b.setObjectName(u"print_b")

        self.printRow.addWidget(self.print_b)

        self.print_sheet = QPushButton(ExamPaperDialog)
        self.print_sheet.setObjectName(u"print_sheet")

        self.printRow.addWidget(self.print_sheet)

        self.print_key = QPushButton(ExamPaperDialog)
        self.print_key.setObjectName(u"print_key")

        self.printRow.addWidget(self.print_key)

        self.close_box = QDialogButtonBox(ExamPaperDialog)
        self.close_box.setObjectName(u"close_box")
        self.close_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.printRow.addWidget(self.close_box)

        self.printRow.setStretch(5, 1)

        self.layout_.addLayout(self.printRow)

        self.layout_.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.countLabel.setBuddy(self.count)
        self.avoidLabel.setBuddy(self.avoid)
        self.seedLabel.setBuddy(self.seed)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExamPaperDialog)
    # setupUi

    def retranslateUi(self, ExamPaperDialog):
        self.countLabel.setText(QCoreApplication.translate("ExamPaperDialog", u"&Questions:", None))
        self.avoidLabel.setText(QCoreApplication.translate("ExamPaperDialog", u"Skip questions used in the last (months):", None))
        self.seedLabel.setText(QCoreApplication.translate("ExamPaperDialog", u"S&eed:", None))
        self.draw_button.setText(QCoreApplication.translate("ExamPaperDialog", u"&Draw a balanced paper", None))
        self.bank_box.setTitle(QCoreApplication.translate("ExamPaperDialog", u"Bank (double-click to add)", None))
        self.add_button.setText(QCoreApplication.translate("ExamPaperDialog", u"&Add to paper \u2192", None))
        self.paper_box.setTitle(QCoreApplication.translate("ExamPaperDialog", u"Paper", None))
        self.remove_button.setText(QCoreApplication.translate("ExamPaperDialog", u"\u2190 &Remove", None))
        self.save_button.setText(QCoreApplication.translate("ExamPaperDialog", u"&Save paper (versions A and B)", None))
        self.print_a.setText(QCoreApplication.translate("ExamPaperDialog", u"Print paper &A\u2026", None))
        self.print_b.setText(QCoreApplication.translate("ExamPaperDialog", u"Print paper &B\u2026", None))
        self.print_sheet.setText(QCoreApplication.translate("ExamPaperDialog", u"Print answer &sheet\u2026", None))
        self.print_key.setText(QCoreApplication.translate("ExamPaperDialog", u"Print the &key\u2026", None))
        pass
    # retranslateUi

