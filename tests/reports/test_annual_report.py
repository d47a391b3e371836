"""The annual review report: the numbers a reader checks, one person per new page, the CLI."""

from __future__ import annotations

import pytest
from report_pdf_helpers import pdf_pages, pdf_text

from csperf_desktop import annual
from csperf_desktop.reports.annual_report import write_annual_review
from csperf_desktop.store.db import open_database

YEAR = 2025
RATINGS = {"communication": 4, "complaints": 3, "attitude": (5, "客户书面表扬三次"), "learning": 4,
           "responsibility": 4, "cooperation": 3}


@pytest.fixture
def reviewed(office, supervisor):
    from csperf_desktop.monthly.events import add_event
    from csperf_desktop.monthly.exams import add_exam, set_result
    from csperf_desktop.monthly.figures import save_figures
    from csperf_desktop.base.months import Month
    from csperf_desktop.monthly.spotchecks import record_spot_check

    save_figures(supervisor, Month(YEAR, 3), {"A01": {"csat_pct": 93, "avg_response_s": 45, "avg_handle_s": 300,
                                                      "fcr_pct": 85, "contacts": 12000, "late_count": 0,
                                                      "early_leave_count": 0, "absence_days": 0}})
    exam = add_exam(supervisor, date="2025-02-20", title="二月技能考试", full_marks=100)
    set_result(supervisor, exam.id, "A01", 88)
    record_spot_check(supervisor, "A01", "2025-04-10")  # every item passed
    add_event(supervisor, "A01", "B07", "2025-03-10")
    add_event(supervisor, "A02", "D05", "2025-03-10")
    for m in range(1, 13):  # only published months count in the annual result
        publish_as_recorded(supervisor, Month(YEAR, m))
    annual.save_self_review(supervisor, "A01", YEAR, "今年接待量达标，投诉处理还需加强。")
    annual.save_ratings(supervisor, "A01", YEAR, RATINGS, comment="全年表现稳定，值得肯定。")
    annual.record_interview(supervisor, "A01", YEAR, "2026-01-12", "王主管、甲", "肯定全年成绩，约定加强投诉处理。",
                            "参加第一季度投诉处理培训")
    annual.add_goal(supervisor, "A01", YEAR + 1, title="客户满意度达到 95%", indicator="csat", target=95, weight=50)
    return office


def publish_as_recorded(actor, month):
    """Publish with only what was recorded: the month's proposals are dismissed, and the
    exam that only A01 sat does not hold it up."""
    from csperf_desktop.monthly.lifecycle import publish_month
    from csperf_desktop.monthly.proposals import dismiss, pending_proposals

    pending = pending_proposals(month)
    if pending:
        dismiss(actor, pending, month, "不在手算范围内")
    return publish_month(actor, month, anyway="手算用例：只有甲参加考试")


def _fmt(v):
    return f"{v:.1f}"


def test_the_report_carries_the_computed_scores_and_grade(reviewed, tmp_path):
    r = annual.compute_one(YEAR, "A01")
    out = write_annual_review(YEAR, tmp_path / "a01.pdf", staff_ids=["A01"])[0]
    text = pdf_text(out)
    assert "2025年度绩效考核报告" in text and "甲" in text and "A01" in text
    assert f"年度总分 {_fmt(r.final)} 分 = 月度平均分 {_fmt(r.monthly_avg)} × 50% + 年终评价 {_fmt(r.evaluation)} × 50%" \
        in text.replace("\n", "")
    assert f"考核等级：{r.grade}" in text.replace("\n", "")
    lines = pdf_pages(out)[0]
    # the summary boxes: monthly average, evaluation, final, grade
    for value in (_fmt(r.monthly_avg), _fmt(r.evaluation), _fmt(r.final), r.grade):
        assert value in lines
    # every dimension with its weight and score
    for d in r.dimensions:
        i = lines.index(d.name)
        assert lines[i + 1] == f"{d.weight}%" and lines[i + 2] == _fmt(d.score)


def test_the_report_numbers_match_the_hand_computation(reviewed, tmp_path):
    # CSAT 93 against 95 (zero 70) → 92.0; March 90 (B07), the other eleven published months 80
    # → average (90 + 11 × 80)/12 = 80.8
    out = write_annual_review(YEAR, tmp_path / "a01.pdf", staff_ids=["A01"])[0]
    lines = pdf_pages(out)[0]
    i = lines.index("客户满意度（CSAT）")
    assert lines[i + 1:i + 5] == ["30%", "93.0%", "≥ 95.0%", "92.0"]
    assert "80.8" in lines  # monthly average
    assert "12/12 个月（1月–12月）" in lines


def test_the_report_shows_comments_interview_exams_and_next_years_goals(reviewed, tmp_path):
    out = write_annual_review(YEAR, tmp_path / "a01.pdf", staff_ids=["A01"])[0]
    text = pdf_text(out).replace("\n", "")
    for expected in ("今年接待量达标，投诉处理还需加强。", "全年表现稳定，值得肯定。", "服务态度：5 分（客户书面表扬三次）",
                     "肯定全年成绩，约定加强投诉处理。", "参加第一季度投诉处理培训", "王主管、甲",
                     "二月技能考试", "88/100", "2026年度目标（下一年）", "客户满意度达到 95%",
                     "被考核人签字", "考核主管签字", "2025年各月考核得分（平均 80.8 分）"):
        assert expected in text, expected


def test_whole_team_in_one_pdf_each_person_on_new_pages(reviewed, tmp_path):
    out = write_annual_review(YEAR, tmp_path / "team.pdf")[0]
    pages = pdf_pages(out)
    starts = [i for i, lines in enumerate(pages) if "2025年度绩效考核报告" in lines]
    assert len(starts) == 5
    names = [pages[i][pages[i].index("姓名") + 1] for i in starts]
    assert names == ["甲", "乙", "丙", "丁", "戊"]
    # each person's pages carry their own footer label
    assert any("乙（A02） · 第 1 页" in line for line in pages[starts[1]])


def test_an_unsigned_review_is_marked_and_a_signed_one_is_not(reviewed, supervisor, tmp_path):
    first = pdf_text(write_annual_review(YEAR, tmp_path / "1.pdf", staff_ids=["A01"])[0])
    assert "暂定结果，定稿前分数可能变动" in first and "暂定：尚未签字" in first.replace("\n", "")
    annual.sign_off(supervisor, "A01", YEAR)
    second = pdf_text(write_annual_review(YEAR, tmp_path / "2.pdf", staff_ids=["A01"])[0])
    assert "未签字" not in second and "已签字" in second


def test_one_file_per_person(reviewed, tmp_path):
    paths = write_annual_review(YEAR, tmp_path / "folder", one_file_per_agent=True)
    assert [p.name for p in paths][:2] == ["2025_A01_甲_年度考核报告.pdf", "2025_A02_乙_年度考核报告.pdf"]
    assert all(p.exists() for p in paths)


def test_someone_not_employed_that_year_is_refused(reviewed, supervisor, tmp_path):
    from csperf_desktop.base.errors import NotFound
    from csperf_desktop.office.staff import add_staff

    add_staff(supervisor, employee_no="L01", name="后来者", role="agent", hire_date="2026-03-01")
    with pytest.raises(NotFound, match="在2025年不在职"):
        write_annual_review(YEAR, tmp_path / "x.pdf", staff_ids=["L01"])
    assert not (tmp_path / "x.pdf").exists()


def test_cli_annual_writes_the_report(reviewed, tmp_path, capsys):
    from csperf_desktop.cli import main
    from csperf_desktop.store.models import database_proxy

    import os

    db_path = os.environ.get("CSPERF_TEST_DB") or database_proxy.obj.database  # the file, or the server's URL
    out = tmp_path / "cli.pdf"
    assert main(["annual", "--db", db_path, "--year", "2025", "--out", str(out), "--staff", "A01"]) == 0
    assert "年度考核报告已写入" in capsys.readouterr().out
    assert "2025年度绩效考核报告" in pdf_text(out)
    assert main(["annual", "--db", db_path, "--year", "2025", "--out", str(out), "--staff", "NOPE"]) == 2
    assert "找不到工号" in capsys.readouterr().err
    assert main(["annual-results", "--db", db_path, "--year", "2025", "--sort", "quality"]) == 0
    assert "A01" in capsys.readouterr().out
    assert main(["annual-whatif", "--db", db_path, "--year", "2025", "--weights", "results=70"]) == 2
    assert "调整后是 130%" in capsys.readouterr().err


def test_an_incomplete_result_is_marked_provisional(reviewed, supervisor, tmp_path):
    out = write_annual_review(YEAR, tmp_path / "a02.pdf", staff_ids=["A02"])[0]
    lines = pdf_pages(out)[0]
    assert "年度总分（暂定）" in lines and "考核等级（暂定）" in lines
    assert any("尚无得分的指标：" in line for line in lines)
    # A01 has every rating and all twelve months published, but is not signed off yet: still 暂定
    assert annual.compute_one(YEAR, "A01").complete
    unsigned = pdf_text(write_annual_review(YEAR, tmp_path / "a01.pdf", staff_ids=["A01"])[0]).replace("\n", "")
    assert "年度总分（暂定）" in unsigned and "暂定：尚未签字" in unsigned and "【暂定】年度总分" in unsigned
    annual.sign_off(supervisor, "A01", YEAR)
    signed = pdf_pages(write_annual_review(YEAR, tmp_path / "a01s.pdf", staff_ids=["A01"])[0])[0]
    assert "年度总分" in signed and "年度总分（暂定）" not in signed
    assert not any("暂定" in line for line in signed)


def test_cancelling_writes_nothing(reviewed, tmp_path):
    from csperf_desktop.reports.scorecard import Cancelled

    seen = []

    def progress(done, total):
        seen.append((done, total))
        return done < 2

    with pytest.raises(Cancelled):
        write_annual_review(YEAR, tmp_path / "team.pdf", progress=progress)
    assert seen == [(1, 5), (2, 5)]
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".pdf", ".tmp")]


def test_the_current_year_report_says_which_months_are_not_counted(office, supervisor, tmp_path):
    from csperf_desktop.base.months import Month

    for m in range(1, 10):  # the clock is 2026-10-20: October is still open
        publish_as_recorded(supervisor, Month(2026, m))
    text = pdf_text(write_annual_review(2026, tmp_path / "now.pdf", staff_ids=["A01"])[0]).replace("\n", "")
    assert "9/12 个月（1月–9月）；10月–12月未公示，未计入" in text
    assert "暂定：评议指标未评分" in text and "10月、11月、12月尚未公示" in text
    assert "【暂定】年度总分" in text


def test_the_demo_reports_take_two_pages_a_person_with_the_name_on_each_and_no_near_blank_last_page(demo_db,
                                                                                                    tmp_path):
    from csperf_desktop.annual import compute_all
    from csperf_desktop.reports import write_annual_review
    from report_pdf_helpers import pdf_pages

    people = len(compute_all(2026))
    [out] = write_annual_review(2026, tmp_path / "a.pdf")
    pages = pdf_pages(out)
    parts: dict[str, list] = {}
    for page in pages:
        footer = next(line for line in page if "页 / 共" in line and "（续）" not in line)
        parts.setdefault(footer.split(" · 第 ")[0], []).append(page)
    assert len(parts) == people
    assert len(pages) <= 2 * people  # was 3 a person, the third three-quarters blank
    for label, own in parts.items():
        assert len(own) <= 3
        assert "被考核人签字：" in own[-1]
        for n, page in enumerate(own[1:], start=2):  # a loose page still says whose it is
            assert any(line.startswith(f"{label} · 年度考核报告（续）· 第 {n} 页 / 共 {len(own)} 页") for line in page)
    # only the published months count: October (open, the current month) is not in the result
    assert "9/12 个月（1月–9月）" in " ".join(pages[0])


def test_a_full_year_of_the_demo_office_takes_at_most_three_pages_a_person(demo_file, tmp_path):
    """2025 is a whole published year in the demo office, with twelve exams, goals for both years,
    coaching, comments and an interview for everyone: the signatures and next year's goals follow
    the interview on its page instead of taking a fourth page of their own."""
    from csperf_desktop.cli import main

    out = tmp_path / "annual.pdf"
    assert main(["annual", "--year", "2025", "--out", str(out), "--db", str(demo_file)]) == 0
    pages = pdf_pages(out)
    starts = [i for i, lines in enumerate(pages) if "2025年度绩效考核报告" in lines]
    assert len(starts) == 12
    per_person = [b - a for a, b in zip(starts, starts[1:] + [len(pages)])]
    assert max(per_person) <= 3, per_person
    for a, b in zip(starts, starts[1:] + [len(pages)]):  # the interview and the signatures on one page
        last = " ".join(pages[b - 1])
        assert "考核人签字" in last and "年度目标（下一年）" in last


@pytest.mark.parametrize("landscape", [False, True])
def test_the_pages_counted_by_arithmetic_are_the_pages_printed(demo_file, landscape):
    """``page_fill`` decides which fit saves a page without laying the report out: its count
    must be the count the page layout gives, for every fit, in both orientations."""
    import io

    from csperf_desktop.reports import annual_report as ar
    from csperf_desktop.reports.fonts import current_fonts
    from csperf_desktop.reports.scorecard import FITS

    open_database(str(demo_file))
    data = ar.load_year_report(2025)
    people = [p for p in ar._select_staff(data, None)][:4]
    counted = []

    def at(k):
        def report(self, staff):
            self._styles(FITS[k])
            out = self._report(staff)
            counted.append(ar.page_fill(out, self.w, self.h)[0])
            return out
        return report

    original = ar.ReviewBuilder.report
    try:
        for k in range(3):
            for person in people:
                ar.ReviewBuilder.report = at(k)
                printed = ar.build_reports(data, [person], io.BytesIO(), current_fonts(),
                                           ar.AnnualReportOptions(paper="A4", landscape=landscape))
                assert counted[-1] == printed, (person.name, k)
    finally:
        ar.ReviewBuilder.report = original
    assert len(set(counted)) > 1  # the fits really differ in pages


def test_a_tighter_fit_is_chosen_when_it_saves_a_page(demo_file, tmp_path):
    """The full demo year on A4: the loosest fit takes three pages a person, the last page of each
    less than half used; set tighter, most reports take two (34 pages before, 27 now), and the
    landscape ones three instead of four."""
    from csperf_desktop.reports import AnnualReportOptions, write_annual_review

    open_database(str(demo_file))
    [portrait] = write_annual_review(2025, tmp_path / "p.pdf")
    [landscape] = write_annual_review(2025, tmp_path / "l.pdf", options=AnnualReportOptions(landscape=True))
    for path, most, per_person in ((portrait, 27, 3), (landscape, 36, 3)):
        pages = pdf_pages(path)
        starts = [i for i, lines in enumerate(pages) if "2025年度绩效考核报告" in lines]
        counts = [b - a for a, b in zip(starts, starts[1:] + [len(pages)])]
        assert len(pages) <= most and max(counts) <= per_person, counts
    assert min(counts) >= 2


# --- the tables drawn on the canvas ---------------------------------------------------------

def _word_boxes(path, page: int = 1) -> list[tuple[str, float, float]]:
    """(text, x, y) of every word pdftotext finds on ``page``."""
    import re
    import subprocess

    html = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-bbox", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout
    return [(m[2], round(float(m[0]), 1), round(float(m[1]), 1))
            for m in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>',
                                html)]


def _drawn(flowable, path, width=480):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(path), pagesize=A4)
    _, h = flowable.wrapOn(c, width, 800)
    flowable.drawOn(c, 40, 800 - h)
    c.showPage()
    c.save()
    return _word_boxes(path)


DIMENSIONS = [("工作业绩", "40%", "88.5", [("客户满意度（CSAT）", "30%", "93.0%", "≥ 95.0%", "92.0", ""),
                                          ("平均处理时长", "20%", "5分12秒", "≤ 6分00秒", "100.0",
                                           "按 9 个月折算，其余月份未公示，说明文字长到要换行才放得下")]),
              ("服务质量", "30%", "—", [("服务规范遵守（抽查合格率）", "50%", "未评", "主管评议", "—", "")])]


def _dimension_tables(styles, width):
    """The dimension table as the platypus table the report drew before, and as the table drawn on the canvas."""
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from csperf_desktop.reports import style as st
    from csperf_desktop.reports.canvas_draw import Row, RowTable
    from csperf_desktop.reports.scorecard import card_table

    widths = [w * width for w in (0.31, 0.08, 0.14, 0.17, 0.08, 0.22)]
    heads = ("考核维度 / 指标", "权重", "实际", "目标", "得分", "说明")
    c = styles["cell"]
    cmds = [("FONTNAME", (0, 1), (-1, -1), c.fontName), ("FONTSIZE", (0, 1), (-1, -1), c.fontSize),
            ("TEXTCOLOR", (0, 1), (-1, -1), st.INK), ("LEADING", (0, 1), (-1, -1), c.leading)]
    cmds += [("ALIGN", (col, 1), (col, -1), "CENTER") for col in (1, 2, 3, 4)]
    cmds += [("ALIGN", (col, 1), (col, -1), "LEFT") for col in (0, 5)]
    body = [[st.para(h, styles["head"]) for h in heads]]
    rows = [Row([st.text_cell(h, styles["head"]) for h in heads])]

    def plain(v, col):  # the old table's cell: a string when it fits on one line, else a paragraph
        fits = stringWidth(v, c.fontName, c.fontSize) <= widths[col] - (16 if col == 0 else 7)
        return v if fits else st.para(v, styles["cell" if col in (0, 5) else "cell_center"])

    cell = lambda v, name="cell_center": st.text_cell(v, styles[name])  # noqa: E731
    for name, weight, score, indicators in DIMENSIONS:
        i = len(body)
        body.append([st.para(name, styles["body_bold"]), weight, "", "", score, ""])
        cmds += [("BACKGROUND", (0, i), (-1, i), st.ACCENT_LIGHT), ("SPAN", (2, i), (3, i))]
        rows.append(Row([cell(name, "body_bold"), cell(weight), None, None, cell(score), None], fill=st.ACCENT_LIGHT))
        for ind in indicators:
            cmds.append(("LEFTPADDING", (0, len(body)), (0, len(body)), 12))
            body.append([plain(v, k) for k, v in enumerate(ind)])
            rows.append(Row([cell(ind[0], "cell")] + [cell(v) for v in ind[1:5]] + [cell(ind[5], "cell")], indent=12))
    i = len(body)
    body.append([st.para("年终评价（各维度按权重加权）", styles["body_bold"]), "100%", "", "", "90.1", ""])
    cmds += [("SPAN", (2, i), (3, i)), ("LINEABOVE", (0, i), (-1, i), 0.8, st.ACCENT),
             ("BACKGROUND", (0, i), (-1, i), colors.white)]
    rows.append(Row([cell("年终评价（各维度按权重加权）", "body_bold"), cell("100%"), None, None, cell("90.1"), None],
                    fill=colors.white, rule_above=(0.8, st.ACCENT)))
    return (card_table(body, widths, cmds, pad=0.6),
            RowTable(rows, widths, top=2.5 * 0.6, bottom=3.5 * 0.6))


def test_the_dimension_table_drawn_on_the_canvas_matches_the_platypus_table(styles, tmp_path):
    # merged value/target cells on a dimension's row, indented indicator names, a note that wraps
    table, lean = _dimension_tables(styles, 480)
    assert lean.wrap(480, 800) == pytest.approx(table.wrap(480, 800))
    want, got = _drawn(table, tmp_path / "table.pdf"), _drawn(lean, tmp_path / "lean.pdf")
    assert len(want) > 30 and [w[0] for w in got] == [w[0] for w in want]
    for (text, x, y), (_, x0, y0) in zip(got, want):
        assert x == pytest.approx(x0, abs=0.2) and y == pytest.approx(y0, abs=0.2), text
    names = {text: x for text, x, _ in got}
    assert names["客户满意度（CSAT）"] - names["工作业绩"] == pytest.approx(9, abs=0.2)  # indicators indented


def test_a_dimension_table_split_over_a_page_end_repeats_its_header_and_keeps_each_rows_look(styles):
    from csperf_desktop.reports import style as st

    table, lean = _dimension_tables(styles, 480)
    table.wrap(480, 800)
    lean.wrap(480, 800)
    for room in (60, 90, 120):
        want = [len(p._cellvalues) for p in table.split(480, room)]
        got = lean.split(480, room)
        assert [len(p.rows) for p in got] == want
        assert all(p.rows[0] is lean.rows[0] for p in got)
    first, rest = lean.split(480, 90)
    assert rest.rows[-1].rule_above == (0.8, st.ACCENT)  # the total keeps its rule above
    assert [r.fill for r in rest.rows[1:]].count(st.ACCENT_LIGHT) == 2 - [r.fill for r in first.rows].count(st.ACCENT_LIGHT)
    assert lean.split(480, 10) == []
    # as a split platypus table: the part before the page end has no box edge below it, unless the
    # next row (the total) brings its heavier rule
    assert first.open_below and first.rule_below is None and not rest.open_below
    height = sum(h for h, _ in lean._compute()[:-1])
    before_total, total = lean.split(480, height + 0.5)
    assert len(total.rows) == 2 and before_total.rule_below == (0.8, st.ACCENT)


def test_reports_written_one_after_another_each_read_right(reviewed, tmp_path):
    """Texts are encoded once per document: a second file has its own font subsets, not the first's."""
    first = pdf_pages(write_annual_review(YEAR, tmp_path / "a01.pdf", staff_ids=["A01"])[0])[0]
    team = pdf_pages(write_annual_review(YEAR, tmp_path / "team.pdf", staff_ids=["A02", "A01"])[0])
    again = next(page for page in team if "甲" in page and "2025年度绩效考核报告" in page)
    for lines in (first, again):
        i = lines.index("客户满意度（CSAT）")
        assert lines[i + 1:i + 5] == ["30%", "93.0%", "≥ 95.0%", "92.0"]
        assert "年终评价：维度与指标" in lines and "考核维度 / 指标" in lines


def test_rare_characters_in_goals_coaching_and_the_self_review_print_in_a_fallback_font(office, supervisor, tmp_path):
    from csperf_desktop.reports import glyphs

    nobody = "\ue000"  # no installed font has it
    annual.add_goal(supervisor, "A01", YEAR, title="带教王𠀾完成上岗", weight=20, note="刘䶮协助")
    annual.add_coaching_note(supervisor, "A01", date="2025-05-06", topic="投诉处理𠀾", note="复盘单号" + nobody,
                             follow_up="2025-05-20")
    annual.save_self_review(supervisor, "A01", YEAR, "第一行\n第二行有𠀾字\n\n空行之后")
    with glyphs.collect_missing_glyphs() as missing:
        out = write_annual_review(YEAR, tmp_path / "a01.pdf", staff_ids=["A01"])[0]
    text = pdf_text(out)
    for expected in ("带教王𠀾完成上岗", "刘䶮协助", "投诉处理𠀾", "复盘单号〓", "第二行有𠀾字", "空行之后"):
        assert expected in text, expected
    assert [(m.text, m.char) for m in missing] == [("复盘单号" + nobody, nobody)]


def test_the_conclusion_breaks_its_lines_as_the_paragraph_did_and_keeps_the_grade_red(styles, tmp_path):
    from pypdf import PdfReader
    from reportlab.lib.rl_accel import fp_str

    from csperf_desktop.reports import style as st
    from csperf_desktop.reports.canvas_draw import LeanRuns

    before = "【暂定】年度总分 91.5 分 = 月度平均分 94.1 × 50% + 年终评价 88.9 × 50%，考核等级："
    after = "（暂定，定稿前可能变动）"
    markup = f"{before}<font color='#{st.AWARD.hexval()[2:]}'>优秀</font>{after}"
    for width in (520, 300, 150):
        para = st.para(markup, styles["body"], markup=True)
        lean = LeanRuns([(before, None), ("优秀", st.AWARD), (after, None)], styles["body"])
        assert lean.wrap(width, 800) == pytest.approx(para.wrap(width, 800))
        want, got = _drawn(para, tmp_path / "p.pdf", width), _drawn(lean, tmp_path / "l.pdf", width)
        assert [w[0] for w in got] == [w[0] for w in want]
        for (text, x, y), (_, x0, y0) in zip(got, want):
            assert x == pytest.approx(x0, abs=0.2) and y == pytest.approx(y0, abs=0.2), text
    page = PdfReader(str(tmp_path / "l.pdf")).pages[0]
    stream = page.get_contents().get_data().decode("latin-1")
    red, ink = f"{fp_str(*st.AWARD.rgb())} rg", f"{fp_str(*st.INK.rgb())} rg"
    assert stream.index(ink) < stream.index(red) < stream.rindex(ink)  # the grade red, the text around it ink
