# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'annual_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox, QSplitter, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_AnnualTab(object):
    def setupUi(self, AnnualTab):
        if not AnnualTab.objectName():
            AnnualTab.setObjectName(u"AnnualTab")
        self.tabLayout = QVBoxLayout(AnnualTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.yearLabel = QLabel(AnnualTab)
        self.yearLabel.setObjectName(u"yearLabel")

        self.bar.addWidget(self.yearLabel)

        self.year = QSpinBox(AnnualTab)
        self.year.setObjectName(u"year")

        self.bar.addWidget(self.year)

        self.spacer1 = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.bar.addItem(self.spacer1)

        self.counts = QLabel(AnnualTab)
        self.counts.setObjectName(u"counts")

        self.bar.addWidget(self.counts)

        self.templates_button = QPushButton(AnnualTab)
        self.templates_button.setObjectName(u"templates_button")

        self.bar.addWidget(self.templates_button)

        self.print_one_button = QPushButton(AnnualTab)
        self.print_one_button.setObjectName(u"print_one_button")

        self.bar.addWidget(self.print_one_button)

        self.print_all_button = QPushButton(AnnualTab)
        self.print_all_button.setObjectName(u"print_all_button")

        self.bar.addWidget(self.print_all_button)

        self.bar.setStretch(3, 1)

        self.tabLayout.addLayout(self.bar)

        self.distribution = QLabel(AnnualTab)
        self.distribution.setObjectName(u"distribution")
        self.distribution.setWordWrap(True)
        self.distribution.setStyleSheet(u"QLabel { background: #fde2e1; color: #8a1c12; border: 1px solid #e5a39b; padding: 6px; }")
        self.distribution.setVisible(False)

        self.tabLayout.addWidget(self.distribution)

        self.views = QTabWidget(AnnualTab)
        self.views.setObjectName(u"views")
        self.reviewsPage = QWidget()
        self.reviewsPage.setObjectName(u"reviewsPage")
        self.reviewsLayout = QVBoxLayout(self.reviewsPage)
        self.reviewsLayout.setObjectName(u"reviewsLayout")
        self.reviewsLayout.setContentsMargins(0, 0, 0, 0)
        self.reviewsSplitter = QSplitter(self.reviewsPage)
        self.reviewsSplitter.setObjectName(u"reviewsSplitter")
        self.reviewsSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.reviewsSplitter.setChildrenCollapsible(False)
        self.staff_list = QTableView(self.reviewsSplitter)
        self.staff_list.setObjectName(u"staff_list")
        self.reviewsSplitter.addWidget(self.staff_list)
        self.reviewPane = QWidget(self.reviewsSplitter)
        self.reviewPane.setObjectName(u"reviewPane")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.reviewPane.sizePolicy().hasHeightForWidth())
        self.reviewPane.setSizePolicy(sizePolicy)
        self.reviewPaneLayout = QVBoxLayout(self.reviewPane)
        self.reviewPaneLayout.setObjectName(u"reviewPaneLayout")
        self.reviewPaneLayout.setContentsMargins(4, 0, 0, 0)
        self.head = QHBoxLayout()
        self.head.setObjectName(u"head")
        self.names = QVBoxLayout()
        self.names.setSpacing(2)
        self.names.setObjectName(u"names")
        self.person = QLabel(self.reviewPane)
        self.person.setObjectName(u"person")
        self.person.setStyleSheet(u"font-size: 14px; font-weight: bold;")

        self.names.addWidget(self.person)

        self.person_info = QLabel(self.reviewPane)
        self.person_info.setObjectName(u"person_info")
        self.person_info.setWordWrap(True)

        self.names.addWidget(self.person_info)


        self.head.addLayout(self.names)

        self.sign_button = QPushButton(self.reviewPane)
        self.sign_button.setObjectName(u"sign_button")

        self.head.addWidget(self.sign_button, 0, Qt.AlignmentFlag.AlignTop)

        self.unlock_button = QPushButton(self.reviewPane)
        self.unlock_button.setObjectName(u"unlock_button")

        self.head.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignTop)

        self.head.setStretch(0, 1)

        self.reviewPaneLayout.addLayout(self.head)

        self.summary = QLabel(self.reviewPane)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)

        self.reviewPaneLayout.addWidget(self.summary)

        self.lockBanner = QLabel(self.reviewPane)
        self.lockBanner.setObjectName(u"lockBanner")
        self.lockBanner.setWordWrap(True)
        self.lockBanner.setVisible(False)

        self.reviewPaneLayout.addWidget(self.lockBanner)

        self.person_tabs = QTabWidget(self.reviewPane)
        self.person_tabs.setObjectName(u"person_tabs")
        self.evaluationPage = QWidget()
        self.evaluationPage.setObjectName(u"evaluationPage")
        self.evaluationLayout = QVBoxLayout(self.evaluationPage)
        self.evaluationLayout.setObjectName(u"evaluationLayout")
        self.evaluationLayout.setContentsMargins(4, 4, 4, 4)
        self.indicators = QTableView(self.evaluationPage)
        self.indicators.setObjectName(u"indicators")

        self.evaluationLayout.addWidget(self.indicators)

        self.ratings_message = QLabel(self.evaluationPage)
        self.ratings_message.setObjectName(u"ratings_message")
        self.ratings_message.setWordWrap(True)
        self.ratings_message.setStyleSheet(u"color: #c62828;")

        self.evaluationLayout.addWidget(self.ratings_message)

        self.commentRow = QHBoxLayout()
        self.commentRow.setObjectName(u"commentRow")
        self.commentLabel = QLabel(self.evaluationPage)
        self.commentLabel.setObjectName(u"commentLabel")
        self.commentLabel.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.commentRow.addWidget(self.commentLabel)

        self.comment = QPlainTextEdit(self.evaluationPage)
        self.comment.setObjectName(u"comment")
        self.comment.setMaximumSize(QSize(16777215, 52))

        self.commentRow.addWidget(self.comment)

        self.save_ratings_button = QPushButton(self.evaluationPage)
        self.save_ratings_button.setObjectName(u"save_ratings_button")

        self.commentRow.addWidget(self.save_ratings_button, 0, Qt.AlignmentFlag.AlignBottom)

        self.commentRow.setStretch(1, 1)

        self.evaluationLayout.addLayout(self.commentRow)

        self.evaluationLayout.setStretch(0, 1)
        self.person_tabs.addTab(self.evaluationPage, "")
        self.selfReviewPage = QWidget()
        self.selfReviewPage.setObjectName(u"selfReviewPage")
        self.selfReviewPageOuter = QVBoxLayout(self.selfReviewPage)
        self.selfReviewPageOuter.setObjectName(u"selfReviewPageOuter")
        self.selfReviewPageOuter.setContentsMargins(0, 0, 0, 0)
        self.selfReviewPageScroll = QScrollArea(self.selfReviewPage)
        self.selfReviewPageScroll.setObjectName(u"selfReviewPageScroll")
        self.selfReviewPageScroll.setFrameShape(QFrame.NoFrame)
        self.selfReviewPageScroll.setWidgetResizable(True)
        self.selfReviewPageContents = QWidget()
        self.selfReviewPageContents.setObjectName(u"selfReviewPageContents")
        self.selfReviewLayout = QHBoxLayout(self.selfReviewPageContents)
        self.selfReviewLayout.setObjectName(u"selfReviewLayout")
        self.selfReviewLayout.setContentsMargins(4, 4, 4, 4)
        self.ownBox = QGroupBox(self.selfReviewPageContents)
        self.ownBox.setObjectName(u"ownBox")
        self.ownLayout = QVBoxLayout(self.ownBox)
        self.ownLayout.setObjectName(u"ownLayout")
        self.self_review = QPlainTextEdit(self.ownBox)
        self.self_review.setObjectName(u"self_review")

        self.ownLayout.addWidget(self.self_review)

        self.self_message = QLabel(self.ownBox)
        self.self_message.setObjectName(u"self_message")
        self.self_message.setWordWrap(True)
        self.self_message.setStyleSheet(u"color: #c62828;")

        self.ownLayout.addWidget(self.self_message)

        self.ownButtons = QHBoxLayout()
        self.ownButtons.setObjectName(u"ownButtons")
        self.spacer2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ownButtons.addItem(self.spacer2)

        self.save_self_button = QPushButton(self.ownBox)
        self.save_self_button.setObjectName(u"save_self_button")

        self.ownButtons.addWidget(self.save_self_button)

        self.ownButtons.setStretch(0, 1)

        self.ownLayout.addLayout(self.ownButtons)

        self.ownLayout.setStretch(0, 1)

        self.selfReviewLayout.addWidget(self.ownBox)

        self.interviewBox = QGroupBox(self.selfReviewPageContents)
        self.interviewBox.setObjectName(u"interviewBox")
        self.interviewForm = QFormLayout(self.interviewBox)
        self.interviewForm.setObjectName(u"interviewForm")
        self.interview_dateLabel = QLabel(self.interviewBox)
        self.interview_dateLabel.setObjectName(u"interview_dateLabel")

        self.interviewForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.interview_dateLabel)

        self.interview_dateBox = QVBoxLayout()
        self.interview_dateBox.setSpacing(1)
        self.interview_dateBox.setObjectName(u"interview_dateBox")
        self.interview_date = QDateEdit(self.interviewBox)
        self.interview_date.setObjectName(u"interview_date")
        self.interview_date.setCalendarPopup(True)
        self.interview_date.setDisplayFormat(u"yyyy-MM-dd")

        self.interview_dateBox.addWidget(self.interview_date)

        self.interview_dateError = QLabel(self.interviewBox)
        self.interview_dateError.setObjectName(u"interview_dateError")
        self.interview_dateError.setWordWrap(True)
        self.interview_dateError.setStyleSheet(u"color: #c62828;")
        self.interview_dateError.setText(u"")

        self.interview_dateBox.addWidget(self.interview_dateError)


        self.interviewForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.interview_dateBox)

        self.interview_attendeesLabel = QLabel(self.interviewBox)
        self.interview_attendeesLabel.setObjectName(u"interview_attendeesLabel")

        self.interviewForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.interview_attendeesLabel)

        self.interview_attendeesBox = QVBoxLayout()
        self.interview_attendeesBox.setSpacing(1)
        self.interview_attendeesBox.setObjectName(u"interview_attendeesBox")
        self.attendees = QLineEdit(self.interviewBox)
        self.attendees.setObjectName(u"attendees")

        self.interview_attendeesBox.addWidget(self.attendees)

        self.interview_attendeesError = QLabel(self.interviewBox)
        self.interview_attendeesError.setObjectName(u"interview_attendeesError")
        self.interview_attendeesError.setWordWrap(True)
        self.interview_attendeesError.setStyleSheet(u"color: #c62828;")
        self.interview_attendeesError.setText(u"")

        self.interview_attendeesBox.addWidget(self.interview_attendeesError)


        self.interviewForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.interview_attendeesBox)

        self.interview_summaryLabel = QLabel(self.interviewBox)
        self.interview_summaryLabel.setObjectName(u"interview_summaryLabel")

        self.interviewForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.interview_summaryLabel)

        self.interview_summaryBox = QVBoxLayout()
        self.interview_summaryBox.setSpacing(1)
        self.interview_summaryBox.setObjectName(u"interview_summaryBox")
        self.interview_summary = QPlainTextEdit(self.interviewBox)
        self.interview_summary.setObjectName(u"interview_summary")

        self.interview_summaryBox.addWidget(self.interview_summary)

        self.interview_summaryError = QLabel(self.interviewBox)
        self.interview_summaryError.setObjectName(u"interview_summaryError")
        self.interview_summaryError.setWordWrap(True)
        self.interview_summaryError.setStyleSheet(u"color: #c62828;")
        self.interview_summaryError.setText(u"")

        self.interview_summaryBox.addWidget(self.interview_summaryError)


        self.interviewForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.interview_summaryBox)

        self.development_planLabel = QLabel(self.interviewBox)
        self.development_planLabel.setObjectName(u"development_planLabel")

        self.interviewForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.development_planLabel)

        self.development_planBox = QVBoxLayout()
        self.development_planBox.setSpacing(1)
        self.development_planBox.setObjectName(u"development_planBox")
        self.development_plan = QPlainTextEdit(self.interviewBox)
        self.development_plan.setObjectName(u"development_plan")

        self.development_planBox.addWidget(self.development_plan)

        self.development_planError = QLabel(self.interviewBox)
        self.development_planError.setObjectName(u"development_planError")
        self.development_planError.setWordWrap(True)
        self.development_planError.setStyleSheet(u"color: #c62828;")
        self.development_planError.setText(u"")

        self.development_planBox.addWidget(self.development_planError)


        self.interviewForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.development_planBox)

        self.interviewButtons = QHBoxLayout()
        self.interviewButtons.setObjectName(u"interviewButtons")
        self.interview_message = QLabel(self.interviewBox)
        self.interview_message.setObjectName(u"interview_message")
        self.interview_message.setWordWrap(True)
        self.interview_message.setStyleSheet(u"color: #c62828;")

        self.interviewButtons.addWidget(self.interview_message)

        self.interview_button = QPushButton(self.interviewBox)
        self.interview_button.setObjectName(u"interview_button")

        self.interviewButtons.addWidget(self.interview_button)

        self.interviewButtons.setStretch(0, 1)

        self.interviewForm.setLayout(4, QFormLayout.ItemRole.SpanningRole, self.interviewButtons)


        self.selfReviewLayout.addWidget(self.interviewBox)

        self.selfReviewLayout.setStretch(0, 1)
        self.selfReviewLayout.setStretch(1, 1)
        self.selfReviewPageScroll.setWidget(self.selfReviewPageContents)

        self.selfReviewPageOuter.addWidget(self.selfReviewPageScroll)

        self.person_tabs.addTab(self.selfReviewPage, "")
        self.goalsPage = QWidget()
        self.goalsPage.setObjectName(u"goalsPage")
        self.goalsPageOuter = QVBoxLayout(self.goalsPage)
        self.goalsPageOuter.setObjectName(u"goalsPageOuter")
        self.goalsPageOuter.setContentsMargins(0, 0, 0, 0)
        self.goalsPageScroll = QScrollArea(self.goalsPage)
        self.goalsPageScroll.setObjectName(u"goalsPageScroll")
        self.goalsPageScroll.setFrameShape(QFrame.NoFrame)
        self.goalsPageScroll.setWidgetResizable(True)
        self.goalsPageContents = QWidget()
        self.goalsPageContents.setObjectName(u"goalsPageContents")
        self.goalsPageLayout = QVBoxLayout(self.goalsPageContents)
        self.goalsPageLayout.setObjectName(u"goalsPageLayout")
        self.goalsPageLayout.setContentsMargins(4, 4, 4, 4)
        self.goalsBox = QGroupBox(self.goalsPageContents)
        self.goalsBox.setObjectName(u"goalsBox")
        self.goalsLayout = QVBoxLayout(self.goalsBox)
        self.goalsLayout.setObjectName(u"goalsLayout")
        self.goals = QTableView(self.goalsBox)
        self.goals.setObjectName(u"goals")

        self.goalsLayout.addWidget(self.goals)

        self.goalButtons = QHBoxLayout()
        self.goalButtons.setObjectName(u"goalButtons")
        self.add_goal_button = QPushButton(self.goalsBox)
        self.add_goal_button.setObjectName(u"add_goal_button")

        self.goalButtons.addWidget(self.add_goal_button)

        self.edit_goal_button = QPushButton(self.goalsBox)
        self.edit_goal_button.setObjectName(u"edit_goal_button")

        self.goalButtons.addWidget(self.edit_goal_button)

        self.delete_goal_button = QPushButton(self.goalsBox)
        self.delete_goal_button.setObjectName(u"delete_goal_button")

        self.goalButtons.addWidget(self.delete_goal_button)

        self.spacer3 = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.goalButtons.addItem(self.spacer3)

        self.goals_year = QComboBox(self.goalsBox)
        self.goals_year.setObjectName(u"goals_year")

        self.goalButtons.addWidget(self.goals_year)

        self.goals_total = QLabel(self.goalsBox)
        self.goals_total.setObjectName(u"goals_total")

        self.goalButtons.addWidget(self.goals_total)

        self.spacer4 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.goalButtons.addItem(self.spacer4)

        self.goalButtons.setStretch(6, 1)

        self.goalsLayout.addLayout(self.goalButtons)

        self.goalsLayout.setStretch(0, 1)

        self.goalsPageLayout.addWidget(self.goalsBox)

        self.notesBox = QGroupBox(self.goalsPageContents)
        self.notesBox.setObjectName(u"notesBox")
        self.notesLayout = QVBoxLayout(self.notesBox)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notes = QTableView(self.notesBox)
        self.notes.setObjectName(u"notes")

        self.notesLayout.addWidget(self.notes)

        self.noteButtons = QHBoxLayout()
        self.noteButtons.setObjectName(u"noteButtons")
        self.add_note_button = QPushButton(self.notesBox)
        self.add_note_button.setObjectName(u"add_note_button")

        self.noteButtons.addWidget(self.add_note_button)

        self.edit_note_button = QPushButton(self.notesBox)
        self.edit_note_button.setObjectName(u"edit_note_button")

        self.noteButtons.addWidget(self.edit_note_button)

        self.delete_note_button = QPushButton(self.notesBox)
        self.delete_note_button.setObjectName(u"delete_note_button")

        self.noteButtons.addWidget(self.delete_note_button)

        self.spacer5 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.noteButtons.addItem(self.spacer5)

        self.noteButtons.setStretch(3, 1)

        self.notesLayout.addLayout(self.noteButtons)

        self.notesLayout.setStretch(0, 1)

        self.goalsPageLayout.addWidget(self.notesBox)

        self.goalsPageLayout.setStretch(0, 1)
        self.goalsPageLayout.setStretch(1, 1)
        self.goalsPageScroll.setWidget(self.goalsPageContents)

        self.goalsPageOuter.addWidget(self.goalsPageScroll)

        self.person_tabs.addTab(self.goalsPage, "")

        self.reviewPaneLayout.addWidget(self.person_tabs)

        self.reviewPaneLayout.setStretch(3, 1)
        self.reviewsSplitter.addWidget(self.reviewPane)

        self.reviewsLayout.addWidget(self.reviewsSplitter)

        self.views.addTab(self.reviewsPage, "")
        self.comparisonPage = QWidget()
        self.comparisonPage.setObjectName(u"comparisonPage")
        self.comparisonLayout = QVBoxLayout(self.comparisonPage)
        self.comparisonLayout.setObjectName(u"comparisonLayout")
        self.comparisonLayout.setContentsMargins(4, 4, 4, 4)
        self.compareBar = QHBoxLayout()
        self.compareBar.setObjectName(u"compareBar")
        self.compareRoleLabel = QLabel(self.comparisonPage)
        self.compareRoleLabel.setObjectName(u"compareRoleLabel")

        self.compareBar.addWidget(self.compareRoleLabel)

        self.compare_role = QComboBox(self.comparisonPage)
        self.compare_role.setObjectName(u"compare_role")

        self.compareBar.addWidget(self.compare_role)

        self.spacer6 = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.compareBar.addItem(self.spacer6)

        self.compare_note = QLabel(self.comparisonPage)
        self.compare_note.setObjectName(u"compare_note")
        self.compare_note.setWordWrap(True)

        self.compareBar.addWidget(self.compare_note)

        self.compareBar.setStretch(3, 1)

        self.comparisonLayout.addLayout(self.compareBar)

        self.compare = QTableView(self.comparisonPage)
        self.compare.setObjectName(u"compare")

        self.comparisonLayout.addWidget(self.compare)

        self.comparisonLayout.setStretch(1, 1)
        self.views.addTab(self.comparisonPage, "")
        self.whatIfPage = QWidget()
        self.whatIfPage.setObjectName(u"whatIfPage")
        self.whatIfLayout = QVBoxLayout(self.whatIfPage)
        self.whatIfLayout.setObjectName(u"whatIfLayout")
        self.whatIfLayout.setContentsMargins(4, 4, 4, 4)
        self.not_saved = QLabel(self.whatIfPage)
        self.not_saved.setObjectName(u"not_saved")
        self.not_saved.setStyleSheet(u"QLabel { background: #fff4e0; color: #7a4b00; border: 1px dashed #e0a030; padding: 6px; font-weight: bold; }")
        self.not_saved.setWordWrap(True)

        self.whatIfLayout.addWidget(self.not_saved)

        self.whatIfBody = QHBoxLayout()
        self.whatIfBody.setObjectName(u"whatIfBody")
        self.whatIfSettings = QWidget(self.whatIfPage)
        self.whatIfSettings.setObjectName(u"whatIfSettings")
        self.whatIfSettings.setMinimumSize(QSize(330, 0))
        self.whatIfSettings.setMaximumSize(QSize(420, 16777215))
        self.whatIfSettingsLayout = QVBoxLayout(self.whatIfSettings)
        self.whatIfSettingsLayout.setObjectName(u"whatIfSettingsLayout")
        self.whatIfSettingsLayout.setContentsMargins(0, 0, 0, 0)
        self.whatIfForm = QFormLayout()
        self.whatIfForm.setObjectName(u"whatIfForm")
        self.whatifRoleLabel = QLabel(self.whatIfSettings)
        self.whatifRoleLabel.setObjectName(u"whatifRoleLabel")

        self.whatIfForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.whatifRoleLabel)

        self.whatif_role = QComboBox(self.whatIfSettings)
        self.whatif_role.setObjectName(u"whatif_role")

        self.whatIfForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.whatif_role)

        self.monthlyWeightLabel = QLabel(self.whatIfSettings)
        self.monthlyWeightLabel.setObjectName(u"monthlyWeightLabel")

        self.whatIfForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.monthlyWeightLabel)

        self.monthly_weight = QSpinBox(self.whatIfSettings)
        self.monthly_weight.setObjectName(u"monthly_weight")
        self.monthly_weight.setMaximum(100)
        self.monthly_weight.setSuffix(u" %")

        self.whatIfForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.monthly_weight)


        self.whatIfSettingsLayout.addLayout(self.whatIfForm)

        self.weights_box = QGroupBox(self.whatIfSettings)
        self.weights_box.setObjectName(u"weights_box")
        self.weights_form = QFormLayout(self.weights_box)
        self.weights_form.setObjectName(u"weights_form")

        self.whatIfSettingsLayout.addWidget(self.weights_box)

        self.weights_total = QLabel(self.whatIfSettings)
        self.weights_total.setObjectName(u"weights_total")

        self.whatIfSettingsLayout.addWidget(self.weights_total)

        self.whatif_message = QLabel(self.whatIfSettings)
        self.whatif_message.setObjectName(u"whatif_message")
        self.whatif_message.setWordWrap(True)
        self.whatif_message.setStyleSheet(u"color: #c62828;")

        self.whatIfSettingsLayout.addWidget(self.whatif_message)

        self.reset_button = QPushButton(self.whatIfSettings)
        self.reset_button.setObjectName(u"reset_button")

        self.whatIfSettingsLayout.addWidget(self.reset_button)

        self.spacer7 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.whatIfSettingsLayout.addItem(self.spacer7)

        self.whatIfSettingsLayout.setStretch(5, 1)

        self.whatIfBody.addWidget(self.whatIfSettings)

        self.whatIfResults = QWidget(self.whatIfPage)
        self.whatIfResults.setObjectName(u"whatIfResults")
        self.whatIfResultsLayout = QVBoxLayout(self.whatIfResults)
        self.whatIfResultsLayout.setObjectName(u"whatIfResultsLayout")
        self.whatIfResultsLayout.setContentsMargins(0, 0, 0, 0)
        self.whatif_summary = QLabel(self.whatIfResults)
        self.whatif_summary.setObjectName(u"whatif_summary")
        self.whatif_summary.setWordWrap(True)
        self.whatif_summary.setTextFormat(Qt.TextFormat.RichText)

        self.whatIfResultsLayout.addWidget(self.whatif_summary)

        self.whatif = QTableView(self.whatIfResults)
        self.whatif.setObjectName(u"whatif")

        self.whatIfResultsLayout.addWidget(self.whatif)

        self.whatIfResultsLayout.setStretch(1, 1)

        self.whatIfBody.addWidget(self.whatIfResults)

        self.whatIfBody.setStretch(1, 1)

        self.whatIfLayout.addLayout(self.whatIfBody)

        self.whatIfLayout.setStretch(1, 1)
        self.views.addTab(self.whatIfPage, "")

        self.tabLayout.addWidget(self.views)

        self.tabLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.year)
        self.commentLabel.setBuddy(self.comment)
        self.interview_dateLabel.setBuddy(self.interview_date)
        self.interview_attendeesLabel.setBuddy(self.attendees)
        self.interview_summaryLabel.setBuddy(self.interview_summary)
        self.development_planLabel.setBuddy(self.development_plan)
        self.compareRoleLabel.setBuddy(self.compare_role)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AnnualTab)
    # setupUi

    def retranslateUi(self, AnnualTab):
        self.yearLabel.setText(QCoreApplication.translate("AnnualTab", u"&Year:", None))
        self.templates_button.setText(QCoreApplication.translate("AnnualTab", u"&Templates\u2026", None))
        self.print_one_button.setText(QCoreApplication.translate("AnnualTab", u"&Print this review\u2026", None))
        self.print_all_button.setText(QCoreApplication.translate("AnnualTab", u"Print &all reviews\u2026", None))
        self.sign_button.setText(QCoreApplication.translate("AnnualTab", u"&Sign off\u2026", None))
        self.unlock_button.setText(QCoreApplication.translate("AnnualTab", u"&Unlock\u2026", None))
        self.commentLabel.setText(QCoreApplication.translate("AnnualTab", u"Supervisor's &comment:", None))
        self.comment.setPlaceholderText(QCoreApplication.translate("AnnualTab", u"The supervisor's overall comment on the year", None))
        self.save_ratings_button.setText(QCoreApplication.translate("AnnualTab", u"Sa&ve evaluation", None))
        self.person_tabs.setTabText(self.person_tabs.indexOf(self.evaluationPage), QCoreApplication.translate("AnnualTab", u"Evaluation", None))
        self.ownBox.setTitle(QCoreApplication.translate("AnnualTab", u"Self-review", None))
        self.self_review.setPlaceholderText(QCoreApplication.translate("AnnualTab", u"The person's own summary of the year and self-assessment", None))
        self.save_self_button.setText(QCoreApplication.translate("AnnualTab", u"Save se&lf-review", None))
        self.interviewBox.setTitle(QCoreApplication.translate("AnnualTab", u"Interview", None))
        self.interview_dateLabel.setText(QCoreApplication.translate("AnnualTab", u"&Date:", None))
        self.interview_attendeesLabel.setText(QCoreApplication.translate("AnnualTab", u"&Attendees:", None))
        self.attendees.setPlaceholderText(QCoreApplication.translate("AnnualTab", u"e.g. \u5f20\u6653\u6885, supervisor \u5b59\u4e3d\u534e", None))
        self.interview_summaryLabel.setText(QCoreApplication.translate("AnnualTab", u"S&ummary:", None))
        self.interview_summary.setPlaceholderText(QCoreApplication.translate("AnnualTab", u"What was discussed; the person's view of the result", None))
        self.development_planLabel.setText(QCoreApplication.translate("AnnualTab", u"Development &plan:", None))
        self.development_plan.setPlaceholderText(QCoreApplication.translate("AnnualTab", u"Agreed development plan for next year", None))
        self.interview_button.setText(QCoreApplication.translate("AnnualTab", u"&Record interview", None))
        self.person_tabs.setTabText(self.person_tabs.indexOf(self.selfReviewPage), QCoreApplication.translate("AnnualTab", u"Self-review && interview", None))
        self.goalsBox.setTitle(QCoreApplication.translate("AnnualTab", u"Goals", None))
        self.add_goal_button.setText(QCoreApplication.translate("AnnualTab", u"Add &goal\u2026", None))
        self.edit_goal_button.setText(QCoreApplication.translate("AnnualTab", u"&Edit\u2026", None))
        self.delete_goal_button.setText(QCoreApplication.translate("AnnualTab", u"&Delete", None))
        self.notesBox.setTitle(QCoreApplication.translate("AnnualTab", u"Coaching notes", None))
        self.add_note_button.setText(QCoreApplication.translate("AnnualTab", u"Add coaching &note\u2026", None))
        self.edit_note_button.setText(QCoreApplication.translate("AnnualTab", u"Ed&it\u2026", None))
        self.delete_note_button.setText(QCoreApplication.translate("AnnualTab", u"Dele&te", None))
        self.person_tabs.setTabText(self.person_tabs.indexOf(self.goalsPage), QCoreApplication.translate("AnnualTab", u"Goals && coaching", None))
        self.views.setTabText(self.views.indexOf(self.reviewsPage), QCoreApplication.translate("AnnualTab", u"Reviews", None))
        self.compareRoleLabel.setText(QCoreApplication.translate("AnnualTab", u"&Role:", None))
        self.compare_note.setText(QCoreApplication.translate("AnnualTab", u"Click a column heading to sort by it; a dimension the person's template does not have shows \u2014.", None))
        self.views.setTabText(self.views.indexOf(self.comparisonPage), QCoreApplication.translate("AnnualTab", u"Team comparison", None))
        self.not_saved.setText(QCoreApplication.translate("AnnualTab", u"NOT SAVED \u2014 a simulation only. Templates and results are unchanged; change the weights for real in Templates\u2026", None))
        self.whatifRoleLabel.setText(QCoreApplication.translate("AnnualTab", u"Role:", None))
        self.monthlyWeightLabel.setText(QCoreApplication.translate("AnnualTab", u"Monthly average in the final score:", None))
        self.weights_box.setTitle(QCoreApplication.translate("AnnualTab", u"Dimension weights", None))
        self.reset_button.setText(QCoreApplication.translate("AnnualTab", u"Back to the &template's weights", None))
        self.views.setTabText(self.views.indexOf(self.whatIfPage), QCoreApplication.translate("AnnualTab", u"What-if", None))
        pass
    # retranslateUi

