# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'template_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialogButtonBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTreeWidget, QVBoxLayout)

class Ui_TemplateEditor(object):
    def setupUi(self, TemplateEditor):
        if not TemplateEditor.objectName():
            TemplateEditor.setObjectName(u"TemplateEditor")
        self.layout_ = QVBoxLayout(TemplateEditor)
        self.layout_.setObjectName(u"layout_")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.roleLabel = QLabel(TemplateEditor)
        self.roleLabel.setObjectName(u"roleLabel")

        self.top.addWidget(self.roleLabel)

        self.role = QComboBox(TemplateEditor)
        self.role.setObjectName(u"role")

        self.top.addWidget(self.role)

        self.spacer1 = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.spacer1)

        self.nameLabel = QLabel(TemplateEditor)
        self.nameLabel.setObjectName(u"nameLabel")

        self.top.addWidget(self.nameLabel)

        self.name = QLineEdit(TemplateEditor)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(100)

        self.top.addWidget(self.name)

        self.top.setStretch(4, 1)

        self.layout_.addLayout(self.top)

        self.version = QLabel(TemplateEditor)
        self.version.setObjectName(u"version")
        self.version.setWordWrap(True)

        self.layout_.addWidget(self.version)

        self.lockBanner = QLabel(TemplateEditor)
        self.lockBanner.setObjectName(u"lockBanner")
        self.lockBanner.setWordWrap(True)
        self.lockBanner.setVisible(False)

        self.layout_.addWidget(self.lockBanner)

        self.tree = QTreeWidget(TemplateEditor)
        self.tree.setObjectName(u"tree")
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)
        self.tree.header().setStretchLastSection(True)

        self.layout_.addWidget(self.tree)

        self.sums = QLabel(TemplateEditor)
        self.sums.setObjectName(u"sums")
        self.sums.setWordWrap(True)

        self.layout_.addWidget(self.sums)

        self.edit_row = QHBoxLayout()
        self.edit_row.setObjectName(u"edit_row")
        self.add_dimension_button = QPushButton(TemplateEditor)
        self.add_dimension_button.setObjectName(u"add_dimension_button")

        self.edit_row.addWidget(self.add_dimension_button)

        self.add_indicator_button = QPushButton(TemplateEditor)
        self.add_indicator_button.setObjectName(u"add_indicator_button")

        self.edit_row.addWidget(self.add_indicator_button)

        self.remove_button = QPushButton(TemplateEditor)
        self.remove_button.setObjectName(u"remove_button")

        self.edit_row.addWidget(self.remove_button)

        self.spacer2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.edit_row.addItem(self.spacer2)

        self.edit_row.setStretch(3, 1)

        self.layout_.addLayout(self.edit_row)

        self.help = QLabel(TemplateEditor)
        self.help.setObjectName(u"help")
        self.help.setWordWrap(True)

        self.layout_.addWidget(self.help)

        self.message = QLabel(TemplateEditor)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #c62828;")

        self.layout_.addWidget(self.message)

        self.buttons = QDialogButtonBox(TemplateEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.layout_.addWidget(self.buttons)

        self.layout_.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.roleLabel.setBuddy(self.role)
        self.nameLabel.setBuddy(self.name)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TemplateEditor)
    # setupUi

    def retranslateUi(self, TemplateEditor):
        TemplateEditor.setWindowTitle(QCoreApplication.translate("TemplateEditor", u"Annual review templates", None))
        self.roleLabel.setText(QCoreApplication.translate("TemplateEditor", u"&Role:", None))
        self.nameLabel.setText(QCoreApplication.translate("TemplateEditor", u"&Name:", None))
        ___qtreewidgetitem = self.tree.headerItem()
        ___qtreewidgetitem.setText(10, QCoreApplication.translate("TemplateEditor", u"Bonus rule", None))
        ___qtreewidgetitem.setText(9, QCoreApplication.translate("TemplateEditor", u"Upper zero at", None))
        ___qtreewidgetitem.setText(8, QCoreApplication.translate("TemplateEditor", u"Upper target", None))
        ___qtreewidgetitem.setText(7, QCoreApplication.translate("TemplateEditor", u"Zero at", None))
        ___qtreewidgetitem.setText(6, QCoreApplication.translate("TemplateEditor", u"Target", None))
        ___qtreewidgetitem.setText(5, QCoreApplication.translate("TemplateEditor", u"Direction", None))
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("TemplateEditor", u"Data source", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("TemplateEditor", u"Weight %", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("TemplateEditor", u"Kind", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("TemplateEditor", u"Code", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("TemplateEditor", u"Dimension / indicator", None))
        self.add_dimension_button.setText(QCoreApplication.translate("TemplateEditor", u"Add &dimension", None))
        self.add_indicator_button.setText(QCoreApplication.translate("TemplateEditor", u"Add &indicator", None))
        self.remove_button.setText(QCoreApplication.translate("TemplateEditor", u"&Remove", None))
        self.help.setText(QCoreApplication.translate("TemplateEditor", u"Double-click a cell to change it. Dimension weights add up to 100 %, and so do the indicator weights within each dimension. Data indicators score 100 at the target and 0 at the zero point (a band: between the lower and upper target); judged indicators are rated 1\u20135 by the supervisor.", None))
    # retranslateUi

