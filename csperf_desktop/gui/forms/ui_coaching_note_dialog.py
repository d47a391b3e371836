# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'coaching_note_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_CoachingNoteDialog(object):
    def setupUi(self, CoachingNoteDialog):
        if not CoachingNoteDialog.objectName():
            CoachingNoteDialog.setObjectName(u"CoachingNoteDialog")
        self.layout_ = QVBoxLayout(CoachingNoteDialog)
        self.layout_.setObjectName(u"layout_")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.dateLabel = QLabel(CoachingNoteDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateBox = QVBoxLayout()
        self.dateBox.setSpacing(1)
        self.dateBox.setObjectName(u"dateBox")
        self.date = QDateEdit(CoachingNoteDialog)
        self.date.setObjectName(u"date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(u"yyyy-MM-dd")

        self.dateBox.addWidget(self.date)

        self.dateError = QLabel(CoachingNoteDialog)
        self.dateError.setObjectName(u"dateError")
        self.dateError.setWordWrap(True)
        self.dateError.setStyleSheet(u"color: #c62828;")
        self.dateError.setText(u"")

        self.dateBox.addWidget(self.dateError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.dateBox)

        self.topicLabel = QLabel(CoachingNoteDialog)
        self.topicLabel.setObjectName(u"topicLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.topicLabel)

        self.topicBox = QVBoxLayout()
        self.topicBox.setSpacing(1)
        self.topicBox.setObjectName(u"topicBox")
        self.topic = QLineEdit(CoachingNoteDialog)
        self.topic.setObjectName(u"topic")
        self.topic.setMaxLength(200)

        self.topicBox.addWidget(self.topic)

        self.topicError = QLabel(CoachingNoteDialog)
        self.topicError.setObjectName(u"topicError")
        self.topicError.setWordWrap(True)
        self.topicError.setStyleSheet(u"color: #c62828;")
        self.topicError.setText(u"")

        self.topicBox.addWidget(self.topicError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.topicBox)

        self.noteLabel = QLabel(CoachingNoteDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteBox = QVBoxLayout()
        self.noteBox.setSpacing(1)
        self.noteBox.setObjectName(u"noteBox")
        self.text = QPlainTextEdit(CoachingNoteDialog)
        self.text.setObjectName(u"text")
        self.text.setMinimumSize(QSize(0, 90))

        self.noteBox.addWidget(self.text)

        self.noteError = QLabel(CoachingNoteDialog)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setWordWrap(True)
        self.noteError.setStyleSheet(u"color: #c62828;")
        self.noteError.setText(u"")

        self.noteBox.addWidget(self.noteError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.noteBox)

        self.follow_upLabel = QLabel(CoachingNoteDialog)
        self.follow_upLabel.setObjectName(u"follow_upLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.follow_upLabel)

        self.follow_upBox = QVBoxLayout()
        self.follow_upBox.setSpacing(1)
        self.follow_upBox.setObjectName(u"follow_upBox")
        self.follow = QWidget(CoachingNoteDialog)
        self.follow.setObjectName(u"follow")
        self.followLayout = QHBoxLayout(self.follow)
        self.followLayout.setObjectName(u"followLayout")
        self.followLayout.setContentsMargins(0, 0, 0, 0)
        self.has_follow_up = QCheckBox(self.follow)
        self.has_follow_up.setObjectName(u"has_follow_up")

        self.followLayout.addWidget(self.has_follow_up)

        self.follow_up = QDateEdit(self.follow)
        self.follow_up.setObjectName(u"follow_up")
        self.follow_up.setEnabled(False)
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setDisplayFormat(u"yyyy-MM-dd")

        self.followLayout.addWidget(self.follow_up)

        self.spacer1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.followLayout.addItem(self.spacer1)

        self.followLayout.setStretch(2, 1)

        self.follow_upBox.addWidget(self.follow)

        self.follow_upError = QLabel(CoachingNoteDialog)
        self.follow_upError.setObjectName(u"follow_upError")
        self.follow_upError.setWordWrap(True)
        self.follow_upError.setStyleSheet(u"color: #c62828;")
        self.follow_upError.setText(u"")

        self.follow_upBox.addWidget(self.follow_upError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.follow_upBox)


        self.layout_.addLayout(self.form)

        self.message = QLabel(CoachingNoteDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #c62828;")

        self.layout_.addWidget(self.message)

        self.buttons = QDialogButtonBox(CoachingNoteDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout_.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.date)
        self.topicLabel.setBuddy(self.topic)
        self.noteLabel.setBuddy(self.text)
        self.follow_upLabel.setBuddy(self.follow)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CoachingNoteDialog)
    # setupUi

    def retranslateUi(self, CoachingNoteDialog):
        self.dateLabel.setText(QCoreApplication.translate("CoachingNoteDialog", u"&Date:", None))
        self.topicLabel.setText(QCoreApplication.translate("CoachingNoteDialog", u"&Topic:", None))
        self.topic.setPlaceholderText(QCoreApplication.translate("CoachingNoteDialog", u"e.g. Handling repeat complaints", None))
        self.noteLabel.setText(QCoreApplication.translate("CoachingNoteDialog", u"&Note:", None))
        self.text.setPlaceholderText(QCoreApplication.translate("CoachingNoteDialog", u"What was discussed and agreed", None))
        self.follow_upLabel.setText(QCoreApplication.translate("CoachingNoteDialog", u"F&ollow-up:", None))
        self.has_follow_up.setText(QCoreApplication.translate("CoachingNoteDialog", u"Follow up on", None))
        pass
    # retranslateUi

