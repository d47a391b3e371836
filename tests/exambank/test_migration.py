"""An office from before the exam bank gets its tables and keeps its exams."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest

from csperf_desktop.store import migrations
from csperf_desktop.store.db import close_database, open_database
from csperf_desktop.store.models import Exam, ExamPaper, ExamQuestion

V1 = Path(__file__).resolve().parents[1] / "data" / "demo-schema-v1.db.gz"

pytestmark = pytest.mark.sqlite_only


def test_an_older_office_gets_the_exam_bank_tables_and_can_use_them(tmp_path, fixed_clock, supervisor):
    from csperf_desktop.exambank import bank, papers

    path = tmp_path / "office.db"
    with gzip.open(V1) as src, open(path, "wb") as dst:
        shutil.copyfileobj(src, dst)
    try:
        database = open_database(str(path))
        assert {"exam_question", "exam_paper", "exam_answer"} <= set(database.get_tables())
        assert migrations.current_version(database) == migrations.LATEST
        exams_before = Exam.select().count()
        assert exams_before > 0 and ExamQuestion.select().count() == 0
        q = bank.add_question(supervisor, area="接单", qtype="truefalse", text="先核对地址再下单。", answer="T")
        exam = Exam.create(date="2026-12-15", month="2026-12", title="考", area="mixed", full_marks=2, pass_mark=1)
        papers.save_paper(supervisor, exam.id, [q.id])
        assert ExamPaper.select().count() == 2
    finally:
        close_database()
