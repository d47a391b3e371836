"""A demo office: 12 people (10 agents, a team lead, a QA inspector), 24
months of events with a realistic mix of bonuses and deductions, figures,
published and closed months, and the current month in progress.

Deterministic: the same current month gives the same office (fixed random
seed). Everything goes through the services, so the demo is audited like
real use.
"""

from __future__ import annotations

import datetime as _dt
import random

from . import clock
from .auth import SYSTEM
from .events import add_event
from .figures import save_figures
from .models import database_proxy
from .months import Month
from .periods import close_month, publish_month
from .proposals import confirm, pending_proposals
from .settings import update_settings
from .staff import add_staff

PEOPLE = [
    # no, name, role, team, skill (0..1: higher means more bonuses, fewer deductions)
    ("KF001", "张晓梅", "agent", "一组", 0.85),
    ("KF002", "李娜", "agent", "一组", 0.7),
    ("KF003", "王磊", "agent", "一组", 0.55),
    ("KF004", "刘洋", "agent", "一组", 0.6),
    ("KF005", "陈静", "agent", "二组", 0.9),
    ("KF006", "杨帆", "agent", "二组", 0.5),
    ("KF007", "赵敏", "agent", "二组", 0.65),
    ("KF008", "黄志强", "agent", "二组", 0.75),
    ("KF009", "周婷", "agent", "三组", 0.6),
    ("KF010", "吴昊", "agent", "三组", 0.2),
    ("ZG001", "孙丽华", "team_lead", "一组", 0.8),
    ("ZJ001", "马俊", "qa", "三组", 0.7),
]

BONUS_CODES = ["B01", "B03", "B04", "B05", "B08", "B07"]
BONUS_WEIGHTS = [5, 3, 3, 4, 2, 0.4]
DEDUCTION_CODES = ["D01", "D02", "D03", "D04", "D05", "D06", "D07", "D08", "D09", "D10", "D11", "D13"]
DEDUCTION_WEIGHTS = [1, 1, 0.6, 5, 3, 2, 4, 0.5, 0.6, 1, 1.2, 1]
METHODS = ["supervision", "spot_check", "scheduled", "tracing"]
NOTES = {
    "B01": "协助仓库盘点", "B03": "活动期间顶班", "B04": "售后零成本解决，客户满意", "B05": "完成主管交办的对账",
    "B07": "提出排班优化建议，试行有效", "B08": "难缠客户处理方案被采纳",
    "D01": "回复语气生硬", "D02": "推卸责任", "D03": "埋怨客户", "D04": "回复有错别字", "D05": "服务记录不完整",
    "D06": "销售统计表逾期", "D07": "迟到", "D08": "请假未事前报批", "D09": "超权限订单未上报",
    "D10": "客户有效投诉", "D11": "任务未按时完成", "D13": "忙闲服务不一致",
}
MONTHS = 24


def demo_months(today: _dt.date | None = None) -> list[Month]:
    """The 24 full months before the current one, oldest first."""
    current = Month.of(today or clock.today())
    return [current.add(-i) for i in range(MONTHS, 0, -1)]


def build_demo(company: str = "示范客服中心") -> None:
    """Fill an empty, open database with the demo office."""
    real_now = clock.now_utc()
    today = clock.today()
    rng = random.Random(20111)
    months = demo_months(today)
    db = database_proxy.obj
    try:
        with db.atomic():
            update_settings(SYSTEM, {"company_name": company, "supervisor_name": "孙丽华"})
            staff = []
            for no, name, role, team, skill in PEOPLE:
                hire = months[0].first_day - _dt.timedelta(days=rng.randint(30, 900))
                s = add_staff(SYSTEM, employee_no=no, name=name, role=role, team=team, hire_date=hire)
                staff.append((s, skill))
            for index, month in enumerate(months):
                _fill_month(rng, month, staff, index, month.last_day)
                publish_at = _dt.datetime.combine(month.next().first_day, _dt.time(1, 30))  # 09:30 in UTC+8
                is_last = index == len(months) - 1
                if is_last:
                    # The latest month was published this morning: its appeal window is open.
                    publish_at = min(real_now, publish_at + _dt.timedelta(days=max(0, (today - month.next().first_day).days)))
                clock.set_fixed(publish_at)
                publish_month(SYSTEM, month)
                if not is_last:
                    clock.set_fixed(publish_at + _dt.timedelta(days=3))
                    close_month(SYSTEM, month)
                clock.set_fixed(None)
            current = Month.of(today)
            clock.set_fixed(real_now)
            if today.day > 1:
                _fill_month(rng, current, staff, MONTHS, today - _dt.timedelta(days=0), figures=False)
    finally:
        clock.set_fixed(None)


def _fill_month(rng: random.Random, month: Month, staff, index: int, last_day: _dt.date, figures: bool = True) -> None:
    clock.set_fixed(_dt.datetime.combine(last_day, _dt.time(10, 0)))
    days = (last_day - month.first_day).days + 1
    weak_streak = index in (MONTHS - 3, MONTHS - 2)  # the weakest agent slips badly twice in a row
    for s, skill in staff:
        n_bonus = rng.choices([0, 1, 2, 3], weights=[3, 4, 3, 1 + 3 * skill])[0]
        n_ded = rng.choices([0, 1, 2, 3, 4], weights=[2 + 4 * skill, 4, 3, 2 - skill, 1.5 - skill])[0]
        if weak_streak and s.employee_no == "KF010":
            n_ded += 9
            n_bonus = 0
        for _ in range(n_bonus):
            code = rng.choices(BONUS_CODES, BONUS_WEIGHTS)[0]
            pts = rng.randint(1, 3) if code == "B01" else None
            _event(rng, month, days, s, code, pts)
        for _ in range(n_ded):
            code = rng.choices(DEDUCTION_CODES, DEDUCTION_WEIGHTS)[0]
            pts = {"D04": rng.randint(1, 3), "D10": rng.choice([5, 5, 8, 10]), "D11": rng.randint(3, 5)}.get(code)
            _event(rng, month, days, s, code, pts)
    if figures:
        rows = {}
        for s, skill in staff:
            rows[s.id] = {
                "csat_pct": round(min(99.5, 78 + 18 * skill + rng.uniform(-4, 4)), 1),
                "avg_response_s": round(max(8, 60 - 35 * skill + rng.uniform(-8, 8))),
                "avg_handle_s": round(max(120, 520 - 180 * skill + rng.uniform(-60, 60))),
                "fcr_pct": round(min(99, 62 + 30 * skill + rng.uniform(-5, 5)), 1),
                "contacts": int(600 + 500 * skill + rng.randint(-80, 80)),
                "sales_amount": round(20000 + 60000 * skill + rng.uniform(-8000, 8000), 2),
                "orders": int(40 + 60 * skill + rng.randint(-10, 10)),
                "late_count": 0 if rng.random() < 0.4 + 0.5 * skill else rng.randint(1, 3),
                "early_leave_count": 0 if rng.random() < 0.85 else 1,
                "absence_days": 0 if rng.random() < 0.9 else 1,
            }
        save_figures(SYSTEM, month, rows)
        confirm(SYSTEM, pending_proposals(month), month)


def _event(rng, month, days, s, code, pts) -> None:
    day = month.first_day + _dt.timedelta(days=rng.randrange(days))
    ref = f"DD{month.year % 100:02d}{month.month:02d}{rng.randint(1000, 9999)}" if rng.random() < 0.5 else ""
    add_event(SYSTEM, s, code, day, pts, 1, rng.choice(METHODS), ref, NOTES.get(code, ""))
