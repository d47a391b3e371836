# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'publish_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox,
    QHBoxLayout, QLabel, QLineEdit, QScrollArea, QTableView, QVBoxLayout,
    QWidget)

class Ui_PublishDialog(object):
    def setupUi(self, PublishDialog):
        if not PublishDialog.objectName():
            PublishDialog.setObjectName(u"PublishDialog")
        PublishDialog.resize(900, 760)
        self.layout = QVBoxLayout(PublishDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(PublishDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setText(u"")

        self.layout.addWidget(self.intro)

        self.preview = QTableView(PublishDialog)
        self.preview.setObjectName(u"preview")
        self.preview.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.preview.setAlternatingRowColors(True)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.layout.addWidget(self.preview)

        self.summary = QLabel(PublishDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setText(u"")

        self.layout.addWidget(self.summary)

        self.checklistTitle = QLabel(PublishDialog)
        self.checklistTitle.setObjectName(u"checklistTitle")

        self.layout.addWidget(self.checklistTitle)

        self.checklistArea = QScrollArea(PublishDialog)
        self.checklistArea.setObjectName(u"checklistArea")
        self.checklistArea.setWidgetResizable(True)
        self.checklistArea.setMaximumSize(QSize(16777215, 220))
        self.checklistItems = QWidget()
        self.checklistItems.setObjectName(u"checklistItems")
        self.checklistLayout = QVBoxLayout(self.checklistItems)
        self.checklistLayout.setSpacing(4)
        self.checklistLayout.setObjectName(u"checklistLayout")
        self.checklistArea.setWidget(self.checklistItems)

        self.layout.addWidget(self.checklistArea)

        self.anywayRow = QHBoxLayout()
        self.anywayRow.setObjectName(u"anywayRow")
        self.anywayLabel = QLabel(PublishDialog)
        self.anywayLabel.setObjectName(u"anywayLabel")

        self.anywayRow.addWidget(self.anywayLabel)

        self.anywayReason = QLineEdit(PublishDialog)
        self.anywayReason.setObjectName(u"anywayReason")
        self.anywayReason.setMaxLength(500)

        self.anywayRow.addWidget(self.anywayReason)


        self.layout.addLayout(self.anywayRow)

        self.buttons = QDialogButtonBox(PublishDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.anywayLabel.setBuddy(self.anywayReason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PublishDialog)
    # setupUi

    def retranslateUi(self, PublishDialog):
        PublishDialog.setWindowTitle(QCoreApplication.translate("PublishDialog", u"Publish the month", None))
        self.checklistTitle.setText(QCoreApplication.translate("PublishDialog", u"Before publishing", None))
        self.anywayLabel.setText(QCoreApplication.translate("PublishDialog", u"Reason to publish anyway:", None))
    # retranslateUi

