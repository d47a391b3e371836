# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rule_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox,
    QGridLayout, QLabel, QLineEdit, QSpinBox)

class Ui_RuleDialog(object):
    def setupUi(self, RuleDialog):
        if not RuleDialog.objectName():
            RuleDialog.setObjectName(u"RuleDialog")
        RuleDialog.resize(620, 300)
        self.grid = QGridLayout(RuleDialog)
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(10)
        self.codeLabel = QLabel(RuleDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.grid.addWidget(self.codeLabel, 0, 0, 1, 1)

        self.codeEdit = QLineEdit(RuleDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(16)

        self.grid.addWidget(self.codeEdit, 0, 1, 1, 1)

        self.codeError = QLabel(RuleDialog)
        self.codeError.setObjectName(u"codeError")
        self.codeError.setMinimumSize(QSize(200, 0))
        self.codeError.setWordWrap(True)
        self.codeError.setStyleSheet(u"color: #c62828;")
        self.codeError.setText(u"")

        self.grid.addWidget(self.codeError, 0, 2, 1, 1)

        self.nameLabel = QLabel(RuleDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.grid.addWidget(self.nameLabel, 1, 0, 1, 1)

        self.nameEdit = QLineEdit(RuleDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.grid.addWidget(self.nameEdit, 1, 1, 1, 1)

        self.nameError = QLabel(RuleDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setMinimumSize(QSize(200, 0))
        self.nameError.setWordWrap(True)
        self.nameError.setStyleSheet(u"color: #c62828;")
        self.nameError.setText(u"")

        self.grid.addWidget(self.nameError, 1, 2, 1, 1)

        self.areaLabel = QLabel(RuleDialog)
        self.areaLabel.setObjectName(u"areaLabel")

        self.grid.addWidget(self.areaLabel, 2, 0, 1, 1)

        self.areaEdit = QComboBox(RuleDialog)
        self.areaEdit.setObjectName(u"areaEdit")

        self.grid.addWidget(self.areaEdit, 2, 1, 1, 1)

        self.areaError = QLabel(RuleDialog)
        self.areaError.setObjectName(u"areaError")
        self.areaError.setMinimumSize(QSize(200, 0))
        self.areaError.setWordWrap(True)
        self.areaError.setStyleSheet(u"color: #c62828;")
        self.areaError.setText(u"")

        self.grid.addWidget(self.areaError, 2, 2, 1, 1)

        self.kindLabel = QLabel(RuleDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.grid.addWidget(self.kindLabel, 3, 0, 1, 1)

        self.kindEdit = QComboBox(RuleDialog)
        self.kindEdit.setObjectName(u"kindEdit")

        self.grid.addWidget(self.kindEdit, 3, 1, 1, 1)

        self.kindError = QLabel(RuleDialog)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setMinimumSize(QSize(200, 0))
        self.kindError.setWordWrap(True)
        self.kindError.setStyleSheet(u"color: #c62828;")
        self.kindError.setText(u"")

        self.grid.addWidget(self.kindError, 3, 2, 1, 1)

        self.unitLabel = QLabel(RuleDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.grid.addWidget(self.unitLabel, 4, 0, 1, 1)

        self.unitEdit = QComboBox(RuleDialog)
        self.unitEdit.setObjectName(u"unitEdit")

        self.grid.addWidget(self.unitEdit, 4, 1, 1, 1)

        self.unitError = QLabel(RuleDialog)
        self.unitError.setObjectName(u"unitError")
        self.unitError.setMinimumSize(QSize(200, 0))
        self.unitError.setWordWrap(True)
        self.unitError.setStyleSheet(u"color: #c62828;")
        self.unitError.setText(u"")

        self.grid.addWidget(self.unitError, 4, 2, 1, 1)

        self.min_pointsLabel = QLabel(RuleDialog)
        self.min_pointsLabel.setObjectName(u"min_pointsLabel")

        self.grid.addWidget(self.min_pointsLabel, 5, 0, 1, 1)

        self.min_pointsEdit = QSpinBox(RuleDialog)
        self.min_pointsEdit.setObjectName(u"min_pointsEdit")
        self.min_pointsEdit.setMaximum(100)

        self.grid.addWidget(self.min_pointsEdit, 5, 1, 1, 1)

        self.min_pointsError = QLabel(RuleDialog)
        self.min_pointsError.setObjectName(u"min_pointsError")
        self.min_pointsError.setMinimumSize(QSize(200, 0))
        self.min_pointsError.setWordWrap(True)
        self.min_pointsError.setStyleSheet(u"color: #c62828;")
        self.min_pointsError.setText(u"")

        self.grid.addWidget(self.min_pointsError, 5, 2, 1, 1)

        self.max_pointsLabel = QLabel(RuleDialog)
        self.max_pointsLabel.setObjectName(u"max_pointsLabel")

        self.grid.addWidget(self.max_pointsLabel, 6, 0, 1, 1)

        self.max_pointsEdit = QSpinBox(RuleDialog)
        self.max_pointsEdit.setObjectName(u"max_pointsEdit")
        self.max_pointsEdit.setMaximum(100)

        self.grid.addWidget(self.max_pointsEdit, 6, 1, 1, 1)

        self.max_pointsError = QLabel(RuleDialog)
        self.max_pointsError.setObjectName(u"max_pointsError")
        self.max_pointsError.setMinimumSize(QSize(200, 0))
        self.max_pointsError.setWordWrap(True)
        self.max_pointsError.setStyleSheet(u"color: #c62828;")
        self.max_pointsError.setText(u"")

        self.grid.addWidget(self.max_pointsError, 6, 2, 1, 1)

        self.default_pointsLabel = QLabel(RuleDialog)
        self.default_pointsLabel.setObjectName(u"default_pointsLabel")

        self.grid.addWidget(self.default_pointsLabel, 7, 0, 1, 1)

        self.default_pointsEdit = QSpinBox(RuleDialog)
        self.default_pointsEdit.setObjectName(u"default_pointsEdit")
        self.default_pointsEdit.setMaximum(100)

        self.grid.addWidget(self.default_pointsEdit, 7, 1, 1, 1)

        self.default_pointsError = QLabel(RuleDialog)
        self.default_pointsError.setObjectName(u"default_pointsError")
        self.default_pointsError.setMinimumSize(QSize(200, 0))
        self.default_pointsError.setWordWrap(True)
        self.default_pointsError.setStyleSheet(u"color: #c62828;")
        self.default_pointsError.setText(u"")

        self.grid.addWidget(self.default_pointsError, 7, 2, 1, 1)

        self.seriousLabel = QLabel(RuleDialog)
        self.seriousLabel.setObjectName(u"seriousLabel")

        self.grid.addWidget(self.seriousLabel, 8, 0, 1, 1)

        self.seriousEdit = QCheckBox(RuleDialog)
        self.seriousEdit.setObjectName(u"seriousEdit")

        self.grid.addWidget(self.seriousEdit, 8, 1, 1, 1)

        self.seriousError = QLabel(RuleDialog)
        self.seriousError.setObjectName(u"seriousError")
        self.seriousError.setMinimumSize(QSize(200, 0))
        self.seriousError.setWordWrap(True)
        self.seriousError.setStyleSheet(u"color: #c62828;")
        self.seriousError.setText(u"")

        self.grid.addWidget(self.seriousError, 8, 2, 1, 1)

        self.noteLabel = QLabel(RuleDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.grid.addWidget(self.noteLabel, 9, 0, 1, 1)

        self.noteEdit = QLineEdit(RuleDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.grid.addWidget(self.noteEdit, 9, 1, 1, 1)

        self.noteError = QLabel(RuleDialog)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setMinimumSize(QSize(200, 0))
        self.noteError.setWordWrap(True)
        self.noteError.setStyleSheet(u"color: #c62828;")
        self.noteError.setText(u"")

        self.grid.addWidget(self.noteError, 9, 2, 1, 1)

        self.formError = QLabel(RuleDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setStyleSheet(u"color: #c62828;")
        self.formError.setText(u"")

        self.grid.addWidget(self.formError, 10, 0, 1, 3)

        self.buttons = QDialogButtonBox(RuleDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.grid.addWidget(self.buttons, 11, 0, 1, 3)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.areaLabel.setBuddy(self.areaEdit)
        self.kindLabel.setBuddy(self.kindEdit)
        self.unitLabel.setBuddy(self.unitEdit)
        self.min_pointsLabel.setBuddy(self.min_pointsEdit)
        self.max_pointsLabel.setBuddy(self.max_pointsEdit)
        self.default_pointsLabel.setBuddy(self.default_pointsEdit)
        self.seriousLabel.setBuddy(self.seriousEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RuleDialog)
    # setupUi

    def retranslateUi(self, RuleDialog):
        RuleDialog.setWindowTitle(QCoreApplication.translate("RuleDialog", u"Rule", None))
        self.codeLabel.setText(QCoreApplication.translate("RuleDialog", u"&Code:", None))
        self.nameLabel.setText(QCoreApplication.translate("RuleDialog", u"&Item:", None))
        self.areaLabel.setText(QCoreApplication.translate("RuleDialog", u"&Area:", None))
        self.kindLabel.setText(QCoreApplication.translate("RuleDialog", u"&Kind:", None))
        self.unitLabel.setText(QCoreApplication.translate("RuleDialog", u"&Unit:", None))
        self.min_pointsLabel.setText(QCoreApplication.translate("RuleDialog", u"M&inimum points:", None))
        self.max_pointsLabel.setText(QCoreApplication.translate("RuleDialog", u"M&aximum points:", None))
        self.default_pointsLabel.setText(QCoreApplication.translate("RuleDialog", u"&Default points:", None))
        self.seriousLabel.setText(QCoreApplication.translate("RuleDialog", u"&Serious:", None))
        self.seriousEdit.setText(QCoreApplication.translate("RuleDialog", u"Flag on the standings (serious violation)", None))
        self.noteLabel.setText(QCoreApplication.translate("RuleDialog", u"N&ote:", None))
    # retranslateUi

