# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'spotcheck_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea,
    QVBoxLayout, QWidget)

from csperf_desktop.gui.widgets.pickers import TypeAheadCombo

class Ui_SpotCheckDialog(object):
    def setupUi(self, SpotCheckDialog):
        if not SpotCheckDialog.objectName():
            SpotCheckDialog.setObjectName(u"SpotCheckDialog")
        SpotCheckDialog.resize(940, 640)
        self.layout = QVBoxLayout(SpotCheckDialog)
        self.layout.setObjectName(u"layout")
        self.lockBanner = QLabel(SpotCheckDialog)
        self.lockBanner.setObjectName(u"lockBanner")
        self.lockBanner.setWordWrap(True)
        self.lockBanner.setText(u"")

        self.layout.addWidget(self.lockBanner)

        self.head = QGridLayout()
        self.head.setObjectName(u"head")
        self.head.setHorizontalSpacing(8)
        self.staffLabel = QLabel(SpotCheckDialog)
        self.staffLabel.setObjectName(u"staffLabel")

        self.head.addWidget(self.staffLabel, 0, 0, 1, 1)

        self.staff = TypeAheadCombo(SpotCheckDialog)
        self.staff.setObjectName(u"staff")

        self.head.addWidget(self.staff, 0, 1, 1, 1)

        self.dateLabel = QLabel(SpotCheckDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.head.addWidget(self.dateLabel, 0, 2, 1, 1)

        self.date = QDateEdit(SpotCheckDialog)
        self.date.setObjectName(u"date")
        self.date.setDisplayFormat(u"yyyy-MM-dd")
        self.date.setCalendarPopup(True)

        self.head.addWidget(self.date, 0, 3, 1, 1)

        self.referenceLabel = QLabel(SpotCheckDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.head.addWidget(self.referenceLabel, 0, 4, 1, 1)

        self.reference = QLineEdit(SpotCheckDialog)
        self.reference.setObjectName(u"reference")
        self.reference.setMaxLength(100)

        self.head.addWidget(self.reference, 0, 5, 1, 1)

        self.channelLabel = QLabel(SpotCheckDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.head.addWidget(self.channelLabel, 1, 0, 1, 1)

        self.channel = QComboBox(SpotCheckDialog)
        self.channel.setObjectName(u"channel")

        self.head.addWidget(self.channel, 1, 1, 1, 1)

        self.checkedByLabel = QLabel(SpotCheckDialog)
        self.checkedByLabel.setObjectName(u"checkedByLabel")

        self.head.addWidget(self.checkedByLabel, 1, 2, 1, 1)

        self.checkedBy = QLineEdit(SpotCheckDialog)
        self.checkedBy.setObjectName(u"checkedBy")
        self.checkedBy.setMaxLength(64)

        self.head.addWidget(self.checkedBy, 1, 3, 1, 1)

        self.head.setColumnStretch(1, 2)
        self.head.setColumnStretch(3, 1)
        self.head.setColumnStretch(5, 2)

        self.layout.addLayout(self.head)

        self.checklistBox = QGroupBox(SpotCheckDialog)
        self.checklistBox.setObjectName(u"checklistBox")
        self.checklistLayout = QVBoxLayout(self.checklistBox)
        self.checklistLayout.setObjectName(u"checklistLayout")
        self.checklistLayout.setContentsMargins(4, 4, 4, 4)
        self.scroll = QScrollArea(self.checklistBox)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.checklistWidget = QWidget()
        self.checklistWidget.setObjectName(u"checklistWidget")
        self.checklistGrid = QGridLayout(self.checklistWidget)
        self.checklistGrid.setObjectName(u"checklistGrid")
        self.checklistGrid.setHorizontalSpacing(10)
        self.checklistGrid.setVerticalSpacing(3)
        self.sectionHeader = QLabel(self.checklistWidget)
        self.sectionHeader.setObjectName(u"sectionHeader")

        self.checklistGrid.addWidget(self.sectionHeader, 0, 0, 1, 1)

        self.itemHeader = QLabel(self.checklistWidget)
        self.itemHeader.setObjectName(u"itemHeader")

        self.checklistGrid.addWidget(self.itemHeader, 0, 1, 1, 1)

        self.noteHeader = QLabel(self.checklistWidget)
        self.noteHeader.setObjectName(u"noteHeader")

        self.checklistGrid.addWidget(self.noteHeader, 0, 4, 1, 1)

        self.proposalHeader = QLabel(self.checklistWidget)
        self.proposalHeader.setObjectName(u"proposalHeader")

        self.checklistGrid.addWidget(self.proposalHeader, 0, 5, 1, 1)

        self.checklistGrid.setColumnStretch(4, 1)
        self.checklistGrid.setColumnMinimumWidth(5, 110)
        self.scroll.setWidget(self.checklistWidget)

        self.checklistLayout.addWidget(self.scroll)


        self.layout.addWidget(self.checklistBox)

        self.note = QLineEdit(SpotCheckDialog)
        self.note.setObjectName(u"note")
        self.note.setMaxLength(2000)

        self.layout.addWidget(self.note)

        self.entryMessage = QLabel(SpotCheckDialog)
        self.entryMessage.setObjectName(u"entryMessage")
        self.entryMessage.setWordWrap(True)
        self.entryMessage.setText(u"")

        self.layout.addWidget(self.entryMessage)

        self.proposalsBox = QGroupBox(SpotCheckDialog)
        self.proposalsBox.setObjectName(u"proposalsBox")
        self.proposalsBox.setVisible(False)
        self.proposalsLayout = QHBoxLayout(self.proposalsBox)
        self.proposalsLayout.setObjectName(u"proposalsLayout")
        self.proposalsText = QLabel(self.proposalsBox)
        self.proposalsText.setObjectName(u"proposalsText")
        self.proposalsText.setWordWrap(True)
        self.proposalsText.setText(u"")

        self.proposalsLayout.addWidget(self.proposalsText)

        self.confirmButton = QPushButton(self.proposalsBox)
        self.confirmButton.setObjectName(u"confirmButton")

        self.proposalsLayout.addWidget(self.confirmButton)

        self.dismissButton = QPushButton(self.proposalsBox)
        self.dismissButton.setObjectName(u"dismissButton")

        self.proposalsLayout.addWidget(self.dismissButton)

        self.proposalsLayout.setStretch(0, 1)

        self.layout.addWidget(self.proposalsBox)

        self.layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.staffLabel.setBuddy(self.staff)
        self.dateLabel.setBuddy(self.date)
        self.referenceLabel.setBuddy(self.reference)
        self.channelLabel.setBuddy(self.channel)
        self.checkedByLabel.setBuddy(self.checkedBy)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SpotCheckDialog)
    # setupUi

    def retranslateUi(self, SpotCheckDialog):
        SpotCheckDialog.setWindowTitle(QCoreApplication.translate("SpotCheckDialog", u"Spot check", None))
        self.staffLabel.setText(QCoreApplication.translate("SpotCheckDialog", u"&Person:", None))
        self.dateLabel.setText(QCoreApplication.translate("SpotCheckDialog", u"&Date:", None))
        self.referenceLabel.setText(QCoreApplication.translate("SpotCheckDialog", u"&Reference:", None))
        self.reference.setPlaceholderText(QCoreApplication.translate("SpotCheckDialog", u"Conversation, order or ticket no.", None))
        self.channelLabel.setText(QCoreApplication.translate("SpotCheckDialog", u"C&hannel:", None))
        self.checkedByLabel.setText(QCoreApplication.translate("SpotCheckDialog", u"Checked &by:", None))
        self.checklistBox.setTitle(QCoreApplication.translate("SpotCheckDialog", u"Checklist", None))
        self.sectionHeader.setText(QCoreApplication.translate("SpotCheckDialog", u"<b>Section</b>", None))
        self.itemHeader.setText(QCoreApplication.translate("SpotCheckDialog", u"<b>Item</b>", None))
        self.noteHeader.setText(QCoreApplication.translate("SpotCheckDialog", u"<b>Note</b>", None))
        self.proposalHeader.setText(QCoreApplication.translate("SpotCheckDialog", u"<b>If failed</b>", None))
        self.note.setPlaceholderText(QCoreApplication.translate("SpotCheckDialog", u"Overall remark (optional)", None))
        self.proposalsBox.setTitle(QCoreApplication.translate("SpotCheckDialog", u"Proposed deductions", None))
        self.confirmButton.setText(QCoreApplication.translate("SpotCheckDialog", u"&Confirm deductions", None))
        self.dismissButton.setText(QCoreApplication.translate("SpotCheckDialog", u"&Dismiss\u2026", None))
    # retranslateUi

