"""Versioned schema migrations, applied in order at start-up.

A new database is created at the latest version in one transaction, from the
models as they are now. An existing one older than the program is first backed
up (SQLite online backup API, next to the file), then migrated one step per
transaction. A database newer than the program is refused.

Each step after the first changes the schema with ``playhouse.migrate`` (the same
code for SQLite and PostgreSQL) and creates its new tables from frozen copies of
their models as they were at that version, so a later change to a model never
changes what an old step does.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import peewee as pw

from ..base import clock
from ..base.errors import DatabaseError, SchemaTooNew


def _create_latest(database: pw.Database) -> None:
    """A new database: every table as the models are now, and the default rulebook."""
    from . import models
    from .seeds import seed_checklist, seed_rules, seed_templates

    database.create_tables(models.ALL_MODELS)
    seed_rules(models.Rule)
    seed_checklist(models.ChecklistItem)
    seed_templates(models.AnnualTemplate)


def _step_1_initial(database: pw.Database) -> None:
    _create_latest(database)  # version 1 has only ever been reached by a new database


def _step_2_month_end(database: pw.Database) -> None:
    """Month-end integrity: the order amount and gift owed on an event, who is ranked in a
    snapshot, dismissed proposals and gifts handed over."""
    from playhouse.migrate import SchemaMigrator, migrate as apply

    from . import models

    class Frozen(pw.Model):
        class Meta:
            legacy_table_names = False

    class ProposalDismissal(Frozen):
        source = pw.CharField(max_length=64, unique=True)
        month = pw.CharField(max_length=7)
        staff = pw.ForeignKeyField(models.Staff, on_delete="RESTRICT")
        rule_code = pw.CharField(max_length=16)
        points = pw.IntegerField()
        reason = pw.TextField()
        dismissed_by = pw.CharField(max_length=64)
        dismissed_at = pw.DateTimeField()

        class Meta:
            indexes = ((("month",), False),)

    class GiftHandout(Frozen):
        event = pw.ForeignKeyField(models.ScoreEvent, unique=True, on_delete="RESTRICT")
        given_on = pw.DateField()
        given_by = pw.CharField(max_length=64)
        note = pw.TextField(default="")
        created_at = pw.DateTimeField()

    frozen = [ProposalDismissal, GiftHandout]
    database.bind(frozen, bind_refs=False, bind_backrefs=False)
    migrator = SchemaMigrator.from_database(database)
    apply(
        migrator.add_column("score_event", "order_amount", pw.FloatField(null=True)),
        migrator.add_column("score_event", "gift_tier", pw.CharField(max_length=8, null=True)),
        migrator.add_column("monthly_result", "ranked", pw.BooleanField(default=True)),
    )
    database.create_tables(frozen)


def _step_3_sign_in_lockout(database: pw.Database) -> None:
    """Wrong passwords counted in the user table, so a restart no longer resets the wait,
    and the account's lock after too many (lifted by an administrator)."""
    from playhouse.migrate import SchemaMigrator, migrate as apply

    migrator = SchemaMigrator.from_database(database)
    apply(
        migrator.add_column("user", "failed_logins", pw.IntegerField(default=0)),
        migrator.add_column("user", "last_failed_at", pw.DateTimeField(null=True)),
        migrator.add_column("user", "locked_at", pw.DateTimeField(null=True)),
    )


def _step_calibration(database: pw.Database) -> None:
    """Calibration sessions: graders scoring the same conversations against the spot-check
    checklist, to measure how far they agree."""
    from . import models

    class Frozen(pw.Model):
        class Meta:
            legacy_table_names = False

    class CalibrationSession(Frozen):
        title = pw.CharField(max_length=200)
        date = pw.DateField()
        status = pw.CharField(max_length=16, default="open")
        items = pw.TextField(default="[]")
        note = pw.TextField(default="")
        created_by = pw.CharField(max_length=64, default="")
        created_at = pw.DateTimeField()
        closed_by = pw.CharField(max_length=64, null=True)
        closed_at = pw.DateTimeField(null=True)

    class CalibrationConversation(Frozen):
        session = pw.ForeignKeyField(CalibrationSession, on_delete="RESTRICT")
        reference = pw.CharField(max_length=100)
        staff = pw.ForeignKeyField(models.Staff, null=True, on_delete="RESTRICT")
        sort_order = pw.IntegerField(default=0)

        class Meta:
            indexes = ((("session", "reference"), True),)

    class CalibrationGrader(Frozen):
        session = pw.ForeignKeyField(CalibrationSession, on_delete="RESTRICT")
        name = pw.CharField(max_length=64)
        staff = pw.ForeignKeyField(models.Staff, null=True, on_delete="RESTRICT")
        sort_order = pw.IntegerField(default=0)

        class Meta:
            indexes = ((("session", "name"), True),)

    class CalibrationRating(Frozen):
        session = pw.ForeignKeyField(CalibrationSession, on_delete="RESTRICT")
        conversation = pw.ForeignKeyField(CalibrationConversation, on_delete="RESTRICT")
        grader = pw.ForeignKeyField(CalibrationGrader, on_delete="RESTRICT")
        item_id = pw.IntegerField()
        verdict = pw.CharField(max_length=8)
        entered_by = pw.CharField(max_length=64, default="")
        entered_at = pw.DateTimeField()

        class Meta:
            indexes = ((("conversation", "grader", "item_id"), True), (("session",), False))

    frozen = [CalibrationSession, CalibrationConversation, CalibrationGrader, CalibrationRating]
    database.bind(frozen, bind_refs=False, bind_backrefs=False)
    database.create_tables(frozen)


def _step_exam_bank(database: pw.Database) -> None:
    """The exam bank: questions, the papers composed for an exam (A/B), and each person's answers."""
    from . import models

    class Frozen(pw.Model):
        class Meta:
            legacy_table_names = False

    class ExamQuestion(Frozen):
        area = pw.CharField(max_length=16)
        topic = pw.CharField(max_length=64, default="")
        qtype = pw.CharField(max_length=16)
        text = pw.TextField()
        options = pw.TextField(default="[]")
        answer = pw.CharField(max_length=500, default="")
        model_answer = pw.TextField(default="")
        points = pw.IntegerField(default=2)
        difficulty = pw.IntegerField(default=2)
        last_used = pw.DateField(null=True)
        active = pw.BooleanField(default=True)
        created_by = pw.CharField(max_length=64, default="")
        created_at = pw.DateTimeField()

        class Meta:
            indexes = ((("area", "topic"), False),)

    class ExamPaper(Frozen):
        exam = pw.ForeignKeyField(models.Exam, on_delete="RESTRICT")
        version = pw.CharField(max_length=1)
        seed = pw.IntegerField(default=0)
        items = pw.TextField(default="[]")
        created_by = pw.CharField(max_length=64, default="")
        created_at = pw.DateTimeField()

        class Meta:
            indexes = ((("exam", "version"), True),)

    class ExamAnswer(Frozen):
        paper = pw.ForeignKeyField(ExamPaper, on_delete="RESTRICT")
        staff = pw.ForeignKeyField(models.Staff, on_delete="RESTRICT")
        position = pw.IntegerField()
        question = pw.ForeignKeyField(ExamQuestion, on_delete="RESTRICT")
        response = pw.CharField(max_length=500, default="")
        chosen = pw.CharField(max_length=16, default="")
        marks = pw.FloatField(default=0)
        correct = pw.BooleanField(default=False)
        entered_by = pw.CharField(max_length=64, default="")
        entered_at = pw.DateTimeField()

        class Meta:
            indexes = ((("paper", "staff", "position"), True), (("question",), False))

    frozen = [ExamQuestion, ExamPaper, ExamAnswer]
    database.bind(frozen, bind_refs=False, bind_backrefs=False)
    database.create_tables(frozen)


def _step_rule_analytics_index(database: pw.Database) -> None:
    """An index that covers the analysis's one pass over the events (per month, person, rule,
    kind, recorder and method), read in its order without sorting."""
    from playhouse.migrate import SchemaMigrator, migrate as apply

    migrator = SchemaMigrator.from_database(database)
    apply(migrator.add_index("score_event", ANALYSIS_INDEX, False))


ANALYSIS_INDEX = ("month", "voided", "staff_id", "rule_code", "kind", "recorded_by", "method", "points")


def _step_drop_staff_index(database: pw.Database) -> None:
    """The events' index on the person alone goes: the (person, month) index begins with the
    same column and serves every look-up by person; the single one only cost a write per event
    and a tenth of the integrity check's time (0.2 s of 2.3 s for 480,000 events)."""
    database.execute_sql(f'DROP INDEX IF EXISTS "{REDUNDANT_STAFF_INDEX}"')


REDUNDANT_STAFF_INDEX = "score_event_staff_id"

# (version, description, function). Append new steps; never edit a released one.
MIGRATIONS: list[tuple[int, str, callable]] = [
    (1, "initial schema and default rulebook", _step_1_initial),
    (2, "month-end integrity: gifts owed, ranked roles, dismissed proposals", _step_2_month_end),
    (3, "sign-in lockout kept in the user table", _step_3_sign_in_lockout),
    (4, "calibration sessions for spot checks", _step_calibration),
    (5, "exam bank: questions, A/B papers, answers", _step_exam_bank),
    (6, "an index for the analysis of events by rule", _step_rule_analytics_index),
    (7, "the events' redundant index on the person alone dropped", _step_drop_staff_index),
]

LATEST = MIGRATIONS[-1][0]


def current_version(database: pw.Database) -> int:
    """0 for an empty database; raises for a database that is not csperf's."""
    tables = set(database.get_tables())
    if "schema_version" not in tables:
        if tables:
            raise DatabaseError(
                "这个数据库不是 csperf 创建的（没有版本表）。请选择 csperf 的数据库文件，或新建一个。"
            )
        return 0
    row = database.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(database: pw.Database, *, backup_before_migrate: bool = True) -> int:
    """Bring the schema to LATEST; return the version found before."""
    from .models import SchemaVersion

    found = current_version(database)
    if found > LATEST:
        raise SchemaTooNew(
            f"这个数据库由较新版本的 csperf 创建（数据库版本 {found}，本程序支持到 {LATEST}）。"
            "请升级 csperf 后再打开。"
        )
    if found == LATEST:
        return found
    if found == 0:
        with _writer_lock(database):
            if current_version(database) == 0:  # else another program created it meanwhile
                _create_latest(database)
                SchemaVersion.create(version=LATEST, applied_at=clock.now_utc())
        return found
    if backup_before_migrate and isinstance(database, pw.SqliteDatabase):
        _backup_before(database, found)
    for version, _desc, step in MIGRATIONS:
        if version <= found:
            continue
        with _writer_lock(database):
            if current_version(database) >= version:
                continue  # another PC starting the same release applied this step meanwhile
            step(database)
            SchemaVersion.create(version=version, applied_at=clock.now_utc())
    return found


@contextmanager
def _writer_lock(database: pw.Database) -> Iterator[None]:
    """One transaction holding the database's writer lock (the one every change takes), so two
    programs starting on the same database at once never apply a step twice."""
    if isinstance(database, pw.SqliteDatabase):
        with database.atomic("IMMEDIATE"):
            yield
        return
    from .models import PG_WRITER_LOCK

    with database.atomic():
        if isinstance(database, pw.PostgresqlDatabase):
            database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (PG_WRITER_LOCK,))
        yield


def _backup_before(database: pw.SqliteDatabase, version: int) -> Path | None:
    from .backup import backup_sqlite, timestamped_name

    if database.database == ":memory:":
        return None
    src = Path(database.database)
    dest = src.with_name(f"{src.stem}-before-v{version + 1}-" + timestamped_name("backup"))
    return backup_sqlite(database, dest)
