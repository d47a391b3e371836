"""The year-end review through Excel: the template carries what is recorded, the import checks
every cell against the review form's rules, names the row and the column of each problem, writes
the whole file or nothing through the annual review services, and signs off only a complete
review."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from csperf_desktop import annual
from csperf_desktop.excel import apply_import, read_import
from csperf_desktop.excel.annual_review import RATINGS, REVIEW
from csperf_desktop.excel.preview import ImportInvalid
from csperf_desktop.excel.templates import save_template
from csperf_desktop.store.models import AnnualReview, AuditEntry

YEAR = 2025
RATED = {"communication": 4, "complaints": 3, "attitude": (5, "客户多次书面表扬"), "learning": 4,
         "responsibility": 3, "cooperation": 3}


def header_columns(ws, kind) -> dict:
    """column key -> worksheet column number, from the header row (row 2)."""
    by_zh = {c.zh: c.key for c in kind.columns}
    return {by_zh[cell.value]: cell.column for cell in ws[2] if cell.value in by_zh}


def rating_row(ws, no: str, code: str) -> int:
    cols = header_columns(ws, RATINGS)
    for row in range(3, ws.max_row + 1):
        if ws.cell(row, cols["employee_no"]).value == no and ws.cell(row, cols["indicator"]).value == code:
            return row
    raise AssertionError((no, code))


def review_row(ws, no: str) -> int:
    cols = header_columns(ws, REVIEW)
    return next(r for r in range(3, ws.max_row + 1) if ws.cell(r, cols["employee_no"]).value == no)


class Book:
    """The saved template, edited by column key and saved back."""

    def __init__(self, path):
        self.path = path
        self.wb = load_workbook(path)
        self.ratings, self.review = self.wb[RATINGS.sheet], self.wb[REVIEW.sheet]
        self.rcols, self.vcols = header_columns(self.ratings, RATINGS), header_columns(self.review, REVIEW)

    def rate(self, no, code, rating, comment=None):
        row = rating_row(self.ratings, no, code)
        self.ratings.cell(row, self.rcols["rating"]).value = rating
        if comment is not None:
            self.ratings.cell(row, self.rcols["comment"]).value = comment
        return row

    def set(self, no, key, value):
        row = review_row(self.review, no)
        self.review.cell(row, self.vcols[key]).value = value
        return row

    def rate_all(self, no, ratings=RATED):
        for code, value in ratings.items():
            rating, comment = value if isinstance(value, tuple) else (value, None)
            self.rate(no, code, rating, comment)

    def save(self):
        self.wb.save(self.path)
        return self.path


@pytest.fixture
def book(office, tmp_path):
    """The 2025 template of the five-agent office, nothing recorded yet."""
    return Book(save_template("annual_review", tmp_path / "annual.xlsx", year=YEAR))


def test_the_template_lists_every_judged_indicator_and_the_recorded_review(office, supervisor, tmp_path):
    annual.save_ratings(supervisor, "A02", YEAR, {"attitude": (5, "表扬信三封")}, comment="稳定")
    b = Book(save_template("annual_review", tmp_path / "t.xlsx", year=YEAR))
    judged = annual.template_for_role("agent").judged_codes()
    assert b.ratings.max_row - 2 == 5 * len(judged)  # five agents × the judged indicators
    row = rating_row(b.ratings, "A02", "attitude")
    assert b.ratings.cell(row, b.rcols["rating"]).value == 5
    assert b.ratings.cell(row, b.rcols["comment"]).value == "表扬信三封"
    assert b.review.cell(review_row(b.review, "A02"), b.vcols["supervisor_comment"]).value == "稳定"
    assert b.review.cell(review_row(b.review, "A01"), b.vcols["sign_off"]).value == "否"
    assert "填写说明" in b.wb.sheetnames


def test_template_round_trip_imports_ratings_texts_interview_and_sign_off(book, supervisor):
    book.rate_all("A01")
    book.set("A01", "self_review", "完成全年接待目标。")
    book.set("A01", "supervisor_comment", "全年稳定。")
    book.set("A01", "interview_date", dt.date(2026, 1, 10))
    book.set("A01", "interview_attendees", "王主管、甲")
    book.set("A01", "interview_summary", "肯定成绩，约定改进投诉处理。")
    book.set("A01", "development_plan", "参加投诉处理培训")
    book.set("A01", "sign_off", "是")
    book.rate("A02", "communication", 4)
    preview = read_import(book.save(), "annual_review", year=YEAR)
    assert preview.problems == [] and len(preview.adds) == 2 and preview.changes == []
    before = AuditEntry.select().count()
    result = apply_import(supervisor, preview)
    assert result.added == 2
    a01 = AnnualReview.get(AnnualReview.year == YEAR, AnnualReview.staff == office_id("A01"))
    assert a01.status == "signed_off" and a01.self_review == "完成全年接待目标。"
    assert a01.interview_date == dt.date(2026, 1, 10) and a01.development_plan == "参加投诉处理培训"
    assert a01.ratings["attitude"] == {"rating": 5, "comment": "客户多次书面表扬"}
    actions = [e.action for e in AuditEntry.select().where(AuditEntry.id > before)]
    assert {"save_ratings", "save_self_review", "record_interview", "sign_off_review", "import_excel"} <= set(actions)
    # the template saved now carries what was imported, and re-importing it changes nothing
    again = read_import(save_template("annual_review", book.path, year=YEAR), "annual_review", year=YEAR)
    assert again.problems == [] and again.adds == [] and again.changes == []


def office_id(no):
    from csperf_desktop.store.models import Staff

    return Staff.get(Staff.employee_no == no).id


def test_import_errors_name_the_sheet_row_and_field_in_chinese(book):
    r1 = book.rate("A01", "communication", 7)
    r2 = book.rate("A01", "attitude", 5, "")
    r3 = book.set("A02", "interview_date", dt.date(2030, 1, 1))
    r4 = book.set("A03", "sign_off", "也许")
    book.ratings.cell(rating_row(book.ratings, "A04", "learning"), book.rcols["indicator"]).value = "csat"
    preview = read_import(book.save(), "annual_review", year=YEAR)
    lines = preview.problem_lines()
    assert any(f"工作表“年度评分” 第 {r1} 行，评分（F 列）：评分应为 1–5 的整数" in line for line in lines), lines
    assert any(f"第 {r2} 行，评语" in line and "评为 5 分时必须填写评语" in line for line in lines), lines
    assert any(f"工作表“年终考核” 第 {r3} 行，面谈日期" in line and "还没到" in line for line in lines), lines
    assert any(f"第 {r4} 行，签字确认" in line and "应为“是”或“否”" in line for line in lines), lines
    assert any("指标代码" in line and "不是甲" not in line and "可评的指标" in line for line in lines), lines
    assert preview.rows == []


def test_one_bad_row_writes_nothing(book, supervisor):
    book.rate_all("A01")
    book.rate("A02", "communication", 0)
    path = book.save()
    before = AuditEntry.select().count()
    preview = read_import(path, "annual_review", year=YEAR)
    assert len(preview.problems) == 1
    with pytest.raises(ImportInvalid):
        apply_import(supervisor, preview)
    assert AnnualReview.select().count() == 0 and AuditEntry.select().count() == before


def test_a_failure_while_writing_rolls_the_whole_file_back(book, supervisor, monkeypatch):
    from csperf_desktop.annual import reviews
    from csperf_desktop.base.errors import ValidationError

    book.rate_all("A01")
    book.rate("A02", "communication", 4)
    preview = read_import(book.save(), "annual_review", year=YEAR)
    original = reviews.save_ratings

    def failing(actor, staff, year, ratings, comment=None):
        if staff == office_id("A02"):
            raise ValidationError("模拟写入失败", field="ratings")
        return original(actor, staff, year, ratings, comment=comment)

    monkeypatch.setattr(reviews, "save_ratings", failing)
    with pytest.raises(ImportInvalid, match="A02 乙：模拟写入失败"):
        apply_import(supervisor, preview)
    assert AnnualReview.select().count() == 0  # A01's ratings, written first, were rolled back


def test_sign_off_is_refused_while_ratings_or_the_interview_are_missing(book, supervisor):
    book.rate("A01", "communication", 4)
    row = book.set("A01", "sign_off", "是")
    preview = read_import(book.save(), "annual_review", year=YEAR)
    [problem] = preview.problems
    assert problem.row == row and problem.header == "签字确认"
    assert "不能签字：评议指标未评分：投诉处理能力" in problem.message and "还没有记录绩效面谈" in problem.message
    assert AnnualReview.select().count() == 0


def test_a_signed_review_refuses_changes_from_the_file(office, supervisor, tmp_path):
    annual.save_ratings(supervisor, "A01", YEAR, RATED)
    annual.record_interview(supervisor, "A01", YEAR, "2026-01-10", "主管、甲", "纪要")
    annual.sign_off(supervisor, "A01", YEAR)
    b = Book(save_template("annual_review", tmp_path / "s.xlsx", year=YEAR))
    assert b.review.cell(review_row(b.review, "A01"), b.vcols["sign_off"]).value == "是"
    assert read_import(b.path, "annual_review", year=YEAR).problems == []  # unchanged: fine
    b.rate("A01", "communication", 2, "改一下")
    preview = read_import(b.save(), "annual_review", year=YEAR)
    assert any("已签字，不能再修改" in p.message for p in preview.problems)


def test_overwriting_a_rating_needs_update(office, supervisor, tmp_path):
    from csperf_desktop.base.errors import Conflict

    annual.save_ratings(supervisor, "A01", YEAR, {"communication": 3})
    b = Book(save_template("annual_review", tmp_path / "u.xlsx", year=YEAR))
    b.rate("A01", "communication", 4)
    preview = read_import(b.save(), "annual_review", year=YEAR)
    [change] = preview.changes
    assert change.changes == [("沟通表达能力评分", "3 分", "4 分")]
    with pytest.raises(Conflict):
        apply_import(supervisor, preview)
    apply_import(supervisor, preview, update=True)
    assert annual.get_review("A01", YEAR).ratings["communication"]["rating"] == 4


def test_cli_template_and_import_annual_review(office, supervisor, tmp_path, capsys):
    import os

    from csperf_desktop.cli import main
    from csperf_desktop.store.models import database_proxy

    db = os.environ.get("CSPERF_TEST_DB") or database_proxy.obj.database
    out = tmp_path / "cli.xlsx"
    assert main(["template", "annual-review", "--db", db, "--year", "2025", "--out", str(out)]) == 0
    assert main(["template", "annual-review", "--db", db, "--out", str(out)]) == 2
    assert "需要 --year" in capsys.readouterr().err
    b = Book(out)
    b.rate("A01", "communication", 9)
    b.save()
    assert main(["import", "annual-review", str(out), "--db", db, "--year", "2025"]) == 2
    assert "评分应为 1–5 的整数" in capsys.readouterr().err
    b.rate("A01", "communication", 4)
    b.save()
    assert main(["import", "annual-review", str(out), "--db", db, "--year", "2025", "--dry-run"]) == 0
    assert "试运行" in capsys.readouterr().out
    assert main(["import", "annual-review", str(out), "--db", db, "--year", "2025"]) == 0
    assert "已导入年度考核" in capsys.readouterr().out
    assert annual.get_review("A01", YEAR).ratings["communication"]["rating"] == 4
