"""The choices made before printing: the bulletin's paper and privacy, the
scorecards' destination. Each remembers the last choice in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel

from ...base.months import Month
from ...office import settings as settings_mod
from ...reports import BulletinOptions, ScorecardOptions
from ..forms.ui_bulletin_options_dialog import Ui_BulletinOptionsDialog
from ..forms.ui_scorecards_dialog import Ui_ScorecardsDialog
from ..shell import i18n

def _bool(settings: QSettings, key: str, default: bool) -> bool:
    value = settings.value(key, default)
    if isinstance(value, str):
        return value.lower() in ("1", "true", "yes")
    return bool(value)


def _draft_banner(banner: QLabel, month: Month, draft: bool, text: str) -> None:
    """The form's banner says ``text`` for a draft; a dialog for a published month has none."""
    if draft:
        banner.setText(text.format(month=i18n.month_label(month)))
    else:
        banner.setParent(None)
        banner.deleteLater()


def _fill_paper(combo: QComboBox) -> QComboBox:
    combo.addItem(QCoreApplication.translate("print_dialogs", "A3 (297 × 420 mm)"), "A3")
    combo.addItem(QCoreApplication.translate("print_dialogs", "A4 (210 × 297 mm)"), "A4")
    return combo


class BulletinOptionsDialog(QDialog):
    """Paper, orientation, how names are shown, the warning marker and the chart."""

    KEY = "printing/bulletin"

    def __init__(self, month: Month, draft: bool, parent=None):
        super().__init__(parent)
        self.month, self.draft = month, draft
        self.ui = Ui_BulletinOptionsDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Print bulletin — {month}").format(month=i18n.month_label(month)))
        _draft_banner(self.ui.draftBanner, month, draft, self.tr(
            "{month} is not published yet. This prints a DRAFT from the current scores, marked “草稿” on "
            "every page, without an appeal deadline. Do not post it on the wall; publish the month first."))

        self.paper = _fill_paper(self.ui.paper)
        self.portrait, self.landscape = self.ui.portrait, self.ui.landscape
        self.privacy_buttons = {"full": self.ui.privacyFull, "surname": self.ui.privacySurname,
                                "number": self.ui.privacyNumber}
        self.show_warnings, self.show_chart = self.ui.showWarnings, self.ui.showChart

        self.buttons = self.ui.buttons
        self.print_button = self.buttons.addButton(
            self.tr("Print &draft…") if draft else self.tr("&Print…"), QDialogButtonBox.AcceptRole)
        self.print_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.load()

    def load(self) -> None:
        s = QSettings()
        d = BulletinOptions()
        paper = s.value(f"{self.KEY}/paper", d.paper, str)
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
        landscape = _bool(s, f"{self.KEY}/landscape", d.landscape)
        (self.landscape if landscape else self.portrait).setChecked(True)
        privacy = s.value(f"{self.KEY}/privacy", d.privacy, str)
        self.privacy_buttons.get(privacy, self.privacy_buttons["full"]).setChecked(True)
        # The office's setting (off by default), not this PC's last choice: a warning is private.
        self.show_warnings.setChecked(bool(settings_mod.load().bulletin_show_warnings))
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
        s.setValue(f"{self.KEY}/chart", o.show_chart)



class ScorecardsDialog(QDialog):
    """Everyone's scorecards: one PDF, or one file per person into a folder."""

    KEY = "printing/scorecards"

    def __init__(self, month: Month, draft: bool, people: int, parent=None):
        super().__init__(parent)
        self.month, self.draft = month, draft
        self.ui = Ui_ScorecardsDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Print scorecards — {month}").format(month=i18n.month_label(month)))
        self.ui.intro.setText(self.tr("Scorecards of the {n} people with a result in {month}, for the review "
                                      "meetings.").format(n=people, month=i18n.month_label(month)))
        _draft_banner(self.ui.draftBanner, month, draft, self.tr(
            "{month} is not published yet: every card is marked as a draft and its scores may still change."))

        self.one_pdf, self.per_agent = self.ui.onePdf, self.ui.perAgent
        self.paper = _fill_paper(self.ui.paper)
        self.show_trend = self.ui.showTrend

        self.buttons = self.ui.buttons
        self.print_button = self.buttons.addButton(self.tr("&Print…"), QDialogButtonBox.AcceptRole)
        self.print_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.load()

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
