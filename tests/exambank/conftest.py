from __future__ import annotations

import pytest

from csperf_desktop.exambank import bank
from csperf_desktop.monthly.exams import add_exam


def make_bank(actor, per_area=6):
    """Per area: topics 甲/乙/丙 in turn, difficulties 1,2,3 in turn; types single/truefalse/multiple/fill/short."""
    ids = []
    kinds = ["single", "truefalse", "multiple", "fill", "short", "single"]
    for area in ("orders", "after_sales", "daily"):
        for i in range(per_area):
            kind = kinds[i % len(kinds)]
            data = dict(area=area, topic=["话术", "流程", "系统"][i % 3], qtype=kind, text=f"{area} 第{i}题",
                        points=2, difficulty=1 + i % 3)
            if kind == "single":
                data.update(options=["甲", "乙", "丙", "丁"], answer="B")
            elif kind == "multiple":
                data.update(options=["甲", "乙", "丙", "丁"], answer="AC")
            elif kind == "truefalse":
                data.update(answer="对")
            elif kind == "fill":
                data.update(answer="七天|7天")
            else:
                data.update(model_answer="先道歉，再核实，后处理。", points=4)
            ids.append(bank.add_question(actor, **data).id)
    return ids


@pytest.fixture
def qbank(db, supervisor):
    return make_bank(supervisor)


@pytest.fixture
def exam(office, supervisor):
    return add_exam(supervisor, date="2026-10-15", title="十月技能考试", area="mixed")
