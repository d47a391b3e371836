"""The exam loop headless: bank import, draw, print, answers in, results and B02, analysis as JSON."""

from __future__ import annotations

import json

from openpyxl import load_workbook

from csperf_desktop.cli import main
from csperf_desktop.exambank import papers
from csperf_desktop.monthly.exams import add_exam
from csperf_desktop.store.models import ExamQuestion


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_bank_to_analysis_headless(office, supervisor, db_location, tmp_path, capsys):
    exam = add_exam(supervisor, date="2026-10-15", title="十月技能考试")
    tpl = tmp_path / "题库.xlsx"
    assert run(capsys, "exam-bank", "template", "--db", db_location, "--out", str(tpl))[0] == 0
    wb = load_workbook(tpl)
    ws = wb["题库"]
    for n in range(6):
        ws.append(["", ["接单", "售后", "日常工作"][n % 3], f"知识点{n % 2}", "判断", f"判断题{n}", None, None, None, None,
                   None, None, "T" if n % 2 else "F", "", 2, "中", "是"])
    wb.save(tpl)
    code, out, _ = run(capsys, "exam-bank", "import", "--db", db_location, str(tpl))
    assert code == 0 and "新增 8 题" in out
    code, out, _ = run(capsys, "exam", "draw", "--db", db_location, "--exam", str(exam.id), "--count", "5",
                       "--seed", "4", "--avoid-months", "0")
    assert code == 0 and "5 题，共 10 分" in out
    pdf = tmp_path / "卷.pdf"
    assert run(capsys, "exam", "paper", "--db", db_location, "--exam", str(exam.id), "--out", str(pdf),
               "--version", "B")[0] == 0
    assert pdf.read_bytes()[:5] == b"%PDF-"
    grid = tmp_path / "答卷.xlsx"
    assert run(capsys, "exam", "answers-template", "--db", db_location, "--exam", str(exam.id), "--out",
               str(grid))[0] == 0
    paper = papers.paper_for(exam.id, "A")
    key = [papers.shown_key(i) for i in paper.items]
    wb = load_workbook(grid)
    ws = wb["答卷"]
    for c, k in enumerate(key, start=5):
        ws.cell(row=2, column=c, value=k)                          # A01: all right
        ws.cell(row=3, column=c, value=k if c % 2 else ("T" if k == "F" else "F") if k in "TF" else "+")
    wb.save(grid)
    code, out, _ = run(capsys, "exam", "answers", "--db", db_location, "--exam", str(exam.id), str(grid))
    assert code == 0 and "已录入 2 人" in out and "B02" in out and "甲" in out
    code, out, _ = run(capsys, "proposals", "--db", db_location, "--month", "2026-10", "--json")
    assert code == 0 and "B02" in out
    code, out, _ = run(capsys, "exam", "analysis", "--db", db_location, "--exam", str(exam.id), "--json")
    data = json.loads(out)
    assert len(data["questions"]) == 5
    assert {"id", "difficulty", "discrimination", "flags"} <= set(data["questions"][0])
    assert {q["id"] for q in data["questions"]} <= {q.id for q in ExamQuestion.select()}
    weak = {w["who"] for w in data["weak_topics"]["people"]}
    assert "A02" in weak and "A01" not in weak
    # The same topic name under two areas is two topics: the text names the area with each one.
    code, out, _ = run(capsys, "exam", "analysis", "--db", db_location, "--exam", str(exam.id))
    weak_line = next(line for line in out.splitlines() if line.startswith("个人薄弱知识点："))
    entries = weak_line.split("：", 1)[1].split("；")
    assert all("·知识点" in e for e in entries), entries
    assert len({e.rsplit(" ", 1)[0] for e in entries}) == len(entries), entries
    assert all(("接单·" in line or "售后·" in line or "日常工作·" in line)
               for line in out.splitlines() if line.lstrip().startswith("第"))
    code, out, _ = run(capsys, "exam", "coach", "--db", db_location, "--exam", str(exam.id), "--staff", "A02")
    assert code == 0 and "考试薄弱知识点" in out
    code, _, err = run(capsys, "exam", "coach", "--db", db_location, "--exam", str(exam.id), "--staff", "A01")
    assert code == 2 and "没有薄弱知识点" in err


def test_bad_bank_file_exits_2_naming_the_row(db, db_location, tmp_path, capsys):
    tpl = tmp_path / "t.xlsx"
    run(capsys, "exam-bank", "template", "--db", db_location, "--out", str(tpl))
    wb = load_workbook(tpl)
    wb["题库"]["D2"] = "论述"
    wb.save(tpl)
    code, out, err = run(capsys, "exam-bank", "import", "--db", db_location, str(tpl))
    assert code == 2 and "第 2 行“题型”（D 列）" in err and "Traceback" not in err
    assert ExamQuestion.select().count() == 0
    code, _, err = run(capsys, "exam", "paper", "--db", db_location, "--exam", "99", "--out", str(tmp_path / "x.pdf"))
    assert code == 2 and "99" in err


def test_a_draw_names_an_unknown_area_and_takes_the_chinese_one(office, supervisor, db_location, capsys):
    from csperf_desktop.exambank import bank

    exam = add_exam(supervisor, date="2026-10-15", title="十月技能考试")
    for n in range(3):
        bank.add_question(supervisor, area="after_sales", topic="退换货", qtype="truefalse", text=f"判断{n}", answer="T")
    code, _, err = run(capsys, "exam", "draw", "--db", db_location, "--exam", str(exam.id), "--count", "2",
                       "--avoid-months", "0", "--area", "aftersales")
    assert code == 2 and "没有“aftersales”这个题目领域" in err and "售后（after_sales）" in err
    code, out, _ = run(capsys, "exam", "draw", "--db", db_location, "--exam", str(exam.id), "--count", "2",
                       "--avoid-months", "0", "--area", "售后")
    assert code == 0 and "2 题" in out
