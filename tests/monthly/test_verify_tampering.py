"""Direct edits of the database file, made without the program: ``verify`` must name each one.

Each test first checks that the untouched database verifies, then edits the file the way
someone with an SQLite editor (and the program's source) would, and checks the verdict.
"""

from __future__ import annotations

import datetime as dt

import pytest

from csperf_desktop.base import clock
from csperf_desktop.base.months import Month
from csperf_desktop.monthly.events import add_event
from csperf_desktop.monthly.figures import save_figures
from csperf_desktop.monthly.lifecycle import publish_month
from csperf_desktop.monthly.periods import fingerprint
from csperf_desktop.monthly.standings import result_to_standing
from csperf_desktop.monthly.verify import verify_database, verify_report
from csperf_desktop.store.chain import GENESIS, entry_hash
from csperf_desktop.store.models import AuditEntry, MonthlyFigures, MonthlyResult, Period, ScoreEvent, Setting

SEPT = Month(2026, 9)


@pytest.fixture
def published(office, supervisor, fixed_clock):
    """September recorded (events, sales figures) and published; October with one event."""
    clock.set_fixed(dt.datetime(2026, 9, 29, 2, 0))
    add_event(supervisor, "A01", "B01", "2026-09-10", 3)
    add_event(supervisor, "A02", "D04", "2026-09-11", 2)
    add_event(supervisor, "A03", "B03", "2026-09-24", None)
    save_figures(supervisor, SEPT, {"A01": {"sales_amount": 5000}, "A02": {"sales_amount": 9000},
                                    "A03": {"sales_amount": 100}})
    clock.set_fixed(dt.datetime(2026, 10, 2, 2, 0))
    publish_month(supervisor, SEPT)
    clock.set_fixed(fixed_clock)
    add_event(supervisor, "A04", "B01", "2026-10-05", 2)
    assert verify_database() == []
    return office


def rehash_from(entry_id: int) -> None:
    """What someone who has read the source does after editing or deleting an entry: hash the
    chain again from there, so that it links and every hash matches."""
    prev = AuditEntry.select().where(AuditEntry.id < entry_id).order_by(AuditEntry.id.desc()).first()
    prev_hash = prev.hash if prev else GENESIS
    for e in AuditEntry.select().where(AuditEntry.id >= entry_id).order_by(AuditEntry.id):
        h = entry_hash(prev_hash, e.at, e.actor, e.action, e.entity, e.entity_id, e.staff_id, e.month,
                       e.before, e.after, e.reason)
        AuditEntry.update(prev_hash=prev_hash, hash=h).where(AuditEntry.id == e.id).execute()
        prev_hash = h


def test_an_event_moved_to_another_month_is_caught(published):
    ev = ScoreEvent.get(ScoreEvent.note == "", ScoreEvent.rule_code == "B03")
    ScoreEvent.update(month="2026-10").where(ScoreEvent.id == ev.id).execute()
    problems = verify_database()
    assert len(problems) == 1
    assert f"评分记录 #{ev.id}" in problems[0] and "月份" in problems[0] and "2026-09" in problems[0]


def test_an_event_area_kind_or_serious_flag_changed_is_caught(published):
    ev = ScoreEvent.get(ScoreEvent.rule_code == "D04")
    ScoreEvent.update(area="daily", serious=True).where(ScoreEvent.id == ev.id).execute()
    problems = verify_database()
    assert len(problems) == 1 and "领域" in problems[0] and "严重标记" in problems[0]


def test_a_deleted_event_is_caught(published):
    ev = ScoreEvent.get(ScoreEvent.rule_code == "B01", ScoreEvent.month == "2026-10")
    ScoreEvent.delete().where(ScoreEvent.id == ev.id).execute()
    problems = verify_database()
    assert problems == [f"评分记录 #{ev.id} 有审计记录，却已不在数据库中：它被绕过程序删除了。"]


def test_base_score_edited_in_the_settings_is_caught(published):
    Setting.insert(key="base_score", value="85").execute()
    problems = verify_database()
    assert len(problems) == 1 and "base_score" in problems[0] and "85" in problems[0] and "80" in problems[0]


def test_a_setting_changed_through_the_program_verifies_and_its_edit_is_caught(published, admin):
    from csperf_desktop.office.settings import update_settings

    update_settings(admin, {"award_amount": 500})
    assert verify_database() == []
    Setting.update(value="5000").where(Setting.key == "award_amount").execute()
    problems = verify_database()
    assert len(problems) == 1 and "award_amount" in problems[0] and "500" in problems[0]


def test_sales_figures_edited_are_caught(published):
    MonthlyFigures.update(sales_amount=99999).where(MonthlyFigures.sales_amount == 100).execute()
    problems = verify_database()
    assert len(problems) == 1 and "销售额" in problems[0]


def test_a_published_month_set_back_to_open_is_caught(published):
    Period.update(status="open").where(Period.month == "2026-09").execute()
    problems = verify_database()
    assert len(problems) == 1 and "2026年9月" in problems[0] and "状态" in problems[0]


def test_a_snapshot_edited_with_a_recomputed_fingerprint_is_caught(published):
    MonthlyResult.update(final=99).where(MonthlyResult.employee_no == "A03").execute()
    rows = MonthlyResult.select().where(MonthlyResult.month == "2026-09")
    digest = fingerprint([result_to_standing(r) for r in rows], SEPT, 1)
    Period.update(fingerprint=digest).where(Period.month == "2026-09").execute()
    problems = verify_database()
    assert any("指纹" in p and "审计记录" in p for p in problems)
    assert any("指纹不符" in p for p in problems)


def test_a_snapshot_column_outside_the_fingerprint_is_caught(published):
    MonthlyResult.update(sales=1e9).where(MonthlyResult.employee_no == "A03").execute()
    problems = verify_database()
    assert len(problems) == 1 and "摘要不符" in problems[0]


def test_a_deleted_publish_entry_with_the_chain_relinked_is_caught(published):
    entry = AuditEntry.get(AuditEntry.action == "publish_month")
    AuditEntry.delete().where(AuditEntry.id == entry.id).execute()
    rehash_from(entry.id + 1)
    problems = verify_database()
    assert any("状态" in p and "2026年9月" in p for p in problems)


def forget_anchors() -> None:
    """A database of an older version has no anchors anywhere."""
    import shutil

    from csperf_desktop.store.paths import backup_dir

    shutil.rmtree(backup_dir())


def test_records_of_an_older_version_are_checked_as_far_as_they_go(published):
    """An event audited before every column was recorded: its month is still checked against its date."""
    import json

    from csperf_desktop.monthly.events import DETAIL_COLUMNS

    ev = ScoreEvent.get(ScoreEvent.rule_code == "D04")
    entry = AuditEntry.get(AuditEntry.entity == "score_event", AuditEntry.entity_id == str(ev.id))
    old = {k: v for k, v in json.loads(entry.after).items() if k not in DETAIL_COLUMNS}
    AuditEntry.update(after=json.dumps(old, ensure_ascii=False, sort_keys=True, separators=(",", ":"))).where(
        AuditEntry.id == entry.id).execute()
    rehash_from(entry.id)
    forget_anchors()
    report = verify_report()
    assert report.problems == []
    assert any("1 条评分记录的审计记录写于旧版本" in n for n in report.notes)
    ScoreEvent.update(month="2026-10").where(ScoreEvent.id == ev.id).execute()
    assert any("月份" in p for p in verify_database())


# --- what only the anchors outside the database can catch -----------------------------------

def anchored(published):
    """A passed verify run anchors the head (as ``python main.py verify`` does)."""
    from csperf_desktop.office import anchoring

    assert anchoring.record("verify") is None
    return published


def test_the_tail_of_the_chain_deleted_with_its_events_is_caught(published, supervisor):
    add_event(supervisor, "A05", "D07", "2026-10-06", None)
    anchored(published)
    add_event(supervisor, "A05", "D05", "2026-10-07", None)  # after the last anchor: not covered
    # Delete the last three entries and the events they recorded: the chain itself still links.
    tail = list(AuditEntry.select().order_by(AuditEntry.id.desc()).limit(3))
    for e in tail:
        if e.entity == "score_event":
            ScoreEvent.delete().where(ScoreEvent.id == int(e.entity_id)).execute()
        AuditEntry.delete().where(AuditEntry.id == e.id).execute()
    problems = verify_database()
    assert len(problems) == 1
    assert "末尾" in problems[0] and "被删除" in problems[0] and "锚点日志" in problems[0]


def test_a_recomputed_chain_is_caught_by_the_anchors(published):
    """Points edited, the audit entry rewritten to match and the chain hashed again from there:
    everything inside the database agrees; only the anchors know the old hashes."""
    import json

    anchored(published)
    ev = ScoreEvent.get(ScoreEvent.rule_code == "D04")
    ScoreEvent.update(points=-1, unit_points=-1).where(ScoreEvent.id == ev.id).execute()
    entry = AuditEntry.get(AuditEntry.entity == "score_event", AuditEntry.entity_id == str(ev.id))
    after = json.loads(entry.after) | {"points": -1, "unit_points": -1}
    AuditEntry.update(after=json.dumps(after, ensure_ascii=False, sort_keys=True, separators=(",", ":"))).where(
        AuditEntry.id == entry.id).execute()
    rehash_from(entry.id)
    problems = verify_database()
    assert len(problems) == 1
    assert f"审计链第 " in problems[0] and "锚点日志" in problems[0] and "改写或重新链接" in problems[0]


def test_a_deleted_publish_entry_is_also_caught_by_the_anchors(published):
    entry = AuditEntry.get(AuditEntry.action == "publish_month")
    AuditEntry.delete().where(AuditEntry.id == entry.id).execute()
    rehash_from(entry.id + 1)
    problems = verify_database()
    assert any("重新链接" in p and "公示 2026-09" in p for p in problems)


def test_a_code_read_off_the_wall_catches_a_rewrite_when_every_file_anchor_is_gone(published):
    from csperf_desktop.trust.audit import chain_head

    code = chain_head().code  # as the bulletin printed it
    count, digits = code.split()[1].split("·")
    typed = f"链 {count} · {digits[:4].lower()} {digits[4:].lower()}"  # read aloud and typed back
    assert verify_report(codes=(typed,)).problems == []
    ev = ScoreEvent.get(ScoreEvent.rule_code == "B01", ScoreEvent.month == "2026-09")
    entry = AuditEntry.get(AuditEntry.entity == "score_event", AuditEntry.entity_id == str(ev.id))
    ScoreEvent.update(points=5, unit_points=5).where(ScoreEvent.id == ev.id).execute()
    AuditEntry.update(after=entry.after.replace('"points":3', '"points":5').replace('"unit_points":3', '"unit_points":5')
                      ).where(AuditEntry.id == entry.id).execute()
    rehash_from(entry.id)
    forget_anchors()
    assert verify_report().problems == []  # nothing left on this PC to tell
    problems = verify_report(codes=(typed,)).problems
    assert len(problems) == 1 and "纸面上的代码" in problems[0]


def test_a_code_that_is_not_one_is_refused_by_name(published):
    problems = verify_report(codes=("公示指纹 ABC",)).problems
    assert problems == ["无法识别指纹代码“公示指纹 ABC”：请照纸上印的写，例如“链 1234·5F2A9C1B”。"]


@pytest.mark.sqlite_only
def test_a_backup_anchors_the_chain_even_without_the_log(published, tmp_path):
    """The backup's own chain (and the note beside it) tell the old head."""
    import json

    from csperf_desktop.office import anchoring
    from csperf_desktop.store.backup import backup_sqlite
    from csperf_desktop.store.models import database_proxy
    from csperf_desktop.store.paths import backup_dir

    path = backup_sqlite(database_proxy.obj, backup_dir() / "by-hand.db")
    assert anchoring.record_backup(path) is None
    assert path.with_name(path.name + ".anchor.json").exists()
    (path.parent / "csperf-anchors.jsonl").unlink()  # the log removed too
    ev = ScoreEvent.get(ScoreEvent.rule_code == "D04")
    entry = AuditEntry.get(AuditEntry.entity == "score_event", AuditEntry.entity_id == str(ev.id))
    ScoreEvent.update(note="x").where(ScoreEvent.id == ev.id).execute()
    AuditEntry.update(after=json.dumps(json.loads(entry.after) | {"note": "x"}, ensure_ascii=False, sort_keys=True,
                                       separators=(",", ":"))).where(AuditEntry.id == entry.id).execute()
    rehash_from(entry.id)
    problems = verify_database()
    assert len(problems) == 1 and "备份" in problems[0] and "改写或重新链接" in problems[0]


def test_an_anchor_line_edited_to_match_a_rewritten_chain_is_caught_by_its_key(published):
    from csperf_desktop.store.paths import backup_dir

    anchored(published)
    log = backup_dir() / "csperf-anchors.jsonl"
    lines = log.read_text("utf-8").splitlines()
    import json

    last = json.loads(lines[-1])
    last["head"] = "0" * 64
    lines[-1] = json.dumps(last, ensure_ascii=False)
    log.write_text("\n".join(lines) + "\n", "utf-8")
    problems = verify_database()
    assert any("密钥校验不符" in p for p in problems)


def test_a_person_made_unranked_behind_the_programs_back_is_caught(published):
    from csperf_desktop.store.models import Staff

    Staff.update(role="team_lead").where(Staff.employee_no == "A02").execute()
    problems = verify_database()
    assert len(problems) == 1 and "A02" in problems[0] and "role" in problems[0]


def test_an_order_amount_written_into_an_event_recorded_without_one_is_caught(published):
    ev = ScoreEvent.get(ScoreEvent.rule_code == "D04")
    ScoreEvent.update(order_amount=888.0).where(ScoreEvent.id == ev.id).execute()
    problems = verify_database()
    assert problems == [f"评分记录 #{ev.id} 与审计记录不符：订单金额（与其他列不一致，现在：888.0）。"
                        "这条记录被绕过程序改动过。"]


def test_each_column_of_an_event_with_an_order_amount_is_compared(published, supervisor):
    ev = add_event(supervisor, "A02", "B04", "2026-10-06", note="大单", order_amount=1280.5)
    assert verify_database() == []
    ScoreEvent.update(order_amount=128.5, note="小单").where(ScoreEvent.id == ev.id).execute()
    problems = verify_database()
    assert problems == [f"评分记录 #{ev.id} 与审计记录不符：备注（审计记录：大单，现在：小单）；"
                        "订单金额（审计记录：1280.5，现在：128.5）。这条记录被绕过程序改动过。"]


def test_an_event_voided_directly_in_the_file_is_caught(published):
    ev = ScoreEvent.get(ScoreEvent.rule_code == "D04")
    ScoreEvent.update(voided=True).where(ScoreEvent.id == ev.id).execute()
    problems = verify_database()
    assert problems == [f"评分记录 #{ev.id} 与审计记录不符：作废状态（审计记录：否，现在：是）。"
                        "这条记录被绕过程序改动过。"]


def test_a_record_that_is_not_json_is_named_even_when_rehashed(published):
    ev = ScoreEvent.get(ScoreEvent.rule_code == "D04")
    entry = AuditEntry.get(AuditEntry.entity == "score_event", AuditEntry.entity_id == str(ev.id))
    AuditEntry.update(after='{"staff": 1, ').where(AuditEntry.id == entry.id).execute()
    rehash_from(entry.id)
    problems = verify_database()
    assert f"评分记录 #{ev.id} 的审计记录无法读取。" in problems


@pytest.mark.sqlite_only
def test_an_audit_field_turned_into_binary_data_is_named_not_a_crash(published):
    """Text written back as a blob of the same UTF-8 bytes by an SQLite editor: the hash cannot
    be computed from bytes, and verify names the entry instead of failing with a TypeError."""
    from csperf_desktop.store.chain import ChainWalk, verify_rows
    from csperf_desktop.store.models import database_proxy

    entry = AuditEntry.select().where(AuditEntry.action == "add_event").order_by(AuditEntry.id).first()
    database_proxy.execute_sql("UPDATE audit_entry SET actor = CAST(actor AS BLOB) WHERE id = ?", (entry.id,))
    problems = verify_database()
    assert any(f"审计记录 #{entry.id}（add_event）" in p and "二进制" in p for p in problems), problems
    rows = [{**e, "actor": e["actor"].encode() if e["id"] == entry.id else e["actor"]}
            for e in AuditEntry.select().order_by(AuditEntry.id).dicts()]
    assert "二进制" in verify_rows(rows).message
    walk = ChainWalk()
    for e in rows:
        walk.feed(e)
    assert walk.problem.entry_id == entry.id and "二进制" in walk.problem.message
