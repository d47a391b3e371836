"""Month end: proposals settle against what is recorded and are never paid twice, they can be
dismissed with a reason, and publishing waits for the checklist."""

from __future__ import annotations

import json

import pytest

from csperf_desktop.base import clock
from csperf_desktop.monthly import proposals
from csperf_desktop.base.errors import Conflict, NotFound, PeriodLocked, PermissionDenied, ValidationError
from csperf_desktop.monthly.events import add_event, void_event
from csperf_desktop.monthly.exams import add_exam, set_result, set_results
from csperf_desktop.monthly.proposals import pending_full_marks
from csperf_desktop.monthly.figures import save_figures
from csperf_desktop.store.models import AuditEntry, Period, ProposalDismissal, ScoreEvent
from csperf_desktop.monthly.month_end import checklist
from csperf_desktop.base.months import Month
from csperf_desktop.monthly.lifecycle import publish_month, reopen_month
from csperf_desktop.monthly.proposals import pending_deductions
from csperf_desktop.monthly.spotchecks import record_spot_check
from csperf_desktop.store.models import ChecklistItem

OCT = Month(2026, 10)
SEP = Month(2026, 9)


def points(code: str, staff_no: str = "A01") -> int:
    return sum(e.points for e in ScoreEvent.select().join_from(ScoreEvent, ScoreEvent.staff.rel_model)
               .where((ScoreEvent.rule_code == code) & (ScoreEvent.voided == False)  # noqa: E712
                      & (ScoreEvent.staff.rel_model.employee_no == staff_no)))


@pytest.fixture
def full_mark(office, supervisor):
    exam = add_exam(supervisor, date="2026-10-15", title="十月产品知识考试", area="product")
    set_result(supervisor, exam.id, "A01", 100)
    return exam


def test_a_hand_entered_b02_settles_the_exam_proposal(full_mark, supervisor):
    assert [p.rule_code for p in pending_full_marks(OCT)] == ["B02"]
    add_event(supervisor, "A01", "B02", "2026-10-16")
    assert pending_full_marks(OCT) == []
    state = proposals.states(OCT)
    assert list(state.values()) == [proposals.ENTERED_BY_HAND]


def test_confirming_after_a_hand_entered_b02_pays_nothing_more(full_mark, supervisor):
    stale = pending_full_marks(OCT)  # listed before the hand entry, confirmed after it
    add_event(supervisor, "A01", "B02", "2026-10-16")
    assert proposals.confirm(supervisor, stale, OCT) == []
    assert points("B02") == 5  # one full mark, one bonus


def test_one_hand_entered_event_settles_one_proposal_of_that_person_and_rule(office, supervisor):
    for day, title in (("2026-10-05", "一"), ("2026-10-12", "二")):
        set_result(supervisor, add_exam(supervisor, date=day, title=title, area="mixed").id, "A01", 100)
    add_event(supervisor, "A01", "B02", "2026-10-16")
    left = pending_full_marks(OCT)
    assert len(left) == 1
    proposals.confirm(supervisor, left, OCT)
    assert points("B02") == 10 and pending_full_marks(OCT) == []


def test_a_voided_hand_entry_or_another_person_does_not_settle_it(full_mark, supervisor):
    ev = add_event(supervisor, "A01", "B02", "2026-10-16")
    add_event(supervisor, "A02", "B02", "2026-10-16")
    void_event(supervisor, ev.id, "记错了")
    assert [p.employee_no for p in pending_full_marks(OCT)] == ["A01"]


def test_hand_entered_b06_and_b09_settle_the_data_proposals(office, supervisor):
    save_figures(supervisor, OCT, {"A01": {"csat_pct": 96, "late_count": 0, "early_leave_count": 0,
                                           "absence_days": 0}})
    codes = sorted(p.rule_code for p in proposals.pending_proposals(OCT))
    assert codes == ["B06", "B09"]
    add_event(supervisor, "A01", "B06", "2026-10-10")
    assert [p.rule_code for p in proposals.pending_proposals(OCT)] == ["B09"]
    add_event(supervisor, "A01", "B09", "2026-10-10")
    assert proposals.pending_proposals(OCT) == []
    assert (points("B06"), points("B09")) == (ScoreEvent.get(ScoreEvent.rule_code == "B06").points,
                                              ScoreEvent.get(ScoreEvent.rule_code == "B09").points)


def test_a_hand_entered_deduction_settles_the_spot_check_proposal(office, qa, supervisor):
    item = ChecklistItem.get(ChecklistItem.text == "客服记录完整")
    record_spot_check(qa, "A02", "2026-10-12", results={item.id: False})
    stale = pending_deductions(OCT)
    assert [(p.rule_code, p.points) for p in stale] == [("D05", 2)]
    add_event(supervisor, "A02", "D05", "2026-10-12")
    assert pending_deductions(OCT) == []
    assert proposals.confirm(supervisor, stale, OCT) == []
    assert points("D05", "A02") == -2


def test_dismissing_needs_a_reason_and_is_audited_and_all_or_nothing(full_mark, office, supervisor):
    item = ChecklistItem.get(ChecklistItem.text == "客服记录完整")
    record_spot_check(supervisor, "A02", "2026-10-12", results={item.id: False})
    both = proposals.pending_proposals(OCT)
    assert len(both) == 2
    with pytest.raises(ValidationError, match="理由"):
        proposals.dismiss(supervisor, both, OCT, "  ")
    proposals.confirm(supervisor, [both[0]], OCT)
    with pytest.raises(Conflict, match="已经确认"):
        proposals.dismiss(supervisor, both, OCT, "不适用")
    assert ProposalDismissal.select().count() == 0  # the second one was not dismissed either
    rows = proposals.dismiss(supervisor, both[1:], OCT, "抽查录音不清，不扣分")
    assert [(r.source, r.points, r.reason) for r in rows] == [(both[1].source, -2, "抽查录音不清，不扣分")]
    assert proposals.pending_proposals(OCT) == []
    entry = AuditEntry.select().where(AuditEntry.action == "dismiss_proposal").get()
    assert entry.reason == "抽查录音不清，不扣分"
    assert proposals.confirm(supervisor, both[1:], OCT) == []  # a dismissed proposal is not paid


def test_restore_makes_a_dismissed_proposal_pending_again(full_mark, supervisor):
    p = pending_full_marks(OCT)
    proposals.dismiss(supervisor, p, OCT, "重复")
    assert pending_full_marks(OCT) == []
    assert proposals.restore(supervisor, [p[0].source], OCT) == 1
    assert pending_full_marks(OCT) == p
    assert AuditEntry.select().where(AuditEntry.action == "restore_proposal").count() == 1
    with pytest.raises(NotFound):
        proposals.restore(supervisor, [p[0].source], OCT)


def test_find_names_an_unknown_proposal_id(full_mark):
    with pytest.raises(NotFound, match="exam_result:999"):
        proposals.find(OCT, ["exam_result:999"])
    assert proposals.find(OCT, [pending_full_marks(OCT)[0].source]) == pending_full_marks(OCT)


def test_a_pending_proposal_blocks_publishing_and_is_named(full_mark, supervisor):
    with pytest.raises(Conflict, match="甲（A01）B02 \\+5"):
        publish_month(supervisor, OCT, anyway="月中提前公示")
    assert Period.get_or_none(Period.month == OCT.key) is None or Period.get(Period.month == OCT.key).status == "open"
    proposals.confirm(supervisor, pending_full_marks(OCT), OCT)
    period = publish_month(supervisor, OCT, anyway="月中提前公示")
    assert period.status == "published"
    assert pending_full_marks(OCT) == [] and proposals.pending_proposals(OCT) == []


def test_dismissal_is_refused_in_a_locked_month(full_mark, supervisor):
    p = pending_full_marks(OCT)
    proposals.dismiss(supervisor, p, OCT, "不适用")
    publish_month(supervisor, OCT, anyway="测试")
    with pytest.raises(PeriodLocked):
        proposals.restore(supervisor, [p[0].source], OCT)


def test_publishing_an_unfinished_month_needs_a_reason_kept_in_the_audit(office, supervisor):
    with pytest.raises(Conflict, match="还有 12 天"):
        publish_month(supervisor, OCT)
    publish_month(supervisor, OCT, anyway="十月提前结算")
    entry = AuditEntry.select().where(AuditEntry.action == "publish_month").get()
    assert entry.reason == "十月提前结算"
    assert "还有 12 天" in json.dumps(json.loads(entry.after), ensure_ascii=False)


def test_an_ended_month_with_everything_settled_publishes_without_a_reason(office, supervisor, monkeypatch):
    add_event(supervisor, "A01", "B03", "2026-09-05")
    assert checklist(SEP).open_items == []
    assert publish_month(supervisor, SEP).status == "published"


def test_missing_exam_results_are_listed_and_need_a_reason(office, supervisor):
    exam = add_exam(supervisor, date="2026-09-15", title="九月制度考试", area="company_rules")
    set_results(supervisor, exam.id, [{"staff": "A01", "score": 80}, {"staff": "A02", "absent": True}])
    items = [i for i in checklist(SEP).items if i.kind == "exam_missing_results"]
    assert len(items) == 1 and not items[0].blocking and items[0].needs_reason
    assert "九月制度考试" in items[0].text and "缺 3 人成绩（共 5 人）" in items[0].text
    assert items[0].detail["missing"] == 3
    with pytest.raises(Conflict, match="九月制度考试"):
        publish_month(supervisor, SEP)
    assert publish_month(supervisor, SEP, anyway="其余三人休假，补考另计").status == "published"


def test_the_checklist_lists_each_pending_proposal_and_quiet_people_as_information(full_mark, supervisor):
    cl = checklist(OCT)
    kinds = [i.kind for i in cl.items]
    assert kinds.count("pending_proposal") == 1 and "month_not_over" in kinds and "no_events" in kinds
    pending = cl.blocking[0]
    assert pending.detail["source"] == pending_full_marks(OCT)[0].source and pending.detail["points"] == 5
    quiet = next(i for i in cl.items if i.kind == "no_events")
    assert quiet.info and not quiet.blocking and not quiet.needs_reason
    assert quiet.detail["employee_nos"] == ["A01", "A02", "A03", "A04", "A05"]


def test_on_the_second_of_december_december_is_not_over(office, supervisor, monkeypatch):
    import datetime as dt

    monkeypatch.setattr(clock, "today", lambda: dt.date(2026, 12, 2))
    item = next(i for i in checklist(Month(2026, 12)).items if i.kind == "month_not_over")
    assert item.detail["days_left"] == 30 and item.needs_reason


def test_a_revised_bulletin_not_reprinted_is_information(office, supervisor):
    add_event(supervisor, "A01", "B03", "2026-09-05")
    period = publish_month(supervisor, SEP)
    period.needs_reprint = True
    period.save()
    items = checklist(SEP).items
    assert [(i.kind, i.info) for i in items] == [("needs_reprint", True)]


def test_reopening_shows_proposals_that_arose_in_a_locked_month_again(full_mark, supervisor, admin):
    proposals.dismiss(supervisor, pending_full_marks(OCT), OCT, "先不加")
    publish_month(supervisor, OCT, anyway="测试")
    ProposalDismissal.delete().execute()  # as if the proposal had been left over by an older version
    assert proposals.pending_proposals(OCT) == []  # nothing is listed for a locked month
    reopen_month(admin, OCT, "补记")
    assert len(proposals.pending_proposals(OCT)) == 1


def test_cli_lists_confirms_and_dismisses_proposals_and_publish_waits_for_them(full_mark, office, db_location,
                                                                                capsys):
    from csperf_desktop.cli import main

    path = db_location
    item = ChecklistItem.get(ChecklistItem.text == "客服记录完整")
    record_spot_check(supervisor_actor(), "A02", "2026-10-12", results={item.id: False})
    b02, d05 = (p.source for p in proposals.pending_proposals(OCT))
    assert main(["proposals", "--db", path, "--month", "2026-10", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(p["id"], p["rule"], p["points"]) for p in listed] == [(b02, "B02", 5), (d05, "D05", -2)]

    assert main(["publish", "--db", path, "--month", "2026-10", "--anyway", "提前结算"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert sum(line.startswith("[阻止]") for line in err) == 2 and any("甲（A01）B02 +5" in x for x in err)

    assert main(["proposals", "dismiss", d05, "--db", path, "--month", "2026-10"]) == 2  # no reason
    capsys.readouterr()
    assert main(["proposals", "confirm", "exam_result:999", "--db", path, "--month", "2026-10"]) == 2
    assert "exam_result:999" in capsys.readouterr().err
    assert main(["proposals", "confirm", b02, "--db", path, "--month", "2026-10"]) == 0
    assert main(["proposals", "confirm", b02, "--db", path, "--month", "2026-10"]) == 0
    assert "未重复记分" in capsys.readouterr().out
    assert main(["proposals", "dismiss", d05, "--db", path, "--month", "2026-10", "--reason", "录音不清"]) == 0
    assert main(["proposals", "--db", path, "--month", "2026-10"]) == 0
    assert "没有待处理的建议" in capsys.readouterr().out
    assert points("B02") == 5 and points("D05", "A02") == 0
    assert main(["publish", "--db", path, "--month", "2026-10", "--anyway", "提前结算"]) == 0


def supervisor_actor():
    from csperf_desktop.trust.auth import Actor

    return Actor("qa1", "supervisor", "质检")


def test_qa_may_not_dismiss_a_proposal(full_mark, qa):
    with pytest.raises(PermissionDenied):
        proposals.dismiss(qa, pending_full_marks(OCT), OCT, "不加")
    assert len(pending_full_marks(OCT)) == 1
