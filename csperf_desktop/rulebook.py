"""The default rulebook (seed 000 §三(二) and DESIGN.md §1).

Bonus items B01–B09 are the seed's, exactly; the deduction items D01–D13 are
our proposed defaults (the seed's list is cut off). All are seeded into a new
database and the supervisor may edit, disable or extend them.
"""

from __future__ import annotations

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
