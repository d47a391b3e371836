# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'entry_strip.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QGridLayout, QLabel,
    QLineEdit, QPushButton, QSpinBox, QWidget)

from csperf_desktop.gui.widgets.pickers import TypeAheadCombo

class Ui_EntryStrip(object):
    def setupUi(self, EntryStrip):
        if not EntryStrip.objectName():
            EntryStrip.setObjectName(u"EntryStrip")
        self.grid = QGridLayout(EntryStrip)
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(6)
        self.personLabel = QLabel(EntryStrip)
        self.personLabel.setObjectName(u"personLabel")

        self.grid.addWidget(self.personLabel, 0, 0, 1, 1)

        self.staffPicker = TypeAheadCombo(EntryStrip)
        self.staffPicker.setObjectName(u"staffPicker")
        self.staffPicker.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.staffPicker.setMinimumContentsLength(10)

        self.grid.addWidget(self.staffPicker, 0, 1, 1, 3)

        self.ruleLabel = QLabel(EntryStrip)
        self.ruleLabel.setObjectName(u"ruleLabel")

        self.grid.addWidget(self.ruleLabel, 0, 4, 1, 1)

        self.rulePicker = TypeAheadCombo(EntryStrip)
        self.rulePicker.setObjectName(u"rulePicker")
        self.rulePicker.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.rulePicker.setMinimumContentsLength(14)

        self.grid.addWidget(self.rulePicker, 0, 5, 1, 5)

        self.ruleInfo = QLabel(EntryStrip)
        self.ruleInfo.setObjectName(u"ruleInfo")
        self.ruleInfo.setText(u"")

        self.grid.addWidget(self.ruleInfo, 0, 10, 1, 3)

        self.pointsLabel = QLabel(EntryStrip)
        self.pointsLabel.setObjectName(u"pointsLabel")

        self.grid.addWidget(self.pointsLabel, 1, 0, 1, 1)

        self.points = QSpinBox(EntryStrip)
        self.points.setObjectName(u"points")
        self.points.setMinimumSize(QSize(60, 0))
        self.points.setMinimum(0)
        self.points.setMaximum(100)

        self.grid.addWidget(self.points, 1, 1, 1, 1)

        self.quantityLabel = QLabel(EntryStrip)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.grid.addWidget(self.quantityLabel, 1, 2, 1, 1)

        self.quantity = QSpinBox(EntryStrip)
        self.quantity.setObjectName(u"quantity")

        self.grid.addWidget(self.quantity, 1, 3, 1, 1)

        self.dateLabel = QLabel(EntryStrip)
        self.dateLabel.setObjectName(u"dateLabel")

        self.grid.addWidget(self.dateLabel, 1, 4, 1, 1)

        self.date = QDateEdit(EntryStrip)
        self.date.setObjectName(u"date")
        self.date.setDisplayFormat(u"yyyy-MM-dd")
        self.date.setCalendarPopup(True)

        self.grid.addWidget(self.date, 1, 5, 1, 1)

        self.methodLabel = QLabel(EntryStrip)
        self.methodLabel.setObjectName(u"methodLabel")

        self.grid.addWidget(self.methodLabel, 1, 6, 1, 1)

        self.method = QComboBox(EntryStrip)
        self.method.setObjectName(u"method")
        self.method.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.method.setMinimumContentsLength(4)

        self.grid.addWidget(self.method, 1, 7, 1, 1)

        self.referenceLabel = QLabel(EntryStrip)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.grid.addWidget(self.referenceLabel, 1, 8, 1, 1)

        self.reference = QLineEdit(EntryStrip)
        self.reference.setObjectName(u"reference")
        self.reference.setMinimumSize(QSize(80, 0))
        self.reference.setMaxLength(100)

        self.grid.addWidget(self.reference, 1, 9, 1, 1)

        self.noteLabel = QLabel(EntryStrip)
        self.noteLabel.setObjectName(u"noteLabel")

        self.grid.addWidget(self.noteLabel, 1, 10, 1, 1)

        self.note = QLineEdit(EntryStrip)
        self.note.setObjectName(u"note")
        self.note.setMinimumSize(QSize(90, 0))
        self.note.setMaxLength(2000)

        self.grid.addWidget(self.note, 1, 11, 1, 2)

        self.orderAmountLabel = QLabel(EntryStrip)
        self.orderAmountLabel.setObjectName(u"orderAmountLabel")

        self.grid.addWidget(self.orderAmountLabel, 2, 0, 1, 1)

        self.orderAmount = QLineEdit(EntryStrip)
        self.orderAmount.setObjectName(u"orderAmount")
        self.orderAmount.setMaximumSize(QSize(110, 16777215))

        self.grid.addWidget(self.orderAmount, 2, 1, 1, 1)

        self.giftLabel = QLabel(EntryStrip)
        self.giftLabel.setObjectName(u"giftLabel")
        self.giftLabel.setText(u"")

        self.grid.addWidget(self.giftLabel, 2, 2, 1, 5)

        self.entryMessage = QLabel(EntryStrip)
        self.entryMessage.setObjectName(u"entryMessage")
        self.entryMessage.setWordWrap(True)
        self.entryMessage.setText(u"")

        self.grid.addWidget(self.entryMessage, 2, 7, 1, 5)

        self.saveButton = QPushButton(EntryStrip)
        self.saveButton.setObjectName(u"saveButton")

        self.grid.addWidget(self.saveButton, 2, 12, 1, 1)

        self.lockBanner = QLabel(EntryStrip)
        self.lockBanner.setObjectName(u"lockBanner")
        self.lockBanner.setVisible(False)
        self.lockBanner.setWordWrap(True)
        self.lockBanner.setText(u"")

        self.grid.addWidget(self.lockBanner, 3, 0, 1, 13)

        self.grid.setColumnStretch(9, 2)
        self.grid.setColumnStretch(11, 3)
#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.staffPicker)
        self.ruleLabel.setBuddy(self.rulePicker)
        self.pointsLabel.setBuddy(self.points)
        self.quantityLabel.setBuddy(self.quantity)
        self.dateLabel.setBuddy(self.date)
        self.methodLabel.setBuddy(self.method)
        self.referenceLabel.setBuddy(self.reference)
        self.noteLabel.setBuddy(self.note)
        self.orderAmountLabel.setBuddy(self.orderAmount)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.staffPicker, self.rulePicker)
        QWidget.setTabOrder(self.rulePicker, self.points)
        QWidget.setTabOrder(self.points, self.quantity)
        QWidget.setTabOrder(self.quantity, self.date)
        QWidget.setTabOrder(self.date, self.method)
        QWidget.setTabOrder(self.method, self.reference)
        QWidget.setTabOrder(self.reference, self.note)
        QWidget.setTabOrder(self.note, self.orderAmount)
        QWidget.setTabOrder(self.orderAmount, self.saveButton)

        self.retranslateUi(EntryStrip)

        self.saveButton.setDefault(False)

    # setupUi

    def retranslateUi(self, EntryStrip):
        EntryStrip.setTitle(QCoreApplication.translate("EntryStrip", u"Record an event", None))
        self.personLabel.setText(QCoreApplication.translate("EntryStrip", u"P&erson:", None))
        self.ruleLabel.setText(QCoreApplication.translate("EntryStrip", u"R&ule:", None))
        self.pointsLabel.setText(QCoreApplication.translate("EntryStrip", u"Po&ints:", None))
        self.quantityLabel.setText(QCoreApplication.translate("EntryStrip", u"&Times:", None))
        self.dateLabel.setText(QCoreApplication.translate("EntryStrip", u"&Date:", None))
        self.methodLabel.setText(QCoreApplication.translate("EntryStrip", u"Meth&od:", None))
        self.referenceLabel.setText(QCoreApplication.translate("EntryStrip", u"Refe&rence:", None))
        self.reference.setPlaceholderText(QCoreApplication.translate("EntryStrip", u"Order or ticket no.", None))
        self.noteLabel.setText(QCoreApplication.translate("EntryStrip", u"&Note:", None))
        self.note.setPlaceholderText(QCoreApplication.translate("EntryStrip", u"What happened (optional)", None))
        self.orderAmountLabel.setText(QCoreApplication.translate("EntryStrip", u"Order &amount:", None))
        self.orderAmount.setPlaceholderText(QCoreApplication.translate("EntryStrip", u"yuan", None))
        self.saveButton.setText(QCoreApplication.translate("EntryStrip", u"Sa&ve (Enter)", None))
    # retranslateUi

