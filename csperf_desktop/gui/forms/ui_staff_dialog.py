# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staff_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QGridLayout,
    QLabel, QLineEdit)

class Ui_StaffDialog(object):
    def setupUi(self, StaffDialog):
        if not StaffDialog.objectName():
            StaffDialog.setObjectName(u"StaffDialog")
        StaffDialog.resize(520, 300)
        self.grid = QGridLayout(StaffDialog)
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(10)
        self.employee_noLabel = QLabel(StaffDialog)
        self.employee_noLabel.setObjectName(u"employee_noLabel")

        self.grid.addWidget(self.employee_noLabel, 0, 0, 1, 1)

        self.employee_noEdit = QLineEdit(StaffDialog)
        self.employee_noEdit.setObjectName(u"employee_noEdit")
        self.employee_noEdit.setMaxLength(32)

        self.grid.addWidget(self.employee_noEdit, 0, 1, 1, 1)

        self.employee_noError = QLabel(StaffDialog)
        self.employee_noError.setObjectName(u"employee_noError")
        self.employee_noError.setMinimumSize(QSize(200, 0))
        self.employee_noError.setWordWrap(True)
        self.employee_noError.setStyleSheet(u"color: #c62828;")
        self.employee_noError.setText(u"")

        self.grid.addWidget(self.employee_noError, 0, 2, 1, 1)

        self.nameLabel = QLabel(StaffDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.grid.addWidget(self.nameLabel, 1, 0, 1, 1)

        self.nameEdit = QLineEdit(StaffDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(64)

        self.grid.addWidget(self.nameEdit, 1, 1, 1, 1)

        self.nameError = QLabel(StaffDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setMinimumSize(QSize(200, 0))
        self.nameError.setWordWrap(True)
        self.nameError.setStyleSheet(u"color: #c62828;")
        self.nameError.setText(u"")

        self.grid.addWidget(self.nameError, 1, 2, 1, 1)

        self.roleLabel = QLabel(StaffDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.grid.addWidget(self.roleLabel, 2, 0, 1, 1)

        self.roleEdit = QComboBox(StaffDialog)
        self.roleEdit.setObjectName(u"roleEdit")

        self.grid.addWidget(self.roleEdit, 2, 1, 1, 1)

        self.roleError = QLabel(StaffDialog)
        self.roleError.setObjectName(u"roleError")
        self.roleError.setMinimumSize(QSize(200, 0))
        self.roleError.setWordWrap(True)
        self.roleError.setStyleSheet(u"color: #c62828;")
        self.roleError.setText(u"")

        self.grid.addWidget(self.roleError, 2, 2, 1, 1)

        self.teamLabel = QLabel(StaffDialog)
        self.teamLabel.setObjectName(u"teamLabel")

        self.grid.addWidget(self.teamLabel, 3, 0, 1, 1)

        self.teamEdit = QComboBox(StaffDialog)
        self.teamEdit.setObjectName(u"teamEdit")
        self.teamEdit.setEditable(True)

        self.grid.addWidget(self.teamEdit, 3, 1, 1, 1)

        self.teamError = QLabel(StaffDialog)
        self.teamError.setObjectName(u"teamError")
        self.teamError.setMinimumSize(QSize(200, 0))
        self.teamError.setWordWrap(True)
        self.teamError.setStyleSheet(u"color: #c62828;")
        self.teamError.setText(u"")

        self.grid.addWidget(self.teamError, 3, 2, 1, 1)

        self.hire_dateLabel = QLabel(StaffDialog)
        self.hire_dateLabel.setObjectName(u"hire_dateLabel")

        self.grid.addWidget(self.hire_dateLabel, 4, 0, 1, 1)

        self.hire_dateEdit = QLineEdit(StaffDialog)
        self.hire_dateEdit.setObjectName(u"hire_dateEdit")

        self.grid.addWidget(self.hire_dateEdit, 4, 1, 1, 1)

        self.hire_dateError = QLabel(StaffDialog)
        self.hire_dateError.setObjectName(u"hire_dateError")
        self.hire_dateError.setMinimumSize(QSize(200, 0))
        self.hire_dateError.setWordWrap(True)
        self.hire_dateError.setStyleSheet(u"color: #c62828;")
        self.hire_dateError.setText(u"")

        self.grid.addWidget(self.hire_dateError, 4, 2, 1, 1)

        self.leave_dateLabel = QLabel(StaffDialog)
        self.leave_dateLabel.setObjectName(u"leave_dateLabel")

        self.grid.addWidget(self.leave_dateLabel, 5, 0, 1, 1)

        self.leave_dateEdit = QLineEdit(StaffDialog)
        self.leave_dateEdit.setObjectName(u"leave_dateEdit")

        self.grid.addWidget(self.leave_dateEdit, 5, 1, 1, 1)

        self.leave_dateError = QLabel(StaffDialog)
        self.leave_dateError.setObjectName(u"leave_dateError")
        self.leave_dateError.setMinimumSize(QSize(200, 0))
        self.leave_dateError.setWordWrap(True)
        self.leave_dateError.setStyleSheet(u"color: #c62828;")
        self.leave_dateError.setText(u"")

        self.grid.addWidget(self.leave_dateError, 5, 2, 1, 1)

        self.noteLabel = QLabel(StaffDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.grid.addWidget(self.noteLabel, 6, 0, 1, 1)

        self.noteEdit = QLineEdit(StaffDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.grid.addWidget(self.noteEdit, 6, 1, 1, 1)

        self.noteError = QLabel(StaffDialog)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setMinimumSize(QSize(200, 0))
        self.noteError.setWordWrap(True)
        self.noteError.setStyleSheet(u"color: #c62828;")
        self.noteError.setText(u"")

        self.grid.addWidget(self.noteError, 6, 2, 1, 1)

        self.formError = QLabel(StaffDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setStyleSheet(u"color: #c62828;")
        self.formError.setText(u"")

        self.grid.addWidget(self.formError, 7, 0, 1, 3)

        self.buttons = QDialogButtonBox(StaffDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.grid.addWidget(self.buttons, 8, 0, 1, 3)

#if QT_CONFIG(shortcut)
        self.employee_noLabel.setBuddy(self.employee_noEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.roleLabel.setBuddy(self.roleEdit)
        self.teamLabel.setBuddy(self.teamEdit)
        self.hire_dateLabel.setBuddy(self.hire_dateEdit)
        self.leave_dateLabel.setBuddy(self.leave_dateEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StaffDialog)
    # setupUi

    def retranslateUi(self, StaffDialog):
        StaffDialog.setWindowTitle(QCoreApplication.translate("StaffDialog", u"Staff member", None))
        self.employee_noLabel.setText(QCoreApplication.translate("StaffDialog", u"Employee &no.:", None))
        self.nameLabel.setText(QCoreApplication.translate("StaffDialog", u"&Name:", None))
        self.roleLabel.setText(QCoreApplication.translate("StaffDialog", u"&Role:", None))
        self.teamLabel.setText(QCoreApplication.translate("StaffDialog", u"&Team:", None))
        self.hire_dateLabel.setText(QCoreApplication.translate("StaffDialog", u"&Hire date:", None))
        self.hire_dateEdit.setPlaceholderText(QCoreApplication.translate("StaffDialog", u"YYYY-MM-DD", None))
        self.leave_dateLabel.setText(QCoreApplication.translate("StaffDialog", u"&Leave date:", None))
        self.leave_dateEdit.setPlaceholderText(QCoreApplication.translate("StaffDialog", u"YYYY-MM-DD", None))
        self.noteLabel.setText(QCoreApplication.translate("StaffDialog", u"N&ote:", None))
    # retranslateUi

