"""Every character of a name reaches the page: rare characters (CJK Extension A/B) are
drawn in a fallback font, a character no font has prints as 〓 and is reported."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from report_pdf_helpers import font_embedding, pdf_text

from csperf_desktop.reports import glyphs

RARE = {"R01": "王𠀾", "R02": "刘䶮"}  # U+2003E (Extension B), U+4DAE (Extension A)
NOBODY = "\ue000"  # private use: no installed font draws it
HANAZONO = "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf"


@pytest.fixture
def rare_office(db, supervisor):
    """Two agents with rare characters in their names (and one whose name no font can draw),
    an order with a gift each, September 2026 published; the clock at 2026-10-20."""
    from csperf_desktop.monthly.events import add_event
    from csperf_desktop.base.months import Month
    from csperf_desktop.monthly.lifecycle import publish_month
    from csperf_desktop.office.staff import add_staff

    names = dict(RARE, R03="张" + NOBODY, R04="李四")
    for no, name in names.items():
        add_staff(supervisor, employee_no=no, name=name, role="agent", team="一组", hire_date="2020-01-01")
    for no in names:
        add_event(supervisor, no, "B04", "2026-09-07", order_amount=1288, note=f"{names[no]}的大单")
    publish_month(supervisor, Month(2026, 9), anyway="用例")
    return names


def _pdffonts(path: Path) -> list[tuple[str, bool]]:
    """(font name, embedded) for each font pdffonts lists."""
    exe = shutil.which("pdffonts")
    assert exe, "pdffonts missing: run scripts/setup.sh --test (poppler-utils)"
    lines = subprocess.run([exe, str(path)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    out = []
    for line in lines:
        cols = line.split()
        # name type [encoding…] emb sub uni object ID: "emb" is the 5th column from the end
        out.append((cols[0], cols[-5] == "yes"))
    return out


def _assert_all_embedded(path: Path) -> None:
    fonts = _pdffonts(path)
    assert fonts, "no font listed"
    assert all(emb for _, emb in fonts), fonts
    assert not any("Helvetica" in name for name, _ in fonts), fonts
    assert all(font_embedding(path).values())


def _assert_rare_names_printed(path: Path, missing) -> None:
    text = pdf_text(path)
    for name in RARE.values():
        assert name in text, f"{name} not in the PDF's text"
    assert [m for m in missing if m.text in RARE.values()] == []
    _assert_all_embedded(path)


def test_the_fallback_font_for_rare_characters_is_installed():
    assert Path(HANAZONO).is_file(), "fonts-hanazono missing: run scripts/setup.sh as root"
    covered = {ch for _, chars in glyphs.fallback_fonts() for ch in "𠀾䶮" if ch in chars}
    assert covered == {"𠀾", "䶮"}
    assert not any(NOBODY in chars for _, chars in glyphs.fallback_fonts())


def test_rare_names_are_printed_on_the_bulletin(rare_office, tmp_path):
    from csperf_desktop.base.months import Month
    from csperf_desktop.reports import BulletinOptions, write_bulletin

    with glyphs.collect_missing_glyphs() as missing:
        out = write_bulletin(Month(2026, 9), tmp_path / "b.pdf", BulletinOptions(paper="A4"))
    _assert_rare_names_printed(out, missing)


def test_rare_names_are_printed_on_a_scorecard(rare_office, tmp_path):
    from csperf_desktop.base.months import Month
    from csperf_desktop.reports import write_scorecards

    with glyphs.collect_missing_glyphs() as missing:
        out = write_scorecards(Month(2026, 9), tmp_path / "c.pdf", staff_ids=["R01", "R02"])[0]
    _assert_rare_names_printed(out, missing)
    assert "王𠀾的大单" in pdf_text(out)  # a note too, not only the name


def test_rare_names_are_printed_on_the_annual_report(rare_office, tmp_path):
    from csperf_desktop.reports import write_annual_review

    with glyphs.collect_missing_glyphs() as missing:
        out = write_annual_review(2026, tmp_path / "a.pdf", staff_ids=["R01", "R02"])[0]
    _assert_rare_names_printed(out, missing)


def test_rare_names_are_printed_on_the_gift_list(rare_office, tmp_path):
    from csperf_desktop.base.months import Month
    from csperf_desktop.reports import write_gift_list

    with glyphs.collect_missing_glyphs() as missing:
        out = write_gift_list(Month(2026, 9), tmp_path / "g.pdf")
    _assert_rare_names_printed(out, missing)


def test_a_character_no_font_has_prints_as_a_marker_and_is_reported(rare_office, tmp_path):
    from csperf_desktop.base.months import Month
    from csperf_desktop.reports import BulletinOptions, write_bulletin, write_scorecards

    with glyphs.collect_missing_glyphs() as missing:
        bulletin = write_bulletin(Month(2026, 9), tmp_path / "b.pdf", BulletinOptions(paper="A4"))
        card = write_scorecards(Month(2026, 9), tmp_path / "c.pdf", staff_ids=["R03"])[0]
    for out in (bulletin, card):
        text = pdf_text(out)
        assert "张〓" in text and NOBODY not in text
    name = glyphs.MissingGlyph("张" + NOBODY, NOBODY)
    assert name in missing and name.code == "U+E000"
    assert all(m.char == NOBODY for m in missing)  # the rare names are not among them
    assert len(missing) == len(set(missing))
    message = glyphs.missing_glyphs_message(missing)
    assert "“张〓”中的 U+E000" in message and "fonts-hanazono" in message
    assert "李四" not in message  # the name alone, not the line of top-three names it was also in
    assert glyphs.missing_glyphs_message([]) is None


def test_nothing_is_reported_outside_a_collection(rare_office, tmp_path):
    from csperf_desktop.base.months import Month
    from csperf_desktop.reports import write_scorecards

    write_scorecards(Month(2026, 9), tmp_path / "c.pdf", staff_ids=["R03"])  # no collector: still prints
    with glyphs.collect_missing_glyphs() as missing:
        pass
    assert missing == []


def test_paragraph_markup_switches_font_only_for_the_missing_characters():
    from csperf_desktop.reports import style as st
    from csperf_desktop.reports.fonts import resolve_fonts

    regular = resolve_fonts("").regular
    body = st.ink("王𠀾 & 刘䶮", regular)
    runs = re.findall(r'<font name="(\w+)">(.*?)</font>', body)
    assert [text for _, text in runs] == ["𠀾", "䶮"]
    assert body.startswith("王<font") and "&amp;" in body
    marked = st.ink("<b>张&amp;王𠀾</b>", regular, markup=True)
    assert marked.startswith("<b>张&amp;王<font") and marked.endswith("</font></b>")
    assert st.ink("李四 <br/>", regular) == "李四 &lt;br/&gt;"  # plain text stays escaped


def test_the_command_line_names_a_character_no_font_has_and_still_writes_the_file(rare_office, db_location,
                                                                                   tmp_path, capsys):
    from csperf_desktop.cli import main

    out = tmp_path / "card.pdf"
    assert main(["scorecards", "--db", db_location, "--month", "2026-09", "--staff", "R03",
                 "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "“张〓”中的 U+E000" in err
    assert "张〓" in pdf_text(out)
    assert main(["scorecards", "--db", db_location, "--month", "2026-09", "--staff", "R01",
                 "--out", str(tmp_path / "rare.pdf")]) == 0
    assert "U+" not in capsys.readouterr().err  # 王𠀾 has a font: nothing to say


def test_canvas_text_written_from_the_documents_codes_is_what_reportlab_writes():
    """The glyph canvas writes a plain string's text object from codes kept for the document:
    byte for byte what ReportLab's own ``drawString`` family writes — empty text, brackets and
    backslashes, Latin, a text of 600 characters over several font subsets, bold set as
    fill-and-stroke, every alignment — and a second use of a text writes it again the same."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    from csperf_desktop.reports.fonts import resolve_fonts

    fonts = resolve_fonts("")
    texts = ["", "王芳 96", "第 2 / 3 页", "Christopher Alexander Montgomery", "(括号) \\ 反斜杠",
             "".join(chr(0x4E00 + i) for i in range(600)), "−12", "王芳 96"]
    for font in (fonts.regular, fonts.bold):
        for mode in (None, 0, 2):
            for how in ("drawString", "drawCentredString", "drawRightString"):
                ours, theirs = glyphs.GlyphCanvas(io.BytesIO()), Canvas(io.BytesIO())
                for c in (ours, theirs):
                    c.setFont(font, 9.5, 11)
                for t in texts:
                    getattr(ours, how)(100, 200.5, t, mode=mode)
                    getattr(Canvas, how)(theirs, 100, 200.5, t, mode=mode)
                assert ours._code == theirs._code, (font, mode, how)
    assert glyphs.subset_font(fonts.regular) and not glyphs.subset_font("Helvetica")


def test_the_glyph_canvas_sets_colours_as_reportlab_does():
    """Colours set on the glyph canvas (the operator of a plain RGB colour kept per colour)
    write what ReportLab's canvas writes, byte for byte, with the same state: RGB and hex
    colours again and again, a translucent colour (its graphics state), CMYK, a name, a tuple,
    an explicit alpha — and an alpha out of range is refused as ReportLab refuses it."""
    import io

    import pytest
    from reportlab.lib import colors
    from reportlab.pdfgen.canvas import Canvas

    accent = colors.HexColor("#1F5FA8")
    sequence = [accent, colors.white, accent, colors.Color(0.2, 0.4, 0.6, alpha=0.5), accent,
                colors.CMYKColor(0.1, 0.2, 0.3, 0.4), "red", (0.1, 0.2, 0.3), colors.black]
    ours, theirs = glyphs.GlyphCanvas(io.BytesIO()), Canvas(io.BytesIO())
    for c in (ours, theirs):
        for colour in sequence:
            c.setFillColor(colour)
            c.setStrokeColor(colour)
        c.setFillColor(accent, alpha=0.3)
        c.setStrokeColor(accent, alpha=0.7)
        c.setFillColor(accent)
    assert ours._code == theirs._code
    assert ours._fillColorObj is accent and ours._strokeColorObj == theirs._strokeColorObj
    assert ours._extgstate._d == theirs._extgstate._d and ours._doc._pdfVersion == theirs._doc._pdfVersion
    for c in (ours, theirs):
        with pytest.raises(ValueError):
            c.setFillColor(colors.Color(0, 0, 0, alpha=2))
