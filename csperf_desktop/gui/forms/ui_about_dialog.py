# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel,
    QTextBrowser, QVBoxLayout)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(720, 620)
        self.layout = QVBoxLayout(AboutDialog)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(AboutDialog)
        self.title.setObjectName(u"title")
        self.title.setTextFormat(Qt.RichText)
        self.title.setWordWrap(True)
        self.title.setText(u"")

        self.layout.addWidget(self.title)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.databaseLabel = QLabel(AboutDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseLocation = QLabel(AboutDialog)
        self.databaseLocation.setObjectName(u"databaseLocation")
        self.databaseLocation.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.databaseLocation.setText(u"")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.databaseLocation)

        self.dataFolderLabel = QLabel(AboutDialog)
        self.dataFolderLabel.setObjectName(u"dataFolderLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dataFolderLabel)

        self.dataFolder = QLabel(AboutDialog)
        self.dataFolder.setObjectName(u"dataFolder")
        self.dataFolder.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.dataFolder.setText(u"")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dataFolder)

        self.backupsLabel = QLabel(AboutDialog)
        self.backupsLabel.setObjectName(u"backupsLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.backupsLabel)

        self.backups = QLabel(AboutDialog)
        self.backups.setObjectName(u"backups")
        self.backups.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.backups.setText(u"")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.backups)

        self.versionsLabel = QLabel(AboutDialog)
        self.versionsLabel.setObjectName(u"versionsLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.versionsLabel)

        self.versions = QLabel(AboutDialog)
        self.versions.setObjectName(u"versions")
        self.versions.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.versions.setText(u"")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.versions)


        self.layout.addLayout(self.form)

        self.licencesLabel = QLabel(AboutDialog)
        self.licencesLabel.setObjectName(u"licencesLabel")

        self.layout.addWidget(self.licencesLabel)

        self.licences = QTextBrowser(AboutDialog)
        self.licences.setObjectName(u"licences")
        self.licences.setOpenExternalLinks(False)

        self.layout.addWidget(self.licences)

        self.buttons = QDialogButtonBox(AboutDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.databaseLabel.setBuddy(self.databaseLocation)
        self.dataFolderLabel.setBuddy(self.dataFolder)
        self.backupsLabel.setBuddy(self.backups)
        self.versionsLabel.setBuddy(self.versions)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About csperf", None))
        self.databaseLabel.setText(QCoreApplication.translate("AboutDialog", u"Database:", None))
        self.dataFolderLabel.setText(QCoreApplication.translate("AboutDialog", u"Data folder:", None))
        self.backupsLabel.setText(QCoreApplication.translate("AboutDialog", u"Backups:", None))
        self.versionsLabel.setText(QCoreApplication.translate("AboutDialog", u"Versions:", None))
        self.licencesLabel.setText(QCoreApplication.translate("AboutDialog", u"Licences:", None))
    # retranslateUi

