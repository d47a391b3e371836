# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exam_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout)

class Ui_ExamDialog(object):
    def setupUi(self, ExamDialog):
        if not ExamDialog.objectName():
            ExamDialog.setObjectName(u"ExamDialog")
        self.layout_ = QVBoxLayout(ExamDialog)
        self.layout_.setObjectName(u"layout_")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.dateLabel = QLabel(ExamDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateBox = QVBoxLayout()
        self.dateBox.setSpacing(1)
        self.dateBox.setObjectName(u"dateBox")
        self.date = QDateEdit(ExamDialog)
        self.date.setObjectName(u"date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(u"yyyy-MM-dd")

        self.dateBox.addWidget(self.date)

        self.dateError = QLabel(ExamDialog)
        self.dateError.setObjectName(u"dateError")
        self.dateError.setWordWrap(True)
        self.dateError.setStyleSheet(u"color: #c62828;")
        self.dateError.setText(u"")

        self.dateBox.addWidget(self.dateError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.dateBox)

        self.titleLabel = QLabel(ExamDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleBox = QVBoxLayout()
        self.titleBox.setSpacing(1)
        self.titleBox.setObjectName(u"titleBox")
        self.title = QLineEdit(ExamDialog)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(200)

        self.titleBox.addWidget(self.title)

        self.titleError = QLabel(ExamDialog)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setWordWrap(True)
        self.titleError.setStyleSheet(u"color: #c62828;")
        self.titleError.setText(u"")

        self.titleBox.addWidget(self.titleError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.titleBox)

        self.areaLabel = QLabel(ExamDialog)
        self.areaLabel.setObjectName(u"areaLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.areaBox = QVBoxLayout()
        self.areaBox.setSpacing(1)
        self.areaBox.setObjectName(u"areaBox")
        self.area = QComboBox(ExamDialog)
        self.area.setObjectName(u"area")

        self.areaBox.addWidget(self.area)

        self.areaError = QLabel(ExamDialog)
        self.areaError.setObjectName(u"areaError")
        self.areaError.setWordWrap(True)
        self.areaError.setStyleSheet(u"color: #c62828;")
        self.areaError.setText(u"")

        self.areaBox.addWidget(self.areaError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.areaBox)

        self.full_marksLabel = QLabel(ExamDialog)
        self.full_marksLabel.setObjectName(u"full_marksLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.full_marksLabel)

        self.full_marksBox = QVBoxLayout()
        self.full_marksBox.setSpacing(1)
        self.full_marksBox.setObjectName(u"full_marksBox")
        self.full_marks = QSpinBox(ExamDialog)
        self.full_marks.setObjectName(u"full_marks")

        self.full_marksBox.addWidget(self.full_marks)

        self.full_marksError = QLabel(ExamDialog)
        self.full_marksError.setObjectName(u"full_marksError")
        self.full_marksError.setWordWrap(True)
        self.full_marksError.setStyleSheet(u"color: #c62828;")
        self.full_marksError.setText(u"")

        self.full_marksBox.addWidget(self.full_marksError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.full_marksBox)

        self.pass_markLabel = QLabel(ExamDialog)
        self.pass_markLabel.setObjectName(u"pass_markLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.pass_markLabel)

        self.pass_markBox = QVBoxLayout()
        self.pass_markBox.setSpacing(1)
        self.pass_markBox.setObjectName(u"pass_markBox")
        self.pass_mark = QSpinBox(ExamDialog)
        self.pass_mark.setObjectName(u"pass_mark")

        self.pass_markBox.addWidget(self.pass_mark)

        self.pass_markError = QLabel(ExamDialog)
        self.pass_markError.setObjectName(u"pass_markError")
        self.pass_markError.setWordWrap(True)
        self.pass_markError.setStyleSheet(u"color: #c62828;")
        self.pass_markError.setText(u"")

        self.pass_markBox.addWidget(self.pass_markError)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.pass_markBox)

        self.noteLabel = QLabel(ExamDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteBox = QVBoxLayout()
        self.noteBox.setSpacing(1)
        self.noteBox.setObjectName(u"noteBox")
        self.note = QLineEdit(ExamDialog)
        self.note.setObjectName(u"note")

        self.noteBox.addWidget(self.note)

        self.noteError = QLabel(ExamDialog)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setWordWrap(True)
        self.noteError.setStyleSheet(u"color: #c62828;")
        self.noteError.setText(u"")

        self.noteBox.addWidget(self.noteError)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.noteBox)


        self.layout_.addLayout(self.form)

        self.message = QLabel(ExamDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #c62828;")

        self.layout_.addWidget(self.message)

        self.buttons = QDialogButtonBox(ExamDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout_.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.date)
        self.titleLabel.setBuddy(self.title)
        self.areaLabel.setBuddy(self.area)
        self.full_marksLabel.setBuddy(self.full_marks)
        self.pass_markLabel.setBuddy(self.pass_mark)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExamDialog)
    # setupUi

    def retranslateUi(self, ExamDialog):
        self.dateLabel.setText(QCoreApplication.translate("ExamDialog", u"&Date:", None))
        self.titleLabel.setText(QCoreApplication.translate("ExamDialog", u"&Title:", None))
        self.title.setPlaceholderText(QCoreApplication.translate("ExamDialog", u"e.g. Product knowledge, October", None))
        self.areaLabel.setText(QCoreApplication.translate("ExamDialog", u"&Area:", None))
        self.full_marksLabel.setText(QCoreApplication.translate("ExamDialog", u"&Full marks:", None))
        self.pass_markLabel.setText(QCoreApplication.translate("ExamDialog", u"&Pass mark:", None))
        self.noteLabel.setText(QCoreApplication.translate("ExamDialog", u"&Note:", None))
        self.note.setPlaceholderText(QCoreApplication.translate("ExamDialog", u"optional", None))
        pass
    # retranslateUi

