# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'check_printout_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QVBoxLayout)

class Ui_CheckPrintoutDialog(object):
    def setupUi(self, CheckPrintoutDialog):
        if not CheckPrintoutDialog.objectName():
            CheckPrintoutDialog.setObjectName(u"CheckPrintoutDialog")
        CheckPrintoutDialog.setMinimumSize(QSize(520, 0))
        self.layout = QVBoxLayout(CheckPrintoutDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(CheckPrintoutDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.monthLabel = QLabel(CheckPrintoutDialog)
        self.monthLabel.setObjectName(u"monthLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.monthLabel)

        self.month = QComboBox(CheckPrintoutDialog)
        self.month.setObjectName(u"month")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.month)

        self.fingerprintLabel = QLabel(CheckPrintoutDialog)
        self.fingerprintLabel.setObjectName(u"fingerprintLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fingerprintLabel)

        self.fingerprint = QLineEdit(CheckPrintoutDialog)
        self.fingerprint.setObjectName(u"fingerprint")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fingerprint)


        self.layout.addLayout(self.form)

        self.result = QLabel(CheckPrintoutDialog)
        self.result.setObjectName(u"result")
        self.result.setMinimumSize(QSize(0, 60))
        self.result.setTextFormat(Qt.RichText)
        self.result.setAlignment(Qt.AlignLeft|Qt.AlignTop)
        self.result.setWordWrap(True)

        self.layout.addWidget(self.result)

        self.buttons = QDialogButtonBox(CheckPrintoutDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.monthLabel.setBuddy(self.month)
        self.fingerprintLabel.setBuddy(self.fingerprint)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CheckPrintoutDialog)
    # setupUi

    def retranslateUi(self, CheckPrintoutDialog):
        CheckPrintoutDialog.setWindowTitle(QCoreApplication.translate("CheckPrintoutDialog", u"Check a printout", None))
        self.intro.setText(QCoreApplication.translate("CheckPrintoutDialog", u"Bulletins and scorecards print a fingerprint of the published results at the foot of each page, e.g. \u201c3F9A0C127B4E\u201d. Type it here to see whether the paper matches the database.", None))
        self.monthLabel.setText(QCoreApplication.translate("CheckPrintoutDialog", u"Month on the paper:", None))
        self.fingerprintLabel.setText(QCoreApplication.translate("CheckPrintoutDialog", u"Fingerprint:", None))
        self.fingerprint.setPlaceholderText(QCoreApplication.translate("CheckPrintoutDialog", u"12 letters and digits, as printed", None))
    # retranslateUi

