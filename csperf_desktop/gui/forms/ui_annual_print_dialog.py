# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'annual_print_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialogButtonBox,
    QFormLayout, QGroupBox, QLabel, QRadioButton, QVBoxLayout)

class Ui_AnnualPrintDialog(object):
    def setupUi(self, AnnualPrintDialog):
        if not AnnualPrintDialog.objectName():
            AnnualPrintDialog.setObjectName(u"AnnualPrintDialog")
        AnnualPrintDialog.setMinimumSize(QSize(460, 0))
        self.layout_ = QVBoxLayout(AnnualPrintDialog)
        self.layout_.setObjectName(u"layout_")
        self.intro = QLabel(AnnualPrintDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout_.addWidget(self.intro)

        self.where = QGroupBox(AnnualPrintDialog)
        self.where.setObjectName(u"where")
        self.whereLayout = QVBoxLayout(self.where)
        self.whereLayout.setObjectName(u"whereLayout")
        self.one_pdf = QRadioButton(self.where)
        self.group = QButtonGroup(AnnualPrintDialog)
        self.group.setObjectName(u"group")
        self.group.addButton(self.one_pdf)
        self.one_pdf.setObjectName(u"one_pdf")

        self.whereLayout.addWidget(self.one_pdf)

        self.per_agent = QRadioButton(self.where)
        self.group.addButton(self.per_agent)
        self.per_agent.setObjectName(u"per_agent")

        self.whereLayout.addWidget(self.per_agent)


        self.layout_.addWidget(self.where)

        self.paperBox = QGroupBox(AnnualPrintDialog)
        self.paperBox.setObjectName(u"paperBox")
        self.paperForm = QFormLayout(self.paperBox)
        self.paperForm.setObjectName(u"paperForm")
        self.paperLabel = QLabel(self.paperBox)
        self.paperLabel.setObjectName(u"paperLabel")

        self.paperForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paper = QComboBox(self.paperBox)
        self.paper.setObjectName(u"paper")

        self.paperForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.paper)


        self.layout_.addWidget(self.paperBox)

        self.buttons = QDialogButtonBox(AnnualPrintDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.layout_.addWidget(self.buttons)


        self.retranslateUi(AnnualPrintDialog)
    # setupUi

    def retranslateUi(self, AnnualPrintDialog):
        self.where.setTitle(QCoreApplication.translate("AnnualPrintDialog", u"Output", None))
        self.one_pdf.setText(QCoreApplication.translate("AnnualPrintDialog", u"All in one PDF (a new page per person)", None))
        self.per_agent.setText(QCoreApplication.translate("AnnualPrintDialog", u"One PDF per person, into a folder", None))
        self.paperBox.setTitle(QCoreApplication.translate("AnnualPrintDialog", u"Paper", None))
        self.paperLabel.setText(QCoreApplication.translate("AnnualPrintDialog", u"Size:", None))
        pass
    # retranslateUi

