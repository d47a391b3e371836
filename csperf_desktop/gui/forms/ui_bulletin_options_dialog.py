# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bulletin_options_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_BulletinOptionsDialog(object):
    def setupUi(self, BulletinOptionsDialog):
        if not BulletinOptionsDialog.objectName():
            BulletinOptionsDialog.setObjectName(u"BulletinOptionsDialog")
        BulletinOptionsDialog.setMinimumSize(QSize(460, 0))
        self.layout = QVBoxLayout(BulletinOptionsDialog)
        self.layout.setObjectName(u"layout")
        self.draftBanner = QLabel(BulletinOptionsDialog)
        self.draftBanner.setObjectName(u"draftBanner")
        self.draftBanner.setStyleSheet(u"QLabel { background: #FBE3E1; color: #8A1C12; border: 1px solid #E5A39B; padding: 8px; }")
        self.draftBanner.setWordWrap(True)

        self.layout.addWidget(self.draftBanner)

        self.page = QGroupBox(BulletinOptionsDialog)
        self.page.setObjectName(u"page")
        self.pageForm = QFormLayout(self.page)
        self.pageForm.setObjectName(u"pageForm")
        self.paperLabel = QLabel(self.page)
        self.paperLabel.setObjectName(u"paperLabel")

        self.pageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paper = QComboBox(self.page)
        self.paper.setObjectName(u"paper")

        self.pageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.paper)

        self.orientationLabel = QLabel(self.page)
        self.orientationLabel.setObjectName(u"orientationLabel")

        self.pageForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.orientationLabel)

        self.orientationRow = QHBoxLayout()
        self.orientationRow.setObjectName(u"orientationRow")
        self.portrait = QRadioButton(self.page)
        self.orientation = QButtonGroup(BulletinOptionsDialog)
        self.orientation.setObjectName(u"orientation")
        self.orientation.addButton(self.portrait)
        self.portrait.setObjectName(u"portrait")

        self.orientationRow.addWidget(self.portrait)

        self.landscape = QRadioButton(self.page)
        self.orientation.addButton(self.landscape)
        self.landscape.setObjectName(u"landscape")

        self.orientationRow.addWidget(self.landscape)

        self.orientationStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.orientationRow.addItem(self.orientationStretch)

        self.orientationRow.setStretch(2, 1)

        self.pageForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.orientationRow)


        self.layout.addWidget(self.page)

        self.names = QGroupBox(BulletinOptionsDialog)
        self.names.setObjectName(u"names")
        self.namesLayout = QVBoxLayout(self.names)
        self.namesLayout.setObjectName(u"namesLayout")
        self.privacyFull = QRadioButton(self.names)
        self.privacy = QButtonGroup(BulletinOptionsDialog)
        self.privacy.setObjectName(u"privacy")
        self.privacy.addButton(self.privacyFull)
        self.privacyFull.setObjectName(u"privacyFull")

        self.namesLayout.addWidget(self.privacyFull)

        self.privacySurname = QRadioButton(self.names)
        self.privacy.addButton(self.privacySurname)
        self.privacySurname.setObjectName(u"privacySurname")

        self.namesLayout.addWidget(self.privacySurname)

        self.privacyNumber = QRadioButton(self.names)
        self.privacy.addButton(self.privacyNumber)
        self.privacyNumber.setObjectName(u"privacyNumber")

        self.namesLayout.addWidget(self.privacyNumber)


        self.layout.addWidget(self.names)

        self.content = QGroupBox(BulletinOptionsDialog)
        self.content.setObjectName(u"content")
        self.contentLayout = QVBoxLayout(self.content)
        self.contentLayout.setObjectName(u"contentLayout")
        self.showWarnings = QCheckBox(self.content)
        self.showWarnings.setObjectName(u"showWarnings")

        self.contentLayout.addWidget(self.showWarnings)

        self.showChart = QCheckBox(self.content)
        self.showChart.setObjectName(u"showChart")

        self.contentLayout.addWidget(self.showChart)


        self.layout.addWidget(self.content)

        self.buttons = QDialogButtonBox(BulletinOptionsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.paperLabel.setBuddy(self.paper)
        self.orientationLabel.setBuddy(self.portrait)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BulletinOptionsDialog)
    # setupUi

    def retranslateUi(self, BulletinOptionsDialog):
        self.page.setTitle(QCoreApplication.translate("BulletinOptionsDialog", u"Paper", None))
        self.paperLabel.setText(QCoreApplication.translate("BulletinOptionsDialog", u"Size:", None))
        self.orientationLabel.setText(QCoreApplication.translate("BulletinOptionsDialog", u"Orientation:", None))
        self.portrait.setText(QCoreApplication.translate("BulletinOptionsDialog", u"Portrait", None))
        self.landscape.setText(QCoreApplication.translate("BulletinOptionsDialog", u"Landscape", None))
        self.names.setTitle(QCoreApplication.translate("BulletinOptionsDialog", u"Names on the wall", None))
        self.privacyFull.setText(QCoreApplication.translate("BulletinOptionsDialog", u"Full name (\u5f20\u6653\u6885)", None))
        self.privacySurname.setText(QCoreApplication.translate("BulletinOptionsDialog", u"Surname + \u67d0 (\u5f20\u67d0)", None))
        self.privacyNumber.setText(QCoreApplication.translate("BulletinOptionsDialog", u"Employee no. only (KF001)", None))
        self.content.setTitle(QCoreApplication.translate("BulletinOptionsDialog", u"Content", None))
        self.showWarnings.setText(QCoreApplication.translate("BulletinOptionsDialog", u"Mark warnings with \u203b (switch off for the wall)", None))
        self.showChart.setText(QCoreApplication.translate("BulletinOptionsDialog", u"Bar chart of the scores", None))
        pass
    # retranslateUi

