# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QButtonGroup, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QProgressBar,
    QPushButton, QRadioButton, QVBoxLayout, QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, firstRunDialog):
        if not firstRunDialog.objectName():
            firstRunDialog.setObjectName(u"firstRunDialog")
        firstRunDialog.setMinimumSize(QSize(620, 0))
        self.layout = QVBoxLayout(firstRunDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(firstRunDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.adminBox = QGroupBox(firstRunDialog)
        self.adminBox.setObjectName(u"adminBox")
        self.adminForm = QFormLayout(self.adminBox)
        self.adminForm.setObjectName(u"adminForm")
        self.usernameLabel = QLabel(self.adminBox)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.adminForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.adminUsername = QLineEdit(self.adminBox)
        self.adminUsername.setObjectName(u"adminUsername")

        self.adminForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.adminUsername)

        self.displayNameLabel = QLabel(self.adminBox)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.adminForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.adminDisplayName = QLineEdit(self.adminBox)
        self.adminDisplayName.setObjectName(u"adminDisplayName")

        self.adminForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.adminDisplayName)


        self.layout.addWidget(self.adminBox)

        self.officeBox = QGroupBox(firstRunDialog)
        self.officeBox.setObjectName(u"officeBox")
        self.officeForm = QFormLayout(self.officeBox)
        self.officeForm.setObjectName(u"officeForm")
        self.companyLabel = QLabel(self.officeBox)
        self.companyLabel.setObjectName(u"companyLabel")

        self.officeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.companyLabel)

        self.companyName = QLineEdit(self.officeBox)
        self.companyName.setObjectName(u"companyName")

        self.officeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.companyName)

        self.locationLabel = QLabel(self.officeBox)
        self.locationLabel.setObjectName(u"locationLabel")

        self.officeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationRow = QHBoxLayout()
        self.locationRow.setObjectName(u"locationRow")
        self.location = QLineEdit(self.officeBox)
        self.location.setObjectName(u"location")

        self.locationRow.addWidget(self.location)

        self.locationButton = QPushButton(self.officeBox)
        self.locationButton.setObjectName(u"locationButton")

        self.locationRow.addWidget(self.locationButton)

        self.locationRow.setStretch(0, 1)

        self.officeForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.locationRow)

        self.locationNote = QLabel(self.officeBox)
        self.locationNote.setObjectName(u"locationNote")
        self.locationNote.setWordWrap(True)
        self.locationNote.setStyleSheet(u"color: #666;")

        self.officeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.locationNote)


        self.layout.addWidget(self.officeBox)

        self.startBox = QGroupBox(firstRunDialog)
        self.startBox.setObjectName(u"startBox")
        self.startLayout = QVBoxLayout(self.startBox)
        self.startLayout.setObjectName(u"startLayout")
        self.start_demo = QRadioButton(self.startBox)
        self.start_group = QButtonGroup(firstRunDialog)
        self.start_group.setObjectName(u"start_group")
        self.start_group.addButton(self.start_demo)
        self.start_demo.setObjectName(u"start_demo")

        self.startLayout.addWidget(self.start_demo)

        self.start_empty = QRadioButton(self.startBox)
        self.start_group.addButton(self.start_empty)
        self.start_empty.setObjectName(u"start_empty")
        self.start_empty.setChecked(True)

        self.startLayout.addWidget(self.start_empty)

        self.start_import = QRadioButton(self.startBox)
        self.start_group.addButton(self.start_import)
        self.start_import.setObjectName(u"start_import")

        self.startLayout.addWidget(self.start_import)

        self.rosterRow = QHBoxLayout()
        self.rosterRow.setObjectName(u"rosterRow")
        self.rosterRow.setContentsMargins(24, 0, 0, 0)
        self.rosterFile = QLineEdit(self.startBox)
        self.rosterFile.setObjectName(u"rosterFile")

        self.rosterRow.addWidget(self.rosterFile)

        self.rosterButton = QPushButton(self.startBox)
        self.rosterButton.setObjectName(u"rosterButton")

        self.rosterRow.addWidget(self.rosterButton)

        self.templateButton = QPushButton(self.startBox)
        self.templateButton.setObjectName(u"templateButton")

        self.rosterRow.addWidget(self.templateButton)

        self.rosterRow.setStretch(0, 1)

        self.startLayout.addLayout(self.rosterRow)

        self.importProblems = QPlainTextEdit(self.startBox)
        self.importProblems.setObjectName(u"importProblems")
        self.importProblems.setMaximumSize(QSize(16777215, 120))
        self.importProblems.setReadOnly(True)

        self.startLayout.addWidget(self.importProblems)


        self.layout.addWidget(self.startBox)

        self.firstRunMessage = QLabel(firstRunDialog)
        self.firstRunMessage.setObjectName(u"firstRunMessage")
        self.firstRunMessage.setWordWrap(True)
        self.firstRunMessage.setStyleSheet(u"color: #c62828;")

        self.layout.addWidget(self.firstRunMessage)

        self.progress = QProgressBar(firstRunDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setMinimum(0)
        self.progress.setMaximum(0)
        self.progress.setTextVisible(False)

        self.layout.addWidget(self.progress)

        self.buttons = QDialogButtonBox(firstRunDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.adminUsername)
        self.displayNameLabel.setBuddy(self.adminDisplayName)
        self.companyLabel.setBuddy(self.companyName)
        self.locationLabel.setBuddy(self.location)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.adminUsername, self.adminDisplayName)
        QWidget.setTabOrder(self.adminDisplayName, self.companyName)
        QWidget.setTabOrder(self.companyName, self.location)
        QWidget.setTabOrder(self.location, self.locationButton)
        QWidget.setTabOrder(self.locationButton, self.start_demo)
        QWidget.setTabOrder(self.start_demo, self.start_empty)
        QWidget.setTabOrder(self.start_empty, self.start_import)
        QWidget.setTabOrder(self.start_import, self.rosterFile)
        QWidget.setTabOrder(self.rosterFile, self.rosterButton)
        QWidget.setTabOrder(self.rosterButton, self.templateButton)
        QWidget.setTabOrder(self.templateButton, self.importProblems)

        self.retranslateUi(firstRunDialog)
    # setupUi

    def retranslateUi(self, firstRunDialog):
        firstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Welcome to csperf", None))
        self.adminBox.setTitle(QCoreApplication.translate("FirstRunDialog", u"1. Administrator account", None))
        self.usernameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"User name:", None))
        self.adminUsername.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"e.g. admin or your name", None))
        self.displayNameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Full name:", None))
        self.adminDisplayName.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"optional: shown in the audit trail", None))
        self.officeBox.setTitle(QCoreApplication.translate("FirstRunDialog", u"2. Company and data", None))
        self.companyLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Company name:", None))
        self.companyName.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"printed on the bulletin and the scorecards", None))
        self.locationLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Data file:", None))
        self.locationButton.setText(QCoreApplication.translate("FirstRunDialog", u"Choose\u2026", None))
        self.startBox.setTitle(QCoreApplication.translate("FirstRunDialog", u"3. Start with", None))
        self.start_demo.setText(QCoreApplication.translate("FirstRunDialog", u"The demo office \u2014 12 people and two years of records, to try everything out", None))
        self.start_empty.setText(QCoreApplication.translate("FirstRunDialog", u"An empty office \u2014 add your people yourself", None))
        self.start_import.setText(QCoreApplication.translate("FirstRunDialog", u"Import the staff roster from an Excel file", None))
        self.rosterFile.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"the roster workbook (.xlsx, .xls or .ods)", None))
        self.rosterButton.setText(QCoreApplication.translate("FirstRunDialog", u"Choose file\u2026", None))
        self.templateButton.setText(QCoreApplication.translate("FirstRunDialog", u"Save a blank roster template\u2026", None))
    # retranslateUi

