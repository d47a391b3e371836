"""The calibration command: create, rate, close, and the report as JSON."""

from __future__ import annotations

import json

import pytest

from csperf_desktop.cli import main
from csperf_desktop.store.db import close_database


@pytest.fixture
def office_file(tmp_path, fixed_clock):
    path = tmp_path / "o.db"
    assert main(["init", "--db", str(path)]) == 0
    yield str(path)
    close_database()


def run(capsys, *argv) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_session_from_the_command_line_to_its_json_report(office_file, capsys):
    db = ["--db", office_file]
    code, out, _ = run(capsys, "calibration", "create", *db, "--title", "十月校准", "--date", "2026-10-15",
                       "--conversation", "TK-1,TK-2", "--grader", "主管", "--grader", "质检A")
    assert code == 0 and "已创建校准会话 1" in out and "C01 要专业" in out
    for grader, tk1, tk2 in (("主管", "1 1 0", "1 0 1"), ("质检A", "1 1 1", "1 0 0")):
        for ref, row in (("TK-1", tk1), ("TK-2", tk2)):
            verdicts = [f"C0{n + 1}={v}" for n, v in enumerate(row.split())]
            assert run(capsys, "calibration", "rate", *db, "--session", "1", "--grader", grader,
                       "--conversation", ref, *verdicts)[0] == 0
    code, _, err = run(capsys, "calibration", *db, "--session", "1", "--json")
    assert code == 2 and "还在进行中" in err
    code, out, _ = run(capsys, "calibration", "sheet", *db, "--session", "1", "--grader", "质检A", "--json")
    sheet = json.loads(out)
    assert sheet["grader"] == "质检A" and sum(1 for r in sheet["ratings"] if r["verdict"]) == 6
    assert run(capsys, "calibration", "close", *db, "1")[0] == 0
    code, out, _ = run(capsys, "calibration", *db, "--session", "1", "--json")
    data = json.loads(out)
    assert code == 0 and data["conversations"] == 2
    assert [g["name"] for g in data["graders"]] == ["主管", "质检A"]
    # units: 6 rated by both (4 agree: p_o = 2/3); fails 主管 2, 质检A 2 -> p_e = 5/9; kappa = 0.25
    assert data["cohen_kappa"] == pytest.approx(0.25) and data["kappa"]["units"] == 6
    assert data["kappa"]["units_left_out"] == 18 and data["kappa"]["reading"] == "一般"
    items = {i["code"]: i["agreement"] for i in data["items"]}
    assert items["C01"] == 1.0 and items["C03"] == 0.0 and items["C04"] is None
    assert {g["name"]: g["leniency"] for g in data["graders"]} == {"主管": 0, "质检A": 0}
    code, out, _ = run(capsys, "calibration", *db, "--session", "1")
    assert "Cohen's kappa = 0.250（一般" in out and "C03" in out
    code, out, _ = run(capsys, "calibration", "history", *db, "--json")
    assert json.loads(out)[0]["kappa"] == pytest.approx(0.25)


def test_bad_calibration_input_is_one_chinese_line(office_file, capsys):
    db = ["--db", office_file]
    code, _, err = run(capsys, "calibration", *db)
    assert code == 2 and "--session" in err
    code, _, err = run(capsys, "calibration", *db, "--session", "9")
    assert code == 2 and "找不到编号为 9 的校准会话" in err
    run(capsys, "calibration", "create", *db, "--title", "t", "--conversation", "TK-1", "--grader", "甲,乙")
    code, _, err = run(capsys, "calibration", "rate", *db, "--session", "1", "--grader", "甲",
                       "--conversation", "TK-1", "C01=maybe")
    assert code == 2 and "通过填 1" in err
    code, _, err = run(capsys, "calibration", "close", *db, "1")
    assert code == 2 and "还没有任何评分" in err


def test_the_report_pdf_and_the_graders_of_everyday_spot_checks(office_file, capsys, tmp_path):
    from csperf_desktop.monthly.spotchecks import record_spot_check
    from csperf_desktop.office.staff import add_staff
    from csperf_desktop.store.models import ChecklistItem
    from csperf_desktop.trust.auth import Actor

    db = ["--db", office_file]
    run(capsys, "calibration", "create", *db, "--title", "t", "--conversation", "TK-1", "--grader", "甲,乙")
    run(capsys, "calibration", "rate", *db, "--session", "1", "--grader", "甲", "--conversation", "TK-1", "C01=1", "C02=0")
    run(capsys, "calibration", "rate", *db, "--session", "1", "--grader", "乙", "--conversation", "TK-1", "C01=1", "C02=1")
    run(capsys, "calibration", "close", *db, "1")
    pdf = tmp_path / "r.pdf"
    code, out, _ = run(capsys, "calibration", *db, "--session", "1", "--json", "--pdf", str(pdf))
    assert code == 0 and pdf.stat().st_size > 5000 and json.loads(out)["cohen_kappa"] == 0.0
    qa = Actor("qa1", "qa", "质检")
    add_staff(Actor("sup", "supervisor"), employee_no="A01", name="甲", hire_date="2020-01-01")
    record_spot_check(qa, "A01", "2026-10-10", checked_by="王芳",
                      results={ChecklistItem.get(ChecklistItem.text == "不使用生硬语言").id: False})
    code, out, _ = run(capsys, "calibration", "graders", *db, "--to", "2026-10", "--months", "3", "--json")
    data = json.loads(out)
    assert data["months"] == ["2026-08", "2026-09", "2026-10"]
    assert data["graders"][0]["grader"] == "王芳" and data["graders"][0]["months"]["2026-10"]["deductions"] == 1
    code, out, _ = run(capsys, "calibration", "graders", *db, "--to", "2026-10")
    assert "王芳" in out and "1.00" in out and "不使用生硬语言：王芳 100%" in out


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误：") and "Traceback" not in err, err
    return lines[0]


def test_an_item_given_twice_in_one_rating_is_refused_not_overwritten(office_file, capsys):
    db = ["--db", office_file]
    run(capsys, "calibration", "create", *db, "--title", "t", "--conversation", "TK-1", "--grader", "甲,乙")
    code, _, err = run(capsys, "calibration", "rate", *db, "--session", "1", "--grader", "甲",
                       "--conversation", "TK-1", "C01=1", "c01=0")
    assert code == 2 and "检查项目 C01 填了两次（“C01=1”和“c01=0”）" in _one_line(err)
    code, out, _ = run(capsys, "calibration", "sheet", *db, "--session", "1", "--grader", "甲", "--json")
    assert all(r["verdict"] is None for r in json.loads(out)["ratings"])  # nothing recorded
    code, _, err = run(capsys, "calibration", "rate", *db, "--session", "1", "--grader", "甲",
                       "--conversation", "TK-1", "=1")
    assert code == 2 and "“=1”应写成 项目代码=结论" in _one_line(err)


def test_a_month_count_that_is_not_a_number_is_said_in_chinese(office_file, capsys):
    code, _, err = run(capsys, "calibration", "graders", "--db", office_file, "--months", "abc")
    assert code == 2 and "“abc”不是整数" in _one_line(err)


@pytest.mark.parametrize("make, said", [
    (lambda p: p.write_text("会话,C01\nTK-1,1\n", encoding="utf-8"), "只改文件扩展名是不行的"),  # a .csv renamed
    (lambda p: p.write_bytes(b""), "空文件"),
    (lambda p: p.mkdir(), "是文件夹"),
    (lambda p: None, "找不到文件"),
])
def test_importing_a_file_that_is_no_calibration_workbook(office_file, capsys, tmp_path, make, said):
    path = tmp_path / "评分.xlsx"
    make(path)
    code, _, err = run(capsys, "import", "calibration", str(path), "--db", office_file)
    assert code == 2 and said in _one_line(err)


def test_importing_a_workbook_held_open_by_another_program(office_file, capsys, tmp_path, monkeypatch):
    import builtins

    path = tmp_path / "评分.xlsx"
    assert main(["export", "staff", "--db", office_file, "--out", str(path)]) == 0
    real_open = builtins.open

    def locked(file, *a, **kw):  # what Windows answers while Excel holds the file
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *a, **kw)

    monkeypatch.setattr(builtins, "open", locked)
    code, _, err = run(capsys, "import", "calibration", str(path), "--db", office_file)
    assert code == 2 and "请关闭 Excel 后重试" in _one_line(err)


def test_importing_into_a_closed_session_says_so(office_file, capsys, tmp_path):
    db = ["--db", office_file]
    run(capsys, "calibration", "create", *db, "--title", "t", "--conversation", "TK-1", "--grader", "甲,乙")
    path = tmp_path / "评分.xlsx"
    assert run(capsys, "template", "calibration", *db, "--session", "1", "--out", str(path))[0] == 0
    for grader in ("甲", "乙"):
        run(capsys, "calibration", "rate", *db, "--session", "1", "--grader", grader, "--conversation", "TK-1", "C01=1")
    assert run(capsys, "calibration", "close", *db, "1")[0] == 0
    code, _, err = run(capsys, "import", "calibration", str(path), *db)
    assert code == 2 and "Traceback" not in err and "校准会话 1 已结束，不能再导入评分" in err
