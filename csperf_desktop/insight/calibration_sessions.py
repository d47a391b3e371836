"""Calibration sessions: create, rate blind, close, report.

A session lists a few service conversations (ticket or order references) and several
graders (a name typed in — the supervisor, a team lead, a quality inspector — or a person
of the staff list). Each grader gives every checklist item of every conversation a verdict,
通过 or 不通过, without seeing the others': while the session is open only one grader's
own sheet is ever read (``grader_sheet``), and the report (``session_report``) is refused.
Closing the session freezes the ratings and opens the report.

A calibration changes no score, so no month lock applies; every change is still a service
call: role ``spot_check``, one transaction, one audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass

from peewee import chunked

from ..base import clock
from ..base.errors import Conflict, NotFound, ValidationError
from ..base.values import clean_text, parse_date, parse_int
from ..monthly.spotchecks import SECTIONS, checklist
from ..store.models import (CalibrationConversation, CalibrationGrader, CalibrationRating, CalibrationSession,
                            Staff)
from ..trust.auth import Actor
from ..trust.service import change
from . import calibration as stats

STATUS = {"open": ("进行中", "Open"), "closed": ("已结束", "Closed")}

_PASS_WORDS = {"1", "y", "yes", "pass", "p", "ok", "通过", "合格", "是", "√", "✓", "对"}
_FAIL_WORDS = {"0", "n", "no", "fail", "f", "x", "不通过", "不合格", "否", "×", "✗", "错"}
_EMPTY_WORDS = {"", "-", "—", "未评", "none", "null"}


def parse_verdict(value, label: str = "评分结论", field: str = "verdict") -> str | None:
    """'pass' | 'fail' from 1/0, Y/N, 通过/不通过 (and the like); None for an empty cell (not rated)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return stats.PASS if value else stats.FAIL
    if isinstance(value, (int, float)) and value in (0, 1):
        return stats.PASS if value == 1 else stats.FAIL
    text = str(value).strip().lower()
    if text in _EMPTY_WORDS:
        return None
    if text in _PASS_WORDS:
        return stats.PASS
    if text in _FAIL_WORDS:
        return stats.FAIL
    raise ValidationError(f"{label}“{value}”无效：通过填 1、Y 或“通过”，不通过填 0、N 或“不通过”，未评留空。",
                          field=field)


def item_code(item_id: int) -> str:
    """A checklist line's short code in calibration reports (stable across sessions)."""
    return f"C{item_id:02d}"


# ---------------------------------------------------------------- reading

def find_session(session_id) -> CalibrationSession:
    sid = parse_int(session_id, "校准会话编号", "session", minimum=1)
    s = CalibrationSession.get_or_none(CalibrationSession.id == sid)
    if s is None:
        raise NotFound(f"找不到编号为 {sid} 的校准会话。请用 calibration list 查看已有的会话。", field="session")
    return s


def list_sessions() -> list[CalibrationSession]:
    return list(CalibrationSession.select().order_by(CalibrationSession.date.desc(), CalibrationSession.id.desc()))


def conversations_of(session: CalibrationSession) -> list[CalibrationConversation]:
    return list(CalibrationConversation.select().where(CalibrationConversation.session == session)
                .order_by(CalibrationConversation.sort_order, CalibrationConversation.id))


def graders_of(session: CalibrationSession) -> list[CalibrationGrader]:
    return list(CalibrationGrader.select().where(CalibrationGrader.session == session)
                .order_by(CalibrationGrader.sort_order, CalibrationGrader.id))


def find_grader(session: CalibrationSession, grader) -> CalibrationGrader:
    if isinstance(grader, CalibrationGrader):
        if grader.session_id != session.id:
            raise NotFound(f"评分人“{grader.name}”不属于校准会话 {session.id}。", field="grader")
        return grader
    text = str(grader).strip()
    for g in graders_of(session):
        if g.name == text or (text.isdigit() and g.id == int(text)):
            return g
    names = "、".join(g.name for g in graders_of(session))
    raise NotFound(f"校准会话 {session.id} 没有评分人“{text}”。这次的评分人：{names}。", field="grader")


def find_conversation(session: CalibrationSession, conversation) -> CalibrationConversation:
    if isinstance(conversation, CalibrationConversation):
        return conversation
    text = str(conversation).strip()
    for c in conversations_of(session):
        if c.reference == text or (isinstance(conversation, int) and c.id == conversation):
            return c
    raise NotFound(f"校准会话 {session.id} 没有单号“{text}”的会话。", field="conversation")


def find_item(session: CalibrationSession, item) -> dict:
    text = str(item).strip().upper()
    for it in session.items or []:
        if text in (it["code"], str(it["id"])) or str(item).strip() == it["text"]:
            return it
    raise NotFound(f"校准会话 {session.id} 没有检查项目“{item}”（填项目代码，如 "
                   f"{(session.items or [{'code': 'C01'}])[0]['code']}）。", field="item")


def grader_sheet(session_id, grader) -> dict[tuple[int, int], str]:
    """One grader's own verdicts {(conversation id, item id): verdict} — never anyone else's,
    so a grader's entry view stays blind while the session is open."""
    session = find_session(session_id)
    g = find_grader(session, grader)
    rows = CalibrationRating.select().where(CalibrationRating.grader == g)
    return {(r.conversation_id, r.item_id): r.verdict for r in rows}


def progress(session: CalibrationSession) -> dict[int, int]:
    """Verdicts given per grader id (a count only: shows who has finished, not what they said)."""
    from peewee import fn

    q = (CalibrationRating.select(CalibrationRating.grader, fn.COUNT(CalibrationRating.id))
         .where(CalibrationRating.session == session).group_by(CalibrationRating.grader).tuples())
    return {g: n for g, n in q}


# ---------------------------------------------------------------- changing

def _session_record(s: CalibrationSession, convs, graders) -> dict:
    return {"title": s.title, "date": s.date, "status": s.status, "note": s.note,
            "items": [it["code"] for it in s.items or []],
            "conversations": [c.reference for c in convs], "graders": [g.name for g in graders]}


def _clean_names(values, label: str, field: str, max_length: int) -> list[str]:
    out: list[str] = []
    for v in values or []:
        text = clean_text(v, label, field, max_length=max_length)
        if not text:
            continue
        if text in out:
            raise ValidationError(f"{label}“{text}”重复了，每个只填一次。", field=field)
        out.append(text)
    return out


def create_session(actor: Actor, title: str, date, conversations, graders, note: str = "") -> CalibrationSession:
    """A new open session on today's active checklist. ``conversations``: references (or
    (reference, employee no.) pairs); ``graders``: names (a staff employee no. or name links
    the person)."""
    with change(actor, "spot_check") as tx:
        title = clean_text(title, "校准会话名称", "title", max_length=200, required=True)
        day = parse_date(date or clock.today(), "日期", "date")
        note = clean_text(note, "备注", "note", max_length=2000)
        refs, agents = [], {}
        for c in conversations or []:
            ref, who = (c if isinstance(c, (tuple, list)) else (c, None))
            ref = clean_text(ref, "单号", "conversations", max_length=100)
            if not ref:
                continue
            if ref in refs:
                raise ValidationError(f"单号“{ref}”重复了，每个会话只填一次。", field="conversations")
            refs.append(ref)
            if who:
                from ..office.lookups import find_staff

                agents[ref] = find_staff(who)
        names = _clean_names(graders, "评分人", "graders", 64)
        if not refs:
            raise ValidationError("请至少填一个要校准的会话单号（工单号或订单号）。", field="conversations")
        if len(names) < 2:
            raise ValidationError("校准至少需要两位评分人（例如主管和一位质检专员）。", field="graders")
        items = [{"id": i.id, "code": item_code(i.id), "section": i.section, "text": i.text,
                  "rule_code": i.rule_code} for i in checklist()]
        if not items:
            raise ValidationError("抽查检查表没有启用的项目，无法校准。请先在考核细则里启用检查项目。", field="items")
        s = CalibrationSession.create(title=title, date=day, status="open", items=items, note=note,
                                      created_by=actor.username, created_at=clock.now_utc())
        convs = [CalibrationConversation.create(session=s, reference=r, staff=agents.get(r), sort_order=n)
                 for n, r in enumerate(refs)]
        staff_by_name = {}
        for st in Staff.select().where(Staff.name.in_(names) | Staff.employee_no.in_(names)):
            staff_by_name.setdefault(st.name, st)
            staff_by_name.setdefault(st.employee_no, st)
        gs = []
        for n, name in enumerate(names):
            st = staff_by_name.get(name)
            gs.append(CalibrationGrader.create(session=s, name=st.name if st and name == st.employee_no else name,
                                               staff=st, sort_order=n))
        if len({g.name for g in gs}) != len(gs):
            raise ValidationError("两位评分人指向了同一个人，每人只填一次。", field="graders")
        tx.audit("create_calibration", "calibration_session", s.id, after=_session_record(s, convs, gs))
        return s


def _ensure_open(session: CalibrationSession, what: str) -> None:
    if session.status != "open":
        raise Conflict(f"校准会话 {session.id}“{session.title}”已结束，不能再{what}。", field="session")


@dataclass
class RatingChange:
    added: int = 0
    changed: int = 0
    cleared: int = 0

    @property
    def total(self) -> int:
        return self.added + self.changed + self.cleared


def rate(actor: Actor, session_id, grader, verdicts: dict) -> RatingChange:
    """Record one grader's verdicts: {(conversation, item): verdict}; an empty verdict clears
    one. All or nothing; one audit entry for the batch. Refused once the session is closed."""
    with change(actor, "spot_check") as tx:
        session = find_session(session_id)
        _ensure_open(session, "评分")
        return rate_in(tx, session, grader, verdicts)


def rate_in(tx, session: CalibrationSession, grader, verdicts: dict) -> RatingChange:
    """``rate`` inside a caller's ``change()`` (the import writes several graders at once)."""
    g = find_grader(session, grader)
    convs = {c.id: c for c in conversations_of(session)}
    by_ref = {c.reference: c for c in convs.values()}
    item_ids = {it["id"]: it for it in session.items or []}
    existing = {(r.conversation_id, r.item_id): r for r in
                CalibrationRating.select().where(CalibrationRating.grader == g)}
    out = RatingChange()
    detail, new_rows = [], []
    now = clock.now_utc()
    for (conv, item), value in verdicts.items():
        c = convs.get(conv) if isinstance(conv, int) else by_ref.get(str(conv).strip())
        if isinstance(conv, CalibrationConversation):
            c = convs.get(conv.id)
        if c is None:
            raise NotFound(f"校准会话 {session.id} 没有会话“{conv}”。", field="conversation")
        it = item_ids.get(item) if isinstance(item, int) else find_item(session, item)
        if it is None:
            raise NotFound(f"检查项目 {item} 不在校准会话 {session.id} 里。", field="item")
        verdict = parse_verdict(value)
        old = existing.get((c.id, it["id"]))
        if old is None and verdict is None:
            continue
        if old is not None and old.verdict == verdict:
            continue
        if verdict is None:
            old.delete_instance()
            out.cleared += 1
        elif old is None:
            new_rows.append({"session": session.id, "conversation": c.id, "grader": g.id, "item_id": it["id"],
                             "verdict": verdict, "entered_by": tx.actor.username, "entered_at": now})
            out.added += 1
        else:
            old.verdict, old.entered_by, old.entered_at = verdict, tx.actor.username, now
            old.save()
            out.changed += 1
        detail.append([c.reference, it["code"], old.verdict if old is not None else None, verdict])
    for chunk in chunked(new_rows, 100):  # a whole sheet in a few statements, not one per verdict
        CalibrationRating.insert_many(chunk).execute()
    if detail:
        tx.audit("rate_calibration", "calibration_session", session.id,
                 after={"grader": g.name, "verdicts": detail})
    return out


def close_session(actor: Actor, session_id) -> CalibrationSession:
    """Close a session: the ratings are frozen and the report becomes available."""
    with change(actor, "spot_check") as tx:
        session = find_session(session_id)
        _ensure_open(session, "结束")
        n = CalibrationRating.select().where(CalibrationRating.session == session).count()
        if n == 0:
            raise ValidationError(f"校准会话 {session.id} 还没有任何评分，不能结束。请先录入评分。", field="session")
        session.status, session.closed_by, session.closed_at = "closed", actor.username, clock.now_utc()
        session.save()
        tx.audit("close_calibration", "calibration_session", session.id, before={"status": "open"},
                 after={"status": "closed", "ratings": n})
        return session


# ---------------------------------------------------------------- the report

@dataclass
class SessionReport:
    session: CalibrationSession
    references: list[str]
    analysis: stats.Analysis

    def as_json(self) -> dict:
        a = self.analysis
        k = a.kappa
        out = {
            "session": {"id": self.session.id, "title": self.session.title, "date": str(self.session.date),
                        "status": self.session.status},
            "conversations": a.conversations,
            "references": self.references,
            "grader_count": len(a.graders),
            "units": a.units,
            "verdicts": a.verdicts,
            "overall_agreement": None if a.overall_agreement is None else round(a.overall_agreement, 4),
            "items": [i.as_json() for i in a.items],
            "most_disagreed": [i.code for i in a.most_disagreed()],
            "kappa": k.as_json(),
            "graders": [g.as_json() for g in a.graders],
            "notes": a.notes,
        }
        key = "cohen_kappa" if k.kind == "cohen" else "fleiss_kappa"
        out[key] = None if k.value is None else round(k.value, 4)
        return out


def _items_of(session: CalibrationSession) -> list[tuple]:
    return [(it["id"], it["code"], it["text"], SECTIONS.get(it["section"], (it["section"],))[0])
            for it in session.items or []]


def _ratings(session_ids: list[int]) -> dict[int, dict]:
    """{session id: {(conversation, item, grader): verdict}} in one query (plain tuples: no model rows)."""
    out: dict[int, dict] = {sid: {} for sid in session_ids}
    q = (CalibrationRating.select(CalibrationRating.session, CalibrationRating.conversation, CalibrationRating.item_id,
                                  CalibrationRating.grader, CalibrationRating.verdict)
         .where(CalibrationRating.session.in_(session_ids)).tuples())
    for sid, conv, item, grader, verdict in q:
        out[sid][(conv, item, grader)] = verdict
    return out


def analysis_of(session: CalibrationSession) -> SessionReport:
    convs = conversations_of(session)
    graders = graders_of(session)
    a = stats.analyse([c.id for c in convs], [(g.id, g.name) for g in graders], _items_of(session),
                      _ratings([session.id])[session.id])
    return SessionReport(session, [c.reference for c in convs], a)


def session_report(session_id) -> SessionReport:
    """The report of a closed session (refused while it is open: the graders are blind)."""
    session = find_session(session_id)
    if session.status != "closed":
        raise Conflict(f"校准会话 {session.id}“{session.title}”还在进行中：评分人互不可见，结束后才能看报告。"
                       f"请先结束会话（calibration close {session.id}）。", field="session")
    return analysis_of(session)


@dataclass
class SessionPoint:
    id: int
    title: str
    date: object
    kind: str
    kappa: float | None
    reading: str
    agreement: float | None
    conversations: int
    graders: int

    def as_json(self) -> dict:
        return {"id": self.id, "title": self.title, "date": str(self.date), "kind": self.kind,
                "kappa": None if self.kappa is None else round(self.kappa, 4), "reading": self.reading,
                "agreement": None if self.agreement is None else round(self.agreement, 4),
                "conversations": self.conversations, "graders": self.graders}


def sessions_over_time() -> list[SessionPoint]:
    """Every closed session, oldest first, with its kappa: is agreement improving? (Four queries.)"""
    sessions = list(CalibrationSession.select().where(CalibrationSession.status == "closed")
                    .order_by(CalibrationSession.date, CalibrationSession.id))
    ids = [s.id for s in sessions]
    convs: dict[int, list] = {sid: [] for sid in ids}
    for sid, cid in (CalibrationConversation.select(CalibrationConversation.session, CalibrationConversation.id)
                     .where(CalibrationConversation.session.in_(ids))
                     .order_by(CalibrationConversation.sort_order, CalibrationConversation.id).tuples()):
        convs[sid].append(cid)
    graders: dict[int, list] = {sid: [] for sid in ids}
    for sid, gid, name in (CalibrationGrader.select(CalibrationGrader.session, CalibrationGrader.id,
                                                    CalibrationGrader.name)
                           .where(CalibrationGrader.session.in_(ids))
                           .order_by(CalibrationGrader.sort_order, CalibrationGrader.id).tuples()):
        graders[sid].append((gid, name))
    ratings = _ratings(ids)
    out = []
    for s in sessions:
        a = stats.analyse(convs[s.id], graders[s.id], _items_of(s), ratings[s.id])
        out.append(SessionPoint(s.id, s.title, s.date, a.kappa.kind, a.kappa.value, a.kappa.reading,
                                a.overall_agreement, a.conversations, len(a.graders)))
    return out
