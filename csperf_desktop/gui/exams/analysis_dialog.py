"""Item analysis of a marked exam: difficulty, discrimination, option choices and flags per
question; the weak topics of the team and of each person below."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView

from ...exambank import analysis
from ..forms.ui_exam_analysis_dialog import Ui_ExamAnalysisDialog
from ..shell.operations import run_op
from ..widgets.rows_model import RowsModel, SortRole, list_table
from .bank_dialogs import TYPE_NAMES, tr

FLAG_BG = QColor("#fff3cd")
FLAG_NAMES = {
    "too_easy": QT_TRANSLATE_NOOP("ItemModel", "too easy"),
    "too_hard": QT_TRANSLATE_NOOP("ItemModel", "too hard"),
    "negative_discrimination": QT_TRANSLATE_NOOP("ItemModel", "negative discrimination"),
    "low_discrimination": QT_TRANSLATE_NOOP("ItemModel", "low discrimination"),
    "unused_distractor": QT_TRANSLATE_NOOP("ItemModel", "distractor nobody chose"),
}


def _num(v) -> str:
    return "—" if v is None else f"{v:.2f}"


class ItemModel(RowsModel):
    CONTEXT = "ItemModel"
    POS, NO, TYPE, TOPIC, N, P, D, R, OPTIONS, FLAGS = range(10)
    HEADERS = (QT_TRANSLATE_NOOP("ItemModel", "#"), QT_TRANSLATE_NOOP("ItemModel", "Bank no."),
               QT_TRANSLATE_NOOP("ItemModel", "Type"), QT_TRANSLATE_NOOP("ItemModel", "Topic"),
               QT_TRANSLATE_NOOP("ItemModel", "Answered"), QT_TRANSLATE_NOOP("ItemModel", "Difficulty (share right)"),
               QT_TRANSLATE_NOOP("ItemModel", "Discrimination (27 %)"),
               QT_TRANSLATE_NOOP("ItemModel", "Point-biserial"), QT_TRANSLATE_NOOP("ItemModel", "Options chosen"),
               QT_TRANSLATE_NOOP("ItemModel", "To revise"))

    def cell(self, i, column, role):
        if role == Qt.DisplayRole:
            if column == self.D and i.discrimination is None:
                return self.tr("undefined")
            if column == self.FLAGS:
                names = []
                for f in i.flags:
                    name = self.tr(FLAG_NAMES[f])
                    if f == "unused_distractor":
                        name += f" ({', '.join(i.unused)})"
                    names.append(name)
                return "; ".join(names)
            return {self.POS: str(i.position), self.NO: f"#{i.id}", self.TYPE: tr(TYPE_NAMES.get(i.qtype, i.qtype)),
                    self.TOPIC: i.topic, self.N: str(i.n), self.P: _num(i.difficulty), self.D: _num(i.discrimination),
                    self.R: _num(i.point_biserial),
                    self.OPTIONS: "  ".join(f"{k}:{n}" for k, n in i.options.items())}.get(column)
        if role == SortRole and column in (self.P, self.D, self.R):
            return {self.P: i.difficulty, self.D: i.discrimination, self.R: i.point_biserial}[column]
        if role == Qt.ToolTipRole:
            if column == self.D and i.note:
                return i.note
            return i.text
        if role == Qt.BackgroundRole and column == self.FLAGS and i.flags:
            return QBrush(FLAG_BG)
        if role == Qt.TextAlignmentRole and column in (self.POS, self.N, self.P, self.D, self.R):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None


class WeakModel(RowsModel):
    CONTEXT = "WeakModel"
    WHO, TOPIC, AREA, SHARE = range(4)
    HEADERS = (QT_TRANSLATE_NOOP("WeakModel", "Team or person"), QT_TRANSLATE_NOOP("WeakModel", "Topic"),
               QT_TRANSLATE_NOOP("WeakModel", "Area"), QT_TRANSLATE_NOOP("WeakModel", "Points earned"))

    def cell(self, w, column, role):
        if role == Qt.DisplayRole:
            return {self.WHO: w.name if w.name == w.who else f"{w.who} {w.name}", self.TOPIC: w.topic,
                    self.AREA: w.area, self.SHARE: f"{w.earned:g} / {w.possible:g} ({w.share:.0%})"}.get(column)
        if role == SortRole and column == self.SHARE:
            return w.share
        return None


class ExamAnalysisDialog(QDialog):
    def __init__(self, ctx, exam_id: int, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = u = Ui_ExamAnalysisDialog()
        u.setupUi(self)
        a = self.result = analysis.analyse(exam_id)
        self.setWindowTitle(self.tr("Item analysis: {title}").format(title=a.title))
        flagged = sum(1 for i in a.items if i.flags)
        u.heading.setText(self.tr(
            "<b>{title}</b> · {people} people marked · {n} questions, {flagged} to revise. Difficulty is the share "
            "of the points earned (above 0.9 too easy, below 0.3 too hard); discrimination compares the best and "
            "the weakest 27 % (below 0.2 low, below 0 the weaker did better). A question everyone got right has "
            "no discrimination.").format(title=a.title, people=a.people, n=len(a.items), flagged=flagged))
        self.items_model, self.weak_model = ItemModel(self), WeakModel(self)
        u.items.setModel(self.items_model)
        u.weak.setModel(self.weak_model)
        list_table(u.items)
        list_table(u.weak)
        u.items.horizontalHeader().setSectionResizeMode(ItemModel.FLAGS, QHeaderView.Stretch)
        for col, width in ((ItemModel.POS, 34), (ItemModel.NO, 50), (ItemModel.TYPE, 70), (ItemModel.TOPIC, 80),
                           (ItemModel.N, 60), (ItemModel.P, 130), (ItemModel.D, 130), (ItemModel.R, 90),
                           (ItemModel.OPTIONS, 150)):
            u.items.setColumnWidth(col, width)
        u.weak.horizontalHeader().setSectionResizeMode(WeakModel.SHARE, QHeaderView.Stretch)
        for col, width in ((WeakModel.WHO, 140), (WeakModel.TOPIC, 120), (WeakModel.AREA, 90)):
            u.weak.setColumnWidth(col, width)
        self.items_model.set_rows(a.items)
        self.weak_model.set_rows(a.weak_teams + a.weak_people)
        self.exam_id = exam_id
        u.coach_button.clicked.connect(self.start_coaching)
        u.weak.selectionModel().selectionChanged.connect(self.update_buttons)
        u.close_box.rejected.connect(self.reject)
        u.close_box.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        self.update_buttons()
        self.resize(1100, 620)

    def selected_person(self):
        rows = self.ui.weak.selectionModel().selectedRows()
        w = self.weak_model.rows[rows[0].row()] if rows else None
        return w if w is not None and w.name != w.who else None  # a person's row, not a team's

    def update_buttons(self, *_):
        why = self.ctx.permission_reason("annual_review")
        person = self.selected_person()
        self.ui.coach_button.setEnabled(why is None and person is not None)
        self.ui.coach_button.setToolTip(why or ("" if person is not None else self.tr(
            "Select a person's weak topic below.")))

    def show_error(self, exc) -> bool:
        self.ui.message.setText(exc.message)
        return True

    def start_coaching(self) -> None:
        from ...annual.exam_topics import start_coaching_note

        person = self.selected_person()
        if person is None:
            return
        op = run_op(self.ctx, self, start_coaching_note, person.who, self.exam_id, what="annual",
                    on_error=self.show_error)
        if op.error is None:
            self.ui.message.setText(self.tr("Coaching note recorded for {name}: {topic}").format(
                name=person.name, topic=op.result.topic))
