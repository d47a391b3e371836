"""Bad input on the command line: every one refused with one line on stderr naming what is wrong
(exit 2), nothing written, no traceback."""

from __future__ import annotations

import sqlite3

import pytest

from csperf_desktop.cli import main


def _refused(capsys, argv) -> str:
    """Run ``argv``; assert exit 2 with one line on stderr and no traceback; return that line."""
    capsys.readouterr()
    assert main(argv) == 2, argv
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误："), err
    return lines[0]


@pytest.fixture
def open_exam(demo_file, capsys):
    db = ["--db", str(demo_file)]
    assert main(["exam", "add", "--date", "2026-10-16", "--title", "十月测验"] + db) == 0
    exam_id = capsys.readouterr().out.split("#")[1].split()[0]
    return exam_id, db


@pytest.mark.parametrize("score", ["1_0", "٥٠", "１_０", "1e1", "nan", "inf", "5 0", "0x10", "〇", "50分"])
def test_exam_scores_are_read_by_one_strict_parser(open_exam, demo_file, capsys, score):
    exam_id, db = open_exam
    line = _refused(capsys, ["exam", "result", exam_id, "--staff", "KF001", "--score", score] + db)
    assert f"分数“{score}”不是数字" in line and "0–9" in line
    con = sqlite3.connect(demo_file)
    assert con.execute("SELECT COUNT(*) FROM exam_result WHERE exam_id = ?", (exam_id,)).fetchone()[0] == 0


@pytest.mark.parametrize("score, stored", [("92.5", 92.5), ("９０", 90.0), (" 60 ", 60.0)])
def test_plain_and_full_width_scores_are_read(open_exam, demo_file, capsys, score, stored):
    exam_id, db = open_exam
    assert main(["exam", "result", exam_id, "--staff", "KF001", "--score", score] + db) == 0
    con = sqlite3.connect(demo_file)
    assert con.execute("SELECT score FROM exam_result WHERE exam_id = ?", (exam_id,)).fetchone()[0] == stored


@pytest.mark.parametrize("ident", ["١", "1_0", "2.5", "x"])
def test_numeric_arguments_use_the_strict_parser(demo_file, capsys, ident):
    line = _refused(capsys, ["exam", "stats", ident, "--db", str(demo_file)])
    assert f"“{ident}”不是整数" in line


def test_a_number_too_large_for_the_database_is_refused(demo_file, capsys):
    line = _refused(capsys, ["exam", "stats", "99999999999999999999", "--db", str(demo_file)])
    assert "9223372036854775807 之间" in line and "99999999999999999999" in line


@pytest.mark.parametrize("month", ["9999-12", "10000-01", "2026-13", "2026-00", "1900-01", "٢٠٢٦-١٠"])
def test_a_month_out_of_range_is_named_as_typed(demo_file, capsys, month):
    line = _refused(capsys, ["standings", "--month", month, "--db", str(demo_file)])
    assert "月份" in line and f"“{month}”" in line
    assert "10000-1" not in line


@pytest.mark.parametrize("code", ["garbage", "链 12·ZZ", ""])
def test_verify_with_an_unreadable_fingerprint_is_bad_input(demo_file, capsys, code):
    line = _refused(capsys, ["verify", "--db", str(demo_file), "--fingerprint", code])
    assert f"无法识别指纹代码“{code}”" in line and "例如“链 1234·5F2A9C1B”" in line


def test_verify_with_a_readable_fingerprint_still_checks(demo_file, capsys):
    capsys.readouterr()
    assert main(["anchors", "show", "--db", str(demo_file)]) == 0
    code = capsys.readouterr().out.strip()
    assert main(["verify", "--db", str(demo_file), "--fingerprint", code]) == 0


def test_anchors_without_a_sub_command_names_both(demo_file, capsys):
    line = _refused(capsys, ["anchors", "--db", str(demo_file)])
    assert "anchors show" in line and "anchors export --out" in line and "anchors_command" not in line


@pytest.mark.parametrize("argv, expected", [
    (["annual"], "缺少必需的参数：--year"),
    (["annual", "--year", "2025", "--paper", "A5"], "参数 --paper 的值 'A5' 无效，可选：'A3', 'A4'"),
    (["verify", "--nope"], "无法识别的参数：--nope"),
    (["exam", "analysis", "--exam"], "参数 --exam 后面需要一个值"),
    (["nosuchcommand"], "参数 command 的值 'nosuchcommand' 无效"),
])
def test_argparse_own_messages_are_said_in_chinese(demo_file, capsys, argv, expected):
    line = _refused(capsys, argv + ["--db", str(demo_file)] if argv[0] != "nosuchcommand" else argv)
    assert expected in line
    assert "required" not in line and "invalid" not in line and "unrecognized" not in line
