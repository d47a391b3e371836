# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'appeals_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QComboBox, QGroupBox, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_AppealsTab(object):
    def setupUi(self, AppealsTab):
        if not AppealsTab.objectName():
            AppealsTab.setObjectName(u"AppealsTab")
        self.layout_ = QVBoxLayout(AppealsTab)
        self.layout_.setObjectName(u"layout_")
        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.monthLabel = QLabel(AppealsTab)
        self.monthLabel.setObjectName(u"monthLabel")

        self.bar.addWidget(self.monthLabel)

        self.month_filter = QComboBox(AppealsTab)
        self.month_filter.setObjectName(u"month_filter")

        self.bar.addWidget(self.month_filter)

        self.statusLabel = QLabel(AppealsTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.bar.addWidget(self.statusLabel)

        self.status_filter = QComboBox(AppealsTab)
        self.status_filter.setObjectName(u"status_filter")

        self.bar.addWidget(self.status_filter)

        self.personLabel = QLabel(AppealsTab)
        self.personLabel.setObjectName(u"personLabel")

        self.bar.addWidget(self.personLabel)

        self.staff_filter = QComboBox(AppealsTab)
        self.staff_filter.setObjectName(u"staff_filter")
        self.staff_filter.setMinimumContentsLength(10)

        self.bar.addWidget(self.staff_filter)

        self.spacer1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bar.addItem(self.spacer1)

        self.record_button = QPushButton(AppealsTab)
        self.record_button.setObjectName(u"record_button")

        self.bar.addWidget(self.record_button)

        self.decide_button = QPushButton(AppealsTab)
        self.decide_button.setObjectName(u"decide_button")

        self.bar.addWidget(self.decide_button)

        self.report_button = QPushButton(AppealsTab)
        self.report_button.setObjectName(u"report_button")

        self.bar.addWidget(self.report_button)

        self.bar.setStretch(6, 1)

        self.layout_.addLayout(self.bar)

        self.lockBanner = QLabel(AppealsTab)
        self.lockBanner.setObjectName(u"lockBanner")
        self.lockBanner.setWordWrap(True)

        self.layout_.addWidget(self.lockBanner)

        self.split = QSplitter(AppealsTab)
        self.split.setObjectName(u"split")
        self.split.setOrientation(Qt.Orientation.Horizontal)
        self.left = QWidget(self.split)
        self.left.setObjectName(u"left")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(3)
        sizePolicy.setVerticalStretch(3)
        sizePolicy.setHeightForWidth(self.left.sizePolicy().hasHeightForWidth())
        self.left.setSizePolicy(sizePolicy)
        self.leftLayout = QVBoxLayout(self.left)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView(self.left)
        self.table.setObjectName(u"table")

        self.leftLayout.addWidget(self.table)

        self.count_label = QLabel(self.left)
        self.count_label.setObjectName(u"count_label")

        self.leftLayout.addWidget(self.count_label)

        self.leftLayout.setStretch(0, 1)
        self.split.addWidget(self.left)
        self.side = QSplitter(self.split)
        self.side.setObjectName(u"side")
        self.side.setOrientation(Qt.Orientation.Vertical)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(2)
        sizePolicy1.setVerticalStretch(2)
        sizePolicy1.setHeightForWidth(self.side.sizePolicy().hasHeightForWidth())
        self.side.setSizePolicy(sizePolicy1)
        self.detail_box = QGroupBox(self.side)
        self.detail_box.setObjectName(u"detail_box")
        self.detailLayout = QVBoxLayout(self.detail_box)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detail_scroll = QScrollArea(self.detail_box)
        self.detail_scroll.setObjectName(u"detail_scroll")
        self.detail_scroll.setWidgetResizable(True)
        self.detail = QLabel()
        self.detail.setObjectName(u"detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_scroll.setWidget(self.detail)

        self.detailLayout.addWidget(self.detail_scroll)

        self.side.addWidget(self.detail_box)
        self.history_box = QGroupBox(self.side)
        self.history_box.setObjectName(u"history_box")
        self.historyLayout = QVBoxLayout(self.history_box)
        self.historyLayout.setObjectName(u"historyLayout")
        self.history = QTableView(self.history_box)
        self.history.setObjectName(u"history")

        self.historyLayout.addWidget(self.history)

        self.side.addWidget(self.history_box)
        self.split.addWidget(self.side)

        self.layout_.addWidget(self.split)

        self.layout_.setStretch(2, 1)

        self.retranslateUi(AppealsTab)
    # setupUi

    def retranslateUi(self, AppealsTab):
        self.monthLabel.setText(QCoreApplication.translate("AppealsTab", u"Month:", None))
        self.statusLabel.setText(QCoreApplication.translate("AppealsTab", u"Status:", None))
        self.personLabel.setText(QCoreApplication.translate("AppealsTab", u"Person:", None))
        self.record_button.setText(QCoreApplication.translate("AppealsTab", u"&Record appeal\u2026", None))
        self.decide_button.setText(QCoreApplication.translate("AppealsTab", u"&Decide\u2026", None))
        self.report_button.setText(QCoreApplication.translate("AppealsTab", u"&Self-check\u2026", None))
        self.detail_box.setTitle(QCoreApplication.translate("AppealsTab", u"Appeal", None))
        self.history_box.setTitle(QCoreApplication.translate("AppealsTab", u"This person's appeals", None))
        pass
    # retranslateUi

