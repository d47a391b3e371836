# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exams_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

from csperf_desktop.gui.exams.exam_widgets import (DistributionChart, GridView)

class Ui_ExamsTab(object):
    def setupUi(self, ExamsTab):
        if not ExamsTab.objectName():
            ExamsTab.setObjectName(u"ExamsTab")
        self.layout_ = QVBoxLayout(ExamsTab)
        self.layout_.setObjectName(u"layout_")
        self.lockBanner = QLabel(ExamsTab)
        self.lockBanner.setObjectName(u"lockBanner")
        self.lockBanner.setWordWrap(True)
        self.lockBanner.setVisible(False)

        self.layout_.addWidget(self.lockBanner)

        self.split = QSplitter(ExamsTab)
        self.split.setObjectName(u"split")
        self.split.setOrientation(Qt.Orientation.Vertical)
        self.top = QSplitter(self.split)
        self.top.setObjectName(u"top")
        self.top.setOrientation(Qt.Orientation.Horizontal)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(3)
        sizePolicy.setVerticalStretch(3)
        sizePolicy.setHeightForWidth(self.top.sizePolicy().hasHeightForWidth())
        self.top.setSizePolicy(sizePolicy)
        self.list_box = QGroupBox(self.top)
        self.list_box.setObjectName(u"list_box")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(3)
        sizePolicy1.setVerticalStretch(3)
        sizePolicy1.setHeightForWidth(self.list_box.sizePolicy().hasHeightForWidth())
        self.list_box.setSizePolicy(sizePolicy1)
        self.listLayout = QVBoxLayout(self.list_box)
        self.listLayout.setObjectName(u"listLayout")
        self.heading = QLabel(self.list_box)
        self.heading.setObjectName(u"heading")

        self.listLayout.addWidget(self.heading)

        self.exam_list = QTableView(self.list_box)
        self.exam_list.setObjectName(u"exam_list")

        self.listLayout.addWidget(self.exam_list)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.add_button = QPushButton(self.list_box)
        self.add_button.setObjectName(u"add_button")

        self.listButtons.addWidget(self.add_button)

        self.edit_button = QPushButton(self.list_box)
        self.edit_button.setObjectName(u"edit_button")

        self.listButtons.addWidget(self.edit_button)

        self.delete_button = QPushButton(self.list_box)
        self.delete_button.setObjectName(u"delete_button")

        self.listButtons.addWidget(self.delete_button)

        self.spacer1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.spacer1)

        self.listButtons.setStretch(3, 1)

        self.listLayout.addLayout(self.listButtons)

        self.listLayout.setStretch(1, 1)
        self.top.addWidget(self.list_box)
        self.grid_box = QGroupBox(self.top)
        self.grid_box.setObjectName(u"grid_box")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy2.setHorizontalStretch(5)
        sizePolicy2.setVerticalStretch(5)
        sizePolicy2.setHeightForWidth(self.grid_box.sizePolicy().hasHeightForWidth())
        self.grid_box.setSizePolicy(sizePolicy2)
        self.gridLayout_ = QVBoxLayout(self.grid_box)
        self.gridLayout_.setObjectName(u"gridLayout_")
        self.grid_title = QLabel(self.grid_box)
        self.grid_title.setObjectName(u"grid_title")
        self.grid_title.setWordWrap(True)

        self.gridLayout_.addWidget(self.grid_title)

        self.grid = GridView(self.grid_box)
        self.grid.setObjectName(u"grid")

        self.gridLayout_.addWidget(self.grid)

        self.grid_message = QLabel(self.grid_box)
        self.grid_message.setObjectName(u"grid_message")
        self.grid_message.setWordWrap(True)
        self.grid_message.setStyleSheet(u"color: #c62828;")

        self.gridLayout_.addWidget(self.grid_message)

        self.bankButtons = QHBoxLayout()
        self.bankButtons.setObjectName(u"bankButtons")
        self.bank_button = QPushButton(self.grid_box)
        self.bank_button.setObjectName(u"bank_button")

        self.bankButtons.addWidget(self.bank_button)

        self.paper_button = QPushButton(self.grid_box)
        self.paper_button.setObjectName(u"paper_button")

        self.bankButtons.addWidget(self.paper_button)

        self.mark_button = QPushButton(self.grid_box)
        self.mark_button.setObjectName(u"mark_button")

        self.bankButtons.addWidget(self.mark_button)

        self.analysis_button = QPushButton(self.grid_box)
        self.analysis_button.setObjectName(u"analysis_button")

        self.bankButtons.addWidget(self.analysis_button)

        self.spacer2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bankButtons.addItem(self.spacer2)

        self.bankButtons.setStretch(4, 1)

        self.gridLayout_.addLayout(self.bankButtons)

        self.gridLayout_.setStretch(1, 1)
        self.top.addWidget(self.grid_box)
        self.stats_box = QGroupBox(self.top)
        self.stats_box.setObjectName(u"stats_box")
        sizePolicy3 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy3.setHorizontalStretch(2)
        sizePolicy3.setVerticalStretch(2)
        sizePolicy3.setHeightForWidth(self.stats_box.sizePolicy().hasHeightForWidth())
        self.stats_box.setSizePolicy(sizePolicy3)
        self.statsLayout = QVBoxLayout(self.stats_box)
        self.statsLayout.setObjectName(u"statsLayout")
        self.statsForm = QFormLayout()
        self.statsForm.setObjectName(u"statsForm")
        self.statsForm.setVerticalSpacing(3)
        self.satLabel = QLabel(self.stats_box)
        self.satLabel.setObjectName(u"satLabel")

        self.statsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.satLabel)

        self.stat_sat = QLabel(self.stats_box)
        self.stat_sat.setObjectName(u"stat_sat")
        self.stat_sat.setText(u"\u2014")

        self.statsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.stat_sat)

        self.absentLabel = QLabel(self.stats_box)
        self.absentLabel.setObjectName(u"absentLabel")

        self.statsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.absentLabel)

        self.stat_absent = QLabel(self.stats_box)
        self.stat_absent.setObjectName(u"stat_absent")
        self.stat_absent.setText(u"\u2014")

        self.statsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.stat_absent)

        self.meanLabel = QLabel(self.stats_box)
        self.meanLabel.setObjectName(u"meanLabel")

        self.statsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.meanLabel)

        self.stat_mean = QLabel(self.stats_box)
        self.stat_mean.setObjectName(u"stat_mean")
        self.stat_mean.setText(u"\u2014")

        self.statsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.stat_mean)

        self.medianLabel = QLabel(self.stats_box)
        self.medianLabel.setObjectName(u"medianLabel")

        self.statsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.medianLabel)

        self.stat_median = QLabel(self.stats_box)
        self.stat_median.setObjectName(u"stat_median")
        self.stat_median.setText(u"\u2014")

        self.statsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.stat_median)

        self.rangeLabel = QLabel(self.stats_box)
        self.rangeLabel.setObjectName(u"rangeLabel")

        self.statsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.rangeLabel)

        self.stat_range = QLabel(self.stats_box)
        self.stat_range.setObjectName(u"stat_range")
        self.stat_range.setText(u"\u2014")

        self.statsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.stat_range)

        self.passLabel = QLabel(self.stats_box)
        self.passLabel.setObjectName(u"passLabel")

        self.statsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.passLabel)

        self.stat_pass = QLabel(self.stats_box)
        self.stat_pass.setObjectName(u"stat_pass")
        self.stat_pass.setText(u"\u2014")

        self.statsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.stat_pass)

        self.fullLabel = QLabel(self.stats_box)
        self.fullLabel.setObjectName(u"fullLabel")

        self.statsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.fullLabel)

        self.stat_full = QLabel(self.stats_box)
        self.stat_full.setObjectName(u"stat_full")
        self.stat_full.setText(u"\u2014")

        self.statsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.stat_full)


        self.statsLayout.addLayout(self.statsForm)

        self.chartLabel = QLabel(self.stats_box)
        self.chartLabel.setObjectName(u"chartLabel")

        self.statsLayout.addWidget(self.chartLabel)

        self.chart = DistributionChart(self.stats_box)
        self.chart.setObjectName(u"chart")

        self.statsLayout.addWidget(self.chart)

        self.statsLayout.setStretch(2, 1)
        self.top.addWidget(self.stats_box)
        self.split.addWidget(self.top)
        self.bottom = QTabWidget(self.split)
        self.bottom.setObjectName(u"bottom")
        sizePolicy4 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy4.setHorizontalStretch(2)
        sizePolicy4.setVerticalStretch(2)
        sizePolicy4.setHeightForWidth(self.bottom.sizePolicy().hasHeightForWidth())
        self.bottom.setSizePolicy(sizePolicy4)
        self.prop_page = QWidget()
        self.prop_page.setObjectName(u"prop_page")
        self.proposalsLayout = QVBoxLayout(self.prop_page)
        self.proposalsLayout.setObjectName(u"proposalsLayout")
        self.proposalsLayout.setContentsMargins(4, 4, 4, 4)
        self.proposalsBar = QHBoxLayout()
        self.proposalsBar.setObjectName(u"proposalsBar")
        self.proposals_note = QLabel(self.prop_page)
        self.proposals_note.setObjectName(u"proposals_note")
        self.proposals_note.setWordWrap(True)

        self.proposalsBar.addWidget(self.proposals_note)

        self.confirm_selected_button = QPushButton(self.prop_page)
        self.confirm_selected_button.setObjectName(u"confirm_selected_button")

        self.proposalsBar.addWidget(self.confirm_selected_button)

        self.confirm_all_button = QPushButton(self.prop_page)
        self.confirm_all_button.setObjectName(u"confirm_all_button")

        self.proposalsBar.addWidget(self.confirm_all_button)

        self.dismiss_button = QPushButton(self.prop_page)
        self.dismiss_button.setObjectName(u"dismiss_button")

        self.proposalsBar.addWidget(self.dismiss_button)

        self.proposalsBar.setStretch(0, 1)

        self.proposalsLayout.addLayout(self.proposalsBar)

        self.proposals = QTableView(self.prop_page)
        self.proposals.setObjectName(u"proposals")

        self.proposalsLayout.addWidget(self.proposals)

        self.proposalsLayout.setStretch(1, 1)
        self.bottom.addTab(self.prop_page, "")
        self.hist_page = QWidget()
        self.hist_page.setObjectName(u"hist_page")
        self.historyLayout = QVBoxLayout(self.hist_page)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyLayout.setContentsMargins(4, 4, 4, 4)
        self.historyBar = QHBoxLayout()
        self.historyBar.setObjectName(u"historyBar")
        self.personLabel = QLabel(self.hist_page)
        self.personLabel.setObjectName(u"personLabel")

        self.historyBar.addWidget(self.personLabel)

        self.history_staff = QComboBox(self.hist_page)
        self.history_staff.setObjectName(u"history_staff")
        self.history_staff.setMinimumContentsLength(12)

        self.historyBar.addWidget(self.history_staff)

        self.history_summary = QLabel(self.hist_page)
        self.history_summary.setObjectName(u"history_summary")

        self.historyBar.addWidget(self.history_summary)

        self.historyBar.setStretch(2, 1)

        self.historyLayout.addLayout(self.historyBar)

        self.history = QTableView(self.hist_page)
        self.history.setObjectName(u"history")

        self.historyLayout.addWidget(self.history)

        self.historyLayout.setStretch(1, 1)
        self.bottom.addTab(self.hist_page, "")
        self.split.addWidget(self.bottom)

        self.layout_.addWidget(self.split)

        self.layout_.setStretch(1, 1)

        self.retranslateUi(ExamsTab)
    # setupUi

    def retranslateUi(self, ExamsTab):
        self.list_box.setTitle(QCoreApplication.translate("ExamsTab", u"Exams this month", None))
        self.add_button.setText(QCoreApplication.translate("ExamsTab", u"&Add exam\u2026", None))
        self.edit_button.setText(QCoreApplication.translate("ExamsTab", u"&Edit\u2026", None))
        self.delete_button.setText(QCoreApplication.translate("ExamsTab", u"De&lete\u2026", None))
        self.grid_box.setTitle(QCoreApplication.translate("ExamsTab", u"Results", None))
        self.bank_button.setText(QCoreApplication.translate("ExamsTab", u"Question &bank\u2026", None))
        self.paper_button.setText(QCoreApplication.translate("ExamsTab", u"&Paper\u2026", None))
        self.mark_button.setText(QCoreApplication.translate("ExamsTab", u"&Mark answers\u2026", None))
        self.analysis_button.setText(QCoreApplication.translate("ExamsTab", u"Item a&nalysis\u2026", None))
        self.stats_box.setTitle(QCoreApplication.translate("ExamsTab", u"Statistics", None))
        self.satLabel.setText(QCoreApplication.translate("ExamsTab", u"Entered:", None))
        self.absentLabel.setText(QCoreApplication.translate("ExamsTab", u"Absent:", None))
        self.meanLabel.setText(QCoreApplication.translate("ExamsTab", u"Mean:", None))
        self.medianLabel.setText(QCoreApplication.translate("ExamsTab", u"Median:", None))
        self.rangeLabel.setText(QCoreApplication.translate("ExamsTab", u"Highest / lowest:", None))
        self.passLabel.setText(QCoreApplication.translate("ExamsTab", u"Pass rate:", None))
        self.fullLabel.setText(QCoreApplication.translate("ExamsTab", u"Full marks:", None))
        self.chartLabel.setText(QCoreApplication.translate("ExamsTab", u"Score distribution (% of full marks):", None))
        self.confirm_selected_button.setText(QCoreApplication.translate("ExamsTab", u"Confirm &selected", None))
        self.confirm_all_button.setText(QCoreApplication.translate("ExamsTab", u"Confirm a&ll", None))
        self.dismiss_button.setText(QCoreApplication.translate("ExamsTab", u"&Dismiss\u2026", None))
#if QT_CONFIG(tooltip)
        self.dismiss_button.setToolTip(QCoreApplication.translate("ExamsTab", u"Do not record the selected proposals; a reason is asked for.", None))
#endif // QT_CONFIG(tooltip)
        self.bottom.setTabText(self.bottom.indexOf(self.prop_page), QCoreApplication.translate("ExamsTab", u"Proposed points to confirm", None))
        self.personLabel.setText(QCoreApplication.translate("ExamsTab", u"Person:", None))
        self.bottom.setTabText(self.bottom.indexOf(self.hist_page), QCoreApplication.translate("ExamsTab", u"Exam history of a person", None))
        pass
    # retranslateUi

