"""The data model (peewee). Models are bound to ``database_proxy``; the entry
point or a test chooses the real database with ``db.open_database``: no model
opens a database at import.

Times are naive UTC; event dates are local calendar dates. Points are whole
numbers, signed on events (bonus +, deduction −), magnitudes on rules.
"""

from __future__ import annotations

import json
import logging

import peewee as pw

from ..base import clock

database_proxy = pw.DatabaseProxy()

# PostgreSQL advisory lock held by every writing transaction (and by schema upgrades), so that
# writers on several PCs take turns and the audit chain stays linear.
PG_WRITER_LOCK = 4242


class JSONField(pw.TextField):
    """A JSON value kept in a TEXT column: Python dicts and lists in, the same out.

    Written compact with Chinese kept as characters (``ensure_ascii=False``); values
    JSON has no type for (dates, months) are written as their text (``default=str``);
    ``sort_keys`` gives a stable text for the same content. None stays NULL and reads
    back as None. A stored text that is not valid JSON (a hand-edited or damaged file)
    reads as None with a warning in the log, so that listing the table never fails on
    one bad row: ratings then read as none given, a frozen result as missing.
    """

    def __init__(self, *args, sort_keys: bool = False, **kwargs):
        self.sort_keys = sort_keys
        super().__init__(*args, **kwargs)

    def db_value(self, value):
        if value is None:
            return None
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=self.sort_keys, default=str)

    def python_value(self, value):
        if value is None:
            return None
        try:
            return json.loads(value)
        except (TypeError, ValueError):
            logging.getLogger(__name__).warning("%s.%s holds text that is not JSON; read as empty",
                                                self.model.__name__ if self.model else "?", self.name)
            return None


class BaseModel(pw.Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class SchemaVersion(BaseModel):
    version = pw.IntegerField()
    applied_at = pw.DateTimeField(default=clock.now_utc)


class User(BaseModel):
    username = pw.CharField(max_length=64, unique=True)
    display_name = pw.CharField(max_length=100, default="")
    role = pw.CharField(max_length=16)  # vocab.USER_ROLES
    password_hash = pw.CharField(max_length=300, null=True)
    active = pw.BooleanField(default=True)
    created_at = pw.DateTimeField(default=clock.now_utc)
    # Wrong passwords in a row since the last sign-in (schema v3): they survive a restart.
    failed_logins = pw.IntegerField(default=0)
    last_failed_at = pw.DateTimeField(null=True)
    locked_at = pw.DateTimeField(null=True)  # locked after too many; an administrator unlocks


class Staff(BaseModel):
    employee_no = pw.CharField(max_length=32, unique=True)
    name = pw.CharField(max_length=64)
    role = pw.CharField(max_length=16, default="agent")  # vocab.STAFF_ROLES
    team = pw.CharField(max_length=64, default="")
    hire_date = pw.DateField(null=True)
    leave_date = pw.DateField(null=True)
    active = pw.BooleanField(default=True)
    note = pw.TextField(default="")
    created_at = pw.DateTimeField(default=clock.now_utc)


class Rule(BaseModel):
    code = pw.CharField(max_length=16, unique=True)
    area = pw.CharField(max_length=16)  # vocab.AREAS
    kind = pw.CharField(max_length=16)  # bonus | deduction
    name = pw.CharField(max_length=200)
    min_points = pw.IntegerField()  # magnitude, >= 0
    max_points = pw.IntegerField()  # magnitude, >= min_points
    default_points = pw.IntegerField()  # magnitude within [min, max]
    unit = pw.CharField(max_length=8, default="time")  # time | month
    active = pw.BooleanField(default=True)
    serious = pw.BooleanField(default=False)  # flagged on standings (e.g. D12)
    note = pw.TextField(default="")
    sort_order = pw.IntegerField(default=0)


class Period(BaseModel):
    month = pw.CharField(max_length=7, unique=True)  # YYYY-MM
    status = pw.CharField(max_length=16, default="open")  # open | published | closed
    revision = pw.IntegerField(default=0)  # 1 at first publication, +1 per re-issue
    published_at = pw.DateTimeField(null=True)
    published_by = pw.CharField(max_length=64, null=True)
    appeal_deadline = pw.DateTimeField(null=True)
    closed_at = pw.DateTimeField(null=True)
    closed_by = pw.CharField(max_length=64, null=True)
    needs_reprint = pw.BooleanField(default=False)
    fingerprint = pw.CharField(max_length=16, null=True)  # of the latest snapshot

    @classmethod
    def for_month(cls, month_key: str) -> Period:
        """The month's period row; an unsaved open one when the month was never touched."""
        return cls.get_or_none(cls.month == month_key) or cls(month=month_key, status="open", revision=0)


class ScoreEvent(BaseModel):
    # No index of its own: the (staff, month) index below begins with it and serves every look-up
    # by person, the foreign key's checks included (schema v7 dropped the one it had).
    staff = pw.ForeignKeyField(Staff, backref="events", on_delete="RESTRICT", index=False)
    date = pw.DateField()
    month = pw.CharField(max_length=7)  # YYYY-MM of date, for month queries
    rule = pw.ForeignKeyField(Rule, null=True, on_delete="RESTRICT")
    rule_code = pw.CharField(max_length=16)  # as recorded
    rule_name = pw.CharField(max_length=200)  # as recorded
    area = pw.CharField(max_length=16)
    kind = pw.CharField(max_length=16)
    unit_points = pw.IntegerField()  # signed, per unit
    quantity = pw.IntegerField(default=1)
    points = pw.IntegerField()  # signed total = unit_points * quantity
    note = pw.TextField(default="")
    reference = pw.CharField(max_length=100, default="")
    method = pw.CharField(max_length=16, default="supervision")
    recorded_by = pw.CharField(max_length=64)
    created_at = pw.DateTimeField(default=clock.now_utc)
    voided = pw.BooleanField(default=False)
    void_reason = pw.TextField(null=True)
    voided_by = pw.CharField(max_length=64, null=True)
    voided_at = pw.DateTimeField(null=True)
    corrects = pw.ForeignKeyField("self", null=True, backref="corrections", on_delete="RESTRICT")
    serious = pw.BooleanField(default=False)  # the rule was flagged serious when recorded
    source = pw.CharField(max_length=64, null=True)  # e.g. "exam_result:12" for confirmed proposals
    order_amount = pw.FloatField(null=True)  # yuan, when the event concerns an order
    gift_tier = pw.CharField(max_length=8, null=True)  # the gift owed for that order, by the tiers then in force

    class Meta:
        indexes = (
            # Covers a month's standings: the GROUP BY reads the index alone.
            (("month", "voided", "staff", "area", "kind", "serious", "points"), False),
            (("staff", "month"), False),
            (("source",), False),
            # Covers the analysis's pass over a range of months, read in index order.
            (("month", "voided", "staff", "rule_code", "kind", "recorded_by", "method", "points"), False),
        )


class MonthlyResult(BaseModel):
    """A snapshot of one person's result for one revision of a published month."""

    period = pw.ForeignKeyField(Period, backref="results", on_delete="RESTRICT")
    month = pw.CharField(max_length=7)
    revision = pw.IntegerField()
    staff = pw.ForeignKeyField(Staff, on_delete="RESTRICT")
    employee_no = pw.CharField(max_length=32)
    name = pw.CharField(max_length=64)
    team = pw.CharField(max_length=64, default="")
    role = pw.CharField(max_length=16, default="agent")
    base = pw.IntegerField()
    bonus = pw.IntegerField()
    deduction = pw.IntegerField()  # magnitude (>= 0)
    area_orders = pw.IntegerField(default=0)
    area_after_sales = pw.IntegerField(default=0)
    area_daily = pw.IntegerField(default=0)
    area_general = pw.IntegerField(default=0)
    raw_total = pw.IntegerField()
    final = pw.IntegerField()
    rank = pw.IntegerField()  # 0 when not ranked
    ranked_count = pw.IntegerField()
    ranked = pw.BooleanField(default=True)  # false: the person's role is not ranked (settings.ranked_roles)
    change = pw.IntegerField(null=True)
    award = pw.BooleanField(default=False)
    award_amount = pw.IntegerField(default=0)
    warning = pw.BooleanField(default=False)
    serious = pw.BooleanField(default=False)
    sales = pw.FloatField(null=True)
    created_at = pw.DateTimeField(default=clock.now_utc)

    class Meta:
        indexes = ((("month", "revision", "staff"), True),)


class MonthlyFigures(BaseModel):
    """Helpdesk figures for one person and month (imported from Excel)."""

    staff = pw.ForeignKeyField(Staff, on_delete="RESTRICT")
    month = pw.CharField(max_length=7)
    csat_pct = pw.FloatField(null=True)  # 0..100, satisfied or better
    avg_response_s = pw.FloatField(null=True)
    avg_handle_s = pw.FloatField(null=True)
    fcr_pct = pw.FloatField(null=True)  # first-contact resolution, 0..100
    contacts = pw.IntegerField(null=True)
    sales_amount = pw.FloatField(null=True)
    orders = pw.IntegerField(null=True)
    late_count = pw.IntegerField(null=True)
    early_leave_count = pw.IntegerField(null=True)
    absence_days = pw.FloatField(null=True)
    imported_at = pw.DateTimeField(default=clock.now_utc)
    imported_by = pw.CharField(max_length=64, default="")

    class Meta:
        indexes = ((("month", "staff"), True),)


class ProposalDismissal(BaseModel):
    """A proposal the supervisor decided not to record, with the reason (never silently dropped)."""

    source = pw.CharField(max_length=64, unique=True)  # the proposal's source key
    month = pw.CharField(max_length=7)
    staff = pw.ForeignKeyField(Staff, on_delete="RESTRICT")
    rule_code = pw.CharField(max_length=16)
    points = pw.IntegerField()  # signed, as proposed
    reason = pw.TextField()
    dismissed_by = pw.CharField(max_length=64)
    dismissed_at = pw.DateTimeField(default=clock.now_utc)

    class Meta:
        indexes = ((("month",), False),)


class GiftHandout(BaseModel):
    """An order gift handed over to the person who earned it."""

    event = pw.ForeignKeyField(ScoreEvent, unique=True, on_delete="RESTRICT")
    given_on = pw.DateField()
    given_by = pw.CharField(max_length=64)
    note = pw.TextField(default="")
    created_at = pw.DateTimeField(default=clock.now_utc)


class Setting(BaseModel):
    key = pw.CharField(max_length=64, unique=True)
    value = pw.TextField()  # JSON


class AuditEntry(BaseModel):
    """Append-only, hash-chained record of every change."""

    at = pw.DateTimeField(default=clock.now_utc)
    actor = pw.CharField(max_length=64)
    action = pw.CharField(max_length=64)
    entity = pw.CharField(max_length=32)
    entity_id = pw.CharField(max_length=64, null=True)
    staff_id = pw.IntegerField(null=True)  # the agent concerned, for filtering
    month = pw.CharField(max_length=7, null=True)
    before = pw.TextField(null=True)  # JSON
    after = pw.TextField(null=True)  # JSON
    reason = pw.TextField(null=True)
    prev_hash = pw.CharField(max_length=64)
    hash = pw.CharField(max_length=64)

    class Meta:
        indexes = ((("staff_id",), False), (("month",), False))


class Exam(BaseModel):
    """A skills exam (seed 000 §三(一).6): product knowledge, company rules, work skills."""

    date = pw.DateField()
    month = pw.CharField(max_length=7)  # YYYY-MM the exam counts for
    title = pw.CharField(max_length=200)
    area = pw.CharField(max_length=16)  # exams.EXAM_AREAS
    full_marks = pw.IntegerField(default=100)
    pass_mark = pw.IntegerField(default=60)
    note = pw.TextField(default="")
    created_by = pw.CharField(max_length=64, default="")
    created_at = pw.DateTimeField(default=clock.now_utc)

    class Meta:
        indexes = ((("month",), False),)


class ExamResult(BaseModel):
    """One agent's result in one exam: a score, or absent."""

    exam = pw.ForeignKeyField(Exam, backref="results", on_delete="RESTRICT")
    staff = pw.ForeignKeyField(Staff, on_delete="RESTRICT")
    score = pw.FloatField(null=True)  # None when absent
    absent = pw.BooleanField(default=False)
    note = pw.TextField(default="")
    entered_by = pw.CharField(max_length=64, default="")
    entered_at = pw.DateTimeField(default=clock.now_utc)

    class Meta:
        indexes = ((("exam", "staff"), True),)


class ChecklistItem(BaseModel):
    """One line of the spot-check form (三要三不四个一样, accuracy, records), editable."""

    section = pw.CharField(max_length=16)  # spotchecks.SECTIONS
    text = pw.CharField(max_length=200)
    rule_code = pw.CharField(max_length=16, default="")  # deduction proposed on failure ("" = none)
    active = pw.BooleanField(default=True)
    sort_order = pw.IntegerField(default=0)


class SpotCheck(BaseModel):
    """A random spot check of one conversation or ticket (随机抽查)."""

    staff = pw.ForeignKeyField(Staff, on_delete="RESTRICT")
    date = pw.DateField()
    month = pw.CharField(max_length=7)
    reference = pw.CharField(max_length=100, default="")
    channel = pw.CharField(max_length=16, default="chat")  # spotchecks.CHANNELS
    checked_by = pw.CharField(max_length=64, default="")
    note = pw.TextField(default="")
    recorded_by = pw.CharField(max_length=64, default="")
    created_at = pw.DateTimeField(default=clock.now_utc)
    voided = pw.BooleanField(default=False)
    void_reason = pw.TextField(null=True)

    class Meta:
        indexes = ((("month", "staff"), False),)


class SpotCheckResult(BaseModel):
    """One checklist item's outcome in a spot check; the item's text and rule as they were."""

    spot_check = pw.ForeignKeyField(SpotCheck, backref="results", on_delete="CASCADE")
    item = pw.ForeignKeyField(ChecklistItem, null=True, on_delete="SET NULL")
    section = pw.CharField(max_length=16)
    text = pw.CharField(max_length=200)
    rule_code = pw.CharField(max_length=16, default="")
    passed = pw.BooleanField(default=True)
    note = pw.TextField(default="")


class Appeal(BaseModel):
    """An agent's request to re-check a published month (复核申请)."""

    month = pw.CharField(max_length=7)
    staff = pw.ForeignKeyField(Staff, on_delete="RESTRICT")
    whole_score = pw.BooleanField(default=False)  # disputes the whole score, not listed events
    category = pw.CharField(max_length=16)  # appeals.CATEGORIES
    reason = pw.TextField()
    received_at = pw.DateTimeField(default=clock.now_utc)
    status = pw.CharField(max_length=16, default="pending")  # appeals.STATUS
    late_reason = pw.TextField(null=True)  # set when an admin accepted it after the deadline
    late_accepted_by = pw.CharField(max_length=64, null=True)
    decision_reason = pw.TextField(null=True)
    decided_by = pw.CharField(max_length=64, null=True)
    decided_at = pw.DateTimeField(null=True)
    revision_before = pw.IntegerField(null=True)
    revision_after = pw.IntegerField(null=True)
    score_before = pw.IntegerField(null=True)
    score_after = pw.IntegerField(null=True)
    rank_before = pw.IntegerField(null=True)
    rank_after = pw.IntegerField(null=True)
    recorded_by = pw.CharField(max_length=64, default="")
    created_at = pw.DateTimeField(default=clock.now_utc)

    class Meta:
        indexes = ((("month", "staff"), False), (("status",), False))


class AppealItem(BaseModel):
    """One disputed event of an appeal and what was decided for it."""

    appeal = pw.ForeignKeyField(Appeal, backref="items", on_delete="CASCADE")
    event = pw.ForeignKeyField(ScoreEvent, backref="appeal_items", on_delete="RESTRICT")
    proposed_points = pw.IntegerField(null=True)  # the points the agent asks for (signed)
    outcome = pw.CharField(max_length=16, null=True)  # upheld | rejected | None (undecided)
    new_points = pw.IntegerField(null=True)  # points after the decision (0 = voided)
    correction = pw.ForeignKeyField(ScoreEvent, null=True, backref="+", on_delete="RESTRICT")

    class Meta:
        indexes = ((("appeal", "event"), True),)


class AnnualTemplate(BaseModel):
    """One version of a role's annual review template (seed 003 §三): dimensions with
    weights, each with its indicators (JSON ``body``, see ``annual.templates``).
    A version used by a signed-off review is frozen; editing it creates the next."""

    role = pw.CharField(max_length=16)  # vocab.STAFF_ROLES
    version = pw.IntegerField()
    name = pw.CharField(max_length=100, default="")
    body = JSONField()  # see annual.templates
    frozen = pw.BooleanField(default=False)
    created_by = pw.CharField(max_length=64, default="")
    created_at = pw.DateTimeField(default=clock.now_utc)

    class Meta:
        indexes = ((("role", "version"), True),)


class AnnualGoal(BaseModel):
    """A goal agreed at the start of the year (indicator, target, weight)."""

    staff = pw.ForeignKeyField(Staff, on_delete="RESTRICT")
    year = pw.IntegerField()
    indicator = pw.CharField(max_length=32, default="")  # a template indicator code, "" = free-form goal
    title = pw.CharField(max_length=200)
    target = pw.FloatField(null=True)
    weight = pw.IntegerField(default=0)  # percent of the person's goals
    note = pw.TextField(default="")
    created_by = pw.CharField(max_length=64, default="")
    created_at = pw.DateTimeField(default=clock.now_utc)

    class Meta:
        indexes = ((("year", "staff"), False),)


class CoachingNote(BaseModel):
    """A coaching conversation during the year (辅导记录)."""

    staff = pw.ForeignKeyField(Staff, on_delete="RESTRICT")
    date = pw.DateField()
    topic = pw.CharField(max_length=200)
    note = pw.TextField(default="")
    follow_up = pw.DateField(null=True)
    recorded_by = pw.CharField(max_length=64, default="")
    created_at = pw.DateTimeField(default=clock.now_utc)

    class Meta:
        indexes = ((("staff", "date"), False),)


class AnnualReview(BaseModel):
    """One person's annual review for one calendar year."""

    staff = pw.ForeignKeyField(Staff, on_delete="RESTRICT")
    year = pw.IntegerField()
    status = pw.CharField(max_length=16, default="not_started")  # annual.REVIEW_STATUS
    template = pw.ForeignKeyField(AnnualTemplate, null=True, on_delete="RESTRICT")  # set at sign-off
    self_review = pw.TextField(default="")
    ratings = JSONField(default=dict, sort_keys=True)  # {indicator code: {"rating": 1..5, "comment": str}}
    supervisor_comment = pw.TextField(default="")
    interview_date = pw.DateField(null=True)
    interview_attendees = pw.CharField(max_length=300, default="")
    interview_summary = pw.TextField(default="")
    development_plan = pw.TextField(default="")
    signed_off_at = pw.DateTimeField(null=True)
    signed_off_by = pw.CharField(max_length=64, null=True)
    result = JSONField(null=True)  # snapshot of the result at sign-off
    updated_at = pw.DateTimeField(default=clock.now_utc)

    class Meta:
        indexes = ((("year", "staff"), True),)


class CalibrationSession(BaseModel):
    """A calibration session: several graders score the same conversations against the
    spot-check checklist without seeing each other's ratings until it is closed.
    ``items`` keeps the checklist lines as they were when the session was created."""

    title = pw.CharField(max_length=200)
    date = pw.DateField()
    status = pw.CharField(max_length=16, default="open")  # open | closed
    items = JSONField(default=list)  # [{"id", "code", "section", "text", "rule_code"}]
    note = pw.TextField(default="")
    created_by = pw.CharField(max_length=64, default="")
    created_at = pw.DateTimeField(default=clock.now_utc)
    closed_by = pw.CharField(max_length=64, null=True)
    closed_at = pw.DateTimeField(null=True)


class CalibrationConversation(BaseModel):
    """One service conversation of a session (ticket or order reference)."""

    session = pw.ForeignKeyField(CalibrationSession, backref="conversations", on_delete="RESTRICT")
    reference = pw.CharField(max_length=100)
    staff = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT")  # the agent who served, if known
    sort_order = pw.IntegerField(default=0)

    class Meta:
        indexes = ((("session", "reference"), True),)


class CalibrationGrader(BaseModel):
    """One grader of a session: a name typed in, or a person of the staff list."""

    session = pw.ForeignKeyField(CalibrationSession, backref="graders", on_delete="RESTRICT")
    name = pw.CharField(max_length=64)
    staff = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    sort_order = pw.IntegerField(default=0)

    class Meta:
        indexes = ((("session", "name"), True),)


class CalibrationRating(BaseModel):
    """One grader's verdict on one checklist item of one conversation (no row: not rated)."""

    session = pw.ForeignKeyField(CalibrationSession, on_delete="RESTRICT")
    conversation = pw.ForeignKeyField(CalibrationConversation, on_delete="RESTRICT")
    grader = pw.ForeignKeyField(CalibrationGrader, on_delete="RESTRICT")
    item_id = pw.IntegerField()  # a ChecklistItem id listed in the session's ``items``
    verdict = pw.CharField(max_length=8)  # pass | fail
    entered_by = pw.CharField(max_length=64, default="")
    entered_at = pw.DateTimeField(default=clock.now_utc)

    class Meta:
        indexes = ((("conversation", "grader", "item_id"), True), (("session",), False))


class ExamQuestion(BaseModel):
    """A question of the exam bank: area, topic tag, type, text, options and key."""

    area = pw.CharField(max_length=16)  # exambank.bank.AREAS
    topic = pw.CharField(max_length=64, default="")
    qtype = pw.CharField(max_length=16)  # exambank.bank.TYPES
    text = pw.TextField()
    options = JSONField(default=list)  # choice questions: option texts, A first
    answer = pw.CharField(max_length=500, default="")  # letters (AC), T/F, or accepted fill-ins split by |
    model_answer = pw.TextField(default="")
    points = pw.IntegerField(default=2)
    difficulty = pw.IntegerField(default=2)  # 1 easy, 2 medium, 3 hard
    last_used = pw.DateField(null=True)
    active = pw.BooleanField(default=True)
    created_by = pw.CharField(max_length=64, default="")
    created_at = pw.DateTimeField(default=clock.now_utc)

    class Meta:
        indexes = ((("area", "topic"), False),)


class ExamPaper(BaseModel):
    """One version (A/B) of a month's exam paper: the questions as they were when composed,
    their order and each choice question's option order (the key maps back to the bank)."""

    exam = pw.ForeignKeyField(Exam, backref="papers", on_delete="RESTRICT")
    version = pw.CharField(max_length=1)
    seed = pw.IntegerField(default=0)
    items = JSONField(default=list)  # [{"q": id, "perm": [bank option index shown first, ...], ...snapshot}]
    created_by = pw.CharField(max_length=64, default="")
    created_at = pw.DateTimeField(default=clock.now_utc)

    class Meta:
        indexes = ((("exam", "version"), True),)


class ExamAnswer(BaseModel):
    """What one person answered to one question of a paper, and the marks it earned."""

    paper = pw.ForeignKeyField(ExamPaper, backref="answers", on_delete="RESTRICT")
    staff = pw.ForeignKeyField(Staff, on_delete="RESTRICT")
    position = pw.IntegerField()  # 1-based on the paper
    question = pw.ForeignKeyField(ExamQuestion, on_delete="RESTRICT")
    response = pw.CharField(max_length=500, default="")  # as written, in the paper's own letters
    chosen = pw.CharField(max_length=16, default="")  # choice questions: the bank's letters
    marks = pw.FloatField(default=0)
    correct = pw.BooleanField(default=False)
    entered_by = pw.CharField(max_length=64, default="")
    entered_at = pw.DateTimeField(default=clock.now_utc)

    class Meta:
        indexes = ((("conversation", "grader", "item_id"), True), (("session",), False))
        indexes = ((("paper", "staff", "position"), True), (("question",), False))


ALL_MODELS = [
    SchemaVersion,
    User,
    Staff,
    Rule,
    Period,
    ScoreEvent,
    MonthlyResult,
    MonthlyFigures,
    ProposalDismissal,
    GiftHandout,
    Setting,
    AuditEntry,
    Exam,
    ExamResult,
    ChecklistItem,
    SpotCheck,
    SpotCheckResult,
    Appeal,
    AppealItem,
    AnnualTemplate,
    AnnualGoal,
    CoachingNote,
    AnnualReview,
    CalibrationSession,
    CalibrationConversation,
    CalibrationGrader,
    CalibrationRating,
    ExamQuestion,
    ExamPaper,
    ExamAnswer,
]
