# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staff_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout)

class Ui_StaffTab(object):
    def setupUi(self, StaffTab):
        if not StaffTab.objectName():
            StaffTab.setObjectName(u"StaffTab")
        self.layout = QVBoxLayout(StaffTab)
        self.layout.setObjectName(u"layout")
        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.search = QLineEdit(StaffTab)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.bar.addWidget(self.search)

        self.teamLabel = QLabel(StaffTab)
        self.teamLabel.setObjectName(u"teamLabel")

        self.bar.addWidget(self.teamLabel)

        self.teamFilter = QComboBox(StaffTab)
        self.teamFilter.setObjectName(u"teamFilter")

        self.bar.addWidget(self.teamFilter)

        self.roleLabel = QLabel(StaffTab)
        self.roleLabel.setObjectName(u"roleLabel")

        self.bar.addWidget(self.roleLabel)

        self.roleFilter = QComboBox(StaffTab)
        self.roleFilter.setObjectName(u"roleFilter")

        self.bar.addWidget(self.roleFilter)

        self.showLabel = QLabel(StaffTab)
        self.showLabel.setObjectName(u"showLabel")

        self.bar.addWidget(self.showLabel)

        self.activeFilter = QComboBox(StaffTab)
        self.activeFilter.setObjectName(u"activeFilter")

        self.bar.addWidget(self.activeFilter)

        self.barSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bar.addItem(self.barSpacer)

        self.addButton = QPushButton(StaffTab)
        self.addButton.setObjectName(u"addButton")

        self.bar.addWidget(self.addButton)

        self.editButton = QPushButton(StaffTab)
        self.editButton.setObjectName(u"editButton")

        self.bar.addWidget(self.editButton)

        self.deactivateButton = QPushButton(StaffTab)
        self.deactivateButton.setObjectName(u"deactivateButton")

        self.bar.addWidget(self.deactivateButton)

        self.reactivateButton = QPushButton(StaffTab)
        self.reactivateButton.setObjectName(u"reactivateButton")

        self.bar.addWidget(self.reactivateButton)

        self.deleteButton = QPushButton(StaffTab)
        self.deleteButton.setObjectName(u"deleteButton")

        self.bar.addWidget(self.deleteButton)

        self.bar.setStretch(0, 2)
        self.bar.setStretch(7, 1)

        self.layout.addLayout(self.bar)

        self.split = QSplitter(StaffTab)
        self.split.setObjectName(u"split")
        self.split.setOrientation(Qt.Horizontal)
        self.table = QTableView(self.split)
        self.table.setObjectName(u"table")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(4)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.table.sizePolicy().hasHeightForWidth())
        self.table.setSizePolicy(sizePolicy)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSortingEnabled(True)
        self.split.addWidget(self.table)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.summaryBox = QGroupBox(self.split)
        self.summaryBox.setObjectName(u"summaryBox")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.summaryBox.sizePolicy().hasHeightForWidth())
        self.summaryBox.setSizePolicy(sizePolicy1)
        self.summaryBox.setMinimumSize(QSize(260, 0))
        self.summaryForm = QFormLayout(self.summaryBox)
        self.summaryForm.setObjectName(u"summaryForm")
        self.summaryNameLabel = QLabel(self.summaryBox)
        self.summaryNameLabel.setObjectName(u"summaryNameLabel")

        self.summaryForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.summaryNameLabel)

        self.summaryName = QLabel(self.summaryBox)
        self.summaryName.setObjectName(u"summaryName")
        self.summaryName.setText(u"")

        self.summaryForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.summaryName)

        self.summaryMonthLabel = QLabel(self.summaryBox)
        self.summaryMonthLabel.setObjectName(u"summaryMonthLabel")

        self.summaryForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.summaryMonthLabel)

        self.summaryMonth = QLabel(self.summaryBox)
        self.summaryMonth.setObjectName(u"summaryMonth")
        self.summaryMonth.setText(u"")

        self.summaryForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.summaryMonth)

        self.summaryScoreLabel = QLabel(self.summaryBox)
        self.summaryScoreLabel.setObjectName(u"summaryScoreLabel")

        self.summaryForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.summaryScoreLabel)

        self.summaryScore = QLabel(self.summaryBox)
        self.summaryScore.setObjectName(u"summaryScore")
        self.summaryScore.setText(u"")

        self.summaryForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.summaryScore)

        self.summaryRankLabel = QLabel(self.summaryBox)
        self.summaryRankLabel.setObjectName(u"summaryRankLabel")

        self.summaryForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.summaryRankLabel)

        self.summaryRank = QLabel(self.summaryBox)
        self.summaryRank.setObjectName(u"summaryRank")
        self.summaryRank.setText(u"")

        self.summaryForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.summaryRank)

        self.summaryBonusLabel = QLabel(self.summaryBox)
        self.summaryBonusLabel.setObjectName(u"summaryBonusLabel")

        self.summaryForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.summaryBonusLabel)

        self.summaryBonus = QLabel(self.summaryBox)
        self.summaryBonus.setObjectName(u"summaryBonus")
        self.summaryBonus.setText(u"")

        self.summaryForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.summaryBonus)

        self.summaryDeductionLabel = QLabel(self.summaryBox)
        self.summaryDeductionLabel.setObjectName(u"summaryDeductionLabel")

        self.summaryForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.summaryDeductionLabel)

        self.summaryDeduction = QLabel(self.summaryBox)
        self.summaryDeduction.setObjectName(u"summaryDeduction")
        self.summaryDeduction.setText(u"")

        self.summaryForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.summaryDeduction)

        self.summaryMarksLabel = QLabel(self.summaryBox)
        self.summaryMarksLabel.setObjectName(u"summaryMarksLabel")

        self.summaryForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.summaryMarksLabel)

        self.summaryMarks = QLabel(self.summaryBox)
        self.summaryMarks.setObjectName(u"summaryMarks")
        self.summaryMarks.setWordWrap(True)
        self.summaryMarks.setText(u"")

        self.summaryForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.summaryMarks)

        self.split.addWidget(self.summaryBox)

        self.layout.addWidget(self.split)

        self.layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.summaryNameLabel.setBuddy(self.summaryName)
        self.summaryMonthLabel.setBuddy(self.summaryMonth)
        self.summaryScoreLabel.setBuddy(self.summaryScore)
        self.summaryRankLabel.setBuddy(self.summaryRank)
        self.summaryBonusLabel.setBuddy(self.summaryBonus)
        self.summaryDeductionLabel.setBuddy(self.summaryDeduction)
        self.summaryMarksLabel.setBuddy(self.summaryMarks)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StaffTab)
    # setupUi

    def retranslateUi(self, StaffTab):
        self.search.setPlaceholderText(QCoreApplication.translate("StaffTab", u"Search by no., name, team or note", None))
        self.teamLabel.setText(QCoreApplication.translate("StaffTab", u"Team:", None))
        self.roleLabel.setText(QCoreApplication.translate("StaffTab", u"Role:", None))
        self.showLabel.setText(QCoreApplication.translate("StaffTab", u"Show:", None))
        self.addButton.setText(QCoreApplication.translate("StaffTab", u"&Add\u2026", None))
        self.editButton.setText(QCoreApplication.translate("StaffTab", u"&Edit\u2026", None))
        self.deactivateButton.setText(QCoreApplication.translate("StaffTab", u"&Deactivate\u2026", None))
        self.reactivateButton.setText(QCoreApplication.translate("StaffTab", u"&Reactivate", None))
        self.deleteButton.setText(QCoreApplication.translate("StaffTab", u"De&lete\u2026", None))
        self.summaryBox.setTitle(QCoreApplication.translate("StaffTab", u"Month summary", None))
        self.summaryNameLabel.setText(QCoreApplication.translate("StaffTab", u"Person:", None))
        self.summaryMonthLabel.setText(QCoreApplication.translate("StaffTab", u"Month:", None))
        self.summaryScoreLabel.setText(QCoreApplication.translate("StaffTab", u"Score:", None))
        self.summaryRankLabel.setText(QCoreApplication.translate("StaffTab", u"Rank:", None))
        self.summaryBonusLabel.setText(QCoreApplication.translate("StaffTab", u"Bonus:", None))
        self.summaryDeductionLabel.setText(QCoreApplication.translate("StaffTab", u"Deductions:", None))
        self.summaryMarksLabel.setText(QCoreApplication.translate("StaffTab", u"Notes:", None))
        pass
    # retranslateUi

