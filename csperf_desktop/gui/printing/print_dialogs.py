"""The choices made before printing: the bulletin's paper and privacy, the
scorecards' destination. Each remembers the last choice in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
                               QHBoxLayout, QLabel, QRadioButton, QVBoxLayout, QWidget)

from ...base.months import Month
from ...reports import BulletinOptions, ScorecardOptions
from ..shell import i18n

DRAFT_STYLE = "QLabel { background: #FBE3E1; color: #8A1C12; border: 1px solid #E5A39B; padding: 8px; }"


def _bool(settings: QSettings, key: str, default: bool) -> bool:
    value = settings.value(key, default)
    if isinstance(value, str):
        return value.lower() in ("1", "true", "yes")
    return bool(value)


def _draft_banner(parent: QWidget, month: Month, text: str) -> QLabel:
    label = QLabel(text.format(month=i18n.month_label(month)), parent)
    label.setWordWrap(True)
    label.setStyleSheet(DRAFT_STYLE)
    label.setObjectName("draftBanner")
    return label


def _paper_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(QCoreApplication.translate("print_dialogs", "A3 (297 × 420 mm)"), "A3")
    combo.addItem(QCoreApplication.translate("print_dialogs", "A4 (210 × 297 mm)"), "A4")
    return combo


class BulletinOptionsDialog(QDialog):
    """Paper, orientation, how names are shown, the warning marker and the chart."""

    KEY = "printing/bulletin"

    def __init__(self, month: Month, draft: bool, parent=None):
        super().__init__(parent)
        self.month, self.draft = month, draft
        self.setWindowTitle(self.tr("Print bulletin — {month}").format(month=i18n.month_label(month)))
        layout = QVBoxLayout(self)
        if draft:
            layout.addWidget(_draft_banner(self, month, self.tr(
                "{month} is not published yet. This prints a DRAFT from the current scores, marked “草稿” on "
                "every page, without an appeal deadline. Do not post it on the wall; publish the month first.")))

        page = QGroupBox(self.tr("Paper"), self)
        form = QFormLayout(page)
        self.paper = _paper_combo(self)
        form.addRow(self.tr("Size:"), self.paper)
        self.portrait = QRadioButton(self.tr("Portrait"), page)
        self.landscape = QRadioButton(self.tr("Landscape"), page)
        orientation = QButtonGroup(self)
        orientation.addButton(self.portrait)
        orientation.addButton(self.landscape)
        row = QHBoxLayout()
        row.addWidget(self.portrait)
        row.addWidget(self.landscape)
        row.addStretch(1)
        form.addRow(self.tr("Orientation:"), row)
        layout.addWidget(page)

        names = QGroupBox(self.tr("Names on the wall"), self)
        box = QVBoxLayout(names)
        self.privacy_buttons = {
            "full": QRadioButton(self.tr("Full name (张晓梅)"), names),
            "surname": QRadioButton(self.tr("Surname + 某 (张某)"), names),
            "number": QRadioButton(self.tr("Employee no. only (KF001)"), names),
        }
        privacy = QButtonGroup(self)
        for button in self.privacy_buttons.values():
            privacy.addButton(button)
            box.addWidget(button)
        layout.addWidget(names)

        content = QGroupBox(self.tr("Content"), self)
        box = QVBoxLayout(content)
        self.show_warnings = QCheckBox(self.tr("Mark warnings with ※ (switch off for the wall)"), content)
        self.show_chart = QCheckBox(self.tr("Bar chart of the scores"), content)
        box.addWidget(self.show_warnings)
        box.addWidget(self.show_chart)
        layout.addWidget(content)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel, self)
        self.print_button = self.buttons.addButton(
            self.tr("Print &draft…") if draft else self.tr("&Print…"), QDialogButtonBox.AcceptRole)
        self.print_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.load()
        self.setMinimumWidth(460)

    def load(self) -> None:
        s = QSettings()
        d = BulletinOptions()
        paper = s.value(f"{self.KEY}/paper", d.paper, str)
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
        landscape = _bool(s, f"{self.KEY}/landscape", d.landscape)
        (self.landscape if landscape else self.portrait).setChecked(True)
        privacy = s.value(f"{self.KEY}/privacy", d.privacy, str)
        self.privacy_buttons.get(privacy, self.privacy_buttons["full"]).setChecked(True)
        self.show_warnings.setChecked(_bool(s, f"{self.KEY}/warnings", d.show_warnings))
        self.show_chart.setChecked(_bool(s, f"{self.KEY}/chart", d.show_chart))

    def options(self) -> BulletinOptions:
        privacy = next((k for k, b in self.privacy_buttons.items() if b.isChecked()), "full")
        return BulletinOptions(paper=self.paper.currentData(), landscape=self.landscape.isChecked(),
                               privacy=privacy, show_warnings=self.show_warnings.isChecked(),
                               show_chart=self.show_chart.isChecked())

    def remember(self) -> None:
        o = self.options()
        s = QSettings()
        s.setValue(f"{self.KEY}/paper", o.paper)
        s.setValue(f"{self.KEY}/landscape", o.landscape)
        s.setValue(f"{self.KEY}/privacy", o.privacy)
        s.setValue(f"{self.KEY}/warnings", o.show_warnings)
        s.setValue(f"{self.KEY}/chart", o.show_chart)



class ScorecardsDialog(QDialog):
    """Everyone's scorecards: one PDF, or one file per person into a folder."""

    KEY = "printing/scorecards"

    def __init__(self, month: Month, draft: bool, people: int, parent=None):
        super().__init__(parent)
        self.month, self.draft = month, draft
        self.setWindowTitle(self.tr("Print scorecards — {month}").format(month=i18n.month_label(month)))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Scorecards of the {n} people with a result in {month}, for the review meetings.")
                       .format(n=people, month=i18n.month_label(month)), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if draft:
            layout.addWidget(_draft_banner(self, month, self.tr(
                "{month} is not published yet: every card is marked as a draft and its scores may still change.")))

        where = QGroupBox(self.tr("Output"), self)
        box = QVBoxLayout(where)
        self.one_pdf = QRadioButton(self.tr("All in one PDF (a new page per person)"), where)
        self.per_agent = QRadioButton(self.tr("One PDF per person, into a folder"), where)
        group = QButtonGroup(self)
        group.addButton(self.one_pdf)
        group.addButton(self.per_agent)
        box.addWidget(self.one_pdf)
        box.addWidget(self.per_agent)
        layout.addWidget(where)

        page = QGroupBox(self.tr("Paper"), self)
        form = QFormLayout(page)
        self.paper = _paper_combo(self)
        form.addRow(self.tr("Size:"), self.paper)
        self.show_trend = QCheckBox(self.tr("12-month trend chart"), page)
        form.addRow("", self.show_trend)
        layout.addWidget(page)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel, self)
        self.print_button = self.buttons.addButton(self.tr("&Print…"), QDialogButtonBox.AcceptRole)
        self.print_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.load()
        self.setMinimumWidth(460)

    def load(self) -> None:
        s = QSettings()
        per_agent = _bool(s, f"{self.KEY}/per_agent", False)
        (self.per_agent if per_agent else self.one_pdf).setChecked(True)
        paper = s.value(f"{self.KEY}/paper", ScorecardOptions().paper, str)
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
        self.show_trend.setChecked(_bool(s, f"{self.KEY}/trend", True))

    def one_file_per_agent(self) -> bool:
        return self.per_agent.isChecked()

    def options(self) -> ScorecardOptions:
        return ScorecardOptions(paper=self.paper.currentData(), show_trend=self.show_trend.isChecked())

    def remember(self) -> None:
        s = QSettings()
        s.setValue(f"{self.KEY}/per_agent", self.one_file_per_agent())
        s.setValue(f"{self.KEY}/paper", self.paper.currentData())
        s.setValue(f"{self.KEY}/trend", self.show_trend.isChecked())


def scorecard_options() -> ScorecardOptions:
    """The options last chosen for scorecards (used when printing one person's card)."""
    s = QSettings()
    return ScorecardOptions(paper=s.value(f"{ScorecardsDialog.KEY}/paper", ScorecardOptions().paper, str),
                            show_trend=_bool(s, f"{ScorecardsDialog.KEY}/trend", True))
