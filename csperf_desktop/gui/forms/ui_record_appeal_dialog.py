# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'record_appeal_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDateTimeEdit,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QRadioButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout)

from csperf_desktop.gui.widgets.pickers import TypeAheadCombo

class Ui_RecordAppealDialog(object):
    def setupUi(self, RecordAppealDialog):
        if not RecordAppealDialog.objectName():
            RecordAppealDialog.setObjectName(u"RecordAppealDialog")
        self.layout_ = QVBoxLayout(RecordAppealDialog)
        self.layout_.setObjectName(u"layout_")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.monthLabel = QLabel(RecordAppealDialog)
        self.monthLabel.setObjectName(u"monthLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.monthLabel)

        self.month = QComboBox(RecordAppealDialog)
        self.month.setObjectName(u"month")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.month)

        self.staffLabel = QLabel(RecordAppealDialog)
        self.staffLabel.setObjectName(u"staffLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.staffLabel)

        self.staff = TypeAheadCombo(RecordAppealDialog)
        self.staff.setObjectName(u"staff")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.staff)

        self.scopeLabel = QLabel(RecordAppealDialog)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.scope_row = QHBoxLayout()
        self.scope_row.setObjectName(u"scope_row")
        self.events_radio = QRadioButton(RecordAppealDialog)
        self.scope = QButtonGroup(RecordAppealDialog)
        self.scope.setObjectName(u"scope")
        self.scope.addButton(self.events_radio)
        self.events_radio.setObjectName(u"events_radio")
        self.events_radio.setChecked(True)

        self.scope_row.addWidget(self.events_radio)

        self.whole_radio = QRadioButton(RecordAppealDialog)
        self.scope.addButton(self.whole_radio)
        self.whole_radio.setObjectName(u"whole_radio")

        self.scope_row.addWidget(self.whole_radio)

        self.spacer1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scope_row.addItem(self.spacer1)

        self.scope_row.setStretch(2, 1)

        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.scope_row)

        self.events = QTableView(RecordAppealDialog)
        self.events.setObjectName(u"events")
        self.events.setMinimumSize(QSize(0, 160))

        self.form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.events)

        self.categoryLabel = QLabel(RecordAppealDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.category = QComboBox(RecordAppealDialog)
        self.category.setObjectName(u"category")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.category)

        self.reasonLabel = QLabel(RecordAppealDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QPlainTextEdit(RecordAppealDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setMinimumSize(QSize(0, 64))
        self.reason.setMaximumSize(QSize(16777215, 64))

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reason)

        self.receivedLabel = QLabel(RecordAppealDialog)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.receivedLabel)

        self.recv = QHBoxLayout()
        self.recv.setObjectName(u"recv")
        self.received = QDateTimeEdit(RecordAppealDialog)
        self.received.setObjectName(u"received")
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.recv.addWidget(self.received)

        self.window_note = QLabel(RecordAppealDialog)
        self.window_note.setObjectName(u"window_note")
        self.window_note.setWordWrap(True)

        self.recv.addWidget(self.window_note)

        self.recv.setStretch(1, 1)

        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.recv)

        self.late_label = QLabel(RecordAppealDialog)
        self.late_label.setObjectName(u"late_label")
        self.late_label.setVisible(False)

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.late_label)

        self.late_reason = QLineEdit(RecordAppealDialog)
        self.late_reason.setObjectName(u"late_reason")
        self.late_reason.setMaxLength(500)
        self.late_reason.setVisible(False)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.late_reason)


        self.layout_.addLayout(self.form)

        self.message = QLabel(RecordAppealDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #c62828;")

        self.layout_.addWidget(self.message)

        self.buttons = QDialogButtonBox(RecordAppealDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.layout_.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.monthLabel.setBuddy(self.month)
        self.staffLabel.setBuddy(self.staff)
        self.categoryLabel.setBuddy(self.category)
        self.reasonLabel.setBuddy(self.reason)
        self.receivedLabel.setBuddy(self.received)
        self.late_label.setBuddy(self.late_reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RecordAppealDialog)
    # setupUi

    def retranslateUi(self, RecordAppealDialog):
        RecordAppealDialog.setWindowTitle(QCoreApplication.translate("RecordAppealDialog", u"Record an appeal", None))
        self.monthLabel.setText(QCoreApplication.translate("RecordAppealDialog", u"&Month:", None))
        self.staffLabel.setText(QCoreApplication.translate("RecordAppealDialog", u"&Person:", None))
        self.scopeLabel.setText(QCoreApplication.translate("RecordAppealDialog", u"Disputes:", None))
        self.events_radio.setText(QCoreApplication.translate("RecordAppealDialog", u"Particular events", None))
        self.whole_radio.setText(QCoreApplication.translate("RecordAppealDialog", u"The whole score", None))
        self.categoryLabel.setText(QCoreApplication.translate("RecordAppealDialog", u"&Category:", None))
        self.reasonLabel.setText(QCoreApplication.translate("RecordAppealDialog", u"R&eason:", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("RecordAppealDialog", u"In the person's words: what is wrong and why", None))
        self.receivedLabel.setText(QCoreApplication.translate("RecordAppealDialog", u"Received &at:", None))
        self.late_label.setText(QCoreApplication.translate("RecordAppealDialog", u"Accept late, &reason:", None))
        self.late_reason.setPlaceholderText(QCoreApplication.translate("RecordAppealDialog", u"Why the late appeal is accepted", None))
    # retranslateUi

