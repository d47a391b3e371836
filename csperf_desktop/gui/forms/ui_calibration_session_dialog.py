# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'calibration_session_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QDateEdit, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout)

class Ui_CalibrationSessionDialog(object):
    def setupUi(self, CalibrationSessionDialog):
        if not CalibrationSessionDialog.objectName():
            CalibrationSessionDialog.setObjectName(u"CalibrationSessionDialog")
        CalibrationSessionDialog.resize(520, 460)
        self.layout = QVBoxLayout(CalibrationSessionDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.titleLabel = QLabel(CalibrationSessionDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(CalibrationSessionDialog)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.dateLabel = QLabel(CalibrationSessionDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.date = QDateEdit(CalibrationSessionDialog)
        self.date.setObjectName(u"date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.date)

        self.conversationsLabel = QLabel(CalibrationSessionDialog)
        self.conversationsLabel.setObjectName(u"conversationsLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.conversationsLabel)

        self.conversations = QPlainTextEdit(CalibrationSessionDialog)
        self.conversations.setObjectName(u"conversations")
        self.conversations.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.conversations)

        self.gradersLabel = QLabel(CalibrationSessionDialog)
        self.gradersLabel.setObjectName(u"gradersLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.gradersLabel)

        self.graders = QPlainTextEdit(CalibrationSessionDialog)
        self.graders.setObjectName(u"graders")
        self.graders.setTabChangesFocus(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.graders)


        self.layout.addLayout(self.form)

        self.message = QLabel(CalibrationSessionDialog)
        self.message.setObjectName(u"message")
        self.message.setText(u"")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(CalibrationSessionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.dateLabel.setBuddy(self.date)
        self.conversationsLabel.setBuddy(self.conversations)
        self.gradersLabel.setBuddy(self.graders)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CalibrationSessionDialog)
    # setupUi

    def retranslateUi(self, CalibrationSessionDialog):
        CalibrationSessionDialog.setWindowTitle(QCoreApplication.translate("CalibrationSessionDialog", u"New calibration session", None))
        self.titleLabel.setText(QCoreApplication.translate("CalibrationSessionDialog", u"&Title:", None))
        self.dateLabel.setText(QCoreApplication.translate("CalibrationSessionDialog", u"&Date:", None))
        self.conversationsLabel.setText(QCoreApplication.translate("CalibrationSessionDialog", u"&Conversations:", None))
        self.conversations.setPlaceholderText(QCoreApplication.translate("CalibrationSessionDialog", u"One ticket or order number a line", None))
        self.gradersLabel.setText(QCoreApplication.translate("CalibrationSessionDialog", u"&Graders:", None))
        self.graders.setPlaceholderText(QCoreApplication.translate("CalibrationSessionDialog", u"One name a line: the supervisor, team leads, quality inspectors", None))
    # retranslateUi

