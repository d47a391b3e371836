"""``summary --month M --out FILE``: the management summary from the command line."""

from __future__ import annotations

from pypdf import PdfReader

from csperf_desktop.cli import main


def test_summary_writes_one_page(demo_file, tmp_path, capsys):
    out = tmp_path / "摘要.pdf"
    assert main(["summary", "--db", str(demo_file), "--month", "2026-09", "--out", str(out)]) == 0
    assert "月度管理摘要已写入" in capsys.readouterr().out
    reader = PdfReader(str(out))
    assert len(reader.pages) == 1
    assert "2026年9月月度管理摘要" in reader.pages[0].extract_text()


def test_summary_of_an_open_month_says_it_is_a_draft(demo_file, tmp_path, capsys):
    assert main(["summary", "--db", str(demo_file), "--month", "2026-10", "--out", str(tmp_path / "s.pdf")]) == 0
    assert "尚未公示" in capsys.readouterr().err


def test_a_bad_month_exits_2_with_one_line(demo_file, tmp_path, capsys):
    assert main(["summary", "--db", str(demo_file), "--month", "2026-13", "--out", str(tmp_path / "s.pdf")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "YYYY-MM" in err[0]
    assert not (tmp_path / "s.pdf").exists()
