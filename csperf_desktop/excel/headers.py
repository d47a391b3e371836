"""The columns of each import kind: Chinese header, English alias, synonyms,
value type and the help text printed on the template's notes sheet.

Headers are matched by name in any column order. A header cell matches when,
after normalising (full-width to half-width, letter case, spaces and a unit
in brackets such as “(%)” or “（秒）” removed), it equals the Chinese header,
the English alias or one of the synonyms.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Column:
    key: str  # English alias, also the field name
    zh: str  # Chinese header written on templates and exports
    type: str  # text | date | month | int | number | percent | duration | choice | points | staff_role | method | rule
    required: bool = False
    synonyms: tuple = ()
    help: str = ""
    example: object = None
    check_only: bool = False  # read to cross-check (e.g. a name against the employee no.), never written
    template: bool = True  # shown on the blank template (False: only recognised when importing an export)

    @property
    def names(self) -> tuple:
        return (self.zh, self.key) + tuple(self.synonyms)


@dataclass(frozen=True)
class Kind:
    key: str
    zh: str  # e.g. "人员名单"
    sheet: str  # sheet name on templates and exports
    columns: tuple = field(default_factory=tuple)

    def column(self, key: str) -> Column:
        for c in self.columns:
            if c.key == key:
                return c
        raise KeyError(key)


_UNIT_RE = re.compile(r"[(\[（【][^)\]）】]*[)\]）】]$")


def normalise(text) -> str:
    if text is None:
        return ""
    t = unicodedata.normalize("NFKC", str(text)).strip().lower()
    t = re.sub(r"\s+", "", t)
    t = t.rstrip("*:：")
    stripped = _UNIT_RE.sub("", t)
    return stripped or t


STAFF = Kind("staff", "人员名单", "人员名单", (
    Column("employee_no", "工号", "text", True, ("员工编号", "员工号", "编号", "工号编码", "staff_no", "emp_no"),
           "每人唯一，不能含空格；已存在的工号会按表中内容更新（需确认）。", "KF101"),
    Column("name", "姓名", "text", True, ("名字", "员工姓名", "客服姓名"), "真实姓名，最多 64 字。", "林小雨"),
    Column("role", "岗位", "staff_role", False, ("职位", "角色", "岗位类别"),
           "客服、客服主管或质检专员（也可写 agent / team_lead / qa）；不填为客服。", "客服"),
    Column("team", "组别", "text", False, ("班组", "小组", "组", "所属组别"), "所属小组，可不填。", "一组"),
    Column("hire_date", "入职日期", "date", False, ("入职时间", "入职日"), "日期，如 2026-10-03、2026/10/3 或 2026年10月3日。",
           "2025-03-01"),
    Column("leave_date", "离职日期", "date", False, ("离职时间", "离职日"), "已离职才填；不早于入职日期。", None),
    Column("note", "备注", "text", False, ("说明",), "可不填，最多 2000 字。", ""),
))

EVENTS = Kind("events", "评分记录", "评分记录", (
    Column("date", "日期", "date", True, ("发生日期", "记录日期", "评分日期"),
           "事情发生的日期；不能晚于今天，所在月份必须未公示。", "2026-10-08"),
    Column("employee_no", "工号", "text", True, ("员工编号", "员工号", "编号"), "必须是“人员”中已有的工号。", "KF001"),
    Column("name", "姓名", "text", False, ("员工姓名", "客服姓名"),
           "可不填；填了会与工号核对，不一致时报错，防止工号写错。", "张晓梅", check_only=True),
    Column("rule_code", "项目代码", "rule", True, ("考核项目代码", "细则代码", "代码", "项目编号", "rule"),
           "考核细则中的代码，如 B01、D04。", "D04"),
    Column("points", "分值", "points", False, ("每次分值", "分数", "单次分值"),
           "每次的分值，须在该项目的范围内；扣分项写不写负号都可以；不填取项目默认分值。", -2),
    Column("quantity", "次数", "int", False, ("数量", "件数"), "1–100 的整数，不填为 1；按月计分的项目只能为 1。", 1),
    Column("method", "考核方式", "method", False, ("方式", "考察方式", "检查方式"),
           "督查、随机抽查、定期考察或事后追查；不填为督查。", "随机抽查"),
    Column("reference", "单号", "text", False, ("订单号", "工单号", "单据号", "参考号"), "订单或工单号，可不填。", "DD20261008001"),
    Column("note", "备注", "text", False, ("说明", "情况说明"), "情况说明，可不填。", "回复有错别字"),
    Column("status", "状态", "text", False, ("记录状态",),
           "导出文件中的“已作废”记录在导入时跳过；新记录不用填。", None, check_only=True, template=False),
))

FIGURES = Kind("figures", "月度数据", "月度数据", (
    Column("month", "月份", "month", True, ("统计月份", "所属月份", "年月"), "如 2026-10 或 2026年10月；该月必须未公示。",
           "2026-10"),
    Column("employee_no", "工号", "text", True, ("员工编号", "员工号", "编号"), "必须是“人员”中已有的工号。", "KF001"),
    Column("name", "姓名", "text", False, ("员工姓名", "客服姓名"), "可不填；填了会与工号核对。", "张晓梅", check_only=True),
    Column("csat_pct", "客户满意度(%)", "percent", False, ("客户满意度", "满意度", "满意率", "csat"),
           "“满意及以上”的比例：0.93、93 或 93% 都表示 93%。", 0.93),
    Column("avg_response_s", "平均响应时长(秒)", "duration", False, ("平均响应时长", "平均响应时间", "平均首次响应时长", "响应时长"),
           "单位是秒：填秒数（如 35）；也可写“分:秒”（如 0:35，本列是文本格式）。"
           "Excel 里的时间单元格（如 0:35）既可读作 35 分也可读作 35 秒，会被拒绝。", 35),
    Column("avg_handle_s", "平均处理时长(秒)", "duration", False, ("平均处理时长", "平均处理时间", "平均通话时长", "处理时长"),
           "单位是秒：填秒数（如 245）；也可写“分:秒”（如 4:05，本列是文本格式）。"
           "Excel 里的时间单元格（如 4:05）有两种读法，会被拒绝。", 245),
    Column("fcr_pct", "一次解决率(%)", "percent", False, ("一次解决率", "一次性解决率", "首次解决率", "fcr"),
           "首次联系即解决的比例：0.8、80 或 80%。", "80%"),
    Column("contacts", "接待量", "int", False, ("接待数", "咨询量", "会话量", "工单量"), "本月接待的会话或工单数，整数。", 1260),
    Column("sales_amount", "销售额(元)", "number", False, ("销售额", "销售金额", "sales"), "本月销售额，元。", 58600),
    Column("orders", "订单数", "int", False, ("订单量", "成交单数"), "本月订单数，整数。", 112),
    Column("late_count", "迟到次数", "int", False, ("迟到",), "0–31 的整数。", 0),
    Column("early_leave_count", "早退次数", "int", False, ("早退",), "0–31 的整数。", 0),
    Column("absence_days", "缺勤天数", "number", False, ("缺勤", "缺勤天"), "0–31，可有半天（0.5）。", 0),
))

EXAMS = Kind("exams", "考试成绩", "考试成绩", (
    Column("exam_date", "考试日期", "date", True, ("日期", "考试时间"), "考试当天的日期；所在月份必须未公示。", "2026-10-28"),
    Column("exam_title", "考试名称", "text", True, ("考试", "试卷名称", "考试标题"),
           "同一日期、同一名称的行属于同一场考试；系统中没有的考试会新建。", "10月工作技巧考试"),
    Column("area", "考试内容", "exam_area", False, ("考试范围", "科目", "内容"),
           "接单、售后、日常工作、产品知识、公司制度或综合；不填为综合。", "综合"),
    Column("full_marks", "满分", "int", False, ("总分", "满分值"), "1–1000 的整数，不填为 100。", 100),
    Column("pass_mark", "及格分", "int", False, ("及格线", "及格"), "不高于满分，不填为满分的 60%。", 60),
    Column("employee_no", "工号", "text", True, ("员工编号", "员工号", "编号"), "必须是“人员”中已有的工号。", "KF001"),
    Column("name", "姓名", "text", False, ("员工姓名", "客服姓名"), "可不填；填了会与工号核对。", "张晓梅", check_only=True),
    Column("score", "成绩", "score", True, ("分数", "得分", "考试成绩"),
           "0 到满分之间，最多保留到 0.5 分；缺考写“缺考”。满分会产生 B02 加分建议。", 92.5),
    Column("note", "备注", "text", False, ("说明",), "可不填，最多 500 字。", ""),
))

KINDS: dict[str, Kind] = {k.key: k for k in (STAFF, EVENTS, FIGURES, EXAMS)}


def register_kind(kind: Kind) -> None:
    KINDS[kind.key] = kind


def lookup(kind: Kind) -> dict[str, str]:
    """normalised header -> column key."""
    out = {}
    for c in kind.columns:
        for n in c.names:
            out.setdefault(normalise(n), c.key)
    return out


def kind_by_key(key: str) -> Kind:
    from ..base.errors import ValidationError

    try:
        return KINDS[key]
    except KeyError:
        raise ValidationError(
            f"未知的导入类别“{key}”，应为：{'、'.join(f'{k}（{v.zh}）' for k, v in KINDS.items())}。",
            field="kind") from None
