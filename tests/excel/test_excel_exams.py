"""Exam results: import creates or reuses the exam, checks scores, proposes B02; export round trip."""

import datetime as dt

import pytest

from csperf_desktop.base.errors import Conflict
from csperf_desktop.monthly.exams import add_exam, set_result
from csperf_desktop.excel import apply_import, read_import
from csperf_desktop.excel.exporters import export_exams
from csperf_desktop.store.models import Exam, ExamResult
from csperf_desktop.base.months import Month
from csperf_desktop.monthly.lifecycle import publish_month

HEAD = ["考试日期", "考试名称", "考试内容", "满分", "及格分", "工号", "成绩"]


def _results():
    return sorted((r.exam.date, r.exam.title, r.exam.full_marks, r.exam.pass_mark, r.exam.area, r.staff.employee_no,
                   r.score, r.absent) for r in ExamResult.select())


def test_exam_results_import_creates_the_exam_and_proposes_full_marks(office, supervisor, xlsx):
    path = xlsx([["employee_no", "Score", "exam_date", "exam_title", "full_marks"],
                 ["A01", 100, "2026/10/15", "10月技巧考试", 100],
                 ["A02", "92.5", "2026/10/15", "10月技巧考试", None],
                 ["A03", "缺考", "2026/10/15", "10月技巧考试", None]])
    preview = read_import(path, "exams")
    assert preview.ok, preview.problem_lines()
    result = apply_import(supervisor, preview)
    exam = Exam.get()
    got = (exam.title, exam.date, exam.full_marks, exam.pass_mark, exam.area)
    assert got == ("10月技巧考试", dt.date(2026, 10, 15), 100, 60, "mixed")
    assert [(r[5], r[6], r[7]) for r in _results()] == [("A01", 100, False), ("A02", 92.5, False), ("A03", None, True)]
    assert [(p.employee_no, p.rule_code) for p in result.proposals] == [("A01", "B02")]


def test_existing_exam_is_reused_and_changed_scores_need_confirmation(office, supervisor, xlsx):
    exam = add_exam(supervisor, date="2026-10-15", title="月考", full_marks=50, pass_mark=30)
    set_result(supervisor, exam.id, "A01", 40)
    path = xlsx([["考试日期", "考试名称", "工号", "成绩"], ["2026-10-15", "月考", "A01", 45], ["2026-10-15", "月考", "A02", 50]])
    preview = read_import(path, "exams")
    assert [r.action for r in preview.rows] == ["change", "add"]
    assert preview.changes[0].changes == [("成绩", "40", "45")]
    with pytest.raises(Conflict):
        apply_import(supervisor, preview)
    apply_import(supervisor, preview, update=True)
    assert Exam.select().count() == 1
    assert {r[5]: r[6] for r in _results()} == {"A01": 45, "A02": 50}


def test_exam_problems(office, supervisor, xlsx):
    from csperf_desktop.office.staff import add_staff

    add_staff(supervisor, employee_no="A06", name="己", hire_date="2020-01-01")
    publish_month(supervisor, Month(2026, 9))
    add_exam(supervisor, date="2026-10-10", title="旧考", full_marks=50)
    path = xlsx([HEAD,
                 ["2026-09-20", "九月考", "综合", 100, 60, "A01", 80],  # published month
                 ["2026-10-12", "十月考", "综合", 100, 60, "A01", 101],  # above full marks
                 ["2026-10-12", "十月考", "综合", 100, 60, "A02", "八十"],  # not a number
                 ["2026-10-12", "十月考", "综合", 100, 60, "A03", 80.3],  # not in steps of 0.5
                 ["2026-10-12", "十月考", "综合", 90, 60, "A04", 80],  # full marks differ within the exam
                 ["2026-10-12", "十月考", "综合", 100, 60, "A01", 70],  # duplicate person
                 ["2026-10-12", "十月考", "数学", 100, 60, "A05", 70],  # area
                 ["2026-10-10", "旧考", "综合", 100, 60, "A05", 40],  # existing exam has other full marks
                 ["2026-10-12", "十月考", "综合", 100, 120, "A05", 70],  # pass mark above full marks
                 ["2026-10-12", "十月考", "综合", 100, 60, "A06", None]])  # score missing
    text = "\n".join(read_import(path, "exams").problem_lines())
    for line in [
        "第 2 行，考试日期（A 列）：2026年9月已公示，不能再修改考试成绩",
        "第 3 行，成绩（G 列）：成绩应在 0 到满分 100 之间（填的是“101”）",
        "第 4 行，成绩（G 列）：应为分数（数字），缺考写“缺考”（填的是“八十”）",
        "第 5 行，成绩（G 列）：应为分数，最多保留到 0.5 分",
        "第 6 行，满分（D 列）：与第 3 行（同一场考试）的满分不一致",
        "第 7 行，工号（F 列）：A01 在考试“十月考”中与第 3 行重复",
        "第 8 行，考试内容（C 列）：应为以下之一：接单、售后、日常工作、产品知识、公司制度、综合（填的是“数学”）",
        "第 9 行，满分（D 列）：系统中已有的考试“旧考”（2026-10-10）满分是 50",
        "第 10 行，及格分（E 列）：及格分应在 0 到满分 100 之间",
        "第 11 行，成绩（G 列）：请填写成绩（缺考写“缺考”）",
    ]:
        assert line in text
    assert ExamResult.select().count() == 0


def test_exam_export_round_trip(office, supervisor, tmp_path):
    from csperf_desktop.store.db import close_database, open_database

    exam = add_exam(supervisor, date="2026-10-15", title="=月考", area="product", full_marks=50, pass_mark=30)
    set_result(supervisor, exam.id, "A01", 50)
    set_result(supervisor, exam.id, "A02", 27.5)
    set_result(supervisor, exam.id, "A03", absent=True)
    out = export_exams(tmp_path / "exams.xlsx", "2026-10")
    before = _results()
    assert all(r.action == "same" for r in read_import(out, "exams").rows)
    close_database()
    open_database(str(tmp_path / "other.db"))
    from csperf_desktop.office.staff import add_staff

    for no in ("A01", "A02", "A03"):
        add_staff(supervisor, employee_no=no, name={"A01": "甲", "A02": "乙", "A03": "丙"}[no], hire_date="2020-01-01")
    preview = read_import(out, "exams")
    assert preview.ok, preview.problem_lines()
    apply_import(supervisor, preview)
    assert _results() == before
