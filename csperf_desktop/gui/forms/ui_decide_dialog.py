# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'decide_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QButtonGroup, QDialogButtonBox, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QRadioButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_DecideDialog(object):
    def setupUi(self, DecideDialog):
        if not DecideDialog.objectName():
            DecideDialog.setObjectName(u"DecideDialog")
        self.layout_ = QVBoxLayout(DecideDialog)
        self.layout_.setObjectName(u"layout_")
        self.head = QLabel(DecideDialog)
        self.head.setObjectName(u"head")
        self.head.setWordWrap(True)

        self.layout_.addWidget(self.head)

        self.out_row = QHBoxLayout()
        self.out_row.setObjectName(u"out_row")
        self.upheld = QRadioButton(DecideDialog)
        self.outcome_group = QButtonGroup(DecideDialog)
        self.outcome_group.setObjectName(u"outcome_group")
        self.outcome_group.addButton(self.upheld)
        self.upheld.setObjectName(u"upheld")
        self.upheld.setChecked(True)

        self.out_row.addWidget(self.upheld)

        self.partly = QRadioButton(DecideDialog)
        self.outcome_group.addButton(self.partly)
        self.partly.setObjectName(u"partly")

        self.out_row.addWidget(self.partly)

        self.rejected = QRadioButton(DecideDialog)
        self.outcome_group.addButton(self.rejected)
        self.rejected.setObjectName(u"rejected")

        self.out_row.addWidget(self.rejected)

        self.withdrawn = QRadioButton(DecideDialog)
        self.outcome_group.addButton(self.withdrawn)
        self.withdrawn.setObjectName(u"withdrawn")

        self.out_row.addWidget(self.withdrawn)

        self.spacer1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.out_row.addItem(self.spacer1)

        self.out_row.setStretch(4, 1)

        self.layout_.addLayout(self.out_row)

        self.items_box = QGroupBox(DecideDialog)
        self.items_box.setObjectName(u"items_box")
        self.itemsLayout = QVBoxLayout(self.items_box)
        self.itemsLayout.setObjectName(u"itemsLayout")
        self.scroll = QScrollArea(self.items_box)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.items_widget = QWidget()
        self.items_widget.setObjectName(u"items_widget")
        self.grid = QGridLayout(self.items_widget)
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(10)
        self.scroll.setWidget(self.items_widget)

        self.itemsLayout.addWidget(self.scroll)


        self.layout_.addWidget(self.items_box)

        self.reasonLabel = QLabel(DecideDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.layout_.addWidget(self.reasonLabel)

        self.reason = QPlainTextEdit(DecideDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setMinimumSize(QSize(0, 60))
        self.reason.setMaximumSize(QSize(16777215, 60))

        self.layout_.addWidget(self.reason)

        self.note = QLabel(DecideDialog)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(u"color: #555;")

        self.layout_.addWidget(self.note)

        self.message = QLabel(DecideDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #c62828;")

        self.layout_.addWidget(self.message)

        self.buttons = QDialogButtonBox(DecideDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.layout_.addWidget(self.buttons)

        self.layout_.setStretch(2, 1)

        self.retranslateUi(DecideDialog)
    # setupUi

    def retranslateUi(self, DecideDialog):
        self.upheld.setText(QCoreApplication.translate("DecideDialog", u"&Upheld", None))
        self.partly.setText(QCoreApplication.translate("DecideDialog", u"&Partly upheld", None))
        self.rejected.setText(QCoreApplication.translate("DecideDialog", u"Re&jected", None))
        self.withdrawn.setText(QCoreApplication.translate("DecideDialog", u"&Withdrawn", None))
        self.reasonLabel.setText(QCoreApplication.translate("DecideDialog", u"Reason for the decision:", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("DecideDialog", u"Required when rejected or partly upheld", None))
        self.note.setText(QCoreApplication.translate("DecideDialog", u"Upheld or partly upheld: the month is re-issued as a new revision, re-ranked, and its bulletin is marked for reprint. Earlier revisions are kept.", None))
        pass
    # retranslateUi

