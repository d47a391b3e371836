# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exam_question_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout)

class Ui_ExamQuestionDialog(object):
    def setupUi(self, ExamQuestionDialog):
        if not ExamQuestionDialog.objectName():
            ExamQuestionDialog.setObjectName(u"ExamQuestionDialog")
        self.layout_ = QVBoxLayout(ExamQuestionDialog)
        self.layout_.setObjectName(u"layout_")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.areaLabel = QLabel(ExamQuestionDialog)
        self.areaLabel.setObjectName(u"areaLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.area = QComboBox(ExamQuestionDialog)
        self.area.setObjectName(u"area")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.area)

        self.topicLabel = QLabel(ExamQuestionDialog)
        self.topicLabel.setObjectName(u"topicLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.topicLabel)

        self.topic = QComboBox(ExamQuestionDialog)
        self.topic.setObjectName(u"topic")
        self.topic.setEditable(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.topic)

        self.qtypeLabel = QLabel(ExamQuestionDialog)
        self.qtypeLabel.setObjectName(u"qtypeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.qtypeLabel)

        self.qtype = QComboBox(ExamQuestionDialog)
        self.qtype.setObjectName(u"qtype")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.qtype)

        self.textLabel = QLabel(ExamQuestionDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.text = QPlainTextEdit(ExamQuestionDialog)
        self.text.setObjectName(u"text")
        self.text.setTabChangesFocus(True)
        self.text.setMaximumSize(QSize(16777215, 80))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.text)

        self.optionsLabel = QLabel(ExamQuestionDialog)
        self.optionsLabel.setObjectName(u"optionsLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.optionsLabel)

        self.options = QPlainTextEdit(ExamQuestionDialog)
        self.options.setObjectName(u"options")
        self.options.setTabChangesFocus(True)
        self.options.setMaximumSize(QSize(16777215, 100))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.options)

        self.answerLabel = QLabel(ExamQuestionDialog)
        self.answerLabel.setObjectName(u"answerLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.answerLabel)

        self.answer = QLineEdit(ExamQuestionDialog)
        self.answer.setObjectName(u"answer")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.answer)

        self.modelLabel = QLabel(ExamQuestionDialog)
        self.modelLabel.setObjectName(u"modelLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.modelLabel)

        self.model_answer = QPlainTextEdit(ExamQuestionDialog)
        self.model_answer.setObjectName(u"model_answer")
        self.model_answer.setTabChangesFocus(True)
        self.model_answer.setMaximumSize(QSize(16777215, 80))

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.model_answer)

        self.pointsLabel = QLabel(ExamQuestionDialog)
        self.pointsLabel.setObjectName(u"pointsLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.pointsLabel)

        self.points = QSpinBox(ExamQuestionDialog)
        self.points.setObjectName(u"points")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.points)

        self.difficultyLabel = QLabel(ExamQuestionDialog)
        self.difficultyLabel.setObjectName(u"difficultyLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.difficultyLabel)

        self.difficulty = QComboBox(ExamQuestionDialog)
        self.difficulty.setObjectName(u"difficulty")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.difficulty)

        self.active = QCheckBox(ExamQuestionDialog)
        self.active.setObjectName(u"active")
        self.active.setChecked(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.active)


        self.layout_.addLayout(self.form)

        self.message = QLabel(ExamQuestionDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #c62828;")

        self.layout_.addWidget(self.message)

        self.buttons = QDialogButtonBox(ExamQuestionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout_.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.areaLabel.setBuddy(self.area)
        self.topicLabel.setBuddy(self.topic)
        self.qtypeLabel.setBuddy(self.qtype)
        self.textLabel.setBuddy(self.text)
        self.optionsLabel.setBuddy(self.options)
        self.answerLabel.setBuddy(self.answer)
        self.modelLabel.setBuddy(self.model_answer)
        self.pointsLabel.setBuddy(self.points)
        self.difficultyLabel.setBuddy(self.difficulty)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExamQuestionDialog)
    # setupUi

    def retranslateUi(self, ExamQuestionDialog):
        self.areaLabel.setText(QCoreApplication.translate("ExamQuestionDialog", u"&Area:", None))
        self.topicLabel.setText(QCoreApplication.translate("ExamQuestionDialog", u"&Topic:", None))
        self.qtypeLabel.setText(QCoreApplication.translate("ExamQuestionDialog", u"T&ype:", None))
        self.textLabel.setText(QCoreApplication.translate("ExamQuestionDialog", u"&Question:", None))
        self.optionsLabel.setText(QCoreApplication.translate("ExamQuestionDialog", u"&Options:", None))
        self.options.setPlaceholderText(QCoreApplication.translate("ExamQuestionDialog", u"One option a line: the first is A, the second B \u2026", None))
        self.answerLabel.setText(QCoreApplication.translate("ExamQuestionDialog", u"A&nswer:", None))
        self.modelLabel.setText(QCoreApplication.translate("ExamQuestionDialog", u"&Model answer:", None))
        self.pointsLabel.setText(QCoreApplication.translate("ExamQuestionDialog", u"&Points:", None))
        self.difficultyLabel.setText(QCoreApplication.translate("ExamQuestionDialog", u"&Difficulty:", None))
        self.active.setText(QCoreApplication.translate("ExamQuestionDialog", u"In use (drawn for new papers)", None))
        pass
    # retranslateUi

