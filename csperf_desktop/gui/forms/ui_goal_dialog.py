# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'goal_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QSpinBox, QVBoxLayout)

class Ui_GoalDialog(object):
    def setupUi(self, GoalDialog):
        if not GoalDialog.objectName():
            GoalDialog.setObjectName(u"GoalDialog")
        self.layout_ = QVBoxLayout(GoalDialog)
        self.layout_.setObjectName(u"layout_")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.titleLabel = QLabel(GoalDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleBox = QVBoxLayout()
        self.titleBox.setSpacing(1)
        self.titleBox.setObjectName(u"titleBox")
        self.title = QLineEdit(GoalDialog)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(200)

        self.titleBox.addWidget(self.title)

        self.titleError = QLabel(GoalDialog)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setWordWrap(True)
        self.titleError.setStyleSheet(u"color: #c62828;")
        self.titleError.setText(u"")

        self.titleBox.addWidget(self.titleError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.titleBox)

        self.indicatorLabel = QLabel(GoalDialog)
        self.indicatorLabel.setObjectName(u"indicatorLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.indicatorLabel)

        self.indicatorBox = QVBoxLayout()
        self.indicatorBox.setSpacing(1)
        self.indicatorBox.setObjectName(u"indicatorBox")
        self.indicator = QComboBox(GoalDialog)
        self.indicator.setObjectName(u"indicator")

        self.indicatorBox.addWidget(self.indicator)

        self.indicatorError = QLabel(GoalDialog)
        self.indicatorError.setObjectName(u"indicatorError")
        self.indicatorError.setWordWrap(True)
        self.indicatorError.setStyleSheet(u"color: #c62828;")
        self.indicatorError.setText(u"")

        self.indicatorBox.addWidget(self.indicatorError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.indicatorBox)

        self.targetLabel = QLabel(GoalDialog)
        self.targetLabel.setObjectName(u"targetLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.targetBox = QVBoxLayout()
        self.targetBox.setSpacing(1)
        self.targetBox.setObjectName(u"targetBox")
        self.target = QLineEdit(GoalDialog)
        self.target.setObjectName(u"target")

        self.targetBox.addWidget(self.target)

        self.targetError = QLabel(GoalDialog)
        self.targetError.setObjectName(u"targetError")
        self.targetError.setWordWrap(True)
        self.targetError.setStyleSheet(u"color: #c62828;")
        self.targetError.setText(u"")

        self.targetBox.addWidget(self.targetError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.targetBox)

        self.weightLabel = QLabel(GoalDialog)
        self.weightLabel.setObjectName(u"weightLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.weightLabel)

        self.weightBox = QVBoxLayout()
        self.weightBox.setSpacing(1)
        self.weightBox.setObjectName(u"weightBox")
        self.weight = QSpinBox(GoalDialog)
        self.weight.setObjectName(u"weight")
        self.weight.setMaximum(100)
        self.weight.setSuffix(u" %")

        self.weightBox.addWidget(self.weight)

        self.weightError = QLabel(GoalDialog)
        self.weightError.setObjectName(u"weightError")
        self.weightError.setWordWrap(True)
        self.weightError.setStyleSheet(u"color: #c62828;")
        self.weightError.setText(u"")

        self.weightBox.addWidget(self.weightError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.weightBox)

        self.noteLabel = QLabel(GoalDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteBox = QVBoxLayout()
        self.noteBox.setSpacing(1)
        self.noteBox.setObjectName(u"noteBox")
        self.note = QLineEdit(GoalDialog)
        self.note.setObjectName(u"note")

        self.noteBox.addWidget(self.note)

        self.noteError = QLabel(GoalDialog)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setWordWrap(True)
        self.noteError.setStyleSheet(u"color: #c62828;")
        self.noteError.setText(u"")

        self.noteBox.addWidget(self.noteError)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.noteBox)


        self.layout_.addLayout(self.form)

        self.hint = QLabel(GoalDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.layout_.addWidget(self.hint)

        self.message = QLabel(GoalDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #c62828;")

        self.layout_.addWidget(self.message)

        self.buttons = QDialogButtonBox(GoalDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout_.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.indicatorLabel.setBuddy(self.indicator)
        self.targetLabel.setBuddy(self.target)
        self.weightLabel.setBuddy(self.weight)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GoalDialog)
    # setupUi

    def retranslateUi(self, GoalDialog):
        self.titleLabel.setText(QCoreApplication.translate("GoalDialog", u"&Goal:", None))
        self.title.setPlaceholderText(QCoreApplication.translate("GoalDialog", u"e.g. Raise CSAT to 96 %", None))
        self.indicatorLabel.setText(QCoreApplication.translate("GoalDialog", u"&Indicator:", None))
        self.targetLabel.setText(QCoreApplication.translate("GoalDialog", u"&Target:", None))
        self.target.setPlaceholderText(QCoreApplication.translate("GoalDialog", u"optional, a number", None))
        self.weightLabel.setText(QCoreApplication.translate("GoalDialog", u"&Weight:", None))
        self.noteLabel.setText(QCoreApplication.translate("GoalDialog", u"&Note:", None))
        self.note.setPlaceholderText(QCoreApplication.translate("GoalDialog", u"optional", None))
        self.hint.setText(QCoreApplication.translate("GoalDialog", u"A goal linked to an indicator replaces the template's target for this person.", None))
        pass
    # retranslateUi

