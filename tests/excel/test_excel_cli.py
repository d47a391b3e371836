"""CLI: template, import (dry run, exit 2 with every problem, --update, --marked) and export."""

from openpyxl import load_workbook

from csperf_desktop.cli import main

from .conftest import write_rows


def test_template_for_every_kind(tmp_path, demo_file, capsys):
    for kind in ("staff", "events", "figures", "exams"):
        out = tmp_path / f"{kind}.xlsx"
        assert main(["template", kind, "--db", str(demo_file), "--out", str(out)]) == 0
        assert "填写说明" in load_workbook(out).sheetnames
    assert "导入模板已保存" in capsys.readouterr().out


def test_invalid_import_exits_2_listing_every_problem(tmp_path, demo_file, capsys):
    path = write_rows(tmp_path / "ev.xlsx", [["日期", "工号", "项目代码", "分值"],
                                             ["2026-10-03", "KF001", "D04", 9],
                                             ["2026-10-03", "XX1", "D04", 1],
                                             ["2026-10-03", "KF002", "D04", 1]])
    marked = tmp_path / "marked.xlsx"
    code = main(["import", "events", str(path), "--db", str(demo_file), "--marked", str(marked)])
    err = capsys.readouterr().err
    assert code == 2
    assert "2 处问题" in err and "第 2 行" in err and "第 3 行" in err
    assert load_workbook(marked).active["D2"].comment is not None


def test_dry_run_then_import_then_update(tmp_path, demo_file, capsys):
    path = write_rows(tmp_path / "f.xlsx", [["月份", "工号", "客户满意度(%)"], ["2026-10", "KF001", "95%"]])
    db = ["--db", str(demo_file)]
    assert main(["import", "figures", str(path), "--dry-run"] + db) == 0
    out = capsys.readouterr().out
    assert "新增 1 条" in out and "试运行" in out
    assert main(["import", "figures", str(path)] + db) == 0
    out = capsys.readouterr().out
    assert "已导入月度数据" in out and "B06" in out
    write_rows(path, [["月份", "工号", "客户满意度(%)"], ["2026-10", "KF001", "97%"]])
    assert main(["import", "figures", str(path)] + db) == 2
    assert "--update" in capsys.readouterr().err
    assert main(["import", "figures", str(path), "--update"] + db) == 0
    assert "更新 1 条" in capsys.readouterr().out


def test_renamed_csv_exits_2(tmp_path, demo_file, capsys):
    path = tmp_path / "x.xlsx"
    path.write_text("a,b\n1,2\n")
    assert main(["import", "staff", str(path), "--db", str(demo_file)]) == 2
    assert "CSV" in capsys.readouterr().err


def test_exports(tmp_path, demo_file, capsys):
    db = ["--db", str(demo_file)]
    assert main(["export", "month", "--month", "2026-09", "--out", str(tmp_path / "m.xlsx")] + db) == 0
    assert main(["export", "events", "--month", "2026-10", "--out", str(tmp_path / "e.xlsx")] + db) == 0
    assert main(["export", "all", "--out", str(tmp_path / "a.xlsx")] + db) == 0
    assert main(["export", "month", "--out", str(tmp_path / "x.xlsx")] + db) == 2
    assert "--month" in capsys.readouterr().err
    assert load_workbook(tmp_path / "m.xlsx").active["A2"].value == "名次"
