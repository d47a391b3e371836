"""Staff, rulebook and settings services: validation and history kept."""

from __future__ import annotations

import pytest

from csperf_desktop.trust.auth import PERMISSIONS, Actor
from csperf_desktop.base.errors import Conflict, PermissionDenied, ValidationError
from csperf_desktop.monthly.events import add_event
from csperf_desktop.store.models import Staff
from csperf_desktop.office.rules import add_rule, update_rule
from csperf_desktop.office.settings import load, update_settings
from csperf_desktop.office.staff import add_staff, deactivate_staff, delete_staff, update_staff


def test_employee_number_must_be_unique(office, supervisor):
    with pytest.raises(ValidationError, match="已被其他人使用") as e:
        add_staff(supervisor, employee_no="A01", name="重复")
    assert e.value.field == "employee_no"


@pytest.mark.parametrize("data,field", [
    ({"employee_no": "", "name": "某"}, "employee_no"),
    ({"employee_no": "B 1", "name": "某"}, "employee_no"),
    ({"employee_no": "B1", "name": "  "}, "name"),
    ({"employee_no": "B1", "name": "某", "role": "boss"}, "role"),
    ({"employee_no": "B1", "name": "某", "hire_date": "2026-13-01"}, "hire_date"),
    ({"employee_no": "B1", "name": "某", "hire_date": "2026-05-01", "leave_date": "2026-04-01"}, "leave_date"),
    ({"employee_no": "B1", "name": "某" * 65}, "name"),
])
def test_staff_validation_names_the_field(db, supervisor, data, field):
    with pytest.raises(ValidationError) as e:
        add_staff(supervisor, **data)
    assert e.value.field == field
    assert Staff.select().count() == 0


def test_an_unknown_field_is_refused_by_name(office, supervisor):
    from csperf_desktop.annual.reviews import add_goal
    from csperf_desktop.monthly.exams import add_exam

    with pytest.raises(ValidationError, match="未知字段：nmae"):
        add_staff(supervisor, employee_no="B1", nmae="某")
    with pytest.raises(ValidationError, match="未知字段：colour, size"):
        update_staff(supervisor, Staff.get(Staff.employee_no == "A01").id, size=1, colour="red")
    with pytest.raises(ValidationError, match="未知字段：score"):
        add_exam(supervisor, score=90)
    with pytest.raises(ValidationError, match="未知字段：owner"):
        add_goal(supervisor, "A01", 2026, title="目标", owner="x")
    assert Staff.select().where(Staff.employee_no == "B1").count() == 0


def test_role_accepts_chinese_labels(db, supervisor):
    assert add_staff(supervisor, employee_no="Q1", name="质检", role="质检专员").role == "qa"


def test_person_with_history_cannot_be_deleted_only_deactivated(office, supervisor):
    add_event(supervisor, "A01", "B01", "2026-10-05", 1)
    with pytest.raises(Conflict, match="停用"):
        delete_staff(supervisor, "A01")
    s = deactivate_staff(supervisor, "A01")
    assert not s.active and s.leave_date.isoformat() == "2026-10-20"
    delete_staff(supervisor, "A02")
    assert Staff.get_or_none(Staff.employee_no == "A02") is None


def test_update_staff_changes_only_given_fields(office, supervisor):
    s = update_staff(supervisor, "A01", team="二组")
    assert (s.team, s.name) == ("二组", "甲")


def test_rule_range_validation(db, supervisor):
    with pytest.raises(ValidationError, match="不能大于"):
        add_rule(supervisor, code="D14", area="daily", kind="deduction", name="测试", min_points=5, max_points=3)
    with pytest.raises(ValidationError, match="默认分"):
        add_rule(supervisor, code="D14", area="daily", kind="deduction", name="测试", min_points=1,
                 max_points=3, default_points=4)
    with pytest.raises(ValidationError, match="代码"):
        add_rule(supervisor, code="14", area="daily", kind="deduction", name="测试", min_points=1, max_points=3)
    r = add_rule(supervisor, code="d14", area="日常", kind="扣分", name="工位不整洁", min_points=1, max_points=2)
    assert (r.code, r.area, r.kind, r.default_points) == ("D14", "daily", "deduction", 1)


def test_used_rule_keeps_its_code_and_kind(office, supervisor):
    add_event(supervisor, "A01", "D07", "2026-10-05")
    with pytest.raises(Conflict, match="代码不能修改"):
        update_rule(supervisor, "D07", code="D77")
    with pytest.raises(Conflict, match="加分和扣分"):
        update_rule(supervisor, "D07", kind="bonus")


def test_settings_are_validated_and_persist(db, supervisor):
    with pytest.raises(ValidationError, match="基础分"):
        update_settings(supervisor, {"base_score": 120})
    with pytest.raises(ValidationError, match="整数"):
        update_settings(supervisor, {"award_amount": "很多"})
    with pytest.raises(ValidationError, match="递增"):
        update_settings(supervisor, {"gift_tier_b": 400})
    update_settings(supervisor, {"company_name": "星河客服部", "award_amount": "500"})
    s = load()
    assert (s.company_name, s.award_amount, s.base_score) == ("星河客服部", 500, 80)


ROLE_CASES = [
    ("record_event", lambda a: add_event(a, "A01", "B01", "2026-10-05", 1)),
    ("manage_staff", lambda a: add_staff(a, employee_no="Z9", name="某")),
    ("edit_rules", lambda a: update_rule(a, "B01", name="额外工作")),
    ("edit_settings", lambda a: update_settings(a, {"company_name": "某"})),
]


@pytest.mark.parametrize("role", ["admin", "supervisor", "qa", "viewer"])
@pytest.mark.parametrize("permission,call", ROLE_CASES)
def test_each_service_checks_the_role_itself(office, role, permission, call):
    actor = Actor("u", role)
    if role in PERMISSIONS[permission]:
        call(actor)
    else:
        with pytest.raises(PermissionDenied):
            call(actor)
