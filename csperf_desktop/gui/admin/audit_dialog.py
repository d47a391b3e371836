"""Help → Audit trail: who changed what, when, and the values before and after;
"Verify" checks the database file, the audit chain and the published snapshots.

Entry points: ``show_audit(ctx, parent, staff_id=None)`` — opens the dialog, on
one person's entries when ``staff_id`` is given; or ``AuditDialog(ctx, parent)``
with ``select_agent(staff_id)`` and ``verify()`` for a menu item that checks at
once (Help → Verify the database). Filters:
who, action, date range, agent and free text; the newest ``LIMIT`` entries
that match are listed. The chosen entry's before/after values are shown side
by side, changed fields marked. Verify runs ``integrity.verify_database`` in a
worker and says the first problem, or that everything holds.
"""

from __future__ import annotations

import datetime as _dt
import json

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QModelIndex, Qt, QT_TRANSLATE_NOOP, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox,
                               QGridLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSplitter, QTableView,
                               QVBoxLayout, QWidget)

from ...trust import audit
from ...base import clock, vocab
from ...store.models import AuditEntry, Staff
from ..shell import i18n
from ..shell.background import Background

LIMIT = 500

ACTIONS = {
    "add_event": QT_TRANSLATE_NOOP("audit", "Score event recorded"),
    "give_gift": QT_TRANSLATE_NOOP("audit", "Gift handed over"),
    "ungive_gift": QT_TRANSLATE_NOOP("audit", "Gift handout taken back"),
    "void_event": QT_TRANSLATE_NOOP("audit", "Score event voided"),
    "add_staff": QT_TRANSLATE_NOOP("audit", "Person added"),
    "update_staff": QT_TRANSLATE_NOOP("audit", "Person changed"),
    "deactivate_staff": QT_TRANSLATE_NOOP("audit", "Person left"),
    "reactivate_staff": QT_TRANSLATE_NOOP("audit", "Person back"),
    "delete_staff": QT_TRANSLATE_NOOP("audit", "Person deleted"),
    "add_rule": QT_TRANSLATE_NOOP("audit", "Rule added"),
    "update_rule": QT_TRANSLATE_NOOP("audit", "Rule changed"),
    "enable_rule": QT_TRANSLATE_NOOP("audit", "Rule enabled"),
    "disable_rule": QT_TRANSLATE_NOOP("audit", "Rule disabled"),
    "update_settings": QT_TRANSLATE_NOOP("audit", "Settings changed"),
    "publish_month": QT_TRANSLATE_NOOP("audit", "Month published"),
    "revise_month": QT_TRANSLATE_NOOP("audit", "Results revised"),
    "close_month": QT_TRANSLATE_NOOP("audit", "Month closed"),
    "dismiss_proposal": QT_TRANSLATE_NOOP("audit", "Proposal dismissed"),
    "restore_proposal": QT_TRANSLATE_NOOP("audit", "Dismissed proposal restored"),
    "reopen_month": QT_TRANSLATE_NOOP("audit", "Month reopened"),
    "save_figures": QT_TRANSLATE_NOOP("audit", "Monthly figures saved"),
    "import_excel": QT_TRANSLATE_NOOP("audit", "Excel import"),
    "record_appeal": QT_TRANSLATE_NOOP("audit", "Appeal recorded"),
    "decide_appeal": QT_TRANSLATE_NOOP("audit", "Appeal decided"),
    "add_exam": QT_TRANSLATE_NOOP("audit", "Exam added"),
    "update_exam": QT_TRANSLATE_NOOP("audit", "Exam changed"),
    "delete_exam": QT_TRANSLATE_NOOP("audit", "Exam deleted"),
    "add_exam_result": QT_TRANSLATE_NOOP("audit", "Exam result entered"),
    "update_exam_result": QT_TRANSLATE_NOOP("audit", "Exam result changed"),
    "delete_exam_result": QT_TRANSLATE_NOOP("audit", "Exam result deleted"),
    "record_spot_check": QT_TRANSLATE_NOOP("audit", "Spot check recorded"),
    "void_spot_check": QT_TRANSLATE_NOOP("audit", "Spot check voided"),
    "add_checklist_item": QT_TRANSLATE_NOOP("audit", "Checklist item added"),
    "update_checklist_item": QT_TRANSLATE_NOOP("audit", "Checklist item changed"),
    "create_user": QT_TRANSLATE_NOOP("audit", "User created"),
    "set_role": QT_TRANSLATE_NOOP("audit", "User role changed"),
    "enable_user": QT_TRANSLATE_NOOP("audit", "User enabled"),
    "disable_user": QT_TRANSLATE_NOOP("audit", "User disabled"),
    "lock_user": QT_TRANSLATE_NOOP("audit", "Account locked (wrong passwords)"),
    "unlock_user": QT_TRANSLATE_NOOP("audit", "Account unlocked"),
    "change_password": QT_TRANSLATE_NOOP("audit", "Own password changed"),
    "reset_password": QT_TRANSLATE_NOOP("audit", "Password reset"),
    "save_annual_template": QT_TRANSLATE_NOOP("audit", "Annual template saved"),
    "add_goal": QT_TRANSLATE_NOOP("audit", "Goal added"),
    "update_goal": QT_TRANSLATE_NOOP("audit", "Goal changed"),
    "delete_goal": QT_TRANSLATE_NOOP("audit", "Goal deleted"),
    "add_coaching_note": QT_TRANSLATE_NOOP("audit", "Coaching note added"),
    "update_coaching_note": QT_TRANSLATE_NOOP("audit", "Coaching note changed"),
    "delete_coaching_note": QT_TRANSLATE_NOOP("audit", "Coaching note deleted"),
    "sign_off_review": QT_TRANSLATE_NOOP("audit", "Annual review signed off"),
    "save_self_review": QT_TRANSLATE_NOOP("audit", "Self-review saved"),
    "save_ratings": QT_TRANSLATE_NOOP("audit", "Ratings saved"),
    "record_interview": QT_TRANSLATE_NOOP("audit", "Review interview recorded"),
    "unlock_review": QT_TRANSLATE_NOOP("audit", "Signed review unlocked"),
    "freeze_annual_template": QT_TRANSLATE_NOOP("audit", "Annual template fixed for the year"),
}

FIELDS = {
    "staff": QT_TRANSLATE_NOOP("audit", "Person"),
    "date": QT_TRANSLATE_NOOP("audit", "Date"),
    "rule": QT_TRANSLATE_NOOP("audit", "Rule"),
    "points": QT_TRANSLATE_NOOP("audit", "Points"),
    "quantity": QT_TRANSLATE_NOOP("audit", "Times"),
    "method": QT_TRANSLATE_NOOP("audit", "Method"),
    "reference": QT_TRANSLATE_NOOP("audit", "Order no."),
    "note": QT_TRANSLATE_NOOP("audit", "Note"),
    "event": QT_TRANSLATE_NOOP("audit", "Score event"),
    "order_amount": QT_TRANSLATE_NOOP("audit", "Order amount"),
    "gift_tier": QT_TRANSLATE_NOOP("audit", "Gift owed"),
    "tier": QT_TRANSLATE_NOOP("audit", "Gift"),
    "given_on": QT_TRANSLATE_NOOP("audit", "Given on"),
    "given_by": QT_TRANSLATE_NOOP("audit", "Given by"),
    "voided": QT_TRANSLATE_NOOP("audit", "Voided"),
    "void_reason": QT_TRANSLATE_NOOP("audit", "Reason for voiding"),
    "source": QT_TRANSLATE_NOOP("audit", "Source"),
    "corrects": QT_TRANSLATE_NOOP("audit", "Corrects event"),
    "employee_no": QT_TRANSLATE_NOOP("audit", "Employee no."),
    "name": QT_TRANSLATE_NOOP("audit", "Name"),
    "role": QT_TRANSLATE_NOOP("audit", "Role"),
    "team": QT_TRANSLATE_NOOP("audit", "Team"),
    "hire_date": QT_TRANSLATE_NOOP("audit", "Hire date"),
    "leave_date": QT_TRANSLATE_NOOP("audit", "Leave date"),
    "active": QT_TRANSLATE_NOOP("audit", "Active"),
    "code": QT_TRANSLATE_NOOP("audit", "Code"),
    "area": QT_TRANSLATE_NOOP("audit", "Area"),
    "kind": QT_TRANSLATE_NOOP("audit", "Kind"),
    "min_points": QT_TRANSLATE_NOOP("audit", "Minimum points"),
    "max_points": QT_TRANSLATE_NOOP("audit", "Maximum points"),
    "default_points": QT_TRANSLATE_NOOP("audit", "Default points"),
    "unit": QT_TRANSLATE_NOOP("audit", "Unit"),
    "serious": QT_TRANSLATE_NOOP("audit", "Serious"),
    "sort_order": QT_TRANSLATE_NOOP("audit", "Order"),
    "status": QT_TRANSLATE_NOOP("audit", "Status"),
    "revision": QT_TRANSLATE_NOOP("audit", "Revision"),
    "people": QT_TRANSLATE_NOOP("audit", "People"),
    "appeal_deadline": QT_TRANSLATE_NOOP("audit", "Appeals until"),
    "fingerprint": QT_TRANSLATE_NOOP("audit", "Fingerprint"),
    "username": QT_TRANSLATE_NOOP("audit", "User name"),
    "display_name": QT_TRANSLATE_NOOP("audit", "Full name"),
    "month": QT_TRANSLATE_NOOP("audit", "Month"),
    "score": QT_TRANSLATE_NOOP("audit", "Score"),
    "decision": QT_TRANSLATE_NOOP("audit", "Decision"),
    "title": QT_TRANSLATE_NOOP("audit", "Title"),
    "rows": QT_TRANSLATE_NOOP("audit", "Rows"),
    "file": QT_TRANSLATE_NOOP("audit", "File"),
    "year": QT_TRANSLATE_NOOP("audit", "Year"),
    "self_review": QT_TRANSLATE_NOOP("audit", "Self-review"),
    "ratings": QT_TRANSLATE_NOOP("audit", "Ratings"),
    "supervisor_comment": QT_TRANSLATE_NOOP("audit", "Supervisor's comment"),
    "interview_date": QT_TRANSLATE_NOOP("audit", "Interview date"),
    # monthly helpdesk figures
    "csat_pct": QT_TRANSLATE_NOOP("audit", "CSAT (%)"),
    "avg_response_s": QT_TRANSLATE_NOOP("audit", "Average response time (s)"),
    "avg_handle_s": QT_TRANSLATE_NOOP("audit", "Average handling time (s)"),
    "fcr_pct": QT_TRANSLATE_NOOP("audit", "First-contact resolution (%)"),
    "contacts": QT_TRANSLATE_NOOP("audit", "Contacts handled"),
    "sales_amount": QT_TRANSLATE_NOOP("audit", "Sales amount"),
    "orders": QT_TRANSLATE_NOOP("audit", "Orders"),
    "late_count": QT_TRANSLATE_NOOP("audit", "Late arrivals"),
    "early_leave_count": QT_TRANSLATE_NOOP("audit", "Early leaves"),
    "absence_days": QT_TRANSLATE_NOOP("audit", "Absence days"),
    "interview_attendees": QT_TRANSLATE_NOOP("audit", "Interview attendees"),
    "interview_summary": QT_TRANSLATE_NOOP("audit", "Interview summary"),
    "development_plan": QT_TRANSLATE_NOOP("audit", "Development plan"),
    "signed_off_at": QT_TRANSLATE_NOOP("audit", "Signed off at"),
    "signed_off_by": QT_TRANSLATE_NOOP("audit", "Signed off by"),
    "template": QT_TRANSLATE_NOOP("audit", "Template"),
    "indicator": QT_TRANSLATE_NOOP("audit", "Indicator"),
    "target": QT_TRANSLATE_NOOP("audit", "Target"),
    "weight": QT_TRANSLATE_NOOP("audit", "Weight"),
    "topic": QT_TRANSLATE_NOOP("audit", "Topic"),
    "follow_up": QT_TRANSLATE_NOOP("audit", "Follow-up"),
    "whole_score": QT_TRANSLATE_NOOP("audit", "Whole score"),
    "category": QT_TRANSLATE_NOOP("audit", "Category"),
    "reason": QT_TRANSLATE_NOOP("audit", "Reason"),
    "received_at": QT_TRANSLATE_NOOP("audit", "Received at"),
    "late_reason": QT_TRANSLATE_NOOP("audit", "Reason for accepting late"),
    "decision_reason": QT_TRANSLATE_NOOP("audit", "Reason for the decision"),
    "items": QT_TRANSLATE_NOOP("audit", "Items"),
    "exam": QT_TRANSLATE_NOOP("audit", "Exam"),
    "full_marks": QT_TRANSLATE_NOOP("audit", "Full marks"),
    "pass_mark": QT_TRANSLATE_NOOP("audit", "Pass mark"),
    "absent": QT_TRANSLATE_NOOP("audit", "Absent"),
    "section": QT_TRANSLATE_NOOP("audit", "Section"),
    "text": QT_TRANSLATE_NOOP("audit", "Text"),
    "rule_code": QT_TRANSLATE_NOOP("audit", "Rule code"),
    "channel": QT_TRANSLATE_NOOP("audit", "Channel"),
    "checked_by": QT_TRANSLATE_NOOP("audit", "Checked by"),
    "failed": QT_TRANSLATE_NOOP("audit", "Failed items"),
}

ENTITIES = {
    "score_event": QT_TRANSLATE_NOOP("audit", "Score event"),
    "gift_handout": QT_TRANSLATE_NOOP("audit", "Order gift of event"),
    "staff": QT_TRANSLATE_NOOP("audit", "Person"),
    "rule": QT_TRANSLATE_NOOP("audit", "Rule"),
    "period": QT_TRANSLATE_NOOP("audit", "Month"),
    "settings": QT_TRANSLATE_NOOP("audit", "Settings"),
    "setting": QT_TRANSLATE_NOOP("audit", "Settings"),
    "user": QT_TRANSLATE_NOOP("audit", "User"),
    "monthly_figures": QT_TRANSLATE_NOOP("audit", "Monthly figures"),
    "appeal": QT_TRANSLATE_NOOP("audit", "Appeal"),
    "exam": QT_TRANSLATE_NOOP("audit", "Exam"),
    "exam_result": QT_TRANSLATE_NOOP("audit", "Exam result"),
    "spot_check": QT_TRANSLATE_NOOP("audit", "Spot check"),
    "checklist_item": QT_TRANSLATE_NOOP("audit", "Checklist item"),
    "annual_template": QT_TRANSLATE_NOOP("audit", "Annual template"),
    "annual_review": QT_TRANSLATE_NOOP("audit", "Annual review"),
    "annual_goal": QT_TRANSLATE_NOOP("audit", "Goal"),
    "coaching_note": QT_TRANSLATE_NOOP("audit", "Coaching note"),
    "import": QT_TRANSLATE_NOOP("audit", "Import"),
}

# Fields whose values are codes with labels in vocab.
USER_ROLE_FIELD = QT_TRANSLATE_NOOP("audit", "User role")
USER_ACTIVE_FIELD = QT_TRANSLATE_NOOP("audit", "Account enabled")
CODED = {"method": vocab.METHODS, "area": vocab.AREAS, "kind": vocab.KINDS, "unit": vocab.UNITS,
         "status": vocab.PERIOD_STATUS}


def tr(text: str) -> str:
    return QCoreApplication.translate("audit", text)


def action_label(action: str) -> str:
    return tr(ACTIONS[action]) if action in ACTIONS else action


def entity_label(entity: str, entity_id) -> str:
    name = tr(ENTITIES[entity]) if entity in ENTITIES else entity
    return f"{name} #{entity_id}" if entity_id else name


def field_label(key: str, entity: str = "") -> str:
    if key == "role" and entity == "user":
        return tr(USER_ROLE_FIELD)
    if key == "active" and entity == "user":
        return tr(USER_ACTIVE_FIELD)
    if key in FIELDS:
        return tr(FIELDS[key])
    from ...office import settings as settings_mod

    d = settings_mod.BY_KEY.get(key)
    if d is not None:
        return QCoreApplication.translate("settings", d.label)
    return key


def local_time(utc) -> str:
    if utc is None:
        return ""
    if isinstance(utc, str):
        try:
            utc = _dt.datetime.fromisoformat(utc)
        except ValueError:
            return utc
    return f"{clock.to_local(utc):%Y-%m-%d %H:%M:%S}"


class Names:
    """Staff ids to "KF001 王芳" and user names to "孙丽华 (boss)", loaded once per refresh."""

    def __init__(self, load: bool = True):
        from ...store.models import User

        self.by_id = {s.id: f"{s.employee_no} {s.name}"
                      for s in Staff.select(Staff.id, Staff.employee_no, Staff.name)} if load else {}
        self.users = {u.username: u.display_name for u in User.select(User.username, User.display_name)
                      if u.display_name} if load else {}

    def user(self, username: str) -> str:
        if username == "system":
            return QCoreApplication.translate("audit", "System")
        if username == "setup":
            return QCoreApplication.translate("audit", "First-run setup")
        name = self.users.get(username)
        return f"{name} ({username})" if name else username

    def staff(self, staff_id) -> str:
        if staff_id is None:
            return ""
        return self.by_id.get(staff_id, f"#{staff_id}")


def value_text(key: str, value, entity: str, names: Names) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate("audit", "Yes") if value else QCoreApplication.translate("audit", "No")
    if key == "staff" and isinstance(value, int):
        return names.staff(value)
    if key == "role":
        table = vocab.USER_ROLES if entity == "user" else vocab.STAFF_ROLES
        return i18n.label(table, value)
    if key in CODED and isinstance(value, str):
        return i18n.label(CODED[key], value)
    if key.endswith(("_deadline", "_at")) and isinstance(value, str):
        return local_time(value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _loads(text):
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


class AuditModel(QAbstractTableModel):
    TIME, WHO, ACTION, AGENT, MONTH, SUBJECT, REASON = range(7)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[AuditEntry] = []
        self.names = Names(load=False)

    def set_rows(self, rows: list[AuditEntry], names: Names) -> None:
        self.beginResetModel()
        self.rows, self.names = rows, names
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return (self.tr("Time"), self.tr("Who"), self.tr("Action"), self.tr("Agent"), self.tr("Month"),
                    self.tr("Record"), self.tr("Reason"))[section]
        if orientation == Qt.Vertical and role == Qt.DisplayRole:
            return f"#{self.rows[section].id}"
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        e = self.rows[index.row()]
        c = index.column()
        if role == Qt.DisplayRole:
            if c == self.TIME:
                return local_time(e.at)
            if c == self.WHO:
                return self.names.user(e.actor)
            if c == self.ACTION:
                return action_label(e.action)
            if c == self.AGENT:
                return self.names.staff(e.staff_id)
            if c == self.MONTH:
                return e.month or ""
            if c == self.SUBJECT:
                return entity_label(e.entity, e.entity_id)
            if c == self.REASON:
                return (e.reason or "").replace("\n", " ")
        if role == Qt.ToolTipRole and c == self.REASON and e.reason:
            return e.reason
        return None


class DiffModel(QAbstractTableModel):
    """One entry's fields: name, before, after; changed ones in bold."""

    FIELD, BEFORE, AFTER = range(3)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple[str, str, str, bool]] = []

    def set_entry(self, entry: AuditEntry | None, names: Names) -> None:
        self.beginResetModel()
        self.rows = []
        if entry is not None:
            before, after = _loads(entry.before), _loads(entry.after)
            if isinstance(before, dict) or isinstance(after, dict):
                b = before if isinstance(before, dict) else {}
                a = after if isinstance(after, dict) else {}
                keys = list(dict.fromkeys(list(b) + list(a)))
                for k in keys:
                    bv = value_text(k, b.get(k), entry.entity, names) if k in b else ""
                    av = value_text(k, a.get(k), entry.entity, names) if k in a else ""
                    changed = bool(before) and bool(after) and b.get(k) != a.get(k)
                    self.rows.append((field_label(k, entry.entity), bv, av, changed))
                # What changed first; the rest of the record below it for context.
                self.rows.sort(key=lambda row: not row[3])
            elif before is not None or after is not None:
                self.rows.append((self.tr("Value"), value_text("", before, entry.entity, names),
                                  value_text("", after, entry.entity, names), before != after))
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return (self.tr("Field"), self.tr("Before"), self.tr("After"))[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        name, before, after, changed = self.rows[index.row()]
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            return (name, before, after)[index.column()]
        if role == Qt.FontRole and changed:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.BackgroundRole and changed and index.column() != self.FIELD:
            return QBrush(QColor("#fff4d6"))
        return None


class AuditDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.verify_job: Background | None = None
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(1100, 680)

        self.who = QComboBox()
        self.who.setObjectName("filterWho")
        self.action = QComboBox()
        self.action.setObjectName("filterAction")
        self.agent = QComboBox()
        self.agent.setObjectName("filterAgent")
        self.agent.setMinimumContentsLength(12)
        self.use_dates = QCheckBox(self.tr("Dates from"))
        self.use_dates.setObjectName("filterDates")
        today = clock.today()
        self.date_from = QDateEdit(QDate(today.year, today.month, 1))
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day))
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        self.text = QLineEdit()
        self.text.setObjectName("filterText")
        self.text.setPlaceholderText(self.tr("a name, order no., reason…"))
        self.text.setClearButtonEnabled(True)
        self._fill_filters()

        filters = QGridLayout()
        filters.addWidget(QLabel(self.tr("Who:")), 0, 0)
        filters.addWidget(self.who, 0, 1)
        filters.addWidget(QLabel(self.tr("Action:")), 0, 2)
        filters.addWidget(self.action, 0, 3)
        filters.addWidget(QLabel(self.tr("Agent:")), 0, 4)
        filters.addWidget(self.agent, 0, 5)
        filters.addWidget(self.use_dates, 1, 0)
        filters.addWidget(self.date_from, 1, 1)
        filters.addWidget(QLabel(self.tr("to")), 1, 2, Qt.AlignRight)
        filters.addWidget(self.date_to, 1, 3)
        filters.addWidget(QLabel(self.tr("Text:")), 1, 4)
        filters.addWidget(self.text, 1, 5)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)
        filters.setColumnStretch(5, 2)

        self.model = AuditModel(self)
        self.view = QTableView()
        self.view.setObjectName("auditView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        self.diff = DiffModel(self)
        self.diff_view = QTableView()
        self.diff_view.setObjectName("diffView")
        self.diff_view.setModel(self.diff)
        self.diff_view.verticalHeader().hide()
        self.diff_view.setWordWrap(True)
        dh = self.diff_view.horizontalHeader()
        dh.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        dh.setSectionResizeMode(1, QHeaderView.Stretch)
        dh.setSectionResizeMode(2, QHeaderView.Stretch)
        self.entry_label = QLabel()
        self.entry_label.setWordWrap(True)
        self.entry_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        details = QWidget()
        dl = QVBoxLayout(details)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.entry_label)
        dl.addWidget(self.diff_view)
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.count_label = QLabel()
        self.verify_button = QPushButton(self.tr("Verify the database"))
        self.verify_button.setObjectName("verifyButton")
        self.verify_button.setToolTip(self.tr("Checks the database file, that no audit entry was changed or "
                                              "removed, and that score events and published results match it."))
        self.verify_result = QLabel()
        self.verify_result.setObjectName("verifyResult")
        self.verify_result.setWordWrap(True)
        self.verify_result.setTextInteractionFlags(Qt.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        bottom = QGridLayout()
        bottom.addWidget(self.verify_button, 0, 0)
        bottom.addWidget(self.verify_result, 0, 1)
        bottom.addWidget(buttons, 0, 2)
        bottom.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.count_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(250)
        self._refresh_timer.timeout.connect(self.refresh)
        for combo in (self.who, self.action, self.agent):
            combo.currentIndexChanged.connect(self.refresh)
        self.use_dates.toggled.connect(self.refresh)
        self.date_from.dateChanged.connect(lambda _: self.use_dates.isChecked() and self.refresh())
        self.date_to.dateChanged.connect(lambda _: self.use_dates.isChecked() and self.refresh())
        self.text.textChanged.connect(lambda _: self._refresh_timer.start())
        self.view.selectionModel().currentRowChanged.connect(self.show_entry)
        self.verify_button.clicked.connect(self.verify)
        self.refresh()
        for column, width in ((AuditModel.TIME, 150), (AuditModel.WHO, 110), (AuditModel.ACTION, 150),
                              (AuditModel.AGENT, 130), (AuditModel.MONTH, 70), (AuditModel.SUBJECT, 140)):
            self.view.setColumnWidth(column, width)

    def _fill_filters(self) -> None:
        anyone = self.tr("(anyone)")
        self.who.addItem(anyone, None)
        names = Names()
        for (name,) in AuditEntry.select(AuditEntry.actor).distinct().order_by(AuditEntry.actor).tuples():
            self.who.addItem(names.user(name), name)
        self.action.addItem(self.tr("(any action)"), None)
        found = [a for (a,) in AuditEntry.select(AuditEntry.action).distinct().tuples()]
        for a in sorted(found, key=action_label):
            self.action.addItem(action_label(a), a)
        self.agent.addItem(self.tr("(any agent)"), None)
        for s in Staff.select().order_by(Staff.employee_no):
            self.agent.addItem(f"{s.employee_no} {s.name}", s.id)

    def filters(self) -> dict:
        since = until = None
        if self.use_dates.isChecked():
            start = self.date_from.date().toPython()
            end = self.date_to.date().toPython() + _dt.timedelta(days=1)
            since = clock.from_local(_dt.datetime.combine(start, _dt.time()))
            until = clock.from_local(_dt.datetime.combine(end, _dt.time()))
        return dict(actor=self.who.currentData(), action=self.action.currentData(),
                    staff_id=self.agent.currentData(), since=since, until=until,
                    text=self.text.text().strip() or None, limit=LIMIT)

    def refresh(self) -> None:
        rows = audit.query(**self.filters())
        self.model.set_rows(rows, Names())
        if len(rows) >= LIMIT:
            self.count_label.setText(self.tr("The newest {n} entries that match are shown; narrow the filters "
                                             "to see older ones.").format(n=LIMIT))
        else:
            self.count_label.setText(self.tr("{n} entries, newest first.").format(n=len(rows)))
        if rows:
            self.view.selectRow(0)
            self.show_entry(self.model.index(0, 0))
        else:
            self.show_entry(QModelIndex())

    def select_agent(self, staff_id: int) -> None:
        self.agent.setCurrentIndex(max(0, self.agent.findData(staff_id)))

    def show_entry(self, index: QModelIndex, _previous=None) -> None:
        entry = self.model.rows[index.row()] if index.isValid() else None
        self.diff.set_entry(entry, self.model.names)
        self.diff_view.resizeRowsToContents()
        if entry is None:
            self.entry_label.setText("")
            return
        text = self.tr("#{id} · {time} · {who} · {action}").format(
            id=entry.id, time=local_time(entry.at), who=self.model.names.user(entry.actor),
            action=action_label(entry.action))
        if entry.reason:
            text += "\n" + self.tr("Reason: {reason}").format(reason=entry.reason)
        if not self.diff.rows:
            text += "\n" + self.tr("No values were recorded with this entry.")
        self.entry_label.setText(text)

    # -- verify
    def verify(self) -> None:
        from ...monthly.verify import verify_database

        self.verify_button.setEnabled(False)
        self.verify_result.setStyleSheet("")
        self.verify_result.setText(self.tr("Checking…"))
        self.verify_job = Background(verify_database, True, parent=self)
        self.verify_job.finished.connect(self._verified)

    def _verified(self, ok: bool, payload) -> None:
        self.verify_button.setEnabled(True)
        if not ok:
            from ...base.errors import CsperfError

            message = payload.message if isinstance(payload, CsperfError) else str(payload)
            self.verify_result.setStyleSheet("color: #c62828;")
            self.verify_result.setText(self.tr("The check could not run: {error}").format(error=message))
            return
        problems = payload
        if problems:
            more = len(problems) - 1
            text = self.tr("Problem found: {problem}").format(problem=problems[0])
            if more:
                text += " " + self.tr("({n} more problem(s).)").format(n=more)
            self.verify_result.setStyleSheet("color: #c62828; font-weight: bold;")
            self.verify_result.setText(text)
            self.verify_result.setToolTip("\n".join(problems))
        else:
            count = AuditEntry.select().count()
            self.verify_result.setStyleSheet("color: #1b7a35;")
            self.verify_result.setText(self.tr(
                "All holds: the database file is intact, the {n} audit entries are unbroken, and score events "
                "and published results match them.").format(n=count))
            self.verify_result.setToolTip("")


def show_audit(ctx, parent: QWidget | None = None, staff_id: int | None = None, verify: bool = False) -> AuditDialog:
    dialog = AuditDialog(ctx, parent)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    if staff_id is not None:
        dialog.select_agent(staff_id)
    dialog.show()
    if verify:
        dialog.verify()
    return dialog
