# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox,
    QDateEdit, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_AuditDialog(object):
    def setupUi(self, AuditDialog):
        if not AuditDialog.objectName():
            AuditDialog.setObjectName(u"AuditDialog")
        AuditDialog.resize(1100, 680)
        self.layout = QVBoxLayout(AuditDialog)
        self.layout.setObjectName(u"layout")
        self.filters = QGridLayout()
        self.filters.setObjectName(u"filters")
        self.whoLabel = QLabel(AuditDialog)
        self.whoLabel.setObjectName(u"whoLabel")

        self.filters.addWidget(self.whoLabel, 0, 0, 1, 1)

        self.filterWho = QComboBox(AuditDialog)
        self.filterWho.setObjectName(u"filterWho")

        self.filters.addWidget(self.filterWho, 0, 1, 1, 1)

        self.actionLabel = QLabel(AuditDialog)
        self.actionLabel.setObjectName(u"actionLabel")

        self.filters.addWidget(self.actionLabel, 0, 2, 1, 1)

        self.filterAction = QComboBox(AuditDialog)
        self.filterAction.setObjectName(u"filterAction")

        self.filters.addWidget(self.filterAction, 0, 3, 1, 1)

        self.agentLabel = QLabel(AuditDialog)
        self.agentLabel.setObjectName(u"agentLabel")

        self.filters.addWidget(self.agentLabel, 0, 4, 1, 1)

        self.filterAgent = QComboBox(AuditDialog)
        self.filterAgent.setObjectName(u"filterAgent")
        self.filterAgent.setMinimumContentsLength(12)

        self.filters.addWidget(self.filterAgent, 0, 5, 1, 1)

        self.filterDates = QCheckBox(AuditDialog)
        self.filterDates.setObjectName(u"filterDates")

        self.filters.addWidget(self.filterDates, 1, 0, 1, 1)

        self.dateFrom = QDateEdit(AuditDialog)
        self.dateFrom.setObjectName(u"dateFrom")
        self.dateFrom.setCalendarPopup(True)
        self.dateFrom.setDisplayFormat(u"yyyy-MM-dd")

        self.filters.addWidget(self.dateFrom, 1, 1, 1, 1)

        self.toLabel = QLabel(AuditDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.filters.addWidget(self.toLabel, 1, 2, 1, 1, Qt.AlignRight)

        self.dateTo = QDateEdit(AuditDialog)
        self.dateTo.setObjectName(u"dateTo")
        self.dateTo.setCalendarPopup(True)
        self.dateTo.setDisplayFormat(u"yyyy-MM-dd")

        self.filters.addWidget(self.dateTo, 1, 3, 1, 1)

        self.textLabel = QLabel(AuditDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.filters.addWidget(self.textLabel, 1, 4, 1, 1)

        self.filterText = QLineEdit(AuditDialog)
        self.filterText.setObjectName(u"filterText")
        self.filterText.setClearButtonEnabled(True)

        self.filters.addWidget(self.filterText, 1, 5, 1, 1)

        self.filters.setColumnStretch(1, 1)
        self.filters.setColumnStretch(3, 1)
        self.filters.setColumnStretch(5, 2)

        self.layout.addLayout(self.filters)

        self.countLabel = QLabel(AuditDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.layout.addWidget(self.countLabel)

        self.splitter = QSplitter(AuditDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Vertical)
        self.auditView = QTableView(self.splitter)
        self.auditView.setObjectName(u"auditView")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(3)
        sizePolicy.setVerticalStretch(3)
        sizePolicy.setHeightForWidth(self.auditView.sizePolicy().hasHeightForWidth())
        self.auditView.setSizePolicy(sizePolicy)
        self.auditView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.auditView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.auditView.setWordWrap(False)
        self.splitter.addWidget(self.auditView)
        self.auditView.horizontalHeader().setStretchLastSection(True)
        self.auditView.verticalHeader().setDefaultSectionSize(24)
        self.details = QWidget(self.splitter)
        self.details.setObjectName(u"details")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(2)
        sizePolicy1.setVerticalStretch(2)
        sizePolicy1.setHeightForWidth(self.details.sizePolicy().hasHeightForWidth())
        self.details.setSizePolicy(sizePolicy1)
        self.detailsLayout = QVBoxLayout(self.details)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setContentsMargins(0, 0, 0, 0)
        self.entryLabel = QLabel(self.details)
        self.entryLabel.setObjectName(u"entryLabel")
        self.entryLabel.setWordWrap(True)
        self.entryLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailsLayout.addWidget(self.entryLabel)

        self.diffView = QTableView(self.details)
        self.diffView.setObjectName(u"diffView")
        self.diffView.setWordWrap(True)
        self.diffView.verticalHeader().setVisible(False)

        self.detailsLayout.addWidget(self.diffView)

        self.splitter.addWidget(self.details)

        self.layout.addWidget(self.splitter)

        self.bottom = QGridLayout()
        self.bottom.setObjectName(u"bottom")
        self.verifyButton = QPushButton(AuditDialog)
        self.verifyButton.setObjectName(u"verifyButton")

        self.bottom.addWidget(self.verifyButton, 0, 0, 1, 1)

        self.verifyResult = QLabel(AuditDialog)
        self.verifyResult.setObjectName(u"verifyResult")
        self.verifyResult.setWordWrap(True)
        self.verifyResult.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.bottom.addWidget(self.verifyResult, 0, 1, 1, 1)

        self.buttons = QDialogButtonBox(AuditDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.bottom.addWidget(self.buttons, 0, 2, 1, 1)

        self.bottom.setColumnStretch(1, 1)

        self.layout.addLayout(self.bottom)

        self.layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.whoLabel.setBuddy(self.filterWho)
        self.actionLabel.setBuddy(self.filterAction)
        self.agentLabel.setBuddy(self.filterAgent)
        self.toLabel.setBuddy(self.dateTo)
        self.textLabel.setBuddy(self.filterText)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AuditDialog)
    # setupUi

    def retranslateUi(self, AuditDialog):
        AuditDialog.setWindowTitle(QCoreApplication.translate("AuditDialog", u"Audit trail", None))
        self.whoLabel.setText(QCoreApplication.translate("AuditDialog", u"Who:", None))
        self.actionLabel.setText(QCoreApplication.translate("AuditDialog", u"Action:", None))
        self.agentLabel.setText(QCoreApplication.translate("AuditDialog", u"Agent:", None))
        self.filterDates.setText(QCoreApplication.translate("AuditDialog", u"Dates from", None))
        self.toLabel.setText(QCoreApplication.translate("AuditDialog", u"to", None))
        self.textLabel.setText(QCoreApplication.translate("AuditDialog", u"Text:", None))
        self.filterText.setPlaceholderText(QCoreApplication.translate("AuditDialog", u"a name, order no., reason\u2026", None))
#if QT_CONFIG(tooltip)
        self.verifyButton.setToolTip(QCoreApplication.translate("AuditDialog", u"Checks the database file, that no audit entry was changed or removed, and that score events and published results match it.", None))
#endif // QT_CONFIG(tooltip)
        self.verifyButton.setText(QCoreApplication.translate("AuditDialog", u"Verify the database", None))
    # retranslateUi

