"""Individual scorecards: the month's numbers, its events, optional sections, files."""

from __future__ import annotations

import datetime as dt

import pytest

from csperf_desktop.base.errors import NotFound
from csperf_desktop.base.months import Month
from csperf_desktop.reports import sections as sections_mod
from csperf_desktop.reports.scorecard import Cancelled, card_file_name, write_scorecards
from csperf_desktop.reports.sections import Section
from csperf_desktop.monthly.standings import live_standings, published_standings

from report_pdf_helpers import font_embedding, page_sizes, pdf_pages, pdf_text

SEPT = Month(2026, 9)
OCT = Month(2026, 10)


def _cards(pages: list[list[str]]) -> dict[str, list[str]]:
    """Lines of each person's card keyed by employee number (a card starts where 个人考核卡 is the title)."""
    cards, current = {}, None
    for page in pages:
        if "姓名" in page:
            current = page[page.index("工号") + 1]
            cards[current] = []
        cards[current] += page
    return cards


def test_one_pdf_holds_every_agents_card_with_the_published_numbers(demo_db, tmp_path):
    [out] = write_scorecards(SEPT, tmp_path / "cards.pdf")
    cards = _cards(pdf_pages(out))
    snapshot = published_standings(SEPT)
    assert set(cards) == {s.employee_no for s in snapshot}
    for s in snapshot:
        lines = cards[s.employee_no]
        summary = lines[lines.index("较上月") + 1:lines.index("较上月") + 7]
        assert summary[0] == str(s.base)
        assert summary[3] == str(s.final)
        if s.ranked:
            assert summary[4] == str(s.rank)
            assert f"名次（共 {s.ranked_count} 人）" in lines
        else:  # the team lead and the inspector
            assert summary[4].startswith("不参") and f"名次（共 {s.ranked_count} 人）" not in lines
        assert s.name in lines
        assert "近12个月得分走势" in lines
        assert "被考核人签字：" in lines
    fonts_used = font_embedding(out)
    assert fonts_used and all(fonts_used.values()), fonts_used


def test_card_lists_the_months_events_without_voided_ones(demo_db, tmp_path, admin):
    from csperf_desktop.monthly.events import add_event, void_event

    kept = add_event(admin, "KF001", "B05", "2026-10-12", note="协助整理知识库")
    gone = add_event(admin, "KF001", "D07", "2026-10-13", note="误记的迟到")
    void_event(admin, gone.id, "记错了人")
    [out] = write_scorecards(OCT, tmp_path / "c.pdf", staff_ids=["KF001"])
    text = pdf_text(out)
    assert "协助整理知识库" in text
    assert "误记的迟到" not in text
    me = next(s for s in live_standings(OCT) if s.employee_no == "KF001")
    assert f"合计：加分 {'+' if me.bonus else ''}{me.bonus}" in text
    assert "草稿" in text  # October is not published yet


def test_80_events_flow_onto_a_second_page_with_the_table_header_repeated(office, tmp_path, admin):
    from csperf_desktop.monthly.events import add_event

    for i in range(80):
        add_event(admin, "A01", "D04", dt.date(2026, 10, 1 + i % 19), 1, note=f"第{i}号记录")
    [out] = write_scorecards(OCT, tmp_path / "c.pdf", staff_ids=["A01"])
    pages = pdf_pages(out)
    assert len(pages) >= 2
    assert all("考核项目" in p for p in pages[:2])
    assert f"甲（A01） · 第 2 页 / 共 {len(pages)} 页" in pages[1]
    assert any(line.startswith("甲（A01） · 个人考核卡（续）") for line in pages[1])
    text = pdf_text(out)
    assert all(f"第{i}号记录" in text for i in range(80))
    assert "本月考核记录（80 条）" in text


def test_selected_agent_only(demo_db, tmp_path):
    [out] = write_scorecards(SEPT, tmp_path / "one.pdf", staff_ids=["KF003"])
    assert list(_cards(pdf_pages(out))) == ["KF003"]
    assert set(page_sizes(out)) == {(595, 842)}  # A4 portrait


def test_unknown_agent_is_refused(demo_db, tmp_path):
    with pytest.raises(NotFound):
        write_scorecards(SEPT, tmp_path / "x.pdf", staff_ids=["NOBODY"])
    assert not (tmp_path / "x.pdf").exists()


def test_one_file_per_agent_into_a_folder(demo_db, tmp_path):
    from csperf_desktop.office.lookups import find_staff

    folder = tmp_path / "cards"
    calls = []
    paths = write_scorecards(SEPT, folder, one_file_per_agent=True, progress=lambda d, t: calls.append((d, t)))
    assert len(paths) == 12 and all(p.parent == folder and p.exists() for p in paths)
    assert folder / card_file_name(SEPT, find_staff("KF001")) in paths
    assert (folder / "2026-09_KF001_张晓梅_考核卡.pdf").exists()
    assert calls[-1] == (12, 12)
    assert list(_cards(pdf_pages(folder / "2026-09_KF001_张晓梅_考核卡.pdf"))) == ["KF001"]


def test_cancelling_through_progress_writes_nothing(demo_db, tmp_path):
    with pytest.raises(Cancelled):
        write_scorecards(SEPT, tmp_path / "c.pdf", progress=lambda done, total: done < 3)
    assert list(tmp_path.iterdir()) == [] or all(p.name == "demo.db" or p.name.startswith("demo.db")
                                                 for p in tmp_path.iterdir())


def test_a_section_shows_only_when_its_provider_has_rows(demo_db, tmp_path, monkeypatch):
    def provider(staff, month):
        return [{"what": f"{staff.employee_no} 参加了{month.label_zh}的培训"}] if staff.employee_no == "KF001" else []

    extra = Section("training", "培训记录", [("what", "内容", 1)], provider)
    monkeypatch.setattr(sections_mod, "SCORECARD_SECTIONS", sections_mod.SCORECARD_SECTIONS + [extra])
    import csperf_desktop.reports.scorecard as scorecard_mod

    monkeypatch.setattr(scorecard_mod, "SCORECARD_SECTIONS", sections_mod.SCORECARD_SECTIONS)
    [out] = write_scorecards(SEPT, tmp_path / "c.pdf", staff_ids=["KF001", "KF002"])
    cards = _cards(pdf_pages(out))
    assert "培训记录" in cards["KF001"] and "KF001 参加了2026年9月的培训" in cards["KF001"]
    assert "培训记录" not in cards["KF002"]


def test_exam_results_appear_on_the_card_and_are_absent_without_an_exam(demo_db, tmp_path, admin):
    from csperf_desktop.monthly import exams

    [before] = write_scorecards(OCT, tmp_path / "before.pdf", staff_ids=["KF001"])
    assert "十月工作技巧考试" not in pdf_text(before)  # the demo's running month has its bank exam already
    exam = exams.add_exam(admin, date="2026-10-15", title="十月工作技巧考试", area="mixed", full_marks=100,
                          pass_mark=60)
    exams.set_result(admin, exam.id, "KF001", 100)
    [after] = write_scorecards(OCT, tmp_path / "after.pdf", staff_ids=["KF001"])
    text = pdf_text(after)
    assert "本月考试成绩" in text and "十月工作技巧考试" in text and "100 / 100" in text and "满分" in text


def test_a_provider_named_by_a_missing_module_gives_no_rows(demo_db):
    from csperf_desktop.office.lookups import find_staff

    sec = Section("x", "X", [("a", "A", 1)], "csperf_desktop.no_such_module:rows")
    assert sec.rows(find_staff("KF001"), SEPT) == []


def test_a_short_card_fits_one_page_with_trend_and_signatures(office, tmp_path, admin):
    from csperf_desktop.monthly.events import add_event

    for day in (3, 9, 15):
        add_event(admin, "A02", "B05", dt.date(2026, 10, day), note="完成主管交办的工作")
    [out] = write_scorecards(OCT, tmp_path / "c.pdf", staff_ids=["A02"])
    pages = pdf_pages(out)
    assert len(pages) == 1
    assert "近12个月得分走势" in pages[0] and "被考核人签字：" in pages[0]


def test_every_demo_card_fits_one_page_with_its_score_next_to_the_signatures(demo_db, tmp_path):
    [out] = write_scorecards(SEPT, tmp_path / "c.pdf")
    pages = pdf_pages(out)
    assert len(pages) == len(published_standings(SEPT))  # one page per card (was 18 pages for 12)
    for page in pages:
        assert "最终得分" in page and "近12个月得分走势" in page and "被考核人签字：" in page
        assert "本人已阅知" in "".join(page) and "无异议" in "".join(page) and "申请复核" in "".join(page)
        assert any(line.endswith("第 1 页 / 共 1 页") for line in page)


def test_cards_of_three_to_six_events_never_spill_and_35_events_name_the_second_page(hard_office, tmp_path):
    busy, idle = hard_office["busy"], hard_office["idle"]
    [out] = write_scorecards(SEPT, tmp_path / "c.pdf")
    cards = {}
    for page in pdf_pages(out):
        footer = next(line for line in page if " · 第 " in line and "页 / 共" in line)
        cards.setdefault(footer.split(" · 第 ")[0], []).append(page)
    for s in hard_office["staff"]:
        pages = cards[f"{s.name}（{s.employee_no}）"]
        if s is busy:
            assert len(pages) == 2
            second = pages[1]
            assert f"{s.name}（{s.employee_no}） · 个人考核卡（续）· 第 2 页 / 共 2 页" in second
            rows = {r.staff_id: r for r in published_standings(SEPT)}
            recap = next(line for line in second if line.startswith(f"{s.name}（{s.employee_no}）") and "最终得分" in line)
            assert f"最终得分 {rows[s.id].final} 分" in recap
            assert "被考核人签字：" in second and "被考核人签字：" not in pages[0]
        else:
            assert len(pages) == 1, s.name
            assert "被考核人签字：" in pages[0]
    assert "本月考核记录（0 条）" in cards[f"{idle.name}（{idle.employee_no}）"][0]


def test_a_card_that_only_fits_grouped_lists_repeated_items_on_one_line(office, tmp_path, admin):
    from csperf_desktop.monthly.events import add_event

    for i in range(25):
        add_event(admin, "A01", "D05" if i % 2 else "B05", dt.date(2026, 10, 1 + i % 19),
                  note="客户咨询时未按规范登记服务记录，已当面提醒并要求补录")
    [out] = write_scorecards(OCT, tmp_path / "c.pdf", staff_ids=["A01"])
    [page] = pdf_pages(out)
    text = "".join(page)
    assert "本月考核记录（25 条）" in text and "被考核人签字：" in text
    assert "×13" in text and "+65（+5×13）" in text and "×12" in text and "−24（−2×12）" in text
    assert "同一项目合并为一行" in text


def test_long_team_names_and_latin_names_wrap_between_words(hard_office, tmp_path):
    latin = hard_office["staff"][6]  # Christopher Alexander Montgomery, team International Support
    assert latin.team == "International Support"
    [out] = write_scorecards(SEPT, tmp_path / "c.pdf", staff_ids=[latin.employee_no])
    [page] = pdf_pages(out)
    words = " ".join(page).split()
    for word in ("International", "Support", "Christopher", "Alexander", "Montgomery"):
        assert word in words, word  # never "Internatio" / "nal Suppo" / "rt"


def test_a_months_cards_ask_each_section_once_and_a_per_person_provider_once_per_card(office, tmp_path, admin,
                                                                                       monkeypatch):
    """However many fits a card is tried in, its sections are read once: everyone's rows at once
    where the section can, else once per person."""
    import csperf_desktop.reports.scorecard as scorecard_mod
    from csperf_desktop.monthly import exams
    from csperf_desktop.monthly.events import add_event

    for i in range(28):  # a card long enough to be tried in several fits
        add_event(admin, "A01", "D05" if i % 2 else "B05", dt.date(2026, 10, 1 + i % 19), note="记录" * (i % 5))
    exam = exams.add_exam(admin, date="2026-10-15", title="十月考试", area="mixed", full_marks=100, pass_mark=60)
    exams.set_result(admin, exam.id, "A01", 90)
    exams.set_result(admin, exam.id, "A02", 50)
    bulk_calls, person_calls = [], []
    real_bulk = sections_mod.exam_rows_by_staff

    def counted_bulk(month, staff_id=None):
        bulk_calls.append(month)
        return real_bulk(month, staff_id)

    def per_person(staff, month):
        person_calls.append(staff.employee_no)
        return [{"what": "培训"}]

    exams_section = Section("exams", "本月考试成绩", sections_mod.SCORECARD_SECTIONS[0].columns,
                            sections_mod.exam_rows, bulk=counted_bulk)
    training = Section("training", "培训记录", [("what", "内容", 1)], per_person)
    monkeypatch.setattr(scorecard_mod, "SCORECARD_SECTIONS", [exams_section, training])
    [out] = write_scorecards(OCT, tmp_path / "c.pdf")
    assert len(bulk_calls) == 1
    assert sorted(person_calls) == ["A01", "A02", "A03", "A04", "A05"]
    cards = _cards(pdf_pages(out))
    assert "90 / 100" in cards["A01"] and "50 / 100" in cards["A02"] and "本月考试成绩" not in cards["A03"]
    from csperf_desktop.office.lookups import find_staff

    a02 = find_staff("A02")
    assert sections_mod.exam_rows(a02, OCT) == real_bulk(OCT)[a02.id] == real_bulk(OCT, a02.id)[a02.id]


def test_a_fit_that_overflows_stops_before_the_trend_and_the_card_prints_the_same(office, tmp_path, admin,
                                                                                   monkeypatch):
    """A card too long for one page is tried in several fits; a fit is given up as soon as the parts
    built so far overflow the page, so the trend is drawn only for the fit the card is printed in,
    and the card lists every event with its trend and signatures."""
    import csperf_desktop.reports.scorecard as scorecard_mod
    from csperf_desktop.monthly.events import add_event

    for i in range(60):  # overflows every fit in its events alone
        add_event(admin, "A01", "D04", dt.date(2026, 10, 1 + i % 19), 1, note=f"第{i}号记录")
    fits_tried, trend_fits = [], []
    real_styles, real_trend = scorecard_mod.CardBuilder._styles, scorecard_mod.CardBuilder.trend

    def styles(self, fit):
        fits_tried.append(fit)
        return real_styles(self, fit)

    def trend(self, staff):
        trend_fits.append(self.fit)
        return real_trend(self, staff)

    monkeypatch.setattr(scorecard_mod.CardBuilder, "_styles", styles)
    monkeypatch.setattr(scorecard_mod.CardBuilder, "trend", trend)
    [out] = write_scorecards(OCT, tmp_path / "c.pdf", staff_ids=["A01"])
    assert len(fits_tried) >= 3  # the builder's own, then at least two fits tried before spilling
    assert trend_fits == [scorecard_mod.FITS[1]]  # only for the fit it is printed in
    pages = pdf_pages(out)
    assert len(pages) == 2
    text = pdf_text(out)
    assert all(f"第{i}号记录" in text for i in range(60))
    assert "得分走势" in text and "本人已阅知" in text


def test_a_builder_makes_each_size_of_styles_once_and_keeps_the_box_colours_apart(office):
    """A card tried in several fits, and every card after it, reuses the styles of a size; a summary
    box's large type is made once per size and colour, and colouring one box never colours another."""
    from csperf_desktop.reports import style as st
    from csperf_desktop.reports.fonts import current_fonts
    from csperf_desktop.reports.scorecard import FITS, FittedBuilder

    b = FittedBuilder()
    b.fonts = current_fonts()
    b._styles(FITS[0])
    first, first_big = b.s, b.big
    b._styles(FITS[2])
    assert b.s is not first and b.s["body"].fontSize == FITS[2].base
    b._styles(FITS[0])
    assert b.s is first and b.big is first_big and b.s["body"].fontSize == FITS[0].base
    up, down = b.value_style(12, st.UP), b.value_style(12, st.DOWN)
    assert up is b.value_style(12, st.UP) and up is not down
    assert up.textColor == st.UP and down.textColor == st.DOWN and up.fontSize == down.fontSize == 12 * 2.6
    assert b.s["big"].textColor == st.ACCENT  # the builder's own big type keeps its colour


def _fit_by_measuring(builder, staff):
    """The fit the card was set in when every fit was decided by laying out the whole card and
    measuring it: the first, else the tightest, else those between, else two pages in FITS[1]."""
    from csperf_desktop.reports.scorecard import FITS, GROUP_AT_MOST, flow_height

    n = len(builder.d.events.get(staff.id, []))
    allowed = [fit for fit in FITS if not (fit.group and n > GROUP_AT_MOST)]

    def fits(fit):
        builder._styles(fit)
        builder.spilled = False
        total = sum(flow_height(part, builder.w, builder.h) for part in builder._parts(staff))
        least = builder.least_height(staff)
        assert builder.least_height(staff, exact=False) <= least + 1e-6 and least <= total + 1e-6  # bounds
        return total <= builder.h

    def chosen(fit, spilled):
        builder._styles(fit)  # the fit as set on this paper (scaled on A3)
        return builder.fit, spilled

    order = [allowed[0]] + ([allowed[-1]] + allowed[1:-1] if len(allowed) > 1 else [])
    if fits(order[0]):
        return chosen(order[0], False)
    if len(order) > 1 and fits(order[1]):
        return chosen(next((f for f in order[2:] if fits(f)), order[1]), False)
    return chosen(FITS[1], True)


def _chosen_fits(month, paper="A4"):
    from reportlab.lib.units import mm

    from csperf_desktop.reports import style as st
    from csperf_desktop.reports.fonts import current_fonts
    from csperf_desktop.reports.scorecard import CardBuilder, _select_staff, load_month

    data = load_month(month)
    fonts = current_fonts()
    size = st.page_size(paper, False)
    scale = st.paper_scale(size)
    doc = st.ReportDoc(None, fonts=fonts, pagesize=size, frame=st.PageFrame("", "", band_height=9 * mm * scale))
    quick = CardBuilder(data, fonts, doc.width, doc.body_height, scale)
    slow = CardBuilder(data, fonts, doc.width, doc.body_height, scale)
    got, want = {}, {}
    for person in _select_staff(data, None):
        quick.card(person)
        got[person.employee_no] = (quick.fit, quick.spilled)
        want[person.employee_no] = _fit_by_measuring(slow, person)
    return got, want


@pytest.mark.parametrize("paper", ["A4", "A3"])
def test_the_fit_decided_by_arithmetic_is_the_fit_measuring_the_whole_card_chose_on_the_demo(demo_db, paper):
    got, want = _chosen_fits(SEPT, paper)
    assert len(got) >= 10 and got == want


def test_the_fit_decided_by_arithmetic_is_the_fit_measuring_chose_for_cards_of_every_length(office, admin):
    """Cards around each boundary: one page loose, one page tight, grouped, two pages."""
    from csperf_desktop.monthly.events import add_event

    from csperf_desktop.reports.scorecard import FITS

    counts = {"A01": 12, "A02": 19, "A03": 24, "A04": 30, "A05": 45}
    for no, n in counts.items():
        for i in range(n):
            add_event(admin, no, "D05" if i % 3 else "B05", dt.date(2026, 10, 1 + i % 19),
                      note="客户咨询时未按规范登记服务记录" if i % 2 else "")
    got, want = _chosen_fits(OCT)
    assert got == want
    chosen = {no: (FITS.index(fit) if fit in FITS else fit, spilled) for no, (fit, spilled) in got.items()}
    assert chosen["A01"] == (0, False) and chosen["A05"] == (1, True)
    assert len(set(chosen.values())) >= 3, chosen  # the lengths reach different fits


def test_the_cards_read_of_a_months_events_is_the_models_valid_events_in_date_order(demo_db, admin):
    """``events.valid_events_by_staff`` (the cards' light read) gives, per person, exactly the
    non-voided events of the model query, oldest first (same day: in the order recorded), with
    real dates; a voided event is left out."""
    from csperf_desktop.monthly.events import add_event, month_events, valid_events_by_staff, void_event
    from csperf_desktop.store.models import ScoreEvent

    gone = add_event(admin, "KF001", "D07", "2026-10-13", note="误记的迟到")
    add_event(admin, "KF001", "B05", "2026-10-02", quantity=2, note="协助整理知识库", reference="DD0099")
    void_event(admin, gone.id, "记错了人")
    fields = ("id", "staff_id", "date", "area", "rule_code", "rule_name", "points", "unit_points", "quantity", "note",
              "reference", "method")
    for month in (SEPT, OCT):
        want: dict = {}
        for ev in month_events(month).where(ScoreEvent.voided == False):  # noqa: E712
            want.setdefault(ev.staff_id, []).append(tuple(getattr(ev, f) for f in fields))
        for rows in want.values():
            rows.sort(key=lambda r: (r[2], r[0]))
        got = {sid: [tuple(getattr(r, f) for f in fields) for r in rows]
               for sid, rows in valid_events_by_staff(month).items()}
        assert got == want and sum(map(len, got.values())) > 10
        assert all(type(r[2]) is dt.date for rows in got.values() for r in rows)
    assert gone.id not in {r[0] for rows in got.values() for r in rows}
