"""A demo office: 12 people (10 agents, a team lead, a QA inspector), 24
months of events with a realistic mix of bonuses and deductions, helpdesk
figures, a skills exam and spot checks every month, appeals (one upheld into
a second revision, one rejected, one still pending in the latest month),
published and closed months, the current month in progress, the annual
review: last year signed off, this year's goals and coaching notes, and
calibration sessions of the spot checks: three closed ones whose agreement
improves from one to the next, and one in progress, partly rated.

Deterministic: the same current month gives the same office (fixed random
seed). Everything goes through the services, so the demo is audited like
real use.
"""

from __future__ import annotations

import datetime as _dt
import random

from typing import Callable

from ..base import clock
from ..trust.auth import SYSTEM
from ..monthly.events import NewEvent, add_events
from ..monthly.figures import save_figures_bulk
from ..store.models import Staff, database_proxy
from ..base.months import Month
from ..monthly.lifecycle import close_month, publish_month
from ..monthly.proposals import confirm_pending
from ..office.settings import update_settings
from ..office.staff import add_staff

PEOPLE = [
    # no, name, role, team, skill (0..1: higher means more bonuses, fewer deductions)
    ("KF001", "张晓梅", "agent", "一组", 0.85),
    ("KF002", "李娜", "agent", "一组", 0.7),
    ("KF003", "王磊", "agent", "一组", 0.55),
    ("KF004", "刘洋", "agent", "一组", 0.6),
    ("KF005", "陈静", "agent", "二组", 0.9),
    ("KF006", "杨帆", "agent", "二组", 0.5),
    ("KF007", "赵敏", "agent", "二组", 0.65),
    ("KF008", "黄志强", "agent", "二组", 0.75),
    ("KF009", "周婷", "agent", "三组", 0.6),
    ("KF010", "吴昊", "agent", "三组", 0.2),
    ("ZG001", "孙丽华", "team_lead", "一组", 0.8),
    ("ZJ001", "马俊", "qa", "三组", 0.7),
]

BONUS_CODES = ["B01", "B03", "B04", "B05", "B08", "B07"]
BONUS_WEIGHTS = [5, 3, 3, 4, 2, 0.4]
DEDUCTION_CODES = ["D01", "D02", "D03", "D04", "D05", "D06", "D07", "D08", "D09", "D10", "D11", "D13"]
DEDUCTION_WEIGHTS = [1, 1, 0.6, 5, 3, 2, 4, 0.5, 0.6, 1, 1.2, 1]
METHODS = ["supervision", "spot_check", "scheduled", "tracing"]
NOTES = {
    "B01": "协助仓库盘点", "B03": "活动期间顶班", "B04": "售后零成本解决，客户满意", "B05": "完成主管交办的对账",
    "B07": "提出排班优化建议，试行有效", "B08": "难缠客户处理方案被采纳",
    "D01": "回复语气生硬", "D02": "推卸责任", "D03": "埋怨客户", "D04": "回复有错别字", "D05": "服务记录不完整",
    "D06": "销售统计表逾期", "D07": "迟到", "D08": "请假未事前报批", "D09": "超权限订单未上报",
    "D10": "客户有效投诉", "D11": "任务未按时完成", "D13": "忙闲服务不一致",
}
MONTHS = 24


def demo_months(today: _dt.date | None = None) -> list[Month]:
    """The 24 full months before the current one, oldest first."""
    current = Month.of(today or clock.today())
    return [current.add(-i) for i in range(MONTHS, 0, -1)]


# Steps ``build_demo`` reports: the people, each past month, the month in progress, the calibration
# sessions, the annual review, the exam bank.
STEPS = MONTHS + 5


def build_demo(company: str = "示范客服中心", progress: Callable[[int, int], object] | None = None) -> None:
    """Fill an empty, open database with the demo office.

    ``progress(done, total)``, when given, is called after each of the ``STEPS`` steps
    (from the thread that builds; a window moves its progress bar with it)."""
    real_now = clock.now_utc()
    today = clock.today()
    rng = random.Random(20111)
    months = demo_months(today)
    db = database_proxy.obj
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, STEPS)

    try:
        with db.atomic():
            update_settings(SYSTEM, {"company_name": company, "supervisor_name": "孙丽华"})
            staff = []
            for no, name, role, team, skill in PEOPLE:
                hire = months[0].first_day - _dt.timedelta(days=rng.randint(30, 900))
                s = add_staff(SYSTEM, employee_no=no, name=name, role=role, team=team, hire_date=hire)
                staff.append((s, skill))
            step()
            for index, month in enumerate(months):
                _fill_month(rng, month, staff, index, month.last_day)
                publish_at = _dt.datetime.combine(month.next().first_day, _dt.time(1, 30))  # 09:30 in UTC+8
                is_last = index == len(months) - 1
                if is_last:
                    # The latest month was published this morning: its appeal window is open.
                    publish_at = min(real_now, publish_at + _dt.timedelta(days=max(0, (today - month.next().first_day).days)))
                clock.set_fixed(publish_at)
                period = publish_month(SYSTEM, month)
                _appeals(month, index, staff, publish_at, is_last)
                if not is_last:  # closed after its window, which a holiday can make longer than 3 days
                    clock.set_fixed(max(publish_at + _dt.timedelta(days=3), period.appeal_deadline))
                    close_month(SYSTEM, month)
                    _hand_out_gifts(month, clock.today())
                clock.set_fixed(None)
                step()
            current = Month.of(today)
            clock.set_fixed(real_now)
            if today.day > 1:
                _fill_month(rng, current, staff, MONTHS, today - _dt.timedelta(days=0), figures=False)
            step()
            _calibrations(months, today)
            step()
            _annual(rng, staff, months, today)
            step()
            _exam_bank(staff, today)
            step()
    finally:
        clock.set_fixed(None)


def _fill_month(rng: random.Random, month: Month, staff, index: int, last_day: _dt.date, figures: bool = True) -> None:
    clock.set_fixed(_dt.datetime.combine(last_day, _dt.time(10, 0)))
    days = (last_day - month.first_day).days + 1
    weak_streak = index in (MONTHS - 3, MONTHS - 2)  # the weakest agent slips badly twice in a row
    events: list[NewEvent] = []
    for s, skill in staff:
        n_bonus = rng.choices([0, 1, 2, 3], weights=[3, 4, 3, 1 + 3 * skill])[0]
        n_ded = rng.choices([0, 1, 2, 3, 4], weights=[2 + 4 * skill, 4, 3, 2 - skill, 1.5 - skill])[0]
        if weak_streak and s.employee_no == "KF010":
            n_ded += 12
            n_bonus = 0
        for _ in range(n_bonus):
            code = rng.choices(BONUS_CODES, BONUS_WEIGHTS)[0]
            pts = rng.randint(1, 3) if code == "B01" else None
            events.append(_event(rng, month, days, s, code, pts))
        for _ in range(n_ded):
            code = rng.choices(DEDUCTION_CODES, DEDUCTION_WEIGHTS)[0]
            pts = {"D04": rng.randint(1, 3), "D10": rng.choice([5, 5, 8, 10]), "D11": rng.randint(3, 5)}.get(code)
            events.append(_event(rng, month, days, s, code, pts))
    add_events(SYSTEM, events)
    if figures:  # the month in progress has had no exam yet
        _exam(rng, month, staff, index, last_day)
    _spot_checks(rng, month, staff, days, last_day)
    if figures:
        rows = {}
        for s, skill in staff:
            rows[s.id] = {
                "csat_pct": round(min(99.5, 78 + 18 * skill + rng.uniform(-4, 4)), 1),
                "avg_response_s": round(max(8, 60 - 35 * skill + rng.uniform(-8, 8))),
                "avg_handle_s": round(max(120, 520 - 180 * skill + rng.uniform(-60, 60))),
                "fcr_pct": round(min(99, 62 + 30 * skill + rng.uniform(-5, 5)), 1),
                "contacts": int(600 + 500 * skill + rng.randint(-80, 80)),
                "sales_amount": round(20000 + 60000 * skill + rng.uniform(-8000, 8000), 2),
                "orders": int(40 + 60 * skill + rng.randint(-10, 10)),
                "late_count": 0 if rng.random() < 0.4 + 0.5 * skill else rng.randint(1, 3),
                "early_leave_count": 0 if rng.random() < 0.85 else 1,
                "absence_days": 0 if rng.random() < 0.9 else 1,
            }
        save_figures_bulk(SYSTEM, month, rows)
    # The supervisor confirms what the data proposes: B02 full marks, B06, B09, spot-check deductions.
    confirm_pending(SYSTEM, month)


def _event(rng, month, days, s, code, pts) -> NewEvent:
    day = month.first_day + _dt.timedelta(days=rng.randrange(days))
    ref = f"DD{month.year % 100:02d}{month.month:02d}{rng.randint(1000, 9999)}" if rng.random() < 0.5 else ""
    # A bonus on an order carries the order's amount (its own generator keeps the rest unchanged).
    amount = random.Random(ref + s.employee_no).choice(ORDER_AMOUNTS) if ref and code in BONUS_CODES else None
    return NewEvent(s, code, day, pts, 1, rng.choice(METHODS), ref, NOTES.get(code, ""), amount)


ORDER_AMOUNTS = [380, 520, 688, 860.5, 1280, 1560, 2350, 3999]


def _hand_out_gifts(month: Month, on: _dt.date) -> None:
    """The gifts of a closed month were handed over when it closed."""
    from ..monthly.gifts import gifts_for_month, mark_given

    owed = [g.event_id for g in gifts_for_month(month, given=False)]
    if owed:
        mark_given(SYSTEM, owed, on, "月度结束时发放")


EXAM_TOPICS = [("orders", "接单流程与话术"), ("after_sales", "售后问题处理"), ("daily", "日常工作规范"),
               ("product", "产品知识"), ("company_rules", "公司制度与保密")]


def _exam(rng: random.Random, month: Month, staff, index: int, last_day: _dt.date) -> None:
    """The monthly skills exam (seed 000 §三(一).6), on a day in the second half of the month."""
    from ..monthly.exams import add_exam, set_results

    day = min(last_day, month.first_day + _dt.timedelta(days=19 + rng.randrange(6)))
    if day > last_day or day > clock.today():
        return
    area, topic = EXAM_TOPICS[index % len(EXAM_TOPICS)]
    exam = add_exam(SYSTEM, date=day, title=f"{month.month}月技能考试：{topic}", area=area, full_marks=100,
                    pass_mark=60)
    rows = []
    for s, skill in staff:
        if rng.random() < 0.04:
            rows.append({"staff": s.id, "absent": True, "note": "请假"})
            continue
        score = min(100, max(35, round(rng.gauss(62 + 34 * skill, 8))))
        rows.append({"staff": s.id, "score": score})
    set_results(SYSTEM, exam.id, rows)


# The exam bank: (area, topic, type, text, options, key, model answer, points, difficulty).
BANK = [
    ("orders", "地址核对", "single", "客户下单后修改收货地址，客服首先应当做什么？",
     ["核对订单是否已发货", "直接在后台改地址", "让客户取消订单重新下单", "告诉客户无法修改"], "A", "", 4, 1),
    ("orders", "地址核对", "truefalse", "客户在聊天中口头报的新地址，不需要客户再确认，客服可以直接改单。",
     [], "F", "", 2, 1),
    ("orders", "地址核对", "fill", "核对地址时，除省市区和详细地址外，还要核对收件人姓名和____。",
     [], "电话|手机号|联系电话|手机号码", "", 4, 2),
    ("orders", "地址核对", "multiple", "以下哪些情况应当在发货前主动联系客户核对地址？",
     ["地址只写到小区没有门牌号", "收件人电话少一位", "地址在偏远地区需加运费", "客户是老客户"], "ABC", "", 5, 2),
    ("orders", "催付", "single", "客户拍下未付款已超过 2 小时，催付时最合适的说法是：",
     ["亲，您的订单还没付款，再不付就没了", "亲，您拍下的宝贝还为您保留着，今天下单可以当天发出哦",
      "请尽快付款，否则订单自动关闭", "不付款的话我们就取消了"], "B", "", 4, 1),
    ("orders", "催付", "truefalse", "同一个未付款订单，一天内可以反复催付三次以上，以提高转化率。", [], "F", "", 2, 1),
    ("orders", "催付", "multiple", "客户说“再考虑一下”而未付款，可以采取哪些做法？",
     ["了解客户顾虑的具体原因", "介绍正在进行的店铺活动", "如实说明库存与发货时间", "承诺私下返现促成付款"],
     "ABC", "", 5, 2),
    ("orders", "催付", "fill", "平台规定未付款订单默认在拍下后____小时自动关闭（以店铺设置为准）。",
     [], "24|二十四", "", 4, 3),
    ("orders", "订单备注", "single", "客户要求“发顺丰”，而店铺默认快递是中通，客服应当：",
     ["直接在订单备注顺丰并告知运费差价", "拒绝客户要求", "先发中通再说", "让客户自己联系快递"], "A", "", 4, 2),
    ("orders", "订单备注", "short", "客户下单时要求在包裹里放一张生日贺卡并写上祝福语，请写出客服处理的步骤。",
     [], "", "1. 确认贺卡内容和收件人称呼，复述给客户确认；2. 在订单备注中写清贺卡内容，并标注旗帜提醒仓库；"
     "3. 告知客户是否收费及发货时间；4. 发货前再核对一次备注是否执行。", 10, 2),
    ("orders", "活动规则", "single", "满 300 减 40 的活动中，客户购买 290 元商品问能否参加，客服应当：",
     ["告知还差 10 元，可推荐合适的凑单商品", "直接给客户改价到优惠后价格", "说活动已经结束", "让客户找别家"],
     "A", "", 4, 1),
    ("orders", "活动规则", "truefalse", "客服可以在后台为客户单独改价，让未达门槛的客户也享受满减。", [], "F", "", 2, 2),
    ("after_sales", "退换货", "single", "客户收到衣服后尺码不合适要求换货，商品吊牌完好，客服应当：",
     ["按七天无理由流程为客户办理换货", "告诉客户只能退货不能换", "要求客户先付运费才处理", "直接拉黑客户"],
     "A", "", 4, 1),
    ("after_sales", "退换货", "multiple", "以下哪些商品一般不适用七天无理由退货？",
     ["定制类商品", "已拆封的贴身内衣", "鲜活易腐商品", "未拆封的保温杯"], "ABC", "", 5, 2),
    ("after_sales", "退换货", "truefalse", "退货商品寄回仓库后，应在仓库签收验货后再为客户退款。", [], "T", "", 2, 1),
    ("after_sales", "退换货", "fill", "七天无理由退货的“七天”从客户____之日起计算。", [], "签收|收货|签收商品", "", 4, 2),
    ("after_sales", "物流异常", "single", "物流信息超过 3 天没有更新，客户来询问，客服应当：",
     ["联系快递网点核实并告知客户处理时间", "让客户自己打快递电话", "说快递都这样，再等等", "立即给客户退款"],
     "A", "", 4, 1),
    ("after_sales", "物流异常", "multiple", "客户反映包裹显示已签收但本人没有收到，客服应当：",
     ["查询签收底单或签收人", "联系快递员核实投放位置", "提醒客户询问家人、门卫或快递柜", "告诉客户签收了就不管了"],
     "ABC", "", 5, 2),
    ("after_sales", "物流异常", "short", "客户收到的包裹外箱破损、商品摔坏，情绪激动，请写出处理要点。",
     [], "", "1. 先安抚情绪，表示歉意；2. 请客户拍照留证（外箱、面单、损坏处）；3. 按店铺规定补发或退款，"
     "并说明时限；4. 同步向快递公司索赔，不让客户承担损失；5. 事后回访确认客户满意。", 10, 3),
    ("after_sales", "物流异常", "truefalse", "快递破损的索赔由客服向快递公司发起，不需要客户自己去找快递。",
     [], "T", "", 2, 2),
    ("after_sales", "投诉处理", "single", "客户扬言要给差评并投诉到平台，客服的第一步应当是：",
     ["耐心倾听，弄清客户不满的原因", "告诉客户差评也没用", "马上给客户退款息事宁人", "转给同事处理"],
     "A", "", 4, 2),
    ("after_sales", "投诉处理", "multiple", "处理客户投诉时，下列哪些做法是正确的？",
     ["在承诺时间内给出处理结果", "做好服务记录，写清处理经过", "超出权限的补偿先上报主管", "与客户争辩谁对谁错"],
     "ABC", "", 5, 2),
    ("after_sales", "投诉处理", "fill", "客户的有效投诉，按考核细则属于____类扣分（填编号）。", [], "D10", "", 4, 3),
    ("after_sales", "投诉处理", "short", "客户因发错货第二次来投诉，语气很差，请写出你的回复思路。",
     [], "", "1. 先道歉，承认是我们的失误；2. 说明已查到的原因；3. 给出补救方案（补发正确商品、错发商品免寄回或上门取件）"
     "和完成时间；4. 视情况申请小额补偿并上报主管；5. 记录并跟进到客户确认收到。", 10, 3),
    ("daily", "服务礼仪", "single", "客户进线后，首次响应时间应当控制在：",
     ["30 秒以内", "3 分钟以内", "10 分钟以内", "当天回复即可"], "A", "", 4, 1),
    ("daily", "服务礼仪", "truefalse", "客户说话不礼貌时，客服可以用同样的语气回应。", [], "F", "", 2, 1),
    ("daily", "服务礼仪", "multiple", "以下哪些用语属于服务忌语？",
     ["这个我不知道", "你自己看页面", "不是跟你说过了吗", "您稍等，我马上为您查询"], "ABC", "", 5, 1),
    ("daily", "服务礼仪", "fill", "结束会话前，客服应当询问客户“请问还有什么可以____您的吗”。",
     [], "帮|帮助|帮到", "", 4, 1),
    ("daily", "考勤制度", "single", "因病不能上班，正确的做法是：",
     ["上班前向主管请假，事后补交病假证明", "下班后再告诉主管", "让同事代为打卡", "不说明，第二天再解释"],
     "A", "", 4, 1),
    ("daily", "考勤制度", "truefalse", "请假未经事前报批，按考核细则要扣分。", [], "T", "", 2, 1),
    ("daily", "考勤制度", "fill", "交接班时，未处理完的会话要写进____，交给下一班跟进。",
     [], "交接记录|交接本|交接表", "", 4, 2),
    ("daily", "信息安全", "single", "客户在聊天中发来身份证照片办理退款，客服应当：",
     ["只用于本次核实，不转发、不保存到个人设备", "保存到自己手机以备后用", "转发到同事群里请大家帮看", "发给快递员核对"],
     "A", "", 4, 2),
    ("daily", "信息安全", "multiple", "下列哪些行为违反客户信息保密规定？",
     ["把客户电话抄在便签上带回家", "在个人微信上加客户聊私事", "截图客户订单发朋友圈", "在工作系统内查询客户订单"],
     "ABC", "", 5, 2),
    ("daily", "信息安全", "short", "有人自称客户家属，来电要求查询客户的收货地址和电话，你会怎么处理？",
     [], "", "1. 不直接提供任何个人信息；2. 请对方提供订单号并通过下单账号或预留手机联系客户本人核实；"
     "3. 向对方说明这是保护客户隐私的规定；4. 有可疑情况记录并报告主管。", 10, 2),
]
# How the office answers: the question nobody gets wrong, and the single-choice question with an
# option nobody ever picks.
TOO_EASY_TEXT = "请假未经事前报批，按考核细则要扣分。"
BAD_DISTRACTOR_TEXT = "客户收到衣服后尺码不合适要求换货，商品吊牌完好，客服应当："
BAD_OPTION = "直接拉黑客户"
BANK_PAPER_SIZE = 15
BANK_SEED = 17  # the same paper whatever the month: three questions of each type, 75 points
ANSWER_SEED = 5  # one too-easy question, one distractor nobody picks, two full marks


def _exam_bank(staff, today: _dt.date) -> None:
    """The question bank, and a paper for this month's exam drawn from it (A and B), marked: the past
    months are locked, so the marked exam is the running month's own."""
    from ..exambank.bank import add_question
    from ..exambank.papers import draw_for_exam, paper_for, save_paper
    from ..exambank.marking import record_answers
    from ..monthly.exams import add_exam
    from ..store.models import Exam

    clock.set_fixed(_dt.datetime.combine(Month.of(today).first_day, _dt.time(1, 0)))
    # A third of the bank was on the latest past exam of its area (what "avoid recent months" leaves out).
    last_exam = {area: day for area, day in Exam.select(Exam.area, Exam.date).order_by(Exam.date).tuples()}
    by_text = {}
    for number, (area, topic, qtype, text, options, key, model, points, level) in enumerate(BANK):
        if options:  # written with the right option(s) first; the bank keeps them in a shuffled order
            order = list(range(len(options)))
            random.Random(f"bank-{number}").shuffle(order)
            key = "".join(sorted("ABCDEFGH"[order.index("ABCDEFGH".index(ch))] for ch in key))
            options = [options[k] for k in order]
        q = add_question(SYSTEM, area=area, topic=topic, qtype=qtype, text=text, options=options, answer=key,
                         model_answer=model, points=points, difficulty=level,
                         last_used=last_exam.get(area) if number % 3 == 0 else None)
        by_text[text] = q.id
    clock.set_fixed(_dt.datetime.combine(today, _dt.time(2, 0)))
    month = Month.of(today)
    exam = add_exam(SYSTEM, date=today, title=f"{month.month}月题库考试：接单、售后与日常工作", area="mixed",
                    full_marks=100, pass_mark=60)
    ids = draw_for_exam(exam.id, BANK_PAPER_SIZE, seed=BANK_SEED, avoid_months=0)
    for must in (by_text[TOO_EASY_TEXT], by_text[BAD_DISTRACTOR_TEXT]):
        if must not in ids:  # in place of a drawn question of the same kind
            kind = next(b[2] for b in BANK if by_text[b[3]] == must)
            swap = next(i for i in ids if next(b[2] for b in BANK if by_text[b[3]] == i) == kind
                        and i not in (by_text[TOO_EASY_TEXT], by_text[BAD_DISTRACTOR_TEXT]))
            ids[ids.index(swap)] = must
    save_paper(SYSTEM, exam.id, ids, seed=BANK_SEED)
    rng = random.Random(ANSWER_SEED)  # its own generator: the rest of the office stays as it was
    easy, bad = by_text[TOO_EASY_TEXT], by_text[BAD_DISTRACTOR_TEXT]
    sheets = {v: paper_for(exam.id, v) for v in "AB"}
    rows, wrong_turns = [], {}  # wrong answers go round the distractors, so each draws someone
    for n, (s, skill) in enumerate(sorted(staff, key=lambda p: -p[1])):
        version = "AB"[n % 2]
        paper = sheets[version]
        perfect = n < 2  # the two strongest score full marks
        responses = []
        for item in paper.items:
            chance = 1.0 if perfect or item["q"] == easy else min(0.97, 0.62 + 0.4 * skill - 0.08 * item["difficulty"])
            right = rng.random() < chance
            turn = wrong_turns[item["q"]] = wrong_turns.get(item["q"], -1) + (not right)
            never = item["options"].index(BAD_OPTION) if item["q"] == bad else None
            responses.append(_response(rng, item, right, turn, never, skill=skill))
        rows.append({"staff": s.id, "version": version, "responses": responses})
    record_answers(SYSTEM, exam.id, rows)
    # The two full marks propose B02; the supervisor confirms them, as every month (a pending
    # proposal would hold up publishing the month).
    confirm_pending(SYSTEM, month)


def _response(rng: random.Random, item: dict, right: bool, turn: int, never: int | None, skill: float) -> str:
    """What a person wrote on a paper item, in the paper's letters (``turn``: the item's how-manieth
    wrong answer; ``never``: the bank option nobody picks)."""
    from ..exambank.papers import shown_key

    t, key = item["type"], shown_key(item)
    if t == "short":
        pts = item["points"]
        return f"{pts}" if right else f"{max(0.0, round((pts * (0.3 + 0.5 * skill) + rng.uniform(-2, 1)) * 2) / 2):g}"
    if right:
        return key.split("|")[0]
    if t == "truefalse":
        return "F" if key == "T" else "T"
    if t == "fill":
        return "-"
    # Choice questions: wrong answers go round the bank's distractors (the same on both versions).
    n, perm, bank_key = len(item["options"]), item["perm"], item["answer"]
    distractors = [k for k in range(n) if "ABCDEFGH"[k] not in bank_key]
    if never is not None:  # the implausible option is never chosen
        distractors.remove(never)

    def shown(bank_options) -> str:
        return "".join(sorted("ABCDEFGH"[perm.index(k)] for k in bank_options))

    right_options = ["ABCDEFGH".index(ch) for ch in bank_key]
    if t == "single":
        return shown([distractors[turn % len(distractors)]])
    # multiple choice: a wrong option added, or one right option missed
    if turn % 2 == 0:
        return shown(right_options + [distractors[(turn // 2) % len(distractors)]])
    return shown([k for k in right_options if k != right_options[(turn // 2) % len(right_options)]])


def _spot_checks(rng: random.Random, month: Month, staff, days: int, last_day: _dt.date) -> None:
    """Two or three random spot checks a month by the QA inspector; weaker agents fail more items."""
    from ..monthly.spotchecks import checklist, record_spot_checks

    items = checklist()
    agents = [(s, k) for s, k in staff if s.role == "agent"]
    checks = []
    for _ in range(rng.randint(2, 3)):
        s, skill = rng.choice(agents)
        day = month.first_day + _dt.timedelta(days=rng.randrange(days))
        if day > last_day:
            continue
        results = {}
        for item in items:
            if item.rule_code and rng.random() < 0.07 * (1.2 - skill):
                results[item.id] = (False, "录音抽查发现：" + item.text[:12])
        reference = f"GD{day:%y%m%d}{rng.randint(100, 999)}"
        checks.append(dict(staff=s, date=day, reference=reference, channel=rng.choice(["chat", "phone"]),
                           checked_by=_spot_checker(reference), results=results))
    record_spot_checks(SYSTEM, checks)


def _spot_checker(reference: str) -> str:
    """Who made a spot check: mostly the QA inspector, now and then the supervisor (its own generator
    keeps the rest of the office unchanged)."""
    return "ZG001 孙丽华" if random.Random(reference).random() < 0.3 else "ZJ001 马俊"


# Calibration sessions: (month index, graders, conversations, how often a grader strays from the
# right verdict). The graders stray less each time, so agreement improves session by session.
CALIBRATIONS = [
    (MONTHS - 19, ["孙丽华", "马俊", "陈静"], 8, 0.16),
    (MONTHS - 11, ["孙丽华", "马俊", "陈静", "黄志强"], 8, 0.08),
    (MONTHS - 4, ["孙丽华", "马俊", "黄志强"], 10, 0.025),
]
# A grader's own leaning: how much more often they miss a real fault (lenient) or see one that is not there.
LEANING = {"陈静": (1.8, 0.5), "黄志强": (0.7, 1.6)}


def _calibrations(months: list[Month], today: _dt.date) -> None:
    """Three closed calibration sessions over the demo's months and one in progress this month:
    each on conversations the month's spot checks looked at, each grader rating blind."""
    from ..insight.calibration_sessions import close_session, conversations_of, create_session, rate
    from ..store.models import SpotCheck

    rng = random.Random(7319)  # its own generator: the months above stay as they were
    plans = list(CALIBRATIONS) + [(MONTHS, ["孙丽华", "马俊", "陈静", "黄志强"], 6, 0.03)]
    for number, (index, graders, n_convs, stray) in enumerate(plans, start=1):
        is_open = index >= len(months)
        month = Month.of(today) if is_open else months[index]
        day = min(today, month.first_day + _dt.timedelta(days=24)) if not is_open else today
        clock.set_fixed(_dt.datetime.combine(day, _dt.time(7, 0)))
        refs = [(r, no) for r, no in SpotCheck.select(SpotCheck.reference, Staff.employee_no).join(Staff)
                .where(SpotCheck.date.between(month.add(-1).first_day, day)).order_by(SpotCheck.id).tuples()]
        refs = refs[-n_convs:]
        while len(refs) < n_convs:  # a quiet month: tickets from the helpdesk fill the session
            refs.append((f"GD{day:%y%m%d}{900 + len(refs)}", None))
        title = f"{month.year}年{month.month}月评分校准"
        session = create_session(SYSTEM, title, day, refs, graders,
                                 note=f"第 {number} 次校准：各评分人独立打分，结束后一起对照分歧最大的项目。")
        items = [it["id"] for it in session.items]
        convs = [c.id for c in conversations_of(session)]
        # The right verdicts: most items pass, about one in five has a real fault.
        truth = {(c, i): rng.random() < 0.2 for c in convs for i in items}
        for g_no, name in enumerate(graders):
            miss, extra = LEANING.get(name, (1.0, 1.0))
            if is_open and g_no >= 2:  # still rating: one grader halfway, one not yet started
                if g_no == 3:
                    continue
                convs_rated = convs[:len(convs) // 2]
            else:
                convs_rated = convs
            verdicts = {}
            for c in convs_rated:
                for i in items:
                    fault = truth[(c, i)]
                    if rng.random() < stray * (miss if fault else extra * 0.5):
                        fault = not fault
                    verdicts[(c, i)] = "fail" if fault else "pass"
            rate(SYSTEM, session.id, name, verdicts)
        if not is_open:
            clock.set_fixed(_dt.datetime.combine(day, _dt.time(9, 30)))
            close_session(SYSTEM, session.id)
    clock.set_fixed(None)


def _appeals(month: Month, index: int, staff, publish_at: _dt.datetime, is_last: bool) -> None:
    """Appeals after publication: one upheld (a second revision), one rejected, and in the latest
    month one still waiting for a decision."""
    from ..monthly.appeals import decide_appeal, record_appeal
    from ..monthly.events import month_events

    deductions = [e for e in month_events(month) if e.points < 0 and not e.voided and e.staff.role == "agent"]
    if not deductions:
        return
    clock.set_fixed(publish_at + _dt.timedelta(hours=3))
    if is_last:
        ev = deductions[0]
        record_appeal(SYSTEM, month, ev.staff_id, [ev.id], "当天系统故障，记录是同事补录时写错了人。", "wrong_facts")
    elif index % 6 == 2:
        ev = deductions[0]
        a = record_appeal(SYSTEM, month, ev.staff_id, [ev.id], "客户事后来电表示满意，投诉已撤回。", "wrong_facts")
        clock.set_fixed(publish_at + _dt.timedelta(hours=20))
        decide_appeal(SYSTEM, a.id, "upheld", "经回访核实，客户已撤回投诉，该扣分作废。")
    elif index % 6 == 4:
        ev = deductions[-1]
        a = record_appeal(SYSTEM, month, ev.staff_id, [ev.id], "认为扣分过重。", "wrong_points")
        clock.set_fixed(publish_at + _dt.timedelta(hours=20))
        decide_appeal(SYSTEM, a.id, "rejected", "抽查录音清楚，扣分符合细则，维持原判。")


def _annual(rng: random.Random, staff, months: list[Month], today: _dt.date) -> None:
    """Last year's reviews signed off; this year's goals, coaching notes and a review in progress."""
    from ..annual.reviews import (add_coaching_notes, add_goals, record_interview, save_ratings,
                                 save_self_review, sign_off_many)
    from ..annual.templates import template_for_role

    last_year, this_year = today.year - 1, today.year
    if months[0].year > last_year or Month(last_year, 12) not in months:
        return
    for year in (last_year, this_year):
        clock.set_fixed(_dt.datetime(year, 1, 10, 2, 0))
        goals = []
        for s, skill in staff:
            has_csat = template_for_role(s.role).indicator("csat") is not None
            goals += [dict(staff=s, year=year, title="客户满意度达到 92%", indicator="csat" if has_csat else "",
                           target=92, weight=40),
                      dict(staff=s, year=year, title="技能考试平均 85 分以上", weight=30),
                      dict(staff=s, year=year, title="每季度至少一条被采纳的建议", weight=30)]
        add_goals(SYSTEM, goals)
        for quarter in range(4):
            day = _dt.date(year, 2 + quarter * 3, 15)
            if day > today:
                break
            clock.set_fixed(_dt.datetime.combine(day, _dt.time(2, 0)))
            notes = []
            for s, skill in staff:
                if rng.random() < 0.5:
                    notes.append(dict(staff=s, date=day, topic=rng.choice(
                        ["难缠客户沟通", "售后流程", "错别字与回复准确性", "情绪管理", "产品新功能"]),
                        note="一对一辅导，回顾本季度抽查录音，约定改进点。",
                        follow_up=day + _dt.timedelta(days=30)))
            add_coaching_notes(SYSTEM, notes)
    # Last year's year-end: self-review, ratings, interview, sign-off (early January).
    clock.set_fixed(_dt.datetime(this_year, 1, 8, 2, 0))
    for s, skill in staff:
        save_self_review(SYSTEM, s, last_year, "全年完成各项工作，客户满意度稳定；需要加强复杂售后问题的处理。")
        template = template_for_role(s.role)
        ratings = {}
        for code in template.judged_codes():
            r = min(5, max(2, round(2.5 + 2.5 * skill + rng.uniform(-0.6, 0.6))))
            ratings[code] = r if r in (3, 4) else {"rating": r, "comment": "表现突出，获同事认可。" if r == 5
                                                         else "本年度多次被投诉，需要改进。"}
        save_ratings(SYSTEM, s, last_year, ratings, "总体表现良好，明年重点提升一次性解决率。")
        record_interview(SYSTEM, s, last_year, _dt.date(this_year, 1, 8), f"{s.name}、孙丽华",
                         "回顾全年成绩与考核结果，员工认可评价。", "参加售后进阶培训；每月一次录音复盘。")
    sign_off_many(SYSTEM, [s for s, _skill in staff], last_year)
