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
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from ...office.display_names import DisplayNames
from ...trust import audit
from ...base import clock, vocab
from ...store.models import AuditEntry, Staff
from ..forms.ui_audit_dialog import Ui_AuditDialog
from ..shell import i18n
from ..shell.background import Background
from ..widgets import table_tools

LIMIT = 500

ACTIONS = {
    "add_event": QT_TRANSLATE_NOOP("audit", "Score event recorded"),
    "give_gift": QT_TRANSLATE_NOOP("audit", "Gift handed over"),
    "ungive_gift": QT_TRANSLATE_NOOP("audit", "Gift handout taken back"),
    "void_event": QT_TRANSLATE_NOOP("audit", "Score event voided"),
    "restore_event": QT_TRANSLATE_NOOP("audit", "Voided score event restored"),
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
    "add_question": QT_TRANSLATE_NOOP("audit", "Question added to the bank"),
    "update_question": QT_TRANSLATE_NOOP("audit", "Bank question changed"),
    "delete_question": QT_TRANSLATE_NOOP("audit", "Bank question deleted"),
    "save_exam_paper": QT_TRANSLATE_NOOP("audit", "Exam paper saved"),
    "delete_exam_paper": QT_TRANSLATE_NOOP("audit", "Exam paper replaced"),
    "record_exam_answers": QT_TRANSLATE_NOOP("audit", "Exam answers marked"),
    "clear_exam_answers": QT_TRANSLATE_NOOP("audit", "Exam answers cleared"),
    "record_spot_check": QT_TRANSLATE_NOOP("audit", "Spot check recorded"),
    "void_spot_check": QT_TRANSLATE_NOOP("audit", "Spot check voided"),
    "add_checklist_item": QT_TRANSLATE_NOOP("audit", "Checklist item added"),
    "update_checklist_item": QT_TRANSLATE_NOOP("audit", "Checklist item changed"),
    "create_calibration": QT_TRANSLATE_NOOP("audit", "Calibration session created"),
    "rate_calibration": QT_TRANSLATE_NOOP("audit", "Calibration ratings entered"),
    "close_calibration": QT_TRANSLATE_NOOP("audit", "Calibration session closed"),
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
    "rule_name": QT_TRANSLATE_NOOP("audit", "Rule name"),
    "unit_points": QT_TRANSLATE_NOOP("audit", "Points per time"),
    "snapshot_digest": QT_TRANSLATE_NOOP("audit", "Digest of the published results"),
    "final": QT_TRANSLATE_NOOP("audit", "Final score"),
    "grade": QT_TRANSLATE_NOOP("audit", "Grade"),
    "version": QT_TRANSLATE_NOOP("audit", "Version"),
    "qtype": QT_TRANSLATE_NOOP("audit", "Question type"),
    "options": QT_TRANSLATE_NOOP("audit", "Options"),
    "answer": QT_TRANSLATE_NOOP("audit", "Answer"),
    "model_answer": QT_TRANSLATE_NOOP("audit", "Model answer"),
    "difficulty": QT_TRANSLATE_NOOP("audit", "Difficulty"),
    "last_used": QT_TRANSLATE_NOOP("audit", "Last used"),
    "seed": QT_TRANSLATE_NOOP("audit", "Seed"),
    "questions": QT_TRANSLATE_NOOP("audit", "Questions"),
    "perms": QT_TRANSLATE_NOOP("audit", "Option order"),
    "responses": QT_TRANSLATE_NOOP("audit", "Answers written"),
    "total": QT_TRANSLATE_NOOP("audit", "Total"),
    "frozen": QT_TRANSLATE_NOOP("audit", "Fixed for the year"),
    "rank": QT_TRANSLATE_NOOP("audit", "Rank"),
    "correction": QT_TRANSLATE_NOOP("audit", "Corrected event"),
    "new_points": QT_TRANSLATE_NOOP("audit", "New points"),
    "outcome": QT_TRANSLATE_NOOP("audit", "Outcome"),
    "proposed": QT_TRANSLATE_NOOP("audit", "Points asked for"),
    "comment": QT_TRANSLATE_NOOP("audit", "Comment"),
    "conversations": QT_TRANSLATE_NOOP("audit", "Conversations"),
    "graders": QT_TRANSLATE_NOOP("audit", "Graders"),
    "grader": QT_TRANSLATE_NOOP("audit", "Grader"),
    "verdicts": QT_TRANSLATE_NOOP("audit", "Verdicts"),
    "rating": QT_TRANSLATE_NOOP("audit", "Rating"),
    "decided_by": QT_TRANSLATE_NOOP("audit", "Decided by"),
    "voided_by": QT_TRANSLATE_NOOP("audit", "Voided by"),
    "recorded_by": QT_TRANSLATE_NOOP("audit", "Recorded by"),
    "added": QT_TRANSLATE_NOOP("audit", "Added"),
    "changed": QT_TRANSLATE_NOOP("audit", "Changed"),
    "unchanged": QT_TRANSLATE_NOOP("audit", "Unchanged"),
    "sheet": QT_TRANSLATE_NOOP("audit", "Sheet"),
    "anyway": QT_TRANSLATE_NOOP("audit", "Published anyway because"),
    "open_items": QT_TRANSLATE_NOOP("audit", "Open items at publishing"),
}

# Sources of an event that the program proposed (``exam_result:7``, ``spot_check:4:D01``).
SOURCES = {
    "exam_result": QT_TRANSLATE_NOOP("audit", "Exam result"),
    "spot_check": QT_TRANSLATE_NOOP("audit", "Spot check"),
}
PROPOSAL = QT_TRANSLATE_NOOP("audit", "Proposal")
# Logins kept as values (who handed a gift over, who decided); shown by name.
LOGIN_FIELDS = {"given_by", "signed_off_by", "decided_by", "voided_by", "recorded_by", "actor"}

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
    "exam_question": QT_TRANSLATE_NOOP("audit", "Bank question"),
    "exam_paper": QT_TRANSLATE_NOOP("audit", "Exam paper"),
    "exam_answer": QT_TRANSLATE_NOOP("audit", "Exam answers"),
    "spot_check": QT_TRANSLATE_NOOP("audit", "Spot check"),
    "checklist_item": QT_TRANSLATE_NOOP("audit", "Checklist item"),
    "annual_template": QT_TRANSLATE_NOOP("audit", "Annual template"),
    "annual_review": QT_TRANSLATE_NOOP("audit", "Annual review"),
    "annual_goal": QT_TRANSLATE_NOOP("audit", "Goal"),
    "coaching_note": QT_TRANSLATE_NOOP("audit", "Coaching note"),
    "import": QT_TRANSLATE_NOOP("audit", "Import"),
    "calibration_session": QT_TRANSLATE_NOOP("audit", "Calibration session"),
}

# Fields whose values are codes with labels in vocab.
USER_ROLE_FIELD = QT_TRANSLATE_NOOP("audit", "User role")
USER_ACTIVE_FIELD = QT_TRANSLATE_NOOP("audit", "Account enabled")
CODED = {"method": vocab.METHODS, "area": vocab.AREAS, "kind": vocab.KINDS, "unit": vocab.UNITS,
         "status": vocab.PERIOD_STATUS}


def coded_table(key: str, entity: str) -> dict | None:
    """The labels of a coded value: which table depends on the record (an exam's area is not
    a rule's area, an appeal's status is not a month's)."""
    from ...annual.compute import REVIEW_STATUS
    from ...monthly import appeals, exams, spotchecks

    if key == "area" and entity == "exam":
        return exams.EXAM_AREAS
    if key in ("area", "qtype") and entity == "exam_question":
        from ...exambank import bank

        return bank.AREAS if key == "area" else bank.TYPES
    if key == "status" and entity == "appeal":
        return appeals.STATUS
    if key == "status" and entity == "annual_review":
        return REVIEW_STATUS
    if key == "outcome":
        return {**appeals.STATUS, **appeals.ITEM_OUTCOMES}
    if key == "category" and entity == "appeal":
        return appeals.CATEGORIES
    if key == "channel":
        return spotchecks.CHANNELS
    return CODED.get(key)


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
        self.by_id = {s.id: f"{s.employee_no} {s.name}"
                      for s in Staff.select(Staff.id, Staff.employee_no, Staff.name)} if load else {}
        self.display = DisplayNames() if load else None

    def user(self, username: str) -> str:
        """A login as 孙丽华 (sunlh): the name people know, with the login the trail records."""
        if username == "system":
            return QCoreApplication.translate("audit", "System")
        if username == "setup":
            return QCoreApplication.translate("audit", "First-run setup")
        name = self.display(username) if self.display is not None else username
        return f"{name} ({username})" if name and name != username else username

    def staff(self, staff_id) -> str:
        if staff_id is None:
            return ""
        return self.by_id.get(staff_id, f"#{staff_id}")

    def indicator(self, code: str) -> str:
        """An annual indicator's name (ratings and goals hold its code), from every template."""
        if not hasattr(self, "_indicators"):
            from ...annual.templates import DEFAULTS
            from ...store.models import AnnualTemplate

            bodies = [body for _name, body in DEFAULTS.values()]
            bodies += [t.body for t in AnnualTemplate.select(AnnualTemplate.body)]
            self._indicators = {}
            for body in bodies:
                for dim in (body or {}).get("dimensions", []) if isinstance(body, dict) else []:
                    self._indicators.setdefault(dim.get("code"), dim.get("name"))
                    for ind in dim.get("indicators", []):
                        self._indicators.setdefault(ind.get("code"), ind.get("name"))
        return self._indicators.get(code) or code

    def source(self, source: str) -> str:
        """Where a proposed event came from, in words: 考试成绩 #7, 抽检 #4 · D01, 建议 B06 · 2025-01."""
        kind, _, rest = source.partition(":")
        if kind in SOURCES:
            parts = rest.split(":")
            return f"{tr(SOURCES[kind])} #{parts[0]}" + "".join(f" · {p}" for p in parts[1:])
        parts = rest.split(":")
        if len(parts) == 2 and parts[1].isdigit():  # B06:2025-01:<staff id>
            return f"{tr(PROPOSAL)} {kind} · {parts[0]} · {self.staff(int(parts[1]))}"
        return source


def value_text(key: str, value, entity: str, names: Names) -> str:
    """A recorded value as a person reads it: names for people and codes, local times, and
    nested records (ratings, an appeal's items) spelled out field by field."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate("audit", "Yes") if value else QCoreApplication.translate("audit", "No")
    if key in ("staff", "event", "correction") and isinstance(value, int):
        return names.staff(value) if key == "staff" else f"#{value}"
    if key == "role":
        table = vocab.USER_ROLES if entity == "user" else vocab.STAFF_ROLES
        return i18n.label(table, value)
    if key in LOGIN_FIELDS and isinstance(value, str):
        return names.user(value)
    if key == "source" and isinstance(value, str):
        return names.source(value)
    if key == "indicator" and isinstance(value, str):
        return names.indicator(value)
    table = coded_table(key, entity)
    if table is not None and isinstance(value, str):
        return i18n.label(table, value)
    if key.endswith(("_deadline", "_at")) and isinstance(value, str):
        return local_time(value)
    if key == "verdicts" and isinstance(value, list):
        return "；".join(verdict_text(v) for v in value)
    if key == "ratings" and isinstance(value, dict):
        return "；".join(rating_text(code, r, names) for code, r in value.items())
    if isinstance(value, dict):
        return "；".join(f"{field_label(k, entity)}：{value_text(k, v, entity, names)}"
                        for k, v in value.items() if v not in (None, "", [], {}))
    if isinstance(value, list):
        return " | ".join(value_text(key, v, entity, names) for v in value)
    return str(value)


# A calibration verdict (a checklist item of one conversation, by one grader).
VERDICTS = {"pass": ("通过", "pass"), "fail": ("不通过", "fail")}


def verdict_text(change) -> str:
    """One calibration verdict as recorded: [reference, item code, before, after] → GD…· C03 通过 → 不通过."""
    if not (isinstance(change, list) and len(change) == 4):
        return str(change)
    ref, code, old, new = change
    word = lambda v: i18n.label(VERDICTS, v) if v else "—"  # noqa: E731
    return f"{ref} · {code} {word(new)}" if old is None else f"{ref} · {code} {word(old)} → {word(new)}"


def rating_text(code: str, rating, names: Names) -> str:
    """One judged indicator's rating: 沟通能力 4（表现突出）."""
    if isinstance(rating, dict):
        score, comment = rating.get("rating"), rating.get("comment")
    else:
        score, comment = rating, ""
    text = f"{names.indicator(code)} {'' if score is None else score}".rstrip()
    return text + (f"（{comment}）" if comment else "")


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
        self.ui = Ui_AuditDialog()
        self.ui.setupUi(self)
        u = self.ui

        self.who, self.action, self.agent = u.filterWho, u.filterAction, u.filterAgent
        self.use_dates = u.filterDates
        today = clock.today()
        self.date_from, self.date_to = u.dateFrom, u.dateTo
        self.date_from.setDate(QDate(today.year, today.month, 1))
        self.date_to.setDate(QDate(today.year, today.month, today.day))
        self.text = u.filterText
        self._fill_filters()

        self.model = AuditModel(self)
        self.view = u.auditView
        self.view.setModel(self.model)
        self.diff = DiffModel(self)
        self.diff_view = u.diffView
        self.diff_view.setModel(self.diff)
        table_tools.install(self.view, name="audit", sortable=False)  # newest first, as the trail runs
        table_tools.install(self.diff_view, sortable=False)
        dh = self.diff_view.horizontalHeader()
        dh.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        dh.setSectionResizeMode(1, QHeaderView.Stretch)
        dh.setSectionResizeMode(2, QHeaderView.Stretch)
        self.entry_label = u.entryLabel

        self.count_label = u.countLabel
        self.verify_button = u.verifyButton
        self.verify_result = u.verifyResult
        u.buttons.rejected.connect(self.reject)

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

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # The detail rows' heights follow the columns' widths, known only once the window is laid out.
        self.diff_view.resizeRowsToContents()

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
            count = audit.entry_count()
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
