# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checklist_item_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QVBoxLayout)

class Ui_ChecklistItemDialog(object):
    def setupUi(self, ChecklistItemDialog):
        if not ChecklistItemDialog.objectName():
            ChecklistItemDialog.setObjectName(u"ChecklistItemDialog")
        ChecklistItemDialog.resize(520, 200)
        self.layout = QVBoxLayout(ChecklistItemDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.sectionLabel = QLabel(ChecklistItemDialog)
        self.sectionLabel.setObjectName(u"sectionLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sectionLabel)

        self.section = QComboBox(ChecklistItemDialog)
        self.section.setObjectName(u"section")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.section)

        self.textLabel = QLabel(ChecklistItemDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.text = QLineEdit(ChecklistItemDialog)
        self.text.setObjectName(u"text")
        self.text.setMaxLength(200)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.text)

        self.ruleLabel = QLabel(ChecklistItemDialog)
        self.ruleLabel.setObjectName(u"ruleLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ruleLabel)

        self.rule = QComboBox(ChecklistItemDialog)
        self.rule.setObjectName(u"rule")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rule)

        self.active = QCheckBox(ChecklistItemDialog)
        self.active.setObjectName(u"active")
        self.active.setChecked(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.active)


        self.layout.addLayout(self.form)

        self.entryMessage = QLabel(ChecklistItemDialog)
        self.entryMessage.setObjectName(u"entryMessage")
        self.entryMessage.setWordWrap(True)
        self.entryMessage.setText(u"")

        self.layout.addWidget(self.entryMessage)

        self.buttons = QDialogButtonBox(ChecklistItemDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.sectionLabel.setBuddy(self.section)
        self.textLabel.setBuddy(self.text)
        self.ruleLabel.setBuddy(self.rule)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ChecklistItemDialog)
    # setupUi

    def retranslateUi(self, ChecklistItemDialog):
        self.sectionLabel.setText(QCoreApplication.translate("ChecklistItemDialog", u"&Section:", None))
        self.textLabel.setText(QCoreApplication.translate("ChecklistItemDialog", u"&Item:", None))
        self.ruleLabel.setText(QCoreApplication.translate("ChecklistItemDialog", u"&Deduction if failed:", None))
        self.active.setText(QCoreApplication.translate("ChecklistItemDialog", u"In use", None))
        pass
    # retranslateUi

