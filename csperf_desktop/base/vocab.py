"""Coded values used across the program, with their Chinese and English labels.

Codes are stored in the database; labels are for people. The GUI translates
the English labels through Qt; printed pages and the CLI use the Chinese ones.
"""

AREAS = {
    "orders": ("接单", "Orders"),
    "after_sales": ("售后", "After-sales"),
    "daily": ("日常", "Daily work"),
    "general": ("通用", "General"),
}
AREA_ORDER = ("orders", "after_sales", "daily", "general")

KINDS = {
    "bonus": ("加分", "Bonus"),
    "deduction": ("扣分", "Deduction"),
}

METHODS = {
    "supervision": ("督查", "Supervision"),
    "spot_check": ("随机抽查", "Random spot check"),
    "scheduled": ("定期考察", "Scheduled review"),
    "tracing": ("事后追查", "After-the-fact tracing"),
}

UNITS = {
    "time": ("每次", "per time"),
    "month": ("每月", "per month"),
}

STAFF_ROLES = {
    "agent": ("客服", "Agent"),
    "team_lead": ("客服主管", "Team lead"),
    "qa": ("质检专员", "QA inspector"),
}

USER_ROLES = {
    "admin": ("管理员", "Administrator"),
    "supervisor": ("主管", "Supervisor"),
    "qa": ("质检专员", "QA inspector"),
    "viewer": ("只读", "Viewer"),
}

PERIOD_STATUS = {
    "open": ("进行中", "Open"),
    "published": ("已公示", "Published"),
    "closed": ("已结束", "Closed"),
}


UNRANKED_ZH = "不参与排名"  # a person whose role is not ranked (setting ranked_roles)


def revision_label(n: int, lang: str = "zh") -> str:
    """How revision ``n`` of a published month is named on screen, paper, CLI and Excel:
    "第 N 版" (1 = the first publication); from the second on (re-issued after an upheld
    appeal) "第 N 版（修订）" — one number only, never a count of revisions beside it.
    ``lang="en"``: "Version N" / "Version N (revised)". Empty for a month never published."""
    n = int(n or 0)
    if n <= 0:
        return ""
    if lang == "en":
        return f"Version {n}" + (" (revised)" if n >= 2 else "")
    return f"第 {n} 版" + ("（修订）" if n >= 2 else "")


def zh(table: dict, code: str) -> str:
    """Chinese label of a code, or the code itself when unknown."""
    return table.get(code, (code, code))[0]


def en(table: dict, code: str) -> str:
    """English label of a code, or the code itself when unknown."""
    return table.get(code, (code, code))[1]
