"""Annual review: templates and weights, indicator bands, pro-rating, grades, the review's
lifecycle (sign-off lock, admin unlock), comparison and what-if."""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest

from csperf_desktop import annual
from csperf_desktop.annual import scales
from csperf_desktop.store.seeds import AGENT_TEMPLATE
from csperf_desktop.base.errors import PeriodLocked, PermissionDenied, ValidationError
from csperf_desktop.store.models import AnnualReview, AnnualTemplate, AuditEntry

YEAR = 2025

ALL_RATINGS = {"communication": 4, "complaints": 3, "attitude": (5, "客户多次书面表扬"), "learning": 4,
               "responsibility": (2, "旺季两次情绪失控"), "cooperation": 3}


# ---------------------------------------------------------------- weights

def test_default_templates_follow_the_seed_weights():
    agent = annual.default_template("agent")
    lead = annual.default_template("team_lead")
    assert [(d["name"], d["weight"]) for d in agent.dimensions] == [
        ("工作业绩", 40), ("服务质量", 30), ("专业能力与素养", 20), ("团队协作与贡献", 10)]
    assert [(d["name"], d["weight"]) for d in lead.dimensions] == [
        ("团队整体绩效", 40), ("人员管理与发展", 25), ("流程优化与问题解决", 20), ("资源协调与汇报", 15)]
    for t in (agent, lead):
        annual.validate_body(t.body)  # the defaults pass their own validation


def test_qa_inspectors_use_the_agent_template_until_given_their_own(db, supervisor):
    assert annual.template_for_role("qa").role == "agent"
    body = copy.deepcopy(AGENT_TEMPLATE)
    body["dimensions"][0]["name"] = "质检工作业绩"
    annual.save_template(supervisor, "qa", body, name="质检专员考核模板")
    qa = annual.template_for_role("qa")
    assert qa.role == "qa" and qa.dimensions[0]["name"] == "质检工作业绩"
    assert annual.template_for_role("agent").dimensions[0]["name"] == "工作业绩"


def test_dimension_weights_must_sum_to_100():
    body = copy.deepcopy(AGENT_TEMPLATE)
    body["dimensions"][0]["weight"] = 30
    with pytest.raises(ValidationError) as e:
        annual.validate_body(body)
    assert "各维度权重之和应为 100%，现在是 90%" in e.value.message
    assert "工作业绩 30%" in e.value.message


def test_indicator_weights_within_a_dimension_must_sum_to_100():
    body = copy.deepcopy(AGENT_TEMPLATE)
    body["dimensions"][1]["indicators"][0]["weight"] = 50
    with pytest.raises(ValidationError) as e:
        annual.validate_body(body)
    assert e.value.message.startswith("维度“服务质量”内各指标权重之和应为 100%，现在是 110%")


@pytest.mark.parametrize("change, message", [
    ({"direction": "higher", "target": 90, "zero": 95}, "零分值（95）必须低于目标值（90）"),
    ({"direction": "lower", "target": 30, "zero": 20}, "零分值（20）必须高于目标值（30）"),
    ({"direction": "band", "target": 180, "zero": 60, "target_high": 100, "zero_high": 900}, "区间最佳"),
    ({"source": "nonsense"}, "数据来源“nonsense”无效"),
    ({"target": "九十"}, "目标值“九十”不是数字"),
    ({"weight": -5}, "权重应在 0 到 100 之间"),
])
def test_a_malformed_data_indicator_is_refused_with_its_name(change, message):
    body = copy.deepcopy(AGENT_TEMPLATE)
    body["dimensions"][0]["indicators"][0].update(change)
    with pytest.raises(ValidationError) as e:
        annual.validate_body(body)
    assert "客户满意度（CSAT）" in e.value.message and message in e.value.message


def test_a_bonus_count_indicator_needs_its_rule_code():
    body = copy.deepcopy(AGENT_TEMPLATE)
    del body["dimensions"][3]["indicators"][2]["rule_code"]
    with pytest.raises(ValidationError, match="请填写加分项代码"):
        annual.validate_body(body)


def test_saving_an_unused_template_edits_it_in_place(db, supervisor):
    body = copy.deepcopy(AGENT_TEMPLATE)
    body["dimensions"][0]["weight"], body["dimensions"][1]["weight"] = 50, 20
    t = annual.save_template(supervisor, "agent", body)
    assert t.version == 1
    assert AnnualTemplate.select().where(AnnualTemplate.role == "agent").count() == 1
    assert annual.template_for_role("agent").dimensions[0]["weight"] == 50
    entry = AuditEntry.select().where(AuditEntry.action == "save_annual_template").get()
    assert json.loads(entry.before)["body"]["dimensions"][0]["weight"] == 40


def test_viewer_cannot_edit_templates(db, viewer):
    with pytest.raises(PermissionDenied):
        annual.save_template(viewer, "agent", AGENT_TEMPLATE)


# ---------------------------------------------------------------- bands and scales

def test_higher_is_better_band():
    assert scales.band_score(95, "higher", 95, 70) == 100
    assert scales.band_score(99, "higher", 95, 70) == 100
    assert scales.band_score(82.5, "higher", 95, 70) == 50
    assert scales.band_score(70, "higher", 95, 70) == 0
    assert scales.band_score(60, "higher", 95, 70) == 0


def test_lower_is_better_band():
    assert scales.band_score(20, "lower", 30, 120) == 100
    assert scales.band_score(75, "lower", 30, 120) == 50
    assert scales.band_score(120, "lower", 30, 120) == 0
    assert scales.band_score(200, "lower", 30, 120) == 0


def test_two_sided_band_loses_points_for_too_little_and_too_much():
    args = ("band", 180, 60, 420, 900)
    assert scales.band_score(300, *args) == 100
    assert scales.band_score(180, *args) == 100 and scales.band_score(420, *args) == 100
    assert scales.band_score(120, *args) == 50  # too quick: halfway between 60 and 180
    assert scales.band_score(660, *args) == 50  # too slow: halfway between 420 and 900
    assert scales.band_score(30, *args) == 0 and scales.band_score(1000, *args) == 0


def test_missing_value_has_no_score():
    assert scales.band_score(None, "higher", 95, 70) is None


@pytest.mark.parametrize("score, grade", [
    (100, "优秀"), (90, "优秀"), (89.96, "优秀"), (89.9, "良好"), (80, "良好"), (79.9, "合格"), (70, "合格"),
    (69.9, "待改进"), (60, "待改进"), (59.9, "不合格"), (0, "不合格"),
])
def test_grades_at_every_boundary(score, grade):
    bands = scales.parse_grade_bands(scales.DEFAULT_GRADE_BANDS)
    assert scales.grade_for(score, bands) == grade


def test_grade_bands_are_editable_and_checked(db, supervisor):
    from csperf_desktop.office import settings as settings_mod

    settings_mod.update_settings(supervisor, {"annual_grade_bands": "A:85,B:70,C:0"})
    bands = scales.parse_grade_bands(settings_mod.load().annual_grade_bands)
    assert scales.grade_for(85, bands) == "A" and scales.grade_for(84.9, bands) == "B"
    with pytest.raises(ValidationError, match="最低分必须是 0"):
        settings_mod.update_settings(supervisor, {"annual_grade_bands": "优秀:90,良好:80"})
    with pytest.raises(ValidationError, match="从高到低"):
        settings_mod.update_settings(supervisor, {"annual_grade_bands": "良好:80,优秀:90,不合格:0"})
    with pytest.raises(ValidationError, match="写法不对"):
        settings_mod.update_settings(supervisor, {"annual_grade_bands": "优秀90,不合格:0"})


def test_rating_points_must_rise_and_have_five_values(db, supervisor):
    from csperf_desktop.office import settings as settings_mod

    assert scales.parse_rating_points(scales.DEFAULT_RATING_POINTS) == (40, 60, 75, 85, 100)
    with pytest.raises(ValidationError, match="应有 5 个数字"):
        settings_mod.update_settings(supervisor, {"annual_rating_points": "20,40,60"})
    with pytest.raises(ValidationError, match="逐级升高"):
        settings_mod.update_settings(supervisor, {"annual_rating_points": "20,40,30,80,100"})


# ---------------------------------------------------------------- the hand-computed fixture

def publish_months(actor, year, months=range(1, 13)):
    """Publish the months of ``year`` given: only published months count in the annual result."""
    from csperf_desktop.base.months import Month
    from csperf_desktop.monthly.lifecycle import publish_month
    from csperf_desktop.monthly.proposals import dismiss, pending_proposals

    for m in months:
        month = Month(year, m)
        pending = pending_proposals(month)
        if pending:  # the hand computation counts only what was recorded
            dismiss(actor, pending, month, "不在手算范围内")
        publish_month(actor, month, anyway="手算用例：只有甲参加考试")


@pytest.fixture
def year_data(office, supervisor, admin):
    """A01's 2025, small enough to compute by hand (see the test below)."""
    from csperf_desktop.monthly.events import add_event
    from csperf_desktop.monthly.exams import add_exam, set_result
    from csperf_desktop.monthly.figures import save_figures
    from csperf_desktop.base.months import Month
    from csperf_desktop.monthly.spotchecks import checklist, record_spot_check

    figures = {
        1: dict(csat_pct=90, avg_response_s=40, avg_handle_s=600, fcr_pct=80, contacts=3000, late_count=1,
                early_leave_count=0, absence_days=0.5),
        2: dict(csat_pct=96, avg_response_s=50, avg_handle_s=700, fcr_pct=85, contacts=3000, late_count=0,
                early_leave_count=1, absence_days=0),
        3: dict(csat_pct=93, avg_response_s=45, avg_handle_s=800, fcr_pct=90, contacts=3000, late_count=2,
                early_leave_count=0, absence_days=0),
    }
    for m, values in figures.items():
        save_figures(supervisor, Month(YEAR, m), {"A01": values})
    e1 = add_exam(supervisor, date="2025-02-20", title="二月技能考试", full_marks=100)
    set_result(supervisor, e1.id, "A01", 85)
    e2 = add_exam(supervisor, date="2025-05-20", title="五月技能考试", full_marks=50)
    set_result(supervisor, e2.id, "A01", 45)
    items = checklist()
    record_spot_check(supervisor, "A01", "2025-04-10", results={items[0].id: (False, "语气生硬"),
                                                                items[1].id: (False, "未确认需求")})
    record_spot_check(supervisor, "A01", "2025-06-10", results={items[5].id: (False, "埋怨客户")})
    add_event(supervisor, "A01", "D05", "2025-01-15")  # January: 80 - 2 = 78
    add_event(supervisor, "A01", "B07", "2025-03-10")  # March: 80 + 10 = 90; one adopted suggestion
    publish_months(supervisor, YEAR)
    annual.save_ratings(supervisor, "A01", YEAR, ALL_RATINGS, comment="全年表现稳定。")
    return office


def _ind(result, code):
    return next(i for d in result.dimensions for i in d.indicators if i.code == code)


def test_data_driven_indicators_match_the_hand_computation(year_data):
    r = annual.compute_one(YEAR, "A01")
    assert r.months_counted == 12
    # CSAT mean (90+96+93)/3 = 93 → (93-70)/(95-70) = 92
    assert _ind(r, "csat").value == 93 and _ind(r, "csat").score == 92.0
    # response mean 45 s, lower-is-better 30..120 → (120-45)/90 = 83.3
    assert _ind(r, "response").value == 45 and _ind(r, "response").score == 83.3
    # handling mean 700 s, above the 180..420 band, zero at 900 → (900-700)/480 = 41.7
    assert _ind(r, "handling").value == 700 and _ind(r, "handling").score == 41.7
    # FCR mean 85 = target → 100
    assert _ind(r, "fcr").score == 100
    # workload total 9000 against 12000 (zero 6000) → 50
    assert _ind(r, "workload").value == 9000 and _ind(r, "workload").score == 50
    # spot checks: 24 items, 3 failed → 87.5 % against 98 (zero 80) → 41.7
    assert _ind(r, "norms").value == 87.5 and _ind(r, "norms").score == 41.7
    # exams: 85/100 and 45/50 → (85 + 90) / 2 = 87.5 % against 90 (zero 60) → 91.7
    assert _ind(r, "knowledge").value == 87.5 and _ind(r, "knowledge").score == 91.7
    # attendance: 1+0+0.5 + 0+1+0 + 2+0+0 = 4.5 incidents, lower-is-better 0..24 → 81.25 → 81.3
    assert _ind(r, "discipline").value == 4.5 and _ind(r, "discipline").score == 81.3
    # B07 adopted once against 2 → 50
    assert _ind(r, "suggestions").value == 1 and _ind(r, "suggestions").score == 50
    # judged: 4 → 85, 3 → 75, 5 → 100, 2 → 60 (default rating points)
    judged = ("communication", "complaints", "attitude", "responsibility")
    assert [_ind(r, c).score for c in judged] == [85, 75, 100, 60]
    # Each level is computed from the rounded scores of the level below (as printed):
    # results (30·92 + 15·83.3 + 15·41.7 + 20·100 + 20·50)/100 = 76.35 → 76.4
    assert r.dimension("results").score == 76.4
    assert r.dimension("quality").score == 68.7  # (40·41.7 + 20·85 + 20·75 + 20·100)/100 = 68.68
    assert r.dimension("ability").score == 82.1  # (50·91.7 + 25·85 + 25·60)/100 = 82.1
    assert r.dimension("teamwork").score == 69.4  # (40·75 + 30·81.3 + 30·50)/100 = 69.39
    # evaluation (40·76.4 + 30·68.7 + 20·82.1 + 10·69.4)/100 = 74.53 → 74.5
    assert r.evaluation == 74.5
    # monthly average over the 12 published snapshots (78 + 90 + 10 × 80)/12 = 80.67 → 80.7;
    # final 80.7·50% + 74.5·50% = 77.6 合格
    assert r.monthly_scores[0] == 78 and r.monthly_scores[2] == 90 and r.monthly_scores[1] == 80
    assert r.monthly_avg == 80.7
    assert r.final == 77.6 and r.grade == "合格"
    assert r.complete


def test_the_blend_follows_the_setting(year_data, supervisor):
    from csperf_desktop.office import settings as settings_mod

    settings_mod.update_settings(supervisor, {"annual_monthly_weight": 0})
    r = annual.compute_one(YEAR, "A01")
    assert r.final == 74.5 and r.monthly_weight == 0
    settings_mod.update_settings(supervisor, {"annual_monthly_weight": 100})
    assert annual.compute_one(YEAR, "A01").final == 80.7


def test_a_goal_target_replaces_the_template_target_for_that_person(year_data, supervisor):
    annual.add_goal(supervisor, "A01", YEAR, title="满意度达到 93%", indicator="csat", target=93, weight=40)
    r = annual.compute_one(YEAR, "A01")
    assert _ind(r, "csat").score == 100 and "按个人目标" in _ind(r, "csat").note
    with pytest.raises(ValidationError, match="超过了 100%"):
        annual.add_goal(supervisor, "A01", YEAR, title="另一个目标", weight=70)
    with pytest.raises(ValidationError, match="不在"):
        annual.add_goal(supervisor, "A01", YEAR, title="未知指标", indicator="nope")


def test_missing_indicators_are_reported_and_weights_renormalised(office, supervisor):
    publish_months(supervisor, YEAR)
    r = annual.compute_one(YEAR, "A02")  # no figures, no ratings, no events
    assert r.evaluation == 0.0  # only the B07 count is known: none adopted
    assert "客户满意度（CSAT）" in r.missing and "沟通表达能力" in r.missing
    assert not r.complete
    assert r.monthly_avg == 80.0  # twelve published months at the base score


def test_nothing_is_scored_before_any_month_is_published(office):
    r = annual.compute_one(YEAR, "A02")
    assert r.months == [] and r.monthly_avg is None and r.evaluation is None and r.final is None
    assert r.grade == "" and r.provisional


# ---------------------------------------------------------------- pro-rating

def test_people_who_joined_or_left_mid_year_are_pro_rated(office, supervisor):
    from csperf_desktop.monthly.figures import save_figures
    from csperf_desktop.base.months import Month
    from csperf_desktop.office.staff import add_staff, update_staff

    add_staff(supervisor, employee_no="N01", name="新人", role="agent", team="一组", hire_date="2025-04-15")
    update_staff(supervisor, "A02", leave_date="2025-09-10")
    for m in range(4, 13):
        save_figures(supervisor, Month(YEAR, m), {"N01": {"contacts": 800}})
    for m in range(1, 10):
        save_figures(supervisor, Month(YEAR, m), {"A02": {"contacts": 800}})
    publish_months(supervisor, YEAR)
    new, left = annual.compute_one(YEAR, "N01"), annual.compute_one(YEAR, "A02")
    assert new.months == [f"2025-{m:02d}" for m in range(4, 13)]
    assert left.months == [f"2025-{m:02d}" for m in range(1, 10)]
    for r in (new, left):
        w = _ind(r, "workload")
        # 9 × 800 = 7200 against 12000 × 9/12 = 9000 (zero 6000 × 9/12 = 4500) → 60
        assert w.value == 7200 and w.score == 60
        assert w.note == "按 9/12 个月折算" and w.target_text == "≥ 9,000 次"
    full = annual.compute_one(YEAR, "A03")
    assert full.months_counted == 12


def test_someone_not_employed_in_the_year_has_no_review(office, supervisor):
    from csperf_desktop.office.staff import add_staff

    add_staff(supervisor, employee_no="L01", name="后来者", role="agent", hire_date="2026-03-01")
    assert "L01" not in [r.employee_no for r in annual.compute_all(YEAR)]
    with pytest.raises(ValidationError, match="不在职"):
        annual.save_self_review(supervisor, "L01", YEAR, "……")


def test_an_unpublished_month_does_not_count_in_the_annual_average(office, supervisor):
    """On 2 December with January–November published, December (open, with a bonus and figures)
    is not counted: 11 months, an average over their snapshots, the workload target pro-rated."""
    from csperf_desktop.base import clock
    from csperf_desktop.monthly.events import add_event
    from csperf_desktop.monthly.figures import save_figures
    from csperf_desktop.base.months import Month

    for m in range(1, 12):
        save_figures(supervisor, Month(2026, m), {"A01": {"contacts": 1000, "csat_pct": 90}})
    add_event(supervisor, "A01", "B07", "2026-03-10")  # March 90
    clock.set_fixed(dt.datetime(2026, 12, 1, 2, 0))
    publish_months(supervisor, 2026, range(1, 12))
    clock.set_fixed(dt.datetime(2026, 12, 2, 2, 0))
    add_event(supervisor, "A01", "B05", "2026-12-01")  # December is open: not counted
    save_figures(supervisor, Month(2026, 12), {"A01": {"contacts": 5000, "csat_pct": 10}})
    r = annual.compute_one(2026, "A01")
    assert r.months == [f"2026-{m:02d}" for m in range(1, 12)] and r.months_counted == 11
    assert r.months_pending == ["2026-12"] and r.monthly_scores[11] is None
    assert r.monthly_avg == scales.r1((90 + 10 * 80) / 11)  # 80.9, December's bonus left out
    workload = _ind(r, "workload")
    # 11 × 1000 = 11000 against 12000 × 11/12 = 11000 → 100 (December's 5000 not added)
    assert workload.value == 11000 and workload.score == 100 and workload.note == "按 11/12 个月折算"
    assert _ind(r, "csat").value == 90  # December's 10 % not averaged in
    assert r.provisional and "12月尚未公示" in r.provisional_reasons


def test_every_data_indicator_uses_only_the_months_counted(office, supervisor):
    """Exams, spot checks and bonus counts of a month still open wait for its publication."""
    from csperf_desktop.monthly.events import add_event
    from csperf_desktop.monthly.exams import add_exam, set_result
    from csperf_desktop.base.months import Month
    from csperf_desktop.monthly.spotchecks import checklist, record_spot_check

    e1 = add_exam(supervisor, date="2026-02-20", title="二月考试", full_marks=100)
    set_result(supervisor, e1.id, "A01", 80)
    record_spot_check(supervisor, "A01", "2026-02-10")  # all passed
    add_event(supervisor, "A01", "B07", "2026-02-11")
    publish_months(supervisor, 2026, range(1, 10))
    e2 = add_exam(supervisor, date="2026-10-12", title="十月考试", full_marks=100)  # October: still open
    set_result(supervisor, e2.id, "A01", 20)
    items = checklist()
    record_spot_check(supervisor, "A01", "2026-10-13", results={items[0].id: (False, "语气生硬")})
    add_event(supervisor, "A01", "B07", "2026-10-14")
    r = annual.compute_one(2026, "A01")  # the clock is 2026-10-20
    assert r.months_counted == 9
    assert _ind(r, "knowledge").value == 80
    assert _ind(r, "norms").value == 100
    suggestions = _ind(r, "suggestions")
    # one adopted suggestion against 2 × 9/12 = 1.5 → pro-rated like every sum
    assert suggestions.value == 1 and suggestions.note == "按 9/12 个月折算"


# ---------------------------------------------------------------- ratings and status

def test_ratings_1_2_and_5_need_a_comment(office, supervisor):
    for rating in (1, 2, 5):
        with pytest.raises(ValidationError) as e:
            annual.save_ratings(supervisor, "A01", YEAR, {"attitude": rating})
        assert f"“服务态度”评为 {rating} 分时必须填写评语" in e.value.message
    review = annual.save_ratings(supervisor, "A01", YEAR, {"attitude": 3, "communication": 4})
    assert review.ratings["attitude"] == {"rating": 3, "comment": ""}
    with pytest.raises(ValidationError, match="应在 1 到 5 之间"):
        annual.save_ratings(supervisor, "A01", YEAR, {"attitude": 6})
    with pytest.raises(ValidationError, match="不是.*评议指标"):
        annual.save_ratings(supervisor, "A01", YEAR, {"csat": 4})


def test_status_follows_what_has_been_recorded(office, supervisor):
    assert annual.compute_one(YEAR, "A01").status == "not_started"
    assert annual.save_self_review(supervisor, "A01", YEAR, "今年完成了……").status == "self_review"
    assert annual.save_ratings(supervisor, "A01", YEAR, ALL_RATINGS).status == "evaluated"
    review = annual.record_interview(supervisor, "A01", YEAR, "2026-01-10", "主管、本人", "肯定成绩，指出不足。",
                                     "参加投诉处理培训")
    assert review.status == "interviewed"
    assert annual.sign_off(supervisor, "A01", YEAR).status == "signed_off"
    listing = {r["employee_no"]: r for r in annual.review_list(YEAR)}
    assert listing["A01"]["status_zh"] == "已签字" and listing["A02"]["status_zh"] == "未开始"


def test_interview_needs_date_attendees_and_summary(office, supervisor):
    with pytest.raises(ValidationError, match="请填写面谈纪要"):
        annual.record_interview(supervisor, "A01", YEAR, "2026-01-10", "主管", "")
    with pytest.raises(ValidationError, match="还没到"):
        annual.record_interview(supervisor, "A01", YEAR, "2027-01-10", "主管", "纪要")


# ---------------------------------------------------------------- sign-off and unlock

def _ready(supervisor, no="A01"):
    annual.save_ratings(supervisor, no, YEAR, ALL_RATINGS)
    annual.record_interview(supervisor, no, YEAR, "2026-01-10", "主管、本人", "纪要", "计划")


def test_sign_off_needs_every_rating_and_the_interview(office, supervisor):
    with pytest.raises(ValidationError, match="还有评议指标未评分：沟通表达能力"):
        annual.sign_off(supervisor, "A01", YEAR)
    annual.save_ratings(supervisor, "A01", YEAR, ALL_RATINGS)
    with pytest.raises(ValidationError, match="还没有记录绩效面谈"):
        annual.sign_off(supervisor, "A01", YEAR)


def test_sign_off_locks_the_review_and_freezes_its_result(year_data, supervisor):
    from csperf_desktop.monthly.events import add_event

    annual.record_interview(supervisor, "A01", YEAR, "2026-01-10", "主管、本人", "纪要", "计划")
    annual.sign_off(supervisor, "A01", YEAR)
    for attempt in (lambda: annual.save_self_review(supervisor, "A01", YEAR, "改一下"),
                    lambda: annual.save_ratings(supervisor, "A01", YEAR, {"attitude": 3}),
                    lambda: annual.record_interview(supervisor, "A01", YEAR, "2026-01-11", "主管", "再谈"),
                    lambda: annual.sign_off(supervisor, "A01", YEAR),
                    lambda: annual.add_goal(supervisor, "A01", YEAR, title="补一个目标")):
        with pytest.raises(PeriodLocked, match="已签字，不能再修改"):
            attempt()
    from csperf_desktop.office import settings as settings_mod

    settings_mod.update_settings(supervisor, {"annual_monthly_weight": 0})  # would give 74.5 live
    r = annual.compute_one(YEAR, "A01")
    assert r.status == "signed_off" and r.final == 77.6 and r.monthly_weight == 50
    assert not r.provisional and r.provisional_reasons == []


def test_unlocking_needs_an_admin_and_a_reason_and_is_audited(office, supervisor, admin):
    _ready(supervisor)
    annual.sign_off(supervisor, "A01", YEAR)
    with pytest.raises(PermissionDenied):
        annual.unlock_review(supervisor, "A01", YEAR, "评分有误")
    with pytest.raises(ValidationError, match="请填写解锁原因"):
        annual.unlock_review(admin, "A01", YEAR, "  ")
    review = annual.unlock_review(admin, "A01", YEAR, "沟通能力评分录错")
    assert review.status == "interviewed" and review.signed_off_at is None and review.result is None
    entry = AuditEntry.select().where(AuditEntry.action == "unlock_review").get()
    assert entry.actor == "admin" and entry.reason == "沟通能力评分录错"
    assert json.loads(entry.before)["result"]["final"] is not None
    annual.save_ratings(supervisor, "A01", YEAR, {"communication": (5, "改正后的评分")})
    with pytest.raises(ValidationError, match="没有签字"):
        annual.unlock_review(admin, "A02", YEAR, "原因")


def test_every_review_write_is_audited(office, supervisor):
    before = AuditEntry.select().count()
    annual.save_self_review(supervisor, "A01", YEAR, "自评")
    annual.save_ratings(supervisor, "A01", YEAR, ALL_RATINGS)
    annual.record_interview(supervisor, "A01", YEAR, "2026-01-10", "主管", "纪要")
    annual.sign_off(supervisor, "A01", YEAR)
    actions = [e.action for e in AuditEntry.select().order_by(AuditEntry.id)][before:]
    assert actions == ["save_self_review", "save_ratings", "record_interview", "freeze_annual_template",
                       "sign_off_review"]


def test_a_template_used_by_a_signed_review_is_frozen_and_an_edit_makes_a_new_version(office, supervisor):
    _ready(supervisor)
    annual.sign_off(supervisor, "A01", YEAR)
    v1 = AnnualTemplate.get((AnnualTemplate.role == "agent") & (AnnualTemplate.version == 1))
    assert v1.frozen
    body = copy.deepcopy(AGENT_TEMPLATE)
    body["dimensions"][0]["weight"], body["dimensions"][1]["weight"] = 50, 20
    t = annual.save_template(supervisor, "agent", body)
    assert t.version == 2 and not t.frozen
    assert AnnualTemplate.get_by_id(v1.id).body["dimensions"][0]["weight"] == 40  # unchanged
    signed = annual.compute_one(YEAR, "A01")
    assert signed.template_version == 1 and signed.dimension("results").weight == 40
    other = annual.compute_one(YEAR, "A02")
    assert other.template_version == 2 and other.dimension("results").weight == 50
    assert AnnualReview.get(AnnualReview.staff == office["A01"].id).template_id == v1.id


# ---------------------------------------------------------------- coaching notes

def test_coaching_notes_are_listed_oldest_first_and_checked(office, supervisor):
    annual.add_coaching_note(supervisor, "A01", date="2025-06-01", topic="投诉处理", note="复盘两起投诉",
                             follow_up="2025-07-01")
    annual.add_coaching_note(supervisor, "A01", date="2025-03-01", topic="话术")
    assert [n.topic for n in annual.coaching_notes("A01", YEAR)] == ["话术", "投诉处理"]
    with pytest.raises(ValidationError, match="跟进日期不能早于辅导日期"):
        annual.add_coaching_note(supervisor, "A01", date="2025-06-01", topic="x", follow_up="2025-05-01")
    with pytest.raises(ValidationError, match="请填写辅导主题"):
        annual.add_coaching_note(supervisor, "A01", date="2025-06-01", topic="")


# ---------------------------------------------------------------- comparison, what-if, distribution

def _scored_office(office, supervisor):
    from csperf_desktop.monthly.figures import save_figures
    from csperf_desktop.base.months import Month

    # A01 best on results, A02 best on quality ratings.
    csat = {"A01": 96, "A02": 75, "A03": 85}
    for no, value in csat.items():
        save_figures(supervisor, Month(YEAR, 6), {no: {"csat_pct": value, "avg_response_s": 30, "avg_handle_s": 300,
                                                       "fcr_pct": 85, "contacts": 12000}})
    quality = {"A01": 3, "A02": 4, "A03": 4}
    for no, q in quality.items():
        annual.save_ratings(supervisor, no, YEAR, {"communication": q, "complaints": q, "attitude": q,
                                                   "learning": 3, "responsibility": 3, "cooperation": 3})
    publish_months(supervisor, YEAR)


def test_team_comparison_sorts_by_any_dimension(office, supervisor):
    _scored_office(office, supervisor)
    by_results = [r["employee_no"] for r in annual.team_comparison(YEAR, sort_by="results")][:3]
    assert by_results == ["A01", "A03", "A02"]
    by_quality = annual.team_comparison(YEAR, sort_by="quality")
    assert by_quality[0]["employee_no"] in ("A02", "A03")
    assert by_quality[0]["dimensions"]["quality"] >= by_quality[1]["dimensions"]["quality"]
    ascending = [r["employee_no"] for r in annual.team_comparison(YEAR, sort_by="results", descending=False)]
    assert ascending.index("A02") < ascending.index("A01")


def test_what_if_moves_ranks_without_saving(office, supervisor):
    _scored_office(office, supervisor)
    before = {r.employee_no: r.rank for r in annual.compute_all(YEAR)}
    rows = annual.what_if(YEAR, dimension_weights={"results": 10, "quality": 70, "ability": 10, "teamwork": 10})
    moved = {w.employee_no: w for w in rows}
    assert moved["A01"].rank_before == before["A01"] == 1
    assert moved["A01"].rank_after > 1 and moved["A01"].move < 0
    assert moved["A02"].move > 0
    assert annual.template_for_role("agent").dimensions[0]["weight"] == 40  # nothing saved
    assert {r.employee_no: r.rank for r in annual.compute_all(YEAR)} == before
    with pytest.raises(ValidationError, match="调整后是 130%"):
        annual.what_if(YEAR, dimension_weights={"results": 70})


def test_what_if_on_the_monthly_blend(year_data):
    rows = annual.what_if(YEAR, monthly_weight=100)
    a01 = next(w for w in rows if w.employee_no == "A01")
    assert a01.final_before == 77.6 and a01.final_after == 80.7 and a01.grade_after == "良好"


def test_distribution_check_warns_when_too_many_are_excellent(office, supervisor):
    from csperf_desktop.office import settings as settings_mod

    results = annual.compute_all(YEAR)
    for r, grade in zip(results, ["优秀", "优秀", "良好", "合格", "合格"]):
        r.grade = grade
    assert annual.distribution_warning(results) is None  # off by default
    settings_mod.update_settings(supervisor, {"annual_excellent_max_pct": 30})
    assert "“优秀”占 40%（2/5 人），超过设定的 30%" in annual.distribution_warning(results)
    settings_mod.update_settings(supervisor, {"annual_excellent_max_pct": 40})
    assert annual.distribution_warning(results) is None


# ---------------------------------------------------------------- performance shape

def test_compute_all_costs_the_same_queries_for_5_or_25_people(office, supervisor):
    from csperf_desktop.store.models import database_proxy
    from csperf_desktop.office.staff import add_staff

    def count():
        db = database_proxy.obj
        calls = []
        original = db.execute_sql
        db.execute_sql = lambda sql, params=None, *a, **kw: calls.append(sql) or original(sql, params, *a, **kw)
        try:
            annual.compute_all(2026)
        finally:
            db.execute_sql = original
        return len(calls)

    small = count()
    for i in range(20):
        add_staff(supervisor, employee_no=f"Q{i:02d}", name=f"员工{i}", role="agent", hire_date="2020-01-01")
    assert count() == small


def test_a_team_lead_is_scored_on_the_team(office, supervisor):
    from csperf_desktop.monthly.figures import save_figures
    from csperf_desktop.base.months import Month
    from csperf_desktop.office.staff import add_staff

    add_staff(supervisor, employee_no="Z01", name="组长", role="team_lead", team="一组", hire_date="2020-01-01")
    save_figures(supervisor, Month(YEAR, 5), {"A01": {"csat_pct": 90}, "A02": {"csat_pct": 80},
                                              "Z01": {"csat_pct": 50}})
    publish_months(supervisor, YEAR, [5])
    r = annual.compute_one(YEAR, "Z01")
    assert _ind(r, "team_csat").value == 85  # the agents' mean, not the lead's own figure
    assert r.dimension("team").name == "团队整体绩效"


def test_review_detail_gathers_the_form(year_data, supervisor):
    annual.add_goal(supervisor, "A01", YEAR + 1, title="带教新人", weight=50)
    annual.add_coaching_note(supervisor, "A01", date="2025-05-01", topic="话术")
    d = annual.review_detail(YEAR, "A01")
    assert d.result.final == 77.6 and not d.locked
    assert d.ratings["attitude"] == {"rating": 5, "comment": "客户多次书面表扬"}
    assert [g.title for g in d.next_goals] == ["带教新人"] and d.goals == []
    assert [n.topic for n in d.coaching] == ["话术"]
    assert [e.title for e in d.exams] == ["二月技能考试", "五月技能考试"]


def test_goals_and_notes_are_edited_and_deleted_with_audit(office, supervisor):
    g = annual.add_goal(supervisor, "A01", YEAR, title="满意度 95%", indicator="csat", target=95, weight=30)
    annual.update_goal(supervisor, g.id, target=96, weight=40)
    assert annual.goals_for("A01", YEAR)[0].target == 96
    n = annual.add_coaching_note(supervisor, "A01", date="2025-05-01", topic="话术")
    annual.update_coaching_note(supervisor, n.id, note="补充记录", follow_up="2025-06-01")
    annual.delete_coaching_note(supervisor, n.id)
    annual.delete_goal(supervisor, g.id)
    assert annual.goals_for("A01", YEAR) == [] and annual.coaching_notes("A01") == []
    actions = [e.action for e in AuditEntry.select().order_by(AuditEntry.id)][-6:]
    assert actions == ["add_goal", "update_goal", "add_coaching_note", "update_coaching_note",
                       "delete_coaching_note", "delete_goal"]


def test_what_if_with_indicator_weights(year_data):
    # All of 工作业绩 on CSAT (92.0) instead of the mix (76.4): A01's evaluation rises.
    rows = annual.what_if(YEAR, indicator_weights={"csat": 100, "response": 0, "handling": 0, "fcr": 0,
                                                    "workload": 0})
    a01 = next(w for w in rows if w.employee_no == "A01")
    # (40·92 + 30·68.7 + 20·82.1 + 10·69.4)/100 = 80.77 → 80.8; (80.7 + 80.8)/2 = 80.75 → 80.8
    assert a01.final_after == 80.8 and a01.grade_after == "良好"
    with pytest.raises(ValidationError, match="维度“工作业绩”内各指标权重之和应为 100%，调整后是 170%"):
        annual.what_if(YEAR, indicator_weights={"csat": 100})


# ---------------------------------------------------------------- provisional results

def _final_a01(supervisor):
    """A01 rated, interviewed and signed off over a fully published 2025: a final result."""
    publish_months(supervisor, YEAR)
    annual.save_ratings(supervisor, "A01", YEAR, ALL_RATINGS)
    annual.record_interview(supervisor, "A01", YEAR, "2026-01-10", "主管、甲", "纪要")
    annual.sign_off(supervisor, "A01", YEAR)


def test_a_result_is_provisional_until_rated_signed_and_every_month_published(office, supervisor):
    r = annual.compute_one(YEAR, "A02")
    assert r.provisional and r.provisional_reasons[0].startswith("评议指标未评分：沟通表达能力")
    assert "1月、2月、3月、4月、5月、6月、7月、8月、9月、10月、11月、12月尚未公示" in r.provisional_reasons
    assert "尚未签字" in r.provisional_reasons
    _final_a01(supervisor)
    a01 = annual.compute_one(YEAR, "A01")
    assert not a01.provisional and annual.provisional_reasons(a01) == [] and a01.grade
    rows = {row["employee_no"]: row for row in annual.review_list(YEAR)}
    assert rows["A01"]["provisional"] is False and rows["A02"]["provisional"] is True


def test_annual_results_json_and_table_say_provisional(office, supervisor, capsys):
    import os

    from csperf_desktop.cli import main
    from csperf_desktop.store.models import database_proxy

    _final_a01(supervisor)
    db = os.environ.get("CSPERF_TEST_DB") or database_proxy.obj.database
    assert main(["annual-results", "--db", db, "--year", "2025", "--json"]) == 0
    rows = {r["employee_no"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["A01"]["provisional"] is False and rows["A01"]["provisional_reasons"] == []
    assert rows["A02"]["provisional"] is True and "尚未签字" in rows["A02"]["provisional_reasons"]
    assert main(["annual-results", "--db", db, "--year", "2025"]) == 0
    out = capsys.readouterr().out
    assert "（4 人暂定）" in out and "定稿" in out.splitlines()[1]
    line = {w[1]: ln for ln in out.splitlines()[2:] if len(w := ln.split()) > 1 and w[1].startswith("A0")}
    assert " 定稿" in line["A01"] and " 暂定" in line["A02"]


def test_the_distribution_check_counts_final_results_only(office, supervisor):
    from csperf_desktop.office import settings as settings_mod

    settings_mod.update_settings(supervisor, {"annual_excellent_max_pct": 30})
    results = annual.compute_all(YEAR)
    for r in results:  # five provisional results, four of them 优秀
        r.grade = "优秀" if r.employee_no != "A05" else "合格"
    check = annual.distribution_check(results)
    assert check.provisional and check.final_count == 0
    assert check.message.startswith("暂定：按 5 人的暂定等级，“优秀”占 80%")
    _final_a01(supervisor)
    results = annual.compute_all(YEAR)
    for r in results:
        if r.employee_no != "A01":
            r.grade = "优秀"  # provisional: must not count
    a01 = next(r for r in results if r.employee_no == "A01")
    assert not a01.provisional and a01.grade != "优秀"
    check = annual.distribution_check(results)
    assert not check.provisional and check.final_count == 1 and check.provisional_count == 4
    assert check.message is None  # the one final result is not 优秀: the provisional ones do not count
    a01.grade = "优秀"
    assert "只计已定稿的结果" in annual.distribution_warning(results)
    assert "另有 4 人的结果暂定，未计入" in annual.distribution_warning(results)
