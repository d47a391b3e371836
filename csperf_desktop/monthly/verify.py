"""``verify``: is the database sound and untampered?

Checks, in order: SQLite's integrity check, the audit chain, every score event
against its audit record, the JSON columns, and every published snapshot against
the fingerprint recorded when it was published.
Returns the problems found, first one first; an empty list means all holds.
"""

from __future__ import annotations

import peewee as pw

from ..trust.audit import verify_chain
from ..store.models import MonthlyResult, Period, database_proxy
from ..base.months import Month
from .periods import fingerprint
from .standings import result_to_standing
from ..base.vocab import revision_label


def verify_database(full: bool = True) -> list[str]:
    problems: list[str] = []
    db = database_proxy.obj
    if isinstance(db, pw.SqliteDatabase):
        pragma = "integrity_check" if full else "quick_check"
        rows = [r[0] for r in db.execute_sql(f"PRAGMA {pragma}").fetchall()]
        if rows != ["ok"]:
            problems.append("数据库文件完整性检查失败：" + "；".join(rows[:3]))
            return problems
    problem = verify_chain()
    if problem:
        problems.append(problem.message)
    mismatch = check_events_against_audit()
    if mismatch:
        problems.append(mismatch)
    problems += check_json_columns()
    for period in Period.select().where(Period.revision > 0).order_by(Period.month):
        rows = (MonthlyResult.select()
                .where((MonthlyResult.month == period.month) & (MonthlyResult.revision == period.revision))
                .order_by(MonthlyResult.rank, MonthlyResult.employee_no))
        digest = fingerprint([result_to_standing(r) for r in rows], Month.parse(period.month), period.revision)
        if period.fingerprint and digest != period.fingerprint:
            problems.append(
                f"{Month.parse(period.month).label_zh}{revision_label(period.revision)}公示结果与公示时的指纹不符"
                f"（记录 {period.fingerprint}，现在 {digest}）：成绩快照被改动过。")
    return problems


def check_json_columns() -> list[str]:
    """Every JSON column holds JSON. The program reads a damaged value as empty so that a
    list still opens; this names it, so that it is restored rather than silently lost."""
    import json

    from ..store.models import AnnualReview, AnnualTemplate, JSONField

    found = []
    for model in (AnnualReview, AnnualTemplate):
        fields = [f for f in model._meta.sorted_fields if isinstance(f, JSONField)]
        # The raw text, not the field's reading (which turns damage into None).
        meta = model._meta
        sql = (f"SELECT {meta.primary_key.column_name}, {', '.join(f.column_name for f in fields)} "
               f"FROM {meta.table_name}")
        for row_id, *texts in meta.database.execute_sql(sql).fetchall():
            for field, text in zip(fields, texts):
                if text is None:
                    continue
                try:
                    json.loads(text)
                except ValueError:
                    found.append(f"{model._meta.table_name} 第 {row_id} 行的 {field.name} 已损坏（不是有效的 JSON），"
                                 "程序读作空值。请从备份恢复该记录。")
    return found


def check_events_against_audit() -> str | None:
    """Every score event must equal what its last audit entry recorded; a row changed
    or added behind the program's back (e.g. with an SQLite editor) does not."""
    import json

    from ..trust.audit import to_json
    from .events import event_record
    from ..store.models import AuditEntry, ScoreEvent

    recorded: dict[str, str] = {}
    q = (AuditEntry.select(AuditEntry.entity_id, AuditEntry.after)
         .where(AuditEntry.entity == "score_event").order_by(AuditEntry.id).tuples().iterator())
    for entity_id, after in q:
        if after is not None:
            recorded[entity_id] = after
    for ev in ScoreEvent.select().order_by(ScoreEvent.id).iterator():
        expected = recorded.get(str(ev.id))
        if expected is None:
            return f"评分记录 #{ev.id} 没有对应的审计记录：它是绕过程序写入数据库的。"
        if json.loads(expected) != json.loads(to_json(event_record(ev))):
            return f"评分记录 #{ev.id} 与审计记录不符：数据库中的这条记录被绕过程序改动过。"
    return None
