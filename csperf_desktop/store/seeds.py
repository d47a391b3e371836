"""What a new database starts with: plain data and the functions that insert it.

Imports no services, so opening a database does not load the monthly cycle.

The default rulebook (seed 000 §三(二) and DESIGN.md §1): bonus items B01–B09 are the seed's, exactly; the deduction items D01–D13 are
our proposed defaults (the seed's list is cut off). All are seeded into a new
database and the supervisor may edit, disable or extend them.
"""

from __future__ import annotations

import copy

from ..base import clock

# code, area, kind, name, min, max, default, unit, serious, note
DEFAULT_RULES = [
    ("B01", "daily", "bonus", "完成非客服本质工作（额外工作，以工作单为准）", 1, 5, 1, "time", False, ""),
    ("B02", "general", "bonus", "客服工作技巧考试满分", 5, 5, 5, "time", False, "由考试成绩自动建议，主管确认"),
    ("B03", "daily", "bonus", "突发情况或活动期间人手不够，随叫随到主动顶班", 5, 5, 5, "time", False, ""),
    ("B04", "after_sales", "bonus", "客户满意的情况下，处理售后问题做到0成本付出", 5, 5, 5, "time", False, ""),
    ("B05", "daily", "bonus", "完成本职工作的情况下，完成上级提出的额外工作", 5, 5, 5, "time", False, ""),
    ("B06", "general", "bonus", "经核实客户满意度（满意及以上）在90%以上", 5, 5, 5, "month", False, "由月度数据自动建议，主管确认"),
    ("B07", "daily", "bonus", "对客服团队管理提出合理化建议，经试行效果理想", 10, 10, 10, "time", False, ""),
    ("B08", "after_sales", "bonus", "对难缠客户、难以回复的问题提出处理意见，经采纳效果明显改善", 5, 5, 5, "time", False, ""),
    ("B09", "daily", "bonus", "无迟到早退，全勤", 5, 5, 5, "month", False, "原文分值缺失，默认5分/月；由考勤数据自动建议"),
    ("D01", "general", "deduction", "使用生硬语言对待客户（三不之一）", 5, 5, 5, "time", False, ""),
    ("D02", "general", "deduction", "说推卸责任的话（三不之二）", 5, 5, 5, "time", False, ""),
    ("D03", "general", "deduction", "责备、埋怨客户（三不之三）", 5, 5, 5, "time", False, ""),
    ("D04", "general", "deduction", "回复不准确或有错别字", 1, 3, 1, "time", False, ""),
    ("D05", "daily", "deduction", "客服记录缺失或不完整", 2, 2, 2, "time", False, ""),
    ("D06", "daily", "deduction", "问题记录、销售统计表逾期未交", 2, 2, 2, "time", False, ""),
    ("D07", "daily", "deduction", "迟到或早退", 2, 2, 2, "time", False, ""),
    ("D08", "daily", "deduction", "未经事前批准请假；紧急情况未在1小时内电话通知主管", 5, 5, 5, "time", False, ""),
    ("D09", "orders", "deduction", "超权限订单、投诉、网络危机未及时上报", 5, 5, 5, "time", False, ""),
    ("D10", "after_sales", "deduction", "客户对服务的有效投诉", 5, 10, 5, "time", False, ""),
    ("D11", "daily", "deduction", "部门下达的任务未按时保质完成", 3, 5, 3, "time", False, ""),
    ("D12", "daily", "deduction", "泄露、复印或私自带出客户资料", 20, 20, 20, "time", True, "严重违规，自动标记"),
    ("D13", "general", "deduction", "服务不一致（违反“四个一样”）", 3, 3, 3, "time", False, ""),
]


def seed_rules(Rule) -> None:
    """Insert the default rulebook into an empty rules table."""
    rows = []
    for order, (code, area, kind, name, lo, hi, default, unit, serious, note) in enumerate(DEFAULT_RULES):
        rows.append(
            dict(code=code, area=area, kind=kind, name=name, min_points=lo, max_points=hi,
                 default_points=default, unit=unit, serious=serious, note=note, active=True,
                 sort_order=(order + 1) * 10)
        )
    Rule.insert_many(rows).execute()


# ---------------------------------------------------------------- the spot-check checklist

# section, text, rule code ("" = no deduction on failure)
DEFAULT_CHECKLIST = [
    ("three_musts", "要专业", ""),
    ("three_musts", "要热情", ""),
    ("three_musts", "要灵活", ""),
    ("three_nots", "不使用生硬语言", "D01"),
    ("three_nots", "不说推卸责任的话", "D02"),
    ("three_nots", "不责备、埋怨客户", "D03"),
    ("four_same", "生人熟人一个样", "D13"),
    ("four_same", "有无检查一个样", "D13"),
    ("four_same", "工作忙闲一个样", "D13"),
    ("four_same", "情绪好坏一个样", "D13"),
    ("accuracy", "回复准确，无错别字", "D04"),
    ("record", "客服记录完整", "D05"),
]


def seed_checklist(model=None) -> None:
    """Insert the default checklist into an empty table (a new database)."""
    if model is None:
        from .models import ChecklistItem as model
    model.insert_many([
        dict(section=g, text=t, rule_code=code, active=True, sort_order=(i + 1) * 10)
        for i, (g, t, code) in enumerate(DEFAULT_CHECKLIST)
    ]).execute()


# ---------------------------------------------------------------- the annual review templates

def _d(code, name, source, direction, target, zero, weight, **kw):
    return {"code": code, "name": name, "kind": "data", "source": source, "direction": direction,
            "target": target, "zero": zero, "weight": weight, **kw}


def _j(code, name, weight):
    return {"code": code, "name": name, "kind": "judged", "weight": weight}


AGENT_TEMPLATE = {"dimensions": [
    {"code": "results", "name": "工作业绩", "weight": 40, "indicators": [
        _d("csat", "客户满意度（CSAT）", "csat", "higher", 95, 70, 30),
        _d("response", "平均响应时长", "avg_response", "lower", 30, 120, 15),
        _d("handling", "平均处理时长", "avg_handle", "band", 180, 60, 15, target_high=420, zero_high=900),
        _d("fcr", "问题一次性解决率", "fcr", "higher", 85, 50, 20),
        _d("workload", "工作量（接待量）", "contacts", "higher", 12000, 6000, 20),
    ]},
    {"code": "quality", "name": "服务质量", "weight": 30, "indicators": [
        _d("norms", "服务规范遵守（抽查合格率）", "spot_pass", "higher", 98, 80, 40),
        _j("communication", "沟通表达能力", 20),
        _j("complaints", "投诉处理能力", 20),
        _j("attitude", "服务态度", 20),
    ]},
    {"code": "ability", "name": "专业能力与素养", "weight": 20, "indicators": [
        _d("knowledge", "产品/业务知识（考试平均分）", "exam_avg", "higher", 90, 60, 50),
        _j("learning", "学习与改进能力", 25),
        _j("responsibility", "责任心与抗压能力", 25),
    ]},
    {"code": "teamwork", "name": "团队协作与贡献", "weight": 10, "indicators": [
        _j("cooperation", "团队合作精神", 40),
        _d("discipline", "遵守规章制度（考勤）", "attendance", "lower", 0, 24, 30),
        _d("suggestions", "合理化建议（B07 采纳次数）", "rule_count", "higher", 2, 0, 30, rule_code="B07"),
    ]},
]}

TEAM_LEAD_TEMPLATE = {"dimensions": [
    {"code": "team", "name": "团队整体绩效", "weight": 40, "indicators": [
        _d("team_csat", "团队客户满意度", "team_csat", "higher", 95, 70, 40),
        _d("team_handling", "团队平均处理时长", "team_avg_handle", "band", 180, 60, 30, target_high=420,
           zero_high=900),
        _d("team_fcr", "团队一次性解决率", "team_fcr", "higher", 85, 50, 30),
    ]},
    {"code": "people", "name": "人员管理与发展", "weight": 25, "indicators": [
        _j("coaching", "下属培训与辅导效果", 40),
        _j("attrition", "员工流失率控制", 30),
        _j("bench", "团队梯队建设", 30),
    ]},
    {"code": "process", "name": "流程优化与问题解决", "weight": 20, "indicators": [
        _j("bottlenecks", "发现并推动解决流程瓶颈", 50),
        _j("efficiency", "提升整体运营效率", 30),
        _d("suggestions", "合理化建议（B07 采纳次数）", "rule_count", "higher", 2, 0, 20, rule_code="B07"),
    ]},
    {"code": "coordination", "name": "资源协调与汇报", "weight": 15, "indicators": [
        _j("reporting", "向上级及时准确汇报", 50),
        _j("resources", "协调内外资源", 50),
    ]},
]}

DEFAULTS = {"agent": ("一线客服代表考核模板", AGENT_TEMPLATE),
            "team_lead": ("客服主管考核模板", TEAM_LEAD_TEMPLATE)}


def seed_templates(model=None) -> None:
    """Version 1 of the agent and team-lead templates (a new database, migration step 1)."""
    if model is None:
        from .models import AnnualTemplate as model
    for role, (name, body) in DEFAULTS.items():
        if not model.select().where(model.role == role).exists():
            model.create(role=role, version=1, name=name, body=copy.deepcopy(body),
                         created_by="system", created_at=clock.now_utc())
