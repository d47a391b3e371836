"""Fonts (TrueType embedded, CID only as a warned last resort), the CLI, and no Qt in printing."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from csperf_desktop.reports import fonts

from report_pdf_helpers import pdf_text


@pytest.fixture
def no_font_cache(monkeypatch):
    monkeypatch.setattr(fonts, "_cache", {})


def test_wenquanyi_is_found_and_embedded_on_linux(no_font_cache):
    chosen = fonts.resolve_fonts("")
    assert chosen.embedded and chosen.warning is None
    assert chosen.path.endswith((".ttc", ".ttf"))
    assert chosen.simulated_bold  # WenQuanYi has no bold face: bold is drawn deliberately


def test_the_font_setting_comes_first(no_font_cache):
    path = fonts.LINUX_CANDIDATES[0]
    if not Path(path).exists():
        pytest.fail(f"{path} missing: install fonts-wqy-microhei")
    assert fonts.resolve_fonts(path).path == path
    assert fonts.resolve_fonts(str(Path(path).parent)).path == path  # a folder works too


def test_a_cff_otf_font_in_the_setting_is_skipped_with_a_warning(no_font_cache, tmp_path):
    otf = tmp_path / "NotoSansCJK-Regular.otf"
    otf.write_bytes(b"OTTO" + b"\0" * 100)
    chosen = fonts.resolve_fonts(str(otf))
    assert chosen.embedded and chosen.path != str(otf)
    assert "无法使用" in chosen.warning


def test_without_any_font_file_the_cid_font_is_used_with_a_visible_warning(no_font_cache, monkeypatch, tmp_path):
    monkeypatch.setattr(fonts, "LINUX_CANDIDATES", [])
    monkeypatch.setattr(fonts, "MAC_CANDIDATES", [])
    monkeypatch.setattr(fonts, "WINDOWS_CANDIDATES", [])
    chosen = fonts.resolve_fonts("")
    assert chosen.regular == "STSong-Light" and not chosen.embedded
    assert "方框" in chosen.warning


def test_windows_fonts_folder_is_searched_for_yahei_with_its_bold_face(no_font_cache, monkeypatch, tmp_path):
    wqy = Path(fonts.LINUX_CANDIDATES[0])
    (tmp_path / "msyh.ttc").write_bytes(wqy.read_bytes())
    (tmp_path / "msyhbd.ttc").write_bytes(wqy.read_bytes())
    monkeypatch.setenv("WINDIR", str(tmp_path.parent))
    monkeypatch.setattr(fonts, "windows_fonts_dir", lambda: tmp_path)
    chosen = fonts.resolve_fonts("")
    assert chosen.path == str(tmp_path / "msyh.ttc")
    assert not chosen.simulated_bold and chosen.bold != chosen.regular


def test_font_setting_is_declared_and_validated(db, admin):
    from csperf_desktop.office import settings

    assert settings.load().pdf_font_path == ""
    settings.update_settings(admin, {"pdf_font_path": "C:\\Windows\\Fonts\\simhei.ttf"})
    assert settings.load().pdf_font_path == "C:\\Windows\\Fonts\\simhei.ttf"


def test_cli_bulletin_and_scorecards(demo_db, tmp_path, capsys):
    from csperf_desktop.cli import main

    db = str(tmp_path / "demo.db")
    assert main(["bulletin", "--db", db, "--month", "2026-09", "--out", str(tmp_path / "b.pdf"),
                 "--paper", "A4", "--landscape", "--privacy", "surname", "--no-warnings"]) == 0
    assert "如对考核分数有异议" in pdf_text(tmp_path / "b.pdf")
    assert main(["bulletin", "--db", db, "--month", "2026-10", "--out", str(tmp_path / "d.pdf")]) == 0
    assert "草稿" in capsys.readouterr().err
    assert main(["scorecards", "--db", db, "--month", "2026-09", "--out", str(tmp_path / "c.pdf"),
                 "--staff", "KF002"]) == 0
    assert "李娜" in pdf_text(tmp_path / "c.pdf")
    assert main(["scorecards", "--db", db, "--month", "2026-09", "--per-agent-folder", str(tmp_path / "cards")]) == 0
    assert len(list((tmp_path / "cards").glob("*.pdf"))) == 12
    capsys.readouterr()
    assert main(["scorecards", "--db", db, "--month", "2026-09"]) == 2
    assert "--out" in capsys.readouterr().err
    assert main(["bulletin", "--db", db, "--month", "2026-09", "--out", str(tmp_path / "b.pdf"),
                 "--privacy", "nickname"]) == 2


def test_printing_never_imports_qt():
    root = Path(__file__).resolve().parents[2] / "csperf_desktop" / "reports"
    for path in root.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            assert not any(n.startswith(("PySide", "PyQt", "shiboken")) or ".gui" in n or n == "gui"
                           for n in names), f"{path.name} imports {names}"


def test_bulletin_still_prints_with_the_cid_fallback_and_warns(no_font_cache, monkeypatch, demo_db, tmp_path, capsys):
    from pypdf import PdfReader

    from csperf_desktop.cli import main
    from csperf_desktop.base.months import Month
    from csperf_desktop.reports import font_warning, write_bulletin

    monkeypatch.setattr(fonts, "LINUX_CANDIDATES", [])
    monkeypatch.setattr(fonts, "MAC_CANDIDATES", [])
    monkeypatch.setattr(fonts, "WINDOWS_CANDIDATES", [])
    assert "STSong-Light" in font_warning()
    out = write_bulletin(Month(2026, 9), tmp_path / "cid.pdf")
    page = PdfReader(str(out)).pages[0]
    assert "/STSong-Light" in {str(f.get_object()["/BaseFont"]) for f in page["/Resources"]["/Font"].values()}
    assert "如对考核分数有异议" in page.extract_text()
    assert main(["bulletin", "--db", str(tmp_path / "demo.db"), "--month", "2026-09",
                 "--out", str(tmp_path / "cli.pdf")]) == 0
    assert "警告：" in capsys.readouterr().err
