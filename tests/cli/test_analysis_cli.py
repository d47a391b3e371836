"""``analysis`` and ``coach``: the months analysis and coaching from a deduction, headless."""

from __future__ import annotations

import json

import pytest

from csperf_desktop.cli import main
from csperf_desktop.cli.analysis import width
from csperf_desktop.insight.analysis import load
from csperf_desktop.store.models import AuditEntry, CoachingNote, ScoreEvent, Staff


def run_json(capsys, *args) -> dict:
    assert main(["analysis", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_carries_what_the_core_computes(demo_file, capsys):
    doc = run_json(capsys, "--db", str(demo_file), "--from", "2026-01", "--to", "2026-09")
    assert set(doc) >= {"people", "teams", "matrix", "rules", "movers", "never_used", "quarter", "coaching"}
    a = load("2026-01", "2026-09")
    assert doc["months"] == a.months and doc["published_months"] == a.published_months
    assert [(r["employee_no"], r["finals"], r["warnings"], r["average"]) for r in doc["matrix"]] == \
        [(r.person.employee_no, list(r.finals), list(r.warnings), r.average) for r in a.matrix()]
    assert [t["team"] for t in doc["teams"]] == a.teams()
    assert [(s["code"], s["count"], s["points"]) for s in doc["rules"]] == \
        [(s.code, s.count, s.points) for s in a.rules.totals]
    assert [r["code"] for r in doc["never_used"]] == [c for c, _n, _k in a.rules.never_used]
    assert doc["quarter"]["this"] == list(a.rules.this_quarter)
    up, down = a.movers(3)
    assert [m["employee_no"] for m in doc["movers"]["3"]["up"]] == [m.person.employee_no for m in up]
    assert [m["change"] for m in doc["movers"]["1"]["down"]] == [m.after - m.before for m in a.movers(1)[1]]
    assert all(m["change"] < 0 for m in doc["movers"]["1"]["down"])


def test_json_for_one_person_and_one_team(demo_file, capsys):
    doc = run_json(capsys, "--db", str(demo_file), "--from", "2026-07", "--to", "2026-09", "--person", "kf010")
    assert [p["employee_no"] for p in doc["people"]] == ["KF010"]
    assert [r["employee_no"] for r in doc["matrix"]] == ["KF010"]
    a = load("2026-07", "2026-09")
    sid = Staff.get(Staff.employee_no == "KF010").id
    assert [t["final"] for t in doc["people"][0]["trend"]] == \
        [t.result.final if t.result else None for t in a.person_trend(sid)]

    team = a.teams()[0]
    doc = run_json(capsys, "--db", str(demo_file), "--from", "2026-07", "--to", "2026-09", "--team", team)
    assert {r["team"] for r in doc["matrix"]} == {team}
    assert [t["team"] for t in doc["teams"]] == [team]
    assert doc["rules_scope"] == team and {s["key"] for s in doc["rules"]} == {team}
    assert sum(s["count"] for s in doc["rules"]) == sum(s.count for s in a.rules.by_team if s.key == team)


@pytest.mark.parametrize("dim,attr", [("month", "by_month"), ("grader", "by_grader"), ("method", "by_method")])
def test_rules_by_dimension(demo_file, capsys, dim, attr):
    doc = run_json(capsys, "--db", str(demo_file), "--from", "2026-07", "--to", "2026-09", "--rules", dim)
    a = load("2026-07", "2026-09")
    assert doc["rules_by"] == dim
    assert [(s["key"], s["code"], s["count"]) for s in doc["rules"]] == \
        [(s.key, s.code, s.count) for s in getattr(a.rules, attr)]


def test_text_tables_are_aligned_and_in_chinese(demo_file, capsys):
    assert main(["analysis", "--db", str(demo_file), "--from", "2026-07", "--to", "2026-09", "--movers"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("分析 2026-07 至 2026-09")
    for heading in ("人员 × 月份", "小组平均", "规则使用（合计）", "本季度", "范围内从未使用的规则", "进步最多（1 个月）",
                    "下降最多（3 个月）"):
        assert any(line.startswith(heading) for line in out), heading
    start = out.index(next(line for line in out if line.startswith("人员 × 月份"))) + 1
    block = out[start:out.index("", start)]
    assert block[0].split()[:3] == ["工号", "姓名", "小组"]
    # Every row of the matrix ends in the same terminal column (Chinese names are two columns a character).
    assert len({width(line) for line in block}) == 1
    a = load("2026-07", "2026-09")
    row = next(r for r in a.matrix() if r.person.employee_no == "KF010")
    line = next(line for line in block if line.startswith("KF010"))
    finals = [f"{f}{'!' if w else ''}" if f is not None else "—" for f, w in zip(row.finals, row.warnings)]
    assert line.split()[3:6] == finals


def test_text_for_a_person_shows_the_months(demo_file, capsys):
    assert main(["analysis", "--db", str(demo_file), "--from", "2026-07", "--to", "2026-09", "--person", "KF010"]) == 0
    out = capsys.readouterr().out
    assert "KF010" in out and "逐月" in out and "全体平均" in out
    assert "规则使用（合计），全体人员" in out


def test_a_range_without_a_published_month_says_so(demo_file, capsys):
    assert main(["analysis", "--db", str(demo_file), "--from", "2030-01", "--to", "2030-03"]) == 0
    captured = capsys.readouterr()
    assert "没有已公示的月份" in captured.out and "（没有人员）" in captured.out


@pytest.mark.parametrize("args,says", [
    (["--from", "2026-13", "--to", "2026-09"], "YYYY-MM"),
    (["--from", "2026-09", "--to", "2026-01"], "晚于"),
    (["--from", "2000-01", "--to", "2026-09"], "最多 120 个月"),
    (["--from", "2026-01", "--to", "2026-09", "--person", "KF999"], "KF999"),
    (["--from", "2026-01", "--to", "2026-09", "--team", "九组"], "九组"),
    (["--from", "2026-01", "--to", "2026-09", "--rules", "colour"], "colour"),
    (["--from", "2026-01", "--to", "2026-09", "--person", "KF001", "--team", "一组"], "不能与"),
])
def test_bad_input_is_one_chinese_line_exit_2(demo_file, capsys, args, says):
    assert main(["analysis", "--db", str(demo_file), *args]) == 2
    captured = capsys.readouterr()
    err = captured.err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("错误：") and says in err[0]
    assert captured.out == ""


def _event(kind: str, voided: bool = False) -> ScoreEvent:
    return (ScoreEvent.select().where((ScoreEvent.kind == kind) & (ScoreEvent.voided == voided))
            .order_by(ScoreEvent.id).first())


def test_coach_writes_an_audited_note(demo_file, capsys):
    from csperf_desktop.store.db import open_database

    open_database(str(demo_file))
    ev = _event("deduction")
    notes_before, audits_before = CoachingNote.select().count(), AuditEntry.select().count()
    assert main(["coach", "--db", str(demo_file), "--event", str(ev.id), "--note", "已面谈，约定下周复查"]) == 0
    assert "已保存" in capsys.readouterr().out
    note = CoachingNote.select().order_by(CoachingNote.id.desc()).first()
    assert CoachingNote.select().count() == notes_before + 1
    assert note.staff_id == ev.staff_id and ev.rule_code in note.topic
    assert note.note.startswith(f"{ev.date:%Y-%m-%d} 扣分 {ev.rule_code}") and note.note.endswith("已面谈，约定下周复查")
    audit = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert AuditEntry.select().count() == audits_before + 1
    assert (audit.action, audit.entity, audit.entity_id) == ("add_coaching_note", "coaching_note", str(note.id))
    assert audit.actor.startswith("cli:")


def test_coach_dry_run_prints_the_draft_and_saves_nothing(demo_file, capsys):
    from csperf_desktop.store.db import open_database

    open_database(str(demo_file))
    ev = _event("deduction")
    before = CoachingNote.select().count()
    assert main(["coach", "--db", str(demo_file), "--event", str(ev.id), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "未保存" in out and ev.rule_code in out and Staff.get_by_id(ev.staff_id).employee_no in out
    assert CoachingNote.select().count() == before


@pytest.mark.parametrize("which,says", [("bonus", "是加分"), ("voided", "已作废"), ("unknown", "找不到评分记录"),
                                        ("word", "正整数")])
def test_coach_refuses_what_is_not_a_valid_deduction(demo_file, capsys, which, says):
    from csperf_desktop.store.db import open_database

    open_database(str(demo_file))
    event = {"bonus": lambda: str(_event("bonus").id), "voided": lambda: str(_event("deduction", True).id),
             "unknown": lambda: "99999999", "word": lambda: "abc"}[which]()
    before, audits = CoachingNote.select().count(), AuditEntry.select().count()
    assert main(["coach", "--db", str(demo_file), "--event", event]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and says in err[0]
    assert CoachingNote.select().count() == before and AuditEntry.select().count() == audits


def test_coach_respects_the_role_of_a_signed_in_viewer(demo_file, capsys, monkeypatch):
    """A signed-in account acts with its own role: a viewer may not record coaching."""
    import io

    from csperf_desktop.store.db import open_database
    from csperf_desktop.trust import users

    monkeypatch.setattr(users, "SCRYPT_N", 2 ** 12)
    open_database(str(demo_file))
    users.create_first_admin("boss", "Boss-pass-1", "老板")
    boss = users.authenticate("boss", "Boss-pass-1", users.LoginThrottle())
    users.create_user(boss, "look", "Look-pass-12", "viewer", "只读")
    ev = _event("deduction")
    before = CoachingNote.select().count()
    monkeypatch.setattr("sys.stdin", io.StringIO("Look-pass-12\n"))
    assert main(["coach", "--db", str(demo_file), "--event", str(ev.id), "--user", "look", "--password-stdin"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "无权" in err[0]
    assert CoachingNote.select().count() == before
