# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'scorecards_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox,
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QRadioButton,
    QVBoxLayout)

class Ui_ScorecardsDialog(object):
    def setupUi(self, ScorecardsDialog):
        if not ScorecardsDialog.objectName():
            ScorecardsDialog.setObjectName(u"ScorecardsDialog")
        ScorecardsDialog.setMinimumSize(QSize(460, 0))
        self.layout = QVBoxLayout(ScorecardsDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(ScorecardsDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.draftBanner = QLabel(ScorecardsDialog)
        self.draftBanner.setObjectName(u"draftBanner")
        self.draftBanner.setStyleSheet(u"QLabel { background: #FBE3E1; color: #8A1C12; border: 1px solid #E5A39B; padding: 8px; }")
        self.draftBanner.setWordWrap(True)

        self.layout.addWidget(self.draftBanner)

        self.where = QGroupBox(ScorecardsDialog)
        self.where.setObjectName(u"where")
        self.whereLayout = QVBoxLayout(self.where)
        self.whereLayout.setObjectName(u"whereLayout")
        self.onePdf = QRadioButton(self.where)
        self.output = QButtonGroup(ScorecardsDialog)
        self.output.setObjectName(u"output")
        self.output.addButton(self.onePdf)
        self.onePdf.setObjectName(u"onePdf")

        self.whereLayout.addWidget(self.onePdf)

        self.perAgent = QRadioButton(self.where)
        self.output.addButton(self.perAgent)
        self.perAgent.setObjectName(u"perAgent")

        self.whereLayout.addWidget(self.perAgent)


        self.layout.addWidget(self.where)

        self.page = QGroupBox(ScorecardsDialog)
        self.page.setObjectName(u"page")
        self.pageForm = QFormLayout(self.page)
        self.pageForm.setObjectName(u"pageForm")
        self.paperLabel = QLabel(self.page)
        self.paperLabel.setObjectName(u"paperLabel")

        self.pageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paper = QComboBox(self.page)
        self.paper.setObjectName(u"paper")

        self.pageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.paper)

        self.showTrend = QCheckBox(self.page)
        self.showTrend.setObjectName(u"showTrend")

        self.pageForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.showTrend)


        self.layout.addWidget(self.page)

        self.buttons = QDialogButtonBox(ScorecardsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.paperLabel.setBuddy(self.paper)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ScorecardsDialog)
    # setupUi

    def retranslateUi(self, ScorecardsDialog):
        self.where.setTitle(QCoreApplication.translate("ScorecardsDialog", u"Output", None))
        self.onePdf.setText(QCoreApplication.translate("ScorecardsDialog", u"All in one PDF (a new page per person)", None))
        self.perAgent.setText(QCoreApplication.translate("ScorecardsDialog", u"One PDF per person, into a folder", None))
        self.page.setTitle(QCoreApplication.translate("ScorecardsDialog", u"Paper", None))
        self.paperLabel.setText(QCoreApplication.translate("ScorecardsDialog", u"Size:", None))
        self.showTrend.setText(QCoreApplication.translate("ScorecardsDialog", u"12-month trend chart", None))
        pass
    # retranslateUi

