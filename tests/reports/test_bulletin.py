"""The wall bulletin: what it prints must be the published snapshot, exactly."""

from __future__ import annotations

import re

import pytest

from csperf_desktop.base.errors import Conflict, ValidationError
from csperf_desktop.base.months import Month
from csperf_desktop.base.text import fmt_local, signed
from csperf_desktop.monthly.periods import get_period
from csperf_desktop.reports.bulletin import BulletinOptions, display_name, write_bulletin
from csperf_desktop.monthly.standings import live_standings, published_standings

from report_pdf_helpers import font_embedding, page_sizes, pdf_pages, pdf_text, table_rows

SEPT = Month(2026, 9)  # published this morning, appeal window open
AUG = Month(2026, 8)  # closed
OCT = Month(2026, 10)  # the current month, open



def ranked(rows):
    """The people the bulletin ranks (agents by default; the team lead and the inspector are not)."""
    return [s for s in rows if s.ranked]


A3_PORTRAIT = (842, 1191)
A4_LANDSCAPE = (842, 595)


def test_bulletin_prints_every_name_number_rank_and_score_of_the_published_snapshot(demo_db, tmp_path):
    out = write_bulletin(SEPT, tmp_path / "b.pdf")
    rows = table_rows(pdf_pages(out)[0])
    snapshot = ranked(published_standings(SEPT))
    assert len(rows) == len(snapshot) == 10
    for s in snapshot:
        row = rows[s.employee_no]
        assert row["名次"] == str(s.rank)
        assert row["姓名"] == s.name
        assert row["得分"] == str(s.final)
        assert row["加分"] == signed(s.bonus)
        assert row["扣分"] == signed(-s.deduction)  # the window's formatter, U+2212
        if s.award:
            assert row["备注"] == f"优秀奖 {s.award_amount}元"


def test_the_change_against_last_month_is_in_points_not_arrows(demo_db, tmp_path):
    out = write_bulletin(SEPT, tmp_path / "b.pdf")
    rows = table_rows(pdf_pages(out)[0])
    for s in ranked(published_standings(SEPT)):
        expected = "—" if s.change is None else "持平" if s.change == 0 else signed(s.change)
        assert rows[s.employee_no]["较上月"] == expected
    text = pdf_text(out)
    assert "↑" not in text and "↓" not in text and "得分比上月多（+）或少（−）的分数" in text


def test_bulletin_states_the_exact_appeal_deadline_and_publication_time(demo_db, tmp_path):
    text = pdf_text(write_bulletin(SEPT, tmp_path / "b.pdf"))
    period = get_period(SEPT)
    assert fmt_local(period.appeal_deadline) == "2026年10月21日 09:30"
    assert "复核申请截止：2026年10月21日（星期三）09:30" in text  # with the weekday
    assert "如对考核分数有异议，请在截止前向考核主管孙丽华提出复核申请。" in text  # and whom to ask
    assert f"公示时间 {fmt_local(period.published_at)}" in text
    assert f"公示指纹 {period.fingerprint}" in text
    assert "版（修订）" not in text and "第 1 版" not in text  # first publication: no mark


@pytest.mark.parametrize("paper", ["A4", "A3"])
def test_the_appeal_line_is_on_every_page_and_never_smaller_than_the_table(db, admin, tmp_path, paper):
    from csperf_desktop.office.settings import update_settings
    from report_pdf_helpers import build_hard_office

    build_hard_office(admin, 60)
    update_settings(admin, {"appeal_contact": "孙丽华（考核主管），办公室 203，书面提出"})
    out = write_bulletin(SEPT, tmp_path / "b.pdf", BulletinOptions(paper=paper))
    pages = pdf_pages(out)
    assert len(pages) >= 2
    for i, page in enumerate(pages):
        assert "复核申请截止：2026年10月21日（星期三）10:00" in page
        assert "如对考核分数有异议，请在截止前提出复核申请：孙丽华（考核主管），办公室 203，书面提出。" in "".join(page)
        from report_pdf_helpers import font_sizes

        notice = [size for text, size in font_sizes(out, i) if text.startswith("复核申请截止")]
        assert notice and min(notice) >= max(_table_sizes(out, i))


def test_a_closed_month_says_the_appeal_period_has_ended(demo_db, tmp_path):
    text = pdf_text(write_bulletin(AUG, tmp_path / "b.pdf"))
    deadline = get_period(AUG).appeal_deadline
    assert "复核期已结束（截止于" in text and "本表成绩为最终结果。" in text
    assert "如对考核分数有异议" not in text and "复核申请截止" not in text
    from csperf_desktop.reports.bulletin import deadline_text

    assert deadline_text(deadline) in text


def test_reissued_month_is_marked_as_revision_and_shows_the_new_scores(demo_db, tmp_path, admin):
    from csperf_desktop.monthly.events import insert_in
    from csperf_desktop.monthly.periods import republish
    from csperf_desktop.trust.service import change

    last = ranked(published_standings(SEPT))[-1]
    with change(admin, "publish") as tx:
        insert_in(tx, last.employee_no, "B05", "2026-09-30", None, 1, "supervision", "", "复核成立，补加分", None, None,
                check_lock=False)
        republish(tx, SEPT, "复核成立")
    text = pdf_text(write_bulletin(SEPT, tmp_path / "b.pdf"))
    assert "第 2 版（修订）" in text and "第1次" not in text
    revised = {s.employee_no: s for s in published_standings(SEPT)}
    assert revised[last.employee_no].final == last.final + 5
    rows = table_rows(pdf_pages(tmp_path / "b.pdf")[0])
    assert rows[last.employee_no]["得分"] == str(revised[last.employee_no].final)
    assert f"公示指纹 {get_period(SEPT).fingerprint}" in text


def test_closed_month_prints_its_snapshot(demo_db, tmp_path):
    rows = table_rows(pdf_pages(write_bulletin(AUG, tmp_path / "b.pdf"))[0])
    assert {k: int(v["得分"]) for k, v in rows.items()} == {s.employee_no: s.final for s in ranked(published_standings(AUG))}


def test_default_paper_is_a3_portrait_and_a4_landscape_is_selectable(demo_db, tmp_path):
    assert set(page_sizes(write_bulletin(SEPT, tmp_path / "a3.pdf"))) == {A3_PORTRAIT}
    out = write_bulletin(SEPT, tmp_path / "a4.pdf", BulletinOptions(paper="A4", landscape=True))
    assert set(page_sizes(out)) == {A4_LANDSCAPE}


def test_unknown_paper_or_privacy_is_refused_with_a_clear_message():
    with pytest.raises(ValidationError, match="A3 或 A4"):
        BulletinOptions(paper="Letter").check()
    with pytest.raises(ValidationError, match="surname"):
        BulletinOptions(privacy="initials").check()


def test_unpublished_month_prints_a_draft_marked_on_every_page(demo_db, tmp_path):
    out = write_bulletin(OCT, tmp_path / "draft.pdf")
    pages = pdf_pages(out)
    assert all(any("草稿" in line for line in page) for page in pages)
    text = pdf_text(out)
    assert "2026年10月客服绩效考核公示（草稿）" in text
    assert "如对考核分数有异议" not in text
    assert "公示指纹" not in text
    rows = table_rows(pages[0])
    assert {k: int(v["得分"]) for k, v in rows.items()} == {s.employee_no: s.final for s in ranked(live_standings(OCT))}


def test_unpublished_month_is_refused_when_drafts_are_not_allowed(demo_db, tmp_path):
    with pytest.raises(Conflict, match="尚未公示"):
        write_bulletin(OCT, tmp_path / "x.pdf", BulletinOptions(allow_draft=False))
    assert not (tmp_path / "x.pdf").exists()


def test_month_not_begun_is_refused(demo_db, tmp_path):
    with pytest.raises(ValidationError, match="还没有开始"):
        write_bulletin(Month(2026, 12), tmp_path / "x.pdf")


def test_privacy_surname_mode_shows_surname_and_mou_only(demo_db, tmp_path):
    out = write_bulletin(SEPT, tmp_path / "b.pdf", BulletinOptions(privacy="surname"))
    # The supervisor's own name on the signature line is not an agent's result.
    text = "\n".join(ln for ln in pdf_text(out).splitlines() if "签字" not in ln)
    for s in ranked(published_standings(SEPT)):
        assert s.name not in text
        assert s.name[0] + "某" in text
        assert s.employee_no in text


def test_privacy_number_mode_shows_no_names_at_all(demo_db, tmp_path):
    out = write_bulletin(SEPT, tmp_path / "b.pdf", BulletinOptions(privacy="number"))
    text = "\n".join(ln for ln in pdf_text(out).splitlines() if "签字" not in ln)
    rows = table_rows(pdf_pages(out)[0])
    for s in ranked(published_standings(SEPT)):
        assert s.name not in text
        assert s.name[0] + "某" not in text
        assert rows[s.employee_no]["得分"] == str(s.final)
    assert "姓名" not in text


def test_compound_surname_keeps_both_characters():
    from csperf_desktop.monthly.scoring import Standing

    row = Standing(1, "K1", "欧阳娜娜", "", "agent", 80, 0, 0, {}, 80, 80)
    assert display_name(row, "surname") == "欧阳某"
    assert display_name(row, "number") == "K1"


def _month_with_warning():
    for m in [OCT.add(-i) for i in range(1, 25)]:
        snap = published_standings(m)
        if snap and any(r.warning for r in snap):
            return m, snap
    raise AssertionError("the demo office should have a month with a warning")


def test_warnings_are_off_the_wall_by_default_and_on_when_the_office_chooses(demo_db, admin, tmp_path):
    from csperf_desktop.office.settings import load, update_settings

    month, snap = _month_with_warning()
    warned = next(r for r in snap if r.warning)
    assert load().bulletin_show_warnings is False
    default = write_bulletin(month, tmp_path / "default.pdf")
    assert "※" not in pdf_text(default) and "预警" not in pdf_text(default)
    assert "※" not in table_rows(pdf_pages(default)[0])[warned.employee_no].get("备注", "")

    update_settings(admin, {"bulletin_show_warnings": True})
    on = write_bulletin(month, tmp_path / "on.pdf")
    assert table_rows(pdf_pages(on)[0])[warned.employee_no].get("备注", "").endswith("※")
    assert "连续两个月末位" in pdf_text(on)  # the mark is explained under the table
    assert "预警" not in pdf_text(on)  # a marker, not the word, on the wall
    off = write_bulletin(month, tmp_path / "off.pdf", BulletinOptions(show_warnings=False))  # one print without
    assert "※" not in pdf_text(off)


def test_the_persons_own_scorecard_always_shows_the_warning(demo_db, tmp_path):
    from csperf_desktop.reports.scorecard import write_scorecards

    month, snap = _month_with_warning()
    warned = next(r for r in snap if r.warning)
    out = write_scorecards(month, tmp_path / "card.pdf", staff_ids=[warned.employee_no])[0]
    assert "预警：连续两个月末位" in pdf_text(out)


def test_120_agents_flow_over_balanced_pages_each_with_the_header_and_the_deadline(big_office, tmp_path):
    out = write_bulletin(SEPT, tmp_path / "big.pdf")
    pages = pdf_pages(out)
    from csperf_desktop.reports.bulletin import deadline_text

    deadline = deadline_text(get_period(SEPT).appeal_deadline)
    seen, counts = [], []
    for page in pages:
        assert "2026年9月" in " ".join(page)
        assert any("考核公示" in line for line in page)
        assert any(deadline in line for line in page)  # the appeal line on every page
        rows = table_rows(page)
        counts.append(len(rows))
        seen += list(rows)
    assert sorted(seen) == sorted(s.employee_no for s in published_standings(SEPT))
    assert all(f"/ {len(pages)} 页" in " ".join(p) for p in pages)
    # Balanced: no page holds a few orphan rows, the pages between first and last are alike.
    assert min(counts) >= 0.3 * max(counts), counts
    assert max(counts[1:-1]) - min(counts[1:-1]) <= 3, counts


def _table_sizes(path, page: int | None = None, numbers: str = r"H\d{4}") -> list[float]:
    """The type size of every employee number in the ranking table, on every page (or one)."""
    from pypdf import PdfReader
    from report_pdf_helpers import font_sizes

    pages = range(len(PdfReader(str(path)).pages)) if page is None else [page]
    return [size for i in pages for text, size in font_sizes(path, i) if re.fullmatch(numbers, text)]


def test_a_41_person_office_keeps_readable_type_and_no_lone_last_row(db, admin, tmp_path):
    from report_pdf_helpers import build_hard_office

    build_hard_office(admin, 41)
    sizes = {}
    for paper in ("A4", "A3"):
        out = write_bulletin(SEPT, tmp_path / f"{paper}.pdf", BulletinOptions(paper=paper))
        counts = [len(_table_sizes(out, i)) for i in range(len(pdf_pages(out)))]
        assert sum(counts) == 41 and min(counts) >= 8, counts  # was 40 + 1 alone on page 2
        sizes[paper] = _table_sizes(out)
        assert len(sizes[paper]) == 41
    assert min(sizes["A4"]) >= 11 and min(sizes["A3"]) >= 14
    assert min(sizes["A3"]) > min(sizes["A4"]) * 1.3  # A3 reads larger than A4, not the same rows
    text = pdf_text(tmp_path / "A3.pdf")
    assert "欧阳诸葛慕容司马" in text.replace("\n", "") and "Christopher" in text


def test_200_people_read_at_14_pt_on_a3_with_a_distribution_chart(db, admin, tmp_path):
    from report_pdf_helpers import build_hard_office

    build_hard_office(admin, 200)
    out = write_bulletin(SEPT, tmp_path / "a3.pdf", BulletinOptions(paper="A3"))
    sizes = _table_sizes(out)
    assert len(sizes) == 200 and min(sizes) >= 14
    pages = pdf_pages(out)
    assert 5 <= len(pages) <= 7
    assert "得分分布：各分数段人数（共 200 人）" in pages[-1]
    assert "考核主管签字：" in pages[-1]


def test_every_font_in_the_bulletin_is_embedded(demo_db, tmp_path):
    from csperf_desktop.reports.fonts import current_fonts

    if not current_fonts().embedded:
        pytest.fail("no embeddable Chinese font on this machine (install fonts-wqy-microhei)")
    for options in (BulletinOptions(), BulletinOptions(landscape=True)):
        fonts_used = font_embedding(write_bulletin(SEPT, tmp_path / "b.pdf", options))
        assert fonts_used and all(fonts_used.values()), fonts_used


def test_landscape_fits_a_small_office_on_one_page_with_table_chart_and_signature(demo_db, tmp_path):
    out = write_bulletin(SEPT, tmp_path / "l.pdf", BulletinOptions(landscape=True))
    pages = pdf_pages(out)
    assert len(pages) == 1 and set(page_sizes(out)) == {(1191, 842)}
    rows = table_rows(pages[0])
    assert {k: int(v["得分"]) for k, v in rows.items()} == {s.employee_no: s.final for s in ranked(published_standings(SEPT))}
    assert "得分分布（按名次）" in pages[0] and any("考核主管签字" in ln for ln in pages[0])


def test_reopened_month_prints_a_draft_from_live_standings_not_the_old_snapshot(demo_db, tmp_path, admin):
    from csperf_desktop.monthly.lifecycle import reopen_month

    reopen_month(admin, AUG, "补录漏记的加分")
    text = pdf_text(write_bulletin(AUG, tmp_path / "r.pdf"))
    assert "（草稿）" in text and "如对考核分数有异议" not in text


def test_long_names_wrap_instead_of_shrinking_below_a_readable_size(db, admin, tmp_path):
    from report_pdf_helpers import build_hard_office, font_sizes

    build_hard_office(admin, 12)
    for paper, floor in (("A4", 9), ("A3", 11)):
        out = write_bulletin(SEPT, tmp_path / f"{paper}.pdf", BulletinOptions(paper=paper))
        runs = font_sizes(out, 0)
        for name in ("Christopher", "Montgomery", "欧阳诸葛"):
            sizes = [size for text, size in runs if name in text]
            assert sizes and min(sizes) >= floor, (paper, name, sizes)  # was 4–5 pt
        words = " ".join(pdf_pages(out)[0]).split()
        assert "Christopher" in words and "Montgomery" in words


def test_a_revised_bulletin_marks_the_corrected_row_with_old_and_new_score_rank_and_reason(hard_office, admin,
                                                                                          tmp_path):
    from csperf_desktop.monthly.appeals import decide_appeal, record_appeal
    from csperf_desktop.store.models import ScoreEvent

    before = {r.staff_id: r for r in published_standings(SEPT)}
    ev = (ScoreEvent.select().where((ScoreEvent.month == "2026-09") & (ScoreEvent.points == -8))
          .order_by(ScoreEvent.id).first())
    person = ev.staff
    appeal = record_appeal(admin, SEPT, person, events=[ev.id], reason="当天系统故障，回复延迟非本人原因",
                           category="wrong_facts")
    decide_appeal(admin, appeal.id, "upheld", "核实为系统故障，撤销该项扣分")
    after = {r.staff_id: r for r in published_standings(SEPT)}
    old, new = before[person.id], after[person.id]
    assert new.final == old.final + 8

    out = write_bulletin(SEPT, tmp_path / "b.pdf")
    text = pdf_text(out)
    flat = text.replace("\n", "")
    assert "第 2 版（修订）" in text and "本版更正" in text
    assert f"{old.final} → {new.final}" in flat
    assert f"第 {old.rank} 名 → 第 {new.rank} 名" in flat
    assert f"复核申请 #{appeal.id} 成立：核实为系统故障，撤销该项扣分" in flat
    # only the corrected person is marked, in the ranking table itself
    assert flat.count("已更正") == 1
    first = write_bulletin(SEPT, tmp_path / "a4.pdf", BulletinOptions(paper="A4", landscape=True))
    assert "本版更正" in pdf_text(first)


def test_a_first_publication_marks_no_correction(hard_office, tmp_path):
    text = pdf_text(write_bulletin(SEPT, tmp_path / "b.pdf"))
    assert "本版更正" not in text and "已更正" not in text


def test_the_command_line_follows_the_setting_unless_told(demo_db, tmp_path):
    from csperf_desktop.cli import main

    month, _ = _month_with_warning()
    args = ["bulletin", "--db", str(tmp_path / "demo.db"), "--month", month.key]
    assert main(args + ["--out", str(tmp_path / "default.pdf")]) == 0
    assert "※" not in pdf_text(tmp_path / "default.pdf")
    assert main(args + ["--out", str(tmp_path / "on.pdf"), "--warnings"]) == 0
    assert "※" in pdf_text(tmp_path / "on.pdf")


# --- the table and the charts drawn straight on the canvas -------------------------------

def _drawn(flowable, path):
    """What ``flowable`` puts on a page: the page rendered at 144 dpi (pdfium) and its text."""
    import pypdfium2
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(path), pagesize=(842, 1191))
    flowable.wrapOn(c, 800, 1100)
    flowable.drawOn(c, 20, 40)
    c.save()
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        image = pdf[0].render(scale=2).to_pil().convert("L")
    finally:
        pdf.close()
    return image, pdf_pages(path)[0]


def _same_picture(a, b) -> bool:
    """No pixel differs by more than anti-aliasing noise, and something was drawn."""
    from PIL import ImageChops

    diff = ImageChops.difference(a, b)
    return a.getextrema()[0] < 128 and diff.getextrema()[1] <= 40


def test_the_score_distribution_drawn_on_the_canvas_is_the_chart_it_replaces(big_office, tmp_path):
    """The distribution of a large office is drawn from numbers: the same bars (an empty band
    too), grid, axes, texts and legend as the VerticalBarChart, in A3 and A4."""
    from reportlab.graphics.shapes import Drawing

    from csperf_desktop.reports.bulletin import bulletin_data, distribution_chart, distribution_figure, score_bands
    from csperf_desktop.reports.bulletin_draw import BarFigureFlowable
    from csperf_desktop.reports.fonts import current_fonts

    fonts = current_fonts()
    data = bulletin_data(SEPT)
    emptied = bulletin_data(SEPT)
    _, lo, hi = next(b for b in score_bands(data) if b[1] <= data.rows[-1].final <= b[2])
    emptied.rows = [r for r in emptied.rows if not lo <= r.final <= hi]  # one band with nobody
    assert 0 < len(emptied.rows) < len(data.rows)
    for d in (data, emptied):
        for paper, size in (("A3", (760, 250)), ("A4", (520, 170))):
            options = BulletinOptions(paper=paper)
            figure = distribution_figure(d, options, fonts, *size)
            assert isinstance(figure, BarFigureFlowable)
            chart = distribution_chart(d, options, fonts, *size)
            assert isinstance(chart, Drawing)
            (got, got_text), (want, want_text) = _drawn(figure, tmp_path / "f.pdf"), _drawn(chart, tmp_path / "c.pdf")
            assert _same_picture(got, want)
            assert sorted(got_text) == sorted(want_text)
            assert d is not emptied or "0 人" in got_text


def test_the_named_score_chart_drawn_by_the_lean_walk_is_the_drawing(demo_db, tmp_path):
    """A small office's chart of named bars: the lean walk of its shapes draws what renderPDF draws."""
    from reportlab.lib.units import mm

    from csperf_desktop.reports.bulletin import bulletin_data, score_chart
    from csperf_desktop.reports.bulletin_draw import LeanDrawing
    from csperf_desktop.reports.fonts import current_fonts

    data = bulletin_data(SEPT)
    for options in (BulletinOptions(), BulletinOptions(paper="A4", privacy="number")):
        got, got_text = _drawn(LeanDrawing(score_chart(data, options, current_fonts(), 180 * mm, 70 * mm)),
                               tmp_path / "a.pdf")
        want, want_text = _drawn(score_chart(data, options, current_fonts(), 180 * mm, 70 * mm), tmp_path / "b.pdf")
        assert _same_picture(got, want) and got_text == want_text and "得分分布（按名次）" in got_text


def test_the_ranking_table_split_by_a_frame_repeats_its_header_and_keeps_every_row(big_office, tmp_path):
    """Should a page hold fewer rows than planned, the table continues on the next page under
    its header, every row once, in order."""
    from reportlab.platypus import SimpleDocTemplate

    from csperf_desktop.reports import bulletin as b
    from csperf_desktop.reports.fonts import current_fonts

    fonts = current_fonts()
    data = b.bulletin_data(SEPT)
    options = BulletinOptions(paper="A4")
    g = b._Geometry(500, 700, 8.1)
    cols = b._columns(data, options, g)
    widths = b._column_widths(cols, g.width)
    plan = b.plan_table(data, options, cols, widths, fonts, g, 10_000, 10_000, 0)
    table = b._ranking_table(data, options, fonts, cols, widths, plan, 0, 30)
    room = table.look.header_height + sum(plan.heights[:12]) + 1
    first, rest = table.split(500, room)
    assert first.rows == list(range(12)) and rest.rows == list(range(12, 30))
    assert first.height + rest.height == pytest.approx(table.height + table.look.header_height)
    assert table.split(500, table.height + 1) == []  # it fits: nothing to split
    doc = SimpleDocTemplate(str(tmp_path / "split.pdf"), pagesize=(560, room + 80), leftMargin=30, rightMargin=30,
                            topMargin=20, bottomMargin=20)
    b.st.Table.default_font = fonts.regular
    doc.build([table])
    pages = pdf_pages(tmp_path / "split.pdf")
    assert len(pages) == 3 and all(p[0] == "名次" for p in pages)
    numbers = [no for p in pages for no in table_rows(p)]
    assert numbers == [r.employee_no for r in data.rows[:30]]


def test_each_ranking_cell_is_its_own_line_of_text_and_a_corrected_row_is_framed(demo_db, tmp_path):
    """Copying or searching the PDF gives one cell a line (as the table wrote it); a revised
    month's corrected row still carries its red frame and red score."""
    from csperf_desktop.reports import bulletin as b
    from csperf_desktop.reports.fonts import current_fonts
    from csperf_desktop.reports.style import AWARD

    data = b.bulletin_data(SEPT)
    person = data.rows[3]
    data.corrections = {person.staff_id: b.Correction(person.staff_id, person.final - 2, person.final, None,
                                                      person.rank, "复核申请 #1 维持")}
    out = tmp_path / "c.pdf"
    b.build_bulletin(data, BulletinOptions(paper="A4"), str(out), current_fonts())
    lines = pdf_pages(out)[0]
    row = table_rows(lines)[person.employee_no]
    assert row["得分"] == str(person.final)
    at = lines.index(person.employee_no)
    assert "已更正" in lines[at:at + 12]  # the row's note, on a line of its own
    from pypdf import PdfReader

    stream = PdfReader(str(out)).pages[0].get_contents().get_data().decode("latin-1")
    red = "%s RG" % " ".join(f"{v:.6f}".rstrip("0").lstrip("0") for v in AWARD.rgb())
    frame = re.findall(r"%s\s+1\.6 w(?:\s+n [-\d. ]+ m [-\d. ]+ l S){4}" % re.escape(red), stream)
    assert len(frame) == 1, red  # the red frame round the corrected row: four strokes


def test_without_an_embeddable_font_the_table_is_still_drawn_cell_by_cell(demo_db, tmp_path):
    """The last-resort CID font (STSong-Light) cannot be encoded ahead like a TrueType font: every
    cell then goes through the canvas, and the rows print all the same."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    from csperf_desktop.reports import bulletin as b
    from csperf_desktop.reports.fonts import CID_FALLBACK, FontSet

    pdfmetrics.registerFont(UnicodeCIDFont(CID_FALLBACK))
    fonts = FontSet(regular=CID_FALLBACK, bold=CID_FALLBACK, path=None, simulated_bold=True, embedded=False,
                    warning="")
    data = b.bulletin_data(SEPT)
    out = tmp_path / "cid.pdf"
    b.build_bulletin(data, BulletinOptions(paper="A4"), str(out), fonts)
    rows = table_rows(pdf_pages(out)[0])
    assert {no: int(r["得分"]) for no, r in rows.items()} == {s.employee_no: s.final for s in data.rows}
    assert {no: r["姓名"] for no, r in rows.items()} == {s.employee_no: s.name for s in data.rows}


# The chart sizes the bulletin gives a 20-person office: A3 and A4, portrait (under the table) and
# landscape (beside the table on A3; under a two-page table on A4).
CHART_SIZES = {("A3", False): (773.9, 213.2), ("A3", True): (404.1, 359.7), ("A4", False): (527.2, 217.9),
               ("A4", True): (773.9, 95.9)}


def test_the_named_score_chart_drawn_from_numbers_is_the_chart_it_replaces(db, admin, tmp_path):
    """A small office's bar per person is drawn from numbers: the same pixels and text as the
    VerticalBarChart for 3, 12, 20 and 41 people (hard names: rare characters drawn in fallback
    fonts, a long Latin name cut with "…"), each privacy mode, A3/A4 portrait/landscape sizes,
    upright and turned names, with and without scores over the bars, and an axis from 0."""
    import dataclasses

    from csperf_desktop.base import clock
    from csperf_desktop.reports.bulletin import bulletin_data, score_chart, score_figure, score_layout
    from csperf_desktop.reports.bulletin_draw import NamedBarsFlowable
    from csperf_desktop.reports.fonts import current_fonts
    from report_pdf_helpers import build_hard_office
    import datetime as dt

    build_hard_office(admin, 41)
    clock.set_fixed(dt.datetime(2026, 10, 20, 2, 0, 0))
    fonts = current_fonts()
    everyone = bulletin_data(SEPT)
    assert len(everyone.rows) == 41
    seen = {"rotate": set(), "labels": set(), "names": set(), "from_zero": set()}
    cases = []
    for n in (3, 12, 20, 41):
        for privacy in ("full", "surname", "number"):
            for (paper, landscape), size in CHART_SIZES.items():
                if (n, privacy) in ((3, "surname"), (41, "surname")) and landscape:
                    continue  # fewer pictures: the surname mode's names are the shortest
                cases.append((n, privacy, paper, size, False))
    cases += [(12, "full", "A3", CHART_SIZES[("A3", False)], True), (20, "number", "A4", CHART_SIZES[("A4", True)], True),
              (41, "full", "A4", (250, 150), False)]  # too narrow for 41 names: bars only, the title says so
    for n, privacy, paper, size, from_zero in cases:
        data = bulletin_data(SEPT)
        data.rows = data.rows[:n]
        if from_zero:  # one score so low that the axis starts at 0: no break mark, the bar on the axis
            data.rows[-1] = dataclasses.replace(data.rows[-1], final=4)
        options = BulletinOptions(paper=paper, privacy=privacy)
        layout = score_layout(data, options, fonts, *size)
        seen["rotate"].add(layout.rotate)
        seen["labels"].add(layout.bar_label_font is not None)
        seen["names"].add(layout.show_names)
        seen["from_zero"].add(layout.axis[0] == 0)
        figure = score_figure(data, options, fonts, *size)
        assert isinstance(figure, NamedBarsFlowable), (n, privacy, paper, size)
        (got, got_text), (want, want_text) = (_drawn(figure, tmp_path / "f.pdf"),
                                              _drawn(score_chart(data, options, fonts, *size), tmp_path / "c.pdf"))
        assert _same_picture(got, want), (n, privacy, paper, size, from_zero)
        assert got_text == want_text, (n, privacy, paper, size)
        text = "".join(got_text)
        assert "得分分布（按名次）" in text and f"基础分 {data.base}" in text
        assert ("纵轴从" in text) == (not from_zero)  # the legend names the axis' start only above 0
    # every look of the chart was compared: turned and upright names, scores over the bars or
    # not, bars too narrow to be named, an axis from 0 and one from higher up
    assert all(v == {True, False} for v in seen.values()), seen


def test_a_named_chart_the_numbers_cannot_place_alike_is_the_chart_itself(hard_office, tmp_path):
    """A score below 0 (the bars would hang from the zero line) and a name of two lines are
    left to the chart itself, drawn by the lean walk: the same picture as the chart."""
    import dataclasses

    from reportlab.lib.units import mm

    from csperf_desktop.reports.bulletin import bulletin_data, score_chart, score_figure
    from csperf_desktop.reports.bulletin_draw import LeanDrawing
    from csperf_desktop.reports.fonts import current_fonts

    fonts = current_fonts()
    for change in ({"final": -6}, {"name": "张\n三"}):
        data = bulletin_data(SEPT)
        data.rows[-1] = dataclasses.replace(data.rows[-1], **change)
        figure = score_figure(data, BulletinOptions(), fonts, 180 * mm, 70 * mm)
        assert isinstance(figure, LeanDrawing)
        (got, got_text), (want, want_text) = (_drawn(figure, tmp_path / "f.pdf"),
                                              _drawn(score_chart(data, BulletinOptions(), fonts, 180 * mm, 70 * mm),
                                                     tmp_path / "c.pdf"))
        assert _same_picture(got, want) and got_text == want_text
