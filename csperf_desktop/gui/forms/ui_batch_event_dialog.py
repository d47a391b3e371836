# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'batch_event_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

from csperf_desktop.gui.widgets.pickers import TypeAheadCombo

class Ui_BatchEventDialog(object):
    def setupUi(self, BatchEventDialog):
        if not BatchEventDialog.objectName():
            BatchEventDialog.setObjectName(u"BatchEventDialog")
        BatchEventDialog.resize(760, 500)
        self.outer = QVBoxLayout(BatchEventDialog)
        self.outer.setObjectName(u"outer")
        self.intro = QLabel(BatchEventDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outer.addWidget(self.intro)

        self.columns = QHBoxLayout()
        self.columns.setSpacing(12)
        self.columns.setObjectName(u"columns")
        self.peopleBox = QGroupBox(BatchEventDialog)
        self.peopleBox.setObjectName(u"peopleBox")
        self.peopleLayout = QVBoxLayout(self.peopleBox)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.peopleFilter = QLineEdit(self.peopleBox)
        self.peopleFilter.setObjectName(u"peopleFilter")
        self.peopleFilter.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.peopleFilter)

        self.teamCombo = QComboBox(self.peopleBox)
        self.teamCombo.setObjectName(u"teamCombo")

        self.filterRow.addWidget(self.teamCombo)


        self.peopleLayout.addLayout(self.filterRow)

        self.peopleList = QListWidget(self.peopleBox)
        self.peopleList.setObjectName(u"peopleList")
        self.peopleList.setMinimumSize(QSize(280, 240))
        self.peopleList.setAlternatingRowColors(True)

        self.peopleLayout.addWidget(self.peopleList)

        self.tickRow = QHBoxLayout()
        self.tickRow.setObjectName(u"tickRow")
        self.tickAllButton = QPushButton(self.peopleBox)
        self.tickAllButton.setObjectName(u"tickAllButton")

        self.tickRow.addWidget(self.tickAllButton)

        self.clearButton = QPushButton(self.peopleBox)
        self.clearButton.setObjectName(u"clearButton")

        self.tickRow.addWidget(self.clearButton)

        self.tickSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tickRow.addItem(self.tickSpacer)

        self.countLabel = QLabel(self.peopleBox)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.tickRow.addWidget(self.countLabel)


        self.peopleLayout.addLayout(self.tickRow)

        self.staffError = QLabel(self.peopleBox)
        self.staffError.setObjectName(u"staffError")
        self.staffError.setWordWrap(True)
        self.staffError.setStyleSheet(u"color: #c62828;")
        self.staffError.setText(u"")

        self.peopleLayout.addWidget(self.staffError)


        self.columns.addWidget(self.peopleBox)

        self.fields = QGridLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setHorizontalSpacing(8)
        self.fields.setVerticalSpacing(4)
        self.ruleLabel = QLabel(BatchEventDialog)
        self.ruleLabel.setObjectName(u"ruleLabel")

        self.fields.addWidget(self.ruleLabel, 0, 0, 1, 1)

        self.rulePicker = TypeAheadCombo(BatchEventDialog)
        self.rulePicker.setObjectName(u"rulePicker")
        self.rulePicker.setMinimumSize(QSize(260, 0))

        self.fields.addWidget(self.rulePicker, 0, 1, 1, 1)

        self.ruleError = QLabel(BatchEventDialog)
        self.ruleError.setObjectName(u"ruleError")
        self.ruleError.setWordWrap(True)
        self.ruleError.setStyleSheet(u"color: #c62828;")
        self.ruleError.setText(u"")

        self.fields.addWidget(self.ruleError, 1, 1, 1, 1)

        self.pointsLabel = QLabel(BatchEventDialog)
        self.pointsLabel.setObjectName(u"pointsLabel")

        self.fields.addWidget(self.pointsLabel, 2, 0, 1, 1)

        self.points = QSpinBox(BatchEventDialog)
        self.points.setObjectName(u"points")

        self.fields.addWidget(self.points, 2, 1, 1, 1)

        self.pointsError = QLabel(BatchEventDialog)
        self.pointsError.setObjectName(u"pointsError")
        self.pointsError.setWordWrap(True)
        self.pointsError.setStyleSheet(u"color: #c62828;")
        self.pointsError.setText(u"")

        self.fields.addWidget(self.pointsError, 3, 1, 1, 1)

        self.quantityLabel = QLabel(BatchEventDialog)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.fields.addWidget(self.quantityLabel, 4, 0, 1, 1)

        self.quantity = QSpinBox(BatchEventDialog)
        self.quantity.setObjectName(u"quantity")
        self.quantity.setMinimum(1)
        self.quantity.setMaximum(100)

        self.fields.addWidget(self.quantity, 4, 1, 1, 1)

        self.dateLabel = QLabel(BatchEventDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.fields.addWidget(self.dateLabel, 5, 0, 1, 1)

        self.date = QDateEdit(BatchEventDialog)
        self.date.setObjectName(u"date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(u"yyyy-MM-dd")

        self.fields.addWidget(self.date, 5, 1, 1, 1)

        self.dateError = QLabel(BatchEventDialog)
        self.dateError.setObjectName(u"dateError")
        self.dateError.setWordWrap(True)
        self.dateError.setStyleSheet(u"color: #c62828;")
        self.dateError.setText(u"")

        self.fields.addWidget(self.dateError, 6, 1, 1, 1)

        self.methodLabel = QLabel(BatchEventDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.fields.addWidget(self.methodLabel, 7, 0, 1, 1)

        self.method = QComboBox(BatchEventDialog)
        self.method.setObjectName(u"method")

        self.fields.addWidget(self.method, 7, 1, 1, 1)

        self.referenceLabel = QLabel(BatchEventDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.fields.addWidget(self.referenceLabel, 8, 0, 1, 1)

        self.reference = QLineEdit(BatchEventDialog)
        self.reference.setObjectName(u"reference")
        self.reference.setMaxLength(100)

        self.fields.addWidget(self.reference, 8, 1, 1, 1)

        self.noteLabel = QLabel(BatchEventDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.fields.addWidget(self.noteLabel, 9, 0, 1, 1)

        self.note = QLineEdit(BatchEventDialog)
        self.note.setObjectName(u"note")
        self.note.setMaxLength(2000)

        self.fields.addWidget(self.note, 9, 1, 1, 1)

        self.fieldsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fields.addItem(self.fieldsSpacer, 10, 1, 1, 1)


        self.columns.addLayout(self.fields)


        self.outer.addLayout(self.columns)

        self.message = QLabel(BatchEventDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #c62828;")
        self.message.setText(u"")

        self.outer.addWidget(self.message)

        self.buttons = QDialogButtonBox(BatchEventDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.ruleLabel.setBuddy(self.rulePicker)
        self.pointsLabel.setBuddy(self.points)
        self.quantityLabel.setBuddy(self.quantity)
        self.dateLabel.setBuddy(self.date)
        self.methodLabel.setBuddy(self.method)
        self.referenceLabel.setBuddy(self.reference)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.peopleFilter, self.teamCombo)
        QWidget.setTabOrder(self.teamCombo, self.peopleList)
        QWidget.setTabOrder(self.peopleList, self.tickAllButton)
        QWidget.setTabOrder(self.tickAllButton, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.rulePicker)
        QWidget.setTabOrder(self.rulePicker, self.points)
        QWidget.setTabOrder(self.points, self.quantity)
        QWidget.setTabOrder(self.quantity, self.date)
        QWidget.setTabOrder(self.date, self.method)
        QWidget.setTabOrder(self.method, self.reference)
        QWidget.setTabOrder(self.reference, self.note)

        self.retranslateUi(BatchEventDialog)
    # setupUi

    def retranslateUi(self, BatchEventDialog):
        BatchEventDialog.setWindowTitle(QCoreApplication.translate("BatchEventDialog", u"Record for several people", None))
        self.intro.setText(QCoreApplication.translate("BatchEventDialog", u"One event for each person ticked: a team bonus, or a meeting everyone missed. Each person's event is checked and audited on its own; if one is refused, none is recorded.", None))
        self.peopleBox.setTitle(QCoreApplication.translate("BatchEventDialog", u"People", None))
        self.peopleFilter.setPlaceholderText(QCoreApplication.translate("BatchEventDialog", u"Find by no. or name", None))
#if QT_CONFIG(tooltip)
        self.teamCombo.setToolTip(QCoreApplication.translate("BatchEventDialog", u"Show one team only", None))
#endif // QT_CONFIG(tooltip)
        self.tickAllButton.setText(QCoreApplication.translate("BatchEventDialog", u"Tick all &shown", None))
        self.clearButton.setText(QCoreApplication.translate("BatchEventDialog", u"C&lear", None))
        self.ruleLabel.setText(QCoreApplication.translate("BatchEventDialog", u"&Rule:", None))
        self.pointsLabel.setText(QCoreApplication.translate("BatchEventDialog", u"&Points:", None))
        self.quantityLabel.setText(QCoreApplication.translate("BatchEventDialog", u"&Times:", None))
        self.dateLabel.setText(QCoreApplication.translate("BatchEventDialog", u"&Date:", None))
        self.methodLabel.setText(QCoreApplication.translate("BatchEventDialog", u"&Method:", None))
        self.referenceLabel.setText(QCoreApplication.translate("BatchEventDialog", u"R&eference:", None))
        self.noteLabel.setText(QCoreApplication.translate("BatchEventDialog", u"&Note:", None))
        self.note.setPlaceholderText(QCoreApplication.translate("BatchEventDialog", u"Why: shown on every person's scorecard", None))
    # retranslateUi

