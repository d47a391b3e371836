"""The individual scorecard (个人考核卡) for review meetings.

One card per person and month, starting on a new page: identity, the
summary (base, bonuses, deductions, final, rank of N, change), every
non-voided event of the month, the optional sections of ``sections``
(exam results, appeals) when they have rows, the month's helpdesk figures, a
12-month trend of the final score, and signature lines for the agent and the
supervisor.

A published or closed month prints the published snapshot (the same numbers
as the bulletin); an open month prints live standings and is marked
"草稿 · 未公示" on every page. The trend uses each month's published result,
or the live score for a month still open.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, TableStyle

from ..base import clock
from ..office import settings as settings_mod
from ..base.errors import NotFound, ValidationError
from ..monthly.events import valid_events_by_staff
from ..monthly.figures import figures_for
from ..store.models import Staff
from ..base.months import Month
from ..monthly.periods import get_period
from ..monthly.scoring import Standing
from ..monthly.standings import live_standings, published_finals, published_standings
from ..base.vocab import AREAS, METHODS, STAFF_ROLES, UNRANKED_ZH, revision_label, zh
from ..trust.audit import chain_head
from . import canvas_draw as cd
from . import style as st
from .bulletin import deadline_text
from .fonts import FontSet, current_fonts
from .pdfwrite import WriteFailed, person_file_name, select_people, write_people
from .sections import SCORECARD_SECTIONS, Section

TREND_MONTHS = 12
SIGN_ACK = "本人已阅知：□ 无异议　□ 申请复核"


class Cancelled(WriteFailed):
    """Printing was cancelled through the progress callback; nothing was written."""


@dataclass
class ScorecardOptions:
    paper: str = "A4"
    landscape: bool = False
    show_trend: bool = True

    def check(self) -> "ScorecardOptions":
        st.page_size(self.paper, self.landscape)
        return self


@dataclass
class MonthData:
    """Everything the cards of one month share, loaded with a fixed number of queries."""

    month: Month
    draft: bool
    period: object
    rows: dict[int, Standing]
    events: dict[int, list]  # staff id -> the valid events (``events.valid_events_by_staff`` rows)
    figures: dict
    trend_months: list[Month]
    trend: dict[int, list[int | None]]
    company: str
    supervisor: str
    base: int
    cap: int


def _month_scores(m: Month) -> dict[int, int]:
    p = get_period(m)
    rows = published_standings(m) if p.status in ("published", "closed") else None
    if rows is None:
        rows = live_standings(m)
        if all(r.bonus == 0 and r.deduction == 0 for r in rows):
            return {}  # a month with no events at all has no result to show
    return {r.staff_id: r.final for r in rows}


def load_month(month: Month, with_trend: bool = True) -> MonthData:
    if month.first_day > clock.today():
        raise ValidationError(f"{month.label_zh}还没有开始，没有考核结果可打印。", field="month")
    s = settings_mod.load()
    period = get_period(month)
    rows = published_standings(month) if period.status in ("published", "closed") else None
    draft = rows is None
    if draft:
        rows = live_standings(month)
    events = valid_events_by_staff(month)  # chronological on paper
    months = [month.add(-i) for i in range(TREND_MONTHS - 1, -1, -1)] if with_trend else []
    trend: dict[int, list[int | None]] = {}
    if with_trend:
        published = published_finals([m for m in months if m != month])
        per_month = [{r.staff_id: r.final for r in rows} if m == month
                     else published[m.key] if m.key in published else _month_scores(m) for m in months]
        for r in rows:
            trend[r.staff_id] = [scores.get(r.staff_id) for scores in per_month]
    return MonthData(month=month, draft=draft, period=period, rows={r.staff_id: r for r in rows},
                     events=events, figures=figures_for(month), trend_months=months, trend=trend,
                     company=s.company_name, supervisor=s.supervisor_name, base=s.base_score, cap=s.cap_score)


class CardStart(Flowable):
    """Zero-size marker: tells the page footer whose card the page belongs to."""

    def __init__(self, label: str):
        super().__init__()
        self.label = label

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.canv._doctemplate.person_starts.append((self.canv.getPageNumber(), self.label))


def card_page_label(doc, page_no: int) -> str:
    """The footer: whose card (or report) the page belongs to, and "第 n 页 / 共 m 页" of it."""
    label, n, m = doc.person_page(page_no)
    return f"{label} · 第 {n} 页 / 共 {m} 页" if label else f"第 {page_no} 页"


def continued_title(what: str):
    """The header band of a person's page 2, 3…: their name, so a loose page is never anonymous."""
    return lambda label, n, m: f"{label} · {what}（续）· 第 {n} 页 / 共 {m} 页"


def card_table(data: list[list], widths: list[float], styles_cmds: list | None = None, repeat: int = 1,
               pad: float = 1.0) -> st.Table:
    t = st.Table(data, colWidths=widths, repeatRows=repeat)
    cmds = [
        ("BACKGROUND", (0, 0), (-1, 0), st.ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, st.RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, st.ACCENT),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5 * pad), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5 * pad),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, st.ZEBRA]),
    ]
    t.setStyle(TableStyle(cmds + (styles_cmds or [])))
    return t


@dataclass(frozen=True)
class Fit:
    """How tightly a card is set. A card takes the first that fits on one page."""

    base: float = 9.5  # body type (pt)
    gap: float = 1.0  # vertical spacing, times the normal
    trend_mm: float = 40
    pad: float = 1.0  # table cell padding, times the normal
    group: bool = False  # repeated items on one line (D05 ×3 -6)


FITS = (Fit(), Fit(gap=0.6, trend_mm=32, pad=0.6), Fit(base=8.5, gap=0.5, trend_mm=28, pad=0.5),
        Fit(base=8.5, gap=0.5, trend_mm=28, pad=0.5, group=True))
GROUP_AT_MOST = 25  # more events than this are listed one by one even when it takes two pages


def flow_height(flowables: list, width: float, height: float) -> float:
    """The height ``flowables`` take stacked in one frame (page breaks ignored)."""
    total = 0.0
    for f in flowables:
        if isinstance(f, (CondPageBreak, CardStart)):
            continue
        if isinstance(f, KeepTogether):
            total += flow_height(f._content, width, height)
            continue
        total += f.wrap(width, height)[1] + f.getSpaceBefore() + f.getSpaceAfter()
    return total


class FittedBuilder:
    """A page builder set at one of ``FITS`` (the scorecard's and the annual report's): its
    paragraph styles and its spacing follow the fit."""

    fonts = None
    fit: Fit = FITS[0]
    scale: float = 1.0  # type and spacing relative to A4 (``style.paper_scale``): √2 on A3

    def _styles(self, fit: Fit) -> None:
        if self.scale != 1.0:  # a larger page: the same card, larger
            fit = replace(fit, base=fit.base * self.scale, gap=fit.gap * self.scale,
                          trend_mm=fit.trend_mm * self.scale, pad=fit.pad * self.scale)
        self.fit = fit
        # The styles of each size made once per builder (a card is tried in several fits, and
        # every card of a file is set in the same few): nothing changes them once made.
        sets = self.__dict__.setdefault("_style_sets", {})
        if fit.base not in sets:
            sets[fit.base] = (st.make_styles(self.fonts, fit.base), st.make_styles(self.fonts, fit.base + 1))
        self.s, self.big = sets[fit.base]

    def value_style(self, size: float, color):
        """The large centred type of a summary box at ``size`` (pt, the "big" base) in ``color``,
        made once per builder."""
        values = self.__dict__.setdefault("_value_styles", {})
        key = (size, color.hexval() if hasattr(color, "hexval") else color)
        got = values.get(key)
        if got is None:
            got = st.make_style(self.fonts, size, "big")
            got.textColor = color
            values[key] = got
        return got

    def gap(self, n_mm: float) -> Spacer:
        return st.Gap(1, n_mm * mm * self.fit.gap)


class CardBuilder(FittedBuilder):
    """Builds the flowables of one person's card."""

    def __init__(self, data: MonthData, fonts: FontSet, width: float, height: float | None = None,
                 scale: float = 1.0):
        self.d = data
        self.fonts = fonts
        self.w = width
        self.h = height  # the page's frame: a card is set tighter until it fits (None: never)
        self.scale = scale
        self.fit = FITS[0]
        self.spilled = False
        self._section_cache: dict = {}  # section key -> (section, everyone's rows or None, rows by person)
        self._styles(self.fit)

    def card(self, staff: Staff) -> list:
        """The card on one page when any ``FITS`` allows, else on as many as it needs (set as the
        second fit), the signature page then repeating the name and the score."""
        if self.h is None:
            return self._card(staff)
        n_events = len(self.d.events.get(staff.id, []))
        allowed = [fit for fit in FITS if not (fit.group and n_events > GROUP_AT_MOST)]

        def attempt(fit: Fit) -> list | None:
            # Built part by part and measured as it grows: once the parts so far overflow the
            # page, the rest (the sections, the figures, the trend drawing) is never built.
            self._styles(fit)
            self.spilled = False
            if self.least_height(staff, exact=False) > self.h or self.least_height(staff) > self.h:
                return None  # too long by arithmetic: no table built (by the first, not even a cell)
            out, used = [], 0.0
            for part in self._parts(staff):
                used += flow_height(part, self.w, self.h)
                if used > self.h:
                    return None
                out += part
            return out

        # The fits are ever tighter: when the first fails, the tightest decides at once whether
        # any can (a long card then goes straight to two pages); only if it can are the ones in
        # between tried, loosest first.
        out = attempt(allowed[0])
        if out is not None:
            return out
        if len(allowed) > 1:
            tightest = attempt(allowed[-1])
            if tightest is not None:
                for fit in allowed[1:-1]:
                    out = attempt(fit)
                    if out is not None:
                        return out
                self._styles(allowed[-1])
                return tightest
        self._styles(FITS[1])
        self.spilled = True
        return self._card(staff)

    def least_height(self, staff: Staff, exact: bool = True) -> float:
        """At least the height the card takes in the current fit: the parts whose height is known
        without laying out the rest — the title, the events table, the trend's heading and
        drawing, the signature lines and the gaps between them; the identity, the summary, the
        figures and the sections count as nothing. Not ``exact``: each row of the events table
        counts as one line (no cell is set). A fit whose bound already overflows the page cannot
        fit, and is given up at once."""
        d = self.d
        row = d.rows.get(staff.id)
        if row is None:
            return 0.0  # ``_parts`` says what is wrong
        s, ph = self.s, self.para_height
        used = ph("个人考核卡" + ("（草稿 · 未公示）" if d.draft else ""), self.big["title"])
        used += flow_height([self.gap(2), self.gap(3), self.gap(4)], self.w, self.h)
        evs = d.events.get(staff.id, [])
        if exact or not evs:
            used += flow_height(self.events(staff, row), self.w, self.h)
        else:  # the heading, a line per row (each row has its date), the total, the gaps
            texts = self.event_texts(staff, evs)
            pads = (2.5 + 3.5) * self.fit.pad
            used += ph(f"本月考核记录（{len(evs)} 条）", s["h2"]) + s["head"].leading + pads
            used += len(texts) * (s["cell_center"].leading + pads)
            used += ph(self.events_total(row, len(texts) < len(evs)), s["body_bold"])
            used += flow_height([self.gap(1.5), self.gap(4)], self.w, self.h)
        values = d.trend.get(staff.id, [])
        if d.trend_months and any(v is not None for v in values):  # ``trend`` then draws it
            used += ph(f"近{len(values)}个月得分走势", s["h2"]) + self.fit.trend_mm * mm
            used += flow_height([self.gap(3)], self.w, self.h)
        used += flow_height([self.gap(3), self.gap(1)], self.w, self.h) + ph(SIGN_ACK, s["body"])
        return used + 2 * self.signature_row()

    def para_height(self, text: str, style) -> float:
        """The height ``style.para(text, style)`` takes in the card's frame (with its spacing),
        kept per builder: the same headings are measured in every fit of every card."""
        memo = self.__dict__.setdefault("_para_heights", {})
        key = (text, id(style))
        got = memo.get(key)
        if got is None:
            if len(memo) > 5000:
                memo.clear()
            got = memo[key] = flow_height([cd.lean_para(text, style)], self.w, self.h)
            self.__dict__.setdefault("_measured_styles", {})[id(style)] = style  # its id stays its own
        return got

    def _card(self, staff: Staff) -> list:
        out = []
        for part in self._parts(staff):
            out += part
        return out

    def _parts(self, staff: Staff):
        """The card's flowables, a few at a time, top to bottom."""
        d = self.d
        row = d.rows.get(staff.id)
        if row is None:
            raise NotFound(f"{staff.name}（{staff.employee_no}）在{d.month.label_zh}没有考核结果（不在职）。",
                           field="staff")
        title = "个人考核卡" + ("（草稿 · 未公示）" if d.draft else "")
        yield [CardStart(f"{staff.name}（{staff.employee_no}）"), cd.lean_para(title, self.big["title"]), self.gap(2)]
        yield [self.identity(staff, row), self.gap(3), self.summary(row), self.gap(4)]
        yield self.events(staff, row)
        for block in self.sections(staff, "after_events"):
            yield [CondPageBreak(30 * mm)] + block
        yield self.figures(staff)
        blocks = [self.trend(staff)] if d.trend_months else []
        blocks = [b for b in blocks if b]
        for block in self.sections(staff, "after_trend"):
            if blocks:  # every block but the last is known once the next one is
                yield [CondPageBreak(30 * mm)] + blocks.pop()
            blocks.append(block)
        # The signatures never stand alone on a page: they go with the block before them.
        last = blocks[-1] if blocks else []
        sign = [self.gap(3)]
        if self.spilled:  # the page people sign says whose card it is and what they sign for
            sign += [self.recap(staff, row), self.gap(2)]
        sign += self.signatures()
        yield [KeepTogether(last + sign)]

    # --- parts -----------------------------------------------------------
    def identity(self, staff: Staff, row: Standing) -> cd.Grid:
        s = self.s
        p = self.d.period
        status = ("草稿（本月尚未公示，分数可能变动）" if self.d.draft
                  else f"已公示 {revision_label(p.revision)}" + ("（已结束）" if p.status == "closed" else ""))
        cell, words = self.cell, self.words_cell
        cells = [
            [cell("姓名", s["label"]), words(staff.name, s["value"]), cell("工号", s["label"]),
             cell(staff.employee_no, s["value"]), cell("组别", s["label"]), words(staff.team or "—", s["value"]),
             cell("岗位", s["label"]), cell(zh(STAFF_ROLES, staff.role), s["value"])],
            [cell("考核月份", s["label"]), cell(self.d.month.label_zh, s["value"]),
             cell("状态", s["label"]), cell(status, s["body"]), None, None,
             cell("复核截止", s["label"]),
             cell(deadline_text(p.appeal_deadline) if not self.d.draft and p.appeal_deadline else "—", s["body"])],
        ]
        unit = self.w / 16
        return cd.Grid(cells, [unit * 1.3, unit * 3.0, unit * 1.3, unit * 1.8, unit * 1.3, unit * 3.2, unit * 1.3,
                               unit * 2.8],
                       pads=[(3 * self.fit.pad, 4 * self.fit.pad)] * 2, spans=[((3, 1), (5, 1))],
                       lines=[("LINEBELOW", (0, 0), (-1, -1), 0.4, st.RULE), ("LINEABOVE", (0, 0), (-1, 0), 0.8, st.ACCENT),
                              ("LINEBELOW", (0, -1), (-1, -1), 0.8, st.ACCENT)])

    def cell(self, value, style):
        """A cell of the card's small tables: ``value`` in ``style``, set as ``style.para`` sets
        it (plain text straight on the canvas; a paragraph when it needs a fallback font)."""
        return st.text_cell(value, style)

    def words_cell(self, value, style):
        """``cell``, but Latin words break only between words (``style.para_words``)."""
        return st.para_words(value, style) if st.latin_words(value) else st.text_cell(value, style)

    def summary(self, r: Standing) -> cd.Grid | KeepTogether:
        s = self.s
        boxes = [
            ("基础分", str(r.base), st.INK), ("加分", st.signed(r.bonus), st.UP),
            ("扣分", st.signed(-r.deduction), st.DOWN),
            ("最终得分", str(r.final), st.ACCENT), (f"名次（共 {r.ranked_count} 人）", str(r.rank), st.INK) if r.ranked
            else ("名次", UNRANKED_ZH, st.MUTED),
            ("较上月", st.change_text(r.change), st.UP if (r.change or 0) > 0 else st.DOWN if (r.change or 0) < 0 else st.INK),
        ]
        labels, values = [], []
        cw = self.w / len(boxes)
        # 不参与排名 on one line: never broken into "不参 / 与排 / 名" by a narrow box
        unranked_size = max(2.5, min(10.0 * self.scale, (cw - 18) / len(UNRANKED_ZH) / 2.6))  # "big" is 2.6 × the base; cell padding
        centred = self.__dict__.setdefault("_centred_labels", {})
        if id(s) not in centred:
            centred[id(s)] = (s, s["label"].clone("lc", alignment=1))
        label_style = centred[id(s)][1]
        for label, value, color in boxes:
            labels.append(self.cell(label, label_style))
            size = (17 if label == "最终得分" else 12) * self.scale if value != UNRANKED_ZH else unranked_size
            values.append(self.cell(value, self.value_style(size, color)))
        t = cd.Grid([labels, values], [cw] * len(boxes), pads=[(4, 3), (3, 6)],
                    backgrounds=[((0, 0), (-1, -1), st.ZEBRA), ((3, 0), (3, -1), st.ACCENT_LIGHT)],
                    lines=[("LINEAFTER", (0, 0), (-2, -1), 0.6, colors.white)])
        notes = []
        if r.raw_total != r.final:
            notes.append(f"原始分 {r.raw_total}，按{'满分' if r.raw_total > r.final else '最低分'} {r.final} 计")
        if r.award:
            notes.append(f"<font color='#{st.AWARD.hexval()[2:]}'>本月获优秀奖 {r.award_amount} 元</font>")
        if r.warning:
            notes.append(f"<font color='#{st.DOWN.hexval()[2:]}'>预警：连续两个月末位且得分低于门槛（仅作提醒，由主管面谈）</font>")
        if r.serious:
            notes.append("本月有严重违规记录")
        if not notes:
            return t
        return KeepTogether([t, self.gap(1.5), st.para("；".join(notes), s["body"], markup=True)])

    def heading(self, title: str) -> list:
        return [CondPageBreak(30 * mm), cd.lean_para(title, self.s["h2"])]

    def events(self, staff: Staff, r: Standing) -> list:
        s = self.s
        evs = self.d.events.get(staff.id, [])
        out = self.heading(f"本月考核记录（{len(evs)} 条）")
        if not evs:
            return out + [cd.lean_para("本月没有加分或扣分记录。", s["body"]), self.gap(4)]
        body, grouped, laid = self.event_cells(staff, evs)
        total = cd.lean_para(self.events_total(r, grouped), s["body_bold"])
        widths = [w * self.w for w in (0.09, 0.07, 0.36, 0.1, 0.11, 0.27)]
        t = cd.RowTable(body, widths, top=2.5 * self.fit.pad, bottom=3.5 * self.fit.pad,
                        content=laid[0].content() if laid else None)
        if not laid:
            laid.append(t)  # the next fit in this type lays out no cell again
        return out + [t, self.gap(1.5), total, self.gap(4)]

    @staticmethod
    def events_total(r: Standing, grouped: bool) -> str:
        return (f"合计：加分 {st.signed(r.bonus)}，扣分 {st.signed(-r.deduction)}，净 {st.signed(r.bonus - r.deduction)}"
                + ("（同一项目合并为一行）" if grouped else ""))

    def event_texts(self, staff: Staff, evs: list) -> list[tuple]:
        """``event_texts`` of the person's events in the current fit's grouping, made once per card."""
        cache = self.__dict__.get("_event_cache")
        if cache is None or cache[0] != staff.id:
            cache = self._event_cache = (staff.id, {})
        texts_key = ("texts", self.fit.group)
        texts = cache[1].get(texts_key)
        if texts is None:
            texts = cache[1][texts_key] = event_texts(evs, self.fit.group)
        return texts

    def event_cells(self, staff: Staff, evs: list) -> tuple[list[list], bool, list]:
        """The events table's rows of cells (header first) in the current type, whether items
        were grouped, and a list holding the first table made of them (its cells' layout). A card is tried in several fits and the fits share their type
        sizes: the texts are made once per card and grouping, the cells once per type size
        (each cell then keeps its line breaks), whichever fits are tried."""
        texts = self.event_texts(staff, evs)
        cache = self._event_cache
        cells_key = ("cells", self.fit.group, id(self.s))
        got = cache[1].get(cells_key)
        if got is None:
            s = self.s
            center, left = s["cell_center"], s["cell"]
            # The cards of a month repeat the same dates, items, points and methods: a plain-text
            # cell (no state but its line breaks at one width) is made once per text and type
            # for the whole file; a cell needing a fallback font is a paragraph, made each time.
            shared = self.__dict__.setdefault("_text_cells", {})
            if len(shared) > 20_000:
                shared.clear()

            def cell(value, style):
                key = (value, id(style))
                got = shared.get(key)
                if got is None:
                    got = st.text_cell(value, style)
                    if isinstance(got, st.TextCell):
                        shared[key] = got
                return got

            body = [[cell(h, s["head"]) for h in ("日期", "方面", "考核项目", "分值", "考核方式", "备注")]]
            for dates, area, item, points, methods, notes in texts:
                body.append([cell(dates, center), cell(area, center), cell(item, left), cell(points, center),
                             cell(methods, center), st.text_cell(None, left, lines=notes)])
            got = cache[1][cells_key] = (body, len(texts) < len(evs), [], s)  # the styles kept: their id stays theirs
        return got[0], got[1], got[2]

    def sections(self, staff: Staff, place: str) -> list[list]:
        """One block of flowables per section at ``place`` that has rows."""
        blocks = []
        for sec in SCORECARD_SECTIONS:
            if sec.place != place:
                continue
            rows = self.section_rows(sec, staff)
            if rows:
                blocks.append(self.section(sec, rows))
        return blocks

    def section_rows(self, sec: Section, staff: Staff) -> list[dict]:
        """The section's rows for ``staff``, asked once per card (and once per month when the
        section can give everyone's rows at once), however many fits the card is tried in."""
        got = self._section_cache.get(sec.key)
        if got is None or got[0] is not sec:
            got = (sec, sec.month_rows(self.d.month) if sec.bulk is not None else None, {})
            self._section_cache[sec.key] = got
        _, everyone, per_person = got
        if everyone is not None:
            return everyone.get(staff.id, [])
        if staff.id not in per_person:
            per_person[staff.id] = sec.rows(staff, self.d.month)
        return per_person[staff.id]

    def section(self, sec: Section, rows: list[dict]) -> list:
        s = self.s
        total = sum(w for _, _, w in sec.columns)
        widths = [self.w * w / total for _, _, w in sec.columns]
        body = [[st.para(h, s["head"]) for _, h, _ in sec.columns]]
        for r in rows:
            body.append([st.para(r.get(k, ""), s["cell_right"] if k in sec.numeric else s["cell"])
                         for k, _, _ in sec.columns])
        out = self.heading(sec.title)[1:] + [card_table(body, widths, pad=self.fit.pad)]
        if sec.note:
            out += [self.gap(1), st.para(sec.note, s["small"])]
        return out + [self.gap(4)]

    def figures(self, staff: Staff) -> list:
        f = self.d.figures.get(staff.id)
        if f is None:
            return []
        s = self.s
        attendance = []
        if f.late_count is not None:
            attendance.append(f"迟到 {f.late_count} 次")
        if f.early_leave_count is not None:
            attendance.append(f"早退 {f.early_leave_count} 次")
        if f.absence_days is not None:
            attendance.append(f"缺勤 {f.absence_days:g} 天")
        pairs = [
            ("客户满意度", st.pct_text(f.csat_pct)), ("一次性解决率", st.pct_text(f.fcr_pct)),
            ("平均响应时长", st.seconds_text(f.avg_response_s)), ("平均处理时长", st.seconds_text(f.avg_handle_s)),
            ("接待量", "" if f.contacts is None else f"{f.contacts:,}"),
            ("订单数", "" if f.orders is None else f"{f.orders:,}"),
            ("销售额", st.money_text(f.sales_amount)), ("考勤", "，".join(attendance)),
        ]
        pairs = [(k, v) for k, v in pairs if v]
        if not pairs:
            return []
        cells = []
        for i in range(0, len(pairs), 2):
            line = []
            for k, v in pairs[i:i + 2]:
                line += [self.cell(k, s["label"]), self.cell(v, s["body_bold"])]
            cells.append(line + [None] * (4 - len(line)))
        t = cd.Grid(cells, [self.w * x for x in (0.17, 0.33, 0.17, 0.33)],
                    pads=[(3 * self.fit.pad, 4 * self.fit.pad)] * len(cells),
                    lines=[("LINEBELOW", (0, 0), (-1, -1), 0.4, st.RULE)])
        return self.heading("本月服务数据") + [t, self.gap(4)]

    def trend(self, staff: Staff) -> list:
        values = self.d.trend.get(staff.id, [])
        if not any(v is not None for v in values):
            return []
        figure = trend_figure(self.d.trend_months, values, self.d.base, self.d.cap, self.fonts, self.w,
                              self.fit.trend_mm * mm, size=7.5 * self.scale)
        return [cd.lean_para(f"近{len(values)}个月得分走势", self.s["h2"]), figure, self.gap(3)]

    def recap(self, staff: Staff, r: Standing) -> cd.Grid:
        """Name, number, month and score in one line: on the signature page of a card of several pages."""
        s = self.s
        rank = f"第 {r.rank} 名（共 {r.ranked_count} 人）" if r.ranked else UNRANKED_ZH
        # all of it in the bold style (the score once stood in <b>, which a bold style does not change)
        text = f"{staff.name}（{staff.employee_no}）　{self.d.month.label_zh}　最终得分 {r.final} 分　{rank}"
        return cd.Grid([[self.cell(text, s["body_bold"])]], [self.w], pads=[(3, 4)],
                       backgrounds=[((0, 0), (-1, -1), st.ACCENT_LIGHT)])

    def signature_row(self) -> float:
        """The height of each of the two signature lines."""
        return 10 * mm * max(self.fit.gap, 0.8)

    def signatures(self) -> list:
        body = self.s["body"]
        sup = f"（{self.d.supervisor}）" if self.d.supervisor else ""
        rh = self.signature_row()
        # the lines of ``style.signature_lines``, drawn as a grid
        lines = cd.Grid([[self.cell("被考核人签字：", body), None, self.cell("日期：", body), None],
                         [self.cell(f"考核主管签字{sup}：", body), None, self.cell("日期：", body), None]],
                        [self.w * x for x in (0.24, 0.38, 0.1, 0.28)], heights=[rh, rh], valign="BOTTOM",
                        lines=[("LINEBELOW", (1, 0), (1, -1), 0.7, st.INK), ("LINEBELOW", (3, 0), (3, -1), 0.7, st.INK)])
        return [cd.lean_para(SIGN_ACK, body), self.gap(1), lines]


def event_texts(evs: list, group: bool) -> list[tuple]:
    """The texts of the events table's rows: (dates, area, item, points, methods, note lines),
    one row per event or — ``group`` — per item (``group_events``)."""
    out = []
    for g in (group_events(evs) if group else [[e] for e in evs]):
        e = g[0]
        if len(g) > 1:
            total = sum(x.points for x in g)
            dates = "、".join(dict.fromkeys(st.date_text(x.date) for x in g))
            item = f"{e.rule_code} {e.rule_name} ×{len(g)}"
            points = f"{st.signed(total)}（{st.signed(e.points)}×{len(g)}）"
        else:
            qty = f"（{st.signed(e.unit_points)}×{e.quantity}）" if e.quantity > 1 else ""
            dates, item, points = st.date_text(e.date), f"{e.rule_code} {e.rule_name}", f"{st.signed(e.points)}{qty}"
        notes = list(dict.fromkeys(x.note for x in g if x.note))
        refs = [x.reference for x in g if x.reference]
        if refs:
            notes.append("单号 " + "、".join(refs))
        methods = "、".join(dict.fromkeys(zh(METHODS, x.method) for x in g))
        out.append((dates, zh(AREAS, e.area), item, points, methods, notes))
    return out


def group_events(evs: list) -> list[list]:
    """Events of the same rule and points together, in the order of their first date."""
    groups: dict[tuple, list] = {}
    for e in evs:
        groups.setdefault((e.area, e.rule_code, e.rule_name, e.points), []).append(e)
    return list(groups.values())


def trend_chart(months: list[Month], values: list[int | None], base: int, cap: int, fonts: FontSet,
                width: float, height: float, size: float = 7.5) -> Drawing:
    """The final score of each month as a line; a month without a result is a gap.

    The score axis starts just below the lowest score (``style.score_axis``; a break mark on the
    axis when it does not start at 0), a legend above says what the line and the dashed base line
    are, and no two labels touch: the point labels and the month labels take the largest type
    (from ``size`` pt) at which their neighbours keep apart, the year goes on a line of its own
    under its first month. Drawn from plain shapes (not the chart widgets): 200 cards stay quick.
    A ReportLab ``Drawing``; the printouts use ``trend_figure``, the same shapes drawn straight."""
    return _trend_drawing(Drawing(width, height), months, values, base, cap, fonts, size)


def trend_figure(months: list[Month], values: list[int | None], base: int, cap: int, fonts: FontSet,
                 width: float, height: float, size: float = 7.5) -> st.CanvasDrawing:
    """``trend_chart`` as a flowable drawn shape by shape on the canvas, its shapes built as
    ``style.PlainDrawing``'s: the same page, without ReportLab's check of every attribute of
    every shape (as much as the drawing itself cost for a file of 200 cards)."""
    return st.CanvasDrawing(_trend_drawing(st.PlainDrawing(width, height), months, values, base, cap, fonts, size))


def _trend_drawing(d, months: list[Month], values: list[int | None], base: int, cap: int, fonts: FontSet,
                   size: float):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    k = st.shapes_for(d)
    Line, String, Circle, PolyLine = k.Line, k.String, k.Circle, k.PolyLine
    width, height = d.width, d.height
    d.initialFontName = fonts.regular  # else the renderer selects Helvetica, left unembedded
    font = fonts.regular
    present = [v for v in values if v is not None]
    vmin, vmax, step = st.score_axis(present, base, cap)
    span = vmax - vmin
    n = max(len(values), 1)
    years = [i for i, m in enumerate(months) if i == 0 or m.month == 1]
    x0 = stringWidth(str(vmax), font, size) + size * 1.2
    right = stringWidth(f"基础分 {base}", font, size * 0.95) + size * 0.8
    w = width - x0 - right
    slot = w / n
    xs = [x0 + slot * (i + 0.5) for i in range(n)]
    month_size = st.fit_row_size([(xs[i], f"{m.month}月") for i, m in enumerate(months)], font, size, 3.0)
    year_size = st.fit_row_size([(xs[i], f"{months[i].year}年") for i in years], font, size, 3.0)
    widest = max((str(v) for v in present), key=len, default="100")
    point_size = st.fit_row_size([(x, widest) for x in xs], font, size, 3.0)  # the widest score in every slot
    y0 = month_size * 1.3 + year_size * 1.25 + 1
    legend_y = height - size * 1.05
    top = legend_y - size * 0.6 - point_size * 1.2 - 3  # room for the labels of the highest points
    h = top - y0

    def y_of(v):
        return y0 + h * (v - vmin) / (span or 1)

    while h * step / (span or 1) < size * 1.25 and step < span:  # tick labels a line apart
        step *= 2
    ticks = [vmin] + [t for t in range(-(-vmin // step) * step, vmax + 1, step)
                      if t > vmin and h * (t - vmin) / (span or 1) >= size * 1.25]  # the minimum always labelled
    for tick in ticks:
        y = y_of(tick)
        d.add(Line(x0, y, x0 + w, y, strokeColor=colors.HexColor("#E3E8EE"), strokeWidth=0.4))
        d.add(String(x0 - size * 0.4, y - size * 0.33, f"{tick}", fontName=font, fontSize=size,
                     fillColor=st.INK, textAnchor="end"))
    d.add(Line(x0, y0, x0 + w, y0, strokeColor=st.INK, strokeWidth=0.6))
    d.add(Line(x0, y0, x0, y0 + h, strokeColor=st.INK, strokeWidth=0.6))
    if vmin > 0:  # the axis does not start at 0: say so on the axis
        st.axis_break(d, x0, y0 + min(h * 0.5, size * 1.25) / 2, size)
    yb = y_of(base)
    d.add(Line(x0, yb, x0 + w, yb, strokeColor=st.AWARD, strokeWidth=0.6, strokeDashArray=[3, 2]))
    d.add(String(x0 + w + 2, yb - size * 0.33, f"基础分 {base}", fontName=font, fontSize=size * 0.95,
                 fillColor=st.AWARD))
    legend = [(st.LEGEND_LINE, st.ACCENT, "月度最终得分"), (st.LEGEND_DASH, st.AWARD, f"基础分 {base} 分")]
    if vmin > 0:
        legend.append((st.LEGEND_BREAK, st.INK, f"纵轴从 {vmin} 分起"))
    lsize = min(size, size * (width - x0) / st.legend_width(legend, font, size))  # a narrow chart: smaller
    lw = st.legend_width(legend, font, lsize)
    st.draw_legend(d, legend, max(x0, x0 + w - lw), legend_y, font, lsize)
    points = []
    for i, (m, v) in enumerate(zip(months, values)):
        x = xs[i]
        d.add(String(x, y0 - month_size * 1.05, f"{m.month}月", fontName=font, fontSize=month_size,
                     fillColor=st.INK, textAnchor="middle"))
        if i in years:  # the year on a line of its own, under its first month
            d.add(String(x, y0 - month_size * 1.3 - year_size, f"{m.year}年", fontName=font, fontSize=year_size,
                         fillColor=st.MUTED, textAnchor="middle"))
        if v is None:
            if len(points) > 1:
                d.add(PolyLine(points, strokeColor=st.ACCENT, strokeWidth=1.6))
            points = []
            continue
        y = y_of(v)
        points += [x, y]
        d.add(Circle(x, y, 2, fillColor=st.ACCENT, strokeColor=None))
        near = [u for u in values[max(0, i - 1):i + 2:2] if u is not None]
        valley = near and all(u > v for u in near) and y - y0 > point_size * 1.6  # the label under the point
        ly = y - 3.5 - point_size * 0.8 if valley else y + 3.5
        d.add(String(x, ly, str(v), fontName=font, fontSize=point_size, fillColor=st.INK, textAnchor="middle"))
    if len(points) > 2:
        d.add(PolyLine(points, strokeColor=st.ACCENT, strokeWidth=1.6))
    return d


def _select_staff(data: MonthData, staff_ids) -> list[Staff]:
    return select_people(
        data.rows, staff_ids, none_message=f"{data.month.label_zh}没有任何人员的考核结果，无法打印考核卡。",
        none_field="month",
        not_known=lambda p: f"{p.name}（{p.employee_no}）在{data.month.label_zh}没有考核结果（不在职），无法打印考核卡。")


def build_scorecards(data: MonthData, people: list[Staff], out, fonts: FontSet, options: ScorecardOptions,
                     progress: Callable | None = None, done_before: int = 0, total: int | None = None) -> int:
    """Draw the cards of ``people`` into ``out``; returns the page count."""
    pagesize = st.page_size(options.paper, options.landscape)
    scale = st.paper_scale(pagesize)  # A3: the A4 card's type, spacing and chart, √2 larger
    right = data.month.label_zh + (" · 草稿" if data.draft else f" · {revision_label(data.period.revision)}")
    frame = st.PageFrame(
        left_title=f"{data.company} · 个人考核卡", right_title=right,
        footer_left=(f"公示指纹 {data.period.fingerprint} · {chain_head().code}"
                     if not data.draft and data.period.fingerprint else ""),
        footer_right=f"打印于 {st.local_now_text()}", draft=data.draft, total_pages=False,
        band_height=9 * mm * scale, font_size=10 * scale, page_label=card_page_label,
        continued_title=continued_title("个人考核卡"))
    doc = st.ReportDoc(out, fonts=fonts, pagesize=pagesize, frame=frame,
                       title=f"{data.company} {data.month.label_zh}个人考核卡", author=data.supervisor)
    return doc.build_per_person(people, CardBuilder(data, fonts, doc.width, doc.body_height, scale).card, progress, done_before, total,
                                on_cancel=lambda: Cancelled("已取消打印考核卡，没有写入任何文件。"))


def card_file_name(month: Month, staff: Staff) -> str:
    return person_file_name(month.key, staff, "考核卡")


def write_scorecards(month: Month, path, staff_ids=None, one_file_per_agent: bool = False,
                     progress: Callable[[int, int], object] | None = None,
                     options: ScorecardOptions | None = None) -> list[Path]:
    """Print scorecards for ``month``.

    ``staff_ids``: ids, employee numbers or Staff rows; None = everyone with a
    result in the month (by employee number). One PDF at ``path`` with a new
    page per person, or — ``one_file_per_agent`` — one file per person in the
    folder ``path`` (created if missing), named ``YYYY-MM_工号_姓名_考核卡.pdf``.
    ``progress(done, total)`` is called after each card is laid out; returning
    False cancels (``Cancelled``; files already finished in folder mode stay).
    Every file is written safely (temp file + rename).
    """
    options = (options or ScorecardOptions()).check()
    data = load_month(month, with_trend=options.show_trend)
    people = _select_staff(data, staff_ids)
    fonts = current_fonts()
    return write_people(
        path, people, one_file_per_agent,
        lambda out, who, before, total: build_scorecards(data, who, out, fonts, options, progress,
                                                         done_before=before, total=total),
        lambda person: card_file_name(month, person), "考核卡")
