"""The audit trail reads entirely in Chinese: actions, records, fields and the values in
them (statuses, ratings, appeal items, sources, who), not the program's own keys."""

from __future__ import annotations

import re

from gui_texts import english_words

from csperf_desktop.gui.admin.audit_dialog import AuditModel, DiffModel, Names
from csperf_desktop.gui.shell import i18n
from csperf_desktop.monthly.events import add_event, restore_event, void_event
from csperf_desktop.store.models import AuditEntry

ACRONYMS = {"CSAT", "FCR"}
CHOICE_LETTERS = re.compile(r"[A-H]+")
HEX = re.compile(r"\b[0-9A-Fa-f]{8,}\b")  # fingerprints, hashes and digests are codes, not words


def shown_texts(entry, names):
    rows = AuditModel()
    rows.set_rows([entry], names)
    texts = [rows.data(rows.index(0, c)) or "" for c in range(rows.columnCount())]
    diff = DiffModel()
    diff.set_entry(entry, names)
    for field, before, after, _changed in diff.rows:
        texts += [field, before, after]
    return texts


def test_every_entry_of_the_demo_office_reads_in_chinese(qapp, demo_db, supervisor):
    ev = add_event(supervisor, "KF001", "D04", "2026-10-05", 2)
    void_event(supervisor, ev.id, "记错了")
    restore_event(supervisor, ev.id, "误作废")
    i18n.install(qapp, "zh_CN")
    try:
        names = Names()
        english = {}
        actions = set()
        logins = {w for (a,) in AuditEntry.select(AuditEntry.actor).distinct().tuples() for w in re.split(r"\W+", a)}
        for entry in AuditEntry.select():
            actions.add(entry.action)
            for text in shown_texts(entry, names):
                for word in english_words(HEX.sub("", str(text))):
                    if word in logins or word in ACRONYMS or CHOICE_LETTERS.fullmatch(word):
                        continue  # the trail names the login beside the person; CSAT is what it is called;
                        # an exam answer is written in option letters (ABC)
                    english.setdefault(word, (entry.action, str(text)[:80]))
    finally:
        i18n.install(qapp, "en")
    assert {"save_ratings", "sign_off_review", "record_appeal", "decide_appeal", "restore_event"} <= actions
    assert english == {}


def test_ratings_and_appeal_items_are_spelled_out(qapp, demo_db):
    i18n.install(qapp, "zh_CN")
    try:
        names = Names()
        ratings = AuditEntry.select().where(AuditEntry.action == "save_ratings").first()
        decided = AuditEntry.select().where(AuditEntry.action == "decide_appeal").first()
        rating_text = " ".join(shown_texts(ratings, names))
        decided_text = " ".join(shown_texts(decided, names))
    finally:
        i18n.install(qapp, "en")
    assert "{" not in rating_text and "rating" not in rating_text
    assert "评分" in rating_text or "评语" in rating_text or "态度" in rating_text
    assert "结论" in decided_text and "{" not in decided_text
