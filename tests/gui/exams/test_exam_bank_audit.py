"""The exam bank's audit entries read in Chinese in the audit viewer."""

from __future__ import annotations

import re

from gui_texts import english_words

from csperf_desktop.exambank import bank, marking, papers
from csperf_desktop.monthly.exams import add_exam
from csperf_desktop.store.models import AuditEntry

HEX = re.compile(r"\b[0-9A-Fa-f]{8,}\b")


def test_bank_paper_and_marking_entries_read_in_chinese(qapp, office, supervisor):
    from csperf_desktop.gui.admin.audit_dialog import AuditModel, DiffModel, Names
    from csperf_desktop.gui.shell import i18n

    q = bank.add_question(supervisor, area="接单", topic="话术", qtype="single", text="题", options=["甲", "乙"],
                          answer="B", model_answer="")
    bank.update_question(supervisor, q.id, qtype="truefalse", answer="T")
    t = bank.add_question(supervisor, area="售后", topic="退换货", qtype="short", text="简", model_answer="要点")
    exam = add_exam(supervisor, date="2026-10-15", title="十月技能考试")
    papers.save_paper(supervisor, exam.id, [q.id, t.id])
    papers.save_paper(supervisor, exam.id, [t.id, q.id], seed=2)
    marking.record_answers(supervisor, exam.id, [{"staff": "A01", "responses": ["T", "2"]},
                                                 {"staff": "A02", "absent": True}])
    i18n.install(qapp, "zh_CN")
    try:
        names = Names()
        english = {}
        for entry in AuditEntry.select():
            rows = AuditModel()
            rows.set_rows([entry], names)
            texts = [rows.data(rows.index(0, c)) or "" for c in range(rows.columnCount())]
            diff = DiffModel()
            diff.set_entry(entry, names)
            for field, before, after, _changed in diff.rows:
                texts += [field, before, after]
            for text in texts:
                for word in english_words(HEX.sub("", str(text))):
                    if word not in ("sup",):
                        english.setdefault(word, (entry.action, str(text)[:80]))
    finally:
        i18n.install(qapp, "en")
    assert english == {}
