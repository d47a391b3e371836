"""The floors of the printing figures of ``python main.py bench``: every text of each printout
— its page bands and footers, headings, labels, values and notes — read through the same core
calls the printout makes and drawn line by line on a bare ReportLab canvas (no tables, no
wrapping, no layout, no charts; a chart's labels and values are drawn as text). What the
printout costs beyond its floor is the cost of laying it out.

Kept apart from the printouts themselves (``reports``) so that speeding those up can never
move the floor they are measured against: the texts are made here, from the core's data.
"""

from __future__ import annotations

from pathlib import Path

LINE, TOP, BOTTOM, LEFT = 12, 800, 40, 40


class _Pages:
    """A bare canvas writing lines downwards, starting a new page when one is full; every page
    carries a band above and a footer below, as every printed page does."""

    def __init__(self, path: Path, band: str = "", footer: str = ""):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        from ..reports.fonts import current_fonts

        self.font = current_fonts().regular
        self.canvas = canvas.Canvas(str(path), pagesize=A4)
        from ..base import clock

        self.band, self.footer, self.page, self.who = band, footer, 0, ""
        self.printed = f"打印于 {clock.to_local(clock.now_utc()):%Y年%m月%d日 %H:%M}"
        self._start()

    def _start(self) -> None:
        self.page += 1
        self.canvas.setFont(self.font, 9)
        self.y = TOP
        if self.band:
            self.canvas.drawString(LEFT, 820, self.band)

    def _finish(self) -> None:
        if self.footer:
            self.canvas.drawString(LEFT, 20, f"{self.footer} {self.who} · 第 {self.page} 页 {self.printed}")

    def line(self, text: str) -> None:
        if self.y < BOTTOM:
            self.new_page()
        self.canvas.drawString(LEFT, self.y, text)
        self.y -= LINE

    def lines(self, texts) -> None:
        for text in texts:
            self.line(text)

    def new_page(self) -> None:
        self._finish()
        self.canvas.showPage()
        self._start()

    def save(self) -> None:
        self._finish()
        self.canvas.save()


def _signed(n) -> str:
    return "" if n is None else f"{n:+d}" if n else "0"


def _appeal_lines(period, settings) -> list[str]:
    from ..base import clock

    deadline = period.appeal_deadline
    if deadline is None:
        return []
    local = clock.to_local(deadline)
    when = f"{local.year}年{local.month}月{local.day}日（星期{'一二三四五六日'[local.weekday()]}）{local:%H:%M}"
    if period.status == "closed" or clock.now_utc() >= deadline:
        return [f"复核期已结束（截止于 {when}）"]
    return [f"复核申请截止：{when}",
            f"如对考核分数有异议，请在截止前提出复核申请：{settings.appeal_contact or settings.supervisor_name}。"]


def _month_read(month):
    """What a month's printouts read: the standings (the published snapshot when there is one),
    the period, the settings and the audit chain's head."""
    from ..monthly.periods import get_period
    from ..monthly.standings import standings
    from ..office import settings as settings_mod
    from ..trust.audit import chain_head

    return standings(month), get_period(month), settings_mod.load(), chain_head().code


def scorecards(path: Path, month) -> None:
    """One card per person: who, the summary, one line per valid event of the month, the
    month's service figures, the trend's months and scores, and the signature lines."""
    from ..base.vocab import AREAS, METHODS, STAFF_ROLES, zh
    from ..monthly.events import valid_events_by_staff
    from ..monthly.figures import figures_for
    from ..monthly.standings import published_finals

    rows, period, settings, chain = _month_read(month)
    events = valid_events_by_staff(month)
    figures = figures_for(month)
    trend_months = [month.add(-i) for i in range(11, -1, -1)]
    finals = published_finals(trend_months[:-1])
    deadline = _appeal_lines(period, settings)
    pages = _Pages(path, f"{settings.company_name} · 个人考核卡 {month.label_zh} · 第 {period.revision} 版",
                   f"公示指纹 {period.fingerprint} · {chain}")
    for s in rows:
        evs = events.get(s.staff_id, [])
        pages.who = f"{s.name}（{s.employee_no}）"
        pages.lines([
            "个人考核卡", f"姓名 {s.name} 工号 {s.employee_no} 组别 {s.team} 岗位 {zh(STAFF_ROLES, s.role)}",
            f"考核月份 {month.label_zh} 状态 已公示 第 {period.revision} 版 复核截止 {''.join(deadline[:1])}",
            f"基础分 {s.base} 加分 {_signed(s.bonus)} 扣分 {_signed(-s.deduction)} 最终得分 {s.final}"
            f" 名次（共 {s.ranked_count} 人） {s.rank if s.ranked else '不参与排名'} 较上月 {_signed(s.change)}",
            f"本月考核记录（{len(evs)} 条）", "日期 方面 考核项目 分值 考核方式 备注"])
        for ev in evs:
            pages.line(f"{ev.date.month}月{ev.date.day}日 {zh(AREAS, ev.area)} {ev.rule_code} {ev.rule_name}"
                       f" {_signed(ev.points)} {zh(METHODS, ev.method)} {ev.note}")
        f = figures.get(s.staff_id)
        if f is not None:
            pages.lines(["本月服务数据", f"客户满意度 {f.csat_pct} 一次性解决率 {f.fcr_pct} 平均响应时长 {f.avg_response_s}"
                         f" 平均处理时长 {f.avg_handle_s} 接待量 {f.contacts} 订单数 {f.orders} 销售额 {f.sales_amount}"])
        pages.line("近12个月得分走势")
        for m in trend_months:
            score = s.final if m == month else finals.get(m.key, {}).get(s.staff_id)
            pages.line(f"{m.month}月 {'' if score is None else score}")
        pages.lines(["本人已阅知：□无异议 □申请复核", "被考核人签字： 日期：",
                     f"考核主管签字（{settings.supervisor_name}）： 日期："])
        pages.new_page()
    pages.save()


def bulletin(path: Path, month) -> None:
    """The month's published standings: the heading, the appeal lines, the top three, one line
    per person with the areas' points, the chart's bars (value and name) and the signature."""
    rows, period, settings, chain = _month_read(month)
    pages = _Pages(path, f"{settings.company_name} · 考核公示 {month.label_zh}",
                   f"公示指纹 {period.fingerprint} · {chain}")
    pages.lines([settings.company_name, f"{month.label_zh}客服绩效考核公示",
                 f"公示时间 {period.published_at} · 参评人数 {len(rows)} 人 · 基础分 {settings.base_score} 分，"
                 f"满分 {settings.cap_score} 分", *_appeal_lines(period, settings)])
    for label, s in zip(("第一名", "第二名", "第三名"), rows):
        pages.line(f"{label} {s.name} {s.final} 分")
    pages.line("名次 姓名 工号 接单 售后 日常 通用 加分 扣分 得分 较上月 备注")
    for s in rows:
        a = s.areas
        pages.line(f"{s.rank if s.ranked else '—'} {s.name} {s.employee_no} {_signed(a.get('orders'))}"
                   f" {_signed(a.get('after_sales'))} {_signed(a.get('daily'))} {_signed(a.get('general'))}"
                   f" +{s.bonus} {-s.deduction} {s.final} {_signed(s.change)} {s.award or ''}")
    pages.lines(["名次相同者得分相同；较上月：得分比上月多（+）或少（−）的分数，— 表示上月无成绩。", "得分分布（按名次）"])
    for s in rows:
        pages.line(f"{s.final} {s.name}")
    pages.line(f"考核主管签字：{settings.supervisor_name} 日期：")
    pages.save()


def annual_reports(path: Path, year: int) -> None:
    """One report per person: who, the year's result and why it is provisional, each dimension
    and indicator, the twelve monthly scores, the exams, goals, coaching notes, reviews and
    interview of the year, the conclusion and the signature lines — the year's results from the
    same annual computation the reports print, the rest from the same tables."""
    import datetime as _dt

    from ..annual import compute_all
    from ..annual.compute import year_months
    from ..office import settings as settings_mod
    from ..store.models import AnnualGoal, AnnualReview, CoachingNote, Exam, ExamResult
    from ..trust.audit import chain_head

    results = compute_all(year)
    reviews = {r.staff_id: r for r in AnnualReview.select().where(AnnualReview.year == year)}
    goals: dict = {}
    for g in AnnualGoal.select().where(AnnualGoal.year.in_([year, year + 1])).order_by(AnnualGoal.id):
        goals.setdefault((g.staff_id, g.year), []).append(g)
    notes: dict = {}
    for n in (CoachingNote.select().where((CoachingNote.date >= _dt.date(year, 1, 1))
                                          & (CoachingNote.date <= _dt.date(year, 12, 31)))
              .order_by(CoachingNote.date, CoachingNote.id)):
        notes.setdefault(n.staff_id, []).append(n)
    exams: dict = {}
    for row in (ExamResult.select(ExamResult.staff, Exam.date, Exam.title, Exam.area, ExamResult.score,
                                  Exam.full_marks, Exam.pass_mark, ExamResult.absent)
                .join(Exam).where(Exam.month.in_([m.key for m in year_months(year)])).order_by(Exam.date, Exam.id).tuples()):
        exams.setdefault(row[0], []).append(row[1:])
    settings = settings_mod.load()
    pages = _Pages(path, f"{settings.company_name} · 年度考核报告 {year}年度", chain_head().code)
    for r in results:
        review = reviews.get(r.staff_id)
        pages.who = f"{r.name}（{r.employee_no}）"
        pages.lines([
            f"{year}年度绩效考核报告", f"状态：{r.status_zh}",
            f"姓名 {r.name} 工号 {r.employee_no} 组别 {r.team} 岗位 {r.role}",
            f"考核年度 {year}年 计入月份 {len(r.months)}/12 个月 状态 {r.status_zh}",
            f"考核模板 {r.template_name} 第{r.template_version}版 结果构成 月度平均分 {r.monthly_weight:g}%"
            f" + 年终评价 {100 - r.monthly_weight:g}%",
            f"月度平均分 {r.monthly_avg} 年终评价 {r.evaluation} 年度总分 {r.final} 考核等级 {r.grade}"
            f" 名次（共 {r.rank_count} 人） {r.rank}",
            f"暂定：{'；'.join(r.provisional_reasons)}；尚无得分的指标：{'、'.join(r.missing)}",
            "年终评价：维度与指标", "考核维度 / 指标 权重 实际 目标 得分 说明"])
        for d in r.dimensions:
            pages.line(f"{d.name} {d.weight}% {d.score}")
            for ind in d.indicators:
                pages.line(f"  {ind.name} {ind.weight}% {ind.value_text} {ind.target_text} {ind.score} {ind.note}")
        pages.lines([f"年终评价（各维度按权重加权） 100% {r.evaluation}",
                     "维度得分 = 其指标得分按权重加权；数据指标按目标计分（达到目标 100 分，到零分值为 0 分，其间按比例），"
                     "评议指标按主管 1–5 分评分换算。", f"{year}年各月考核得分（平均 {r.monthly_avg} 分）",
                     "月度最终得分 基础分 80 100 80 60 40 20 0"])
        for i, score in enumerate(r.monthly_scores, 1):
            pages.line(f"{i}月 {'' if score is None else score}")
        for day, title, area, score, full, pass_mark, absent in exams.get(r.staff_id, []):
            pages.line(f"{day} {title} {area} {score}/{full} {'缺考' if absent else pass_mark}")
        for y in (year, year + 1):
            pages.line(f"{y}年度目标")
            for g in goals.get((r.staff_id, y), []) or ():
                pages.line(f"{g.title} {g.indicator} {g.target} {g.weight}% {g.note}")
        for n in notes.get(r.staff_id, []):
            pages.line(f"{n.date} {n.topic} {n.note} {n.follow_up}")
        pages.lines(["自评与主管评价", f"个人自评 {review.self_review if review else '（未填写）'}",
                     f"主管评语 {review.supervisor_comment if review else '（未填写）'}", "绩效面谈记录",
                     f"{review.interview_summary if review else '尚未面谈。'}",
                     f"年度总分 {r.final} 分 = 月度平均分 {r.monthly_avg} × {r.monthly_weight:g}% + 年终评价 {r.evaluation}"
                     f" × {100 - r.monthly_weight:g}%，考核等级：{r.grade}", "被考核人签字： 日期：",
                     f"考核主管签字（{settings.supervisor_name}）： 日期："])
        pages.new_page()
    pages.save()
