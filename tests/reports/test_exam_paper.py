"""The printed exam: paper, answer sheet and key on A4, CJK embedded, the key in the version's letters."""

from __future__ import annotations

import pytest

from report_pdf_helpers import font_embedding, page_sizes, pdf_pages, pdf_text

from csperf_desktop.base.errors import NotFound, ValidationError
from csperf_desktop.exambank import bank, papers
from csperf_desktop.monthly.exams import add_exam
from csperf_desktop.reports.exam_paper import write_exam_pdf


@pytest.fixture
def exam_with_paper(db, supervisor):
    s = bank.add_question(supervisor, area="售后", topic="退换货", qtype="single", text="破损商品退货的第一步？",
                          options=["请客户拍照留证", "让客户找快递", "直接退款", "请客户等三天"], answer="A")
    t = bank.add_question(supervisor, area="接单", topic="地址", qtype="truefalse", text="下单前核对收货地址。",
                          answer="T")
    k = bank.add_question(supervisor, area="日常工作", topic="制度", qtype="short", text="说说三要三不。",
                          model_answer="要热情、要耐心、要周到；不推诿、不争辩、不抱怨。", points=6)
    exam = add_exam(supervisor, date="2026-10-15", title="十月技能考试")
    a, b = papers.save_paper(supervisor, exam.id, [k.id, t.id, s.id], seed=3)
    return exam, a, b, s


def test_the_paper_lists_sections_in_type_order_with_the_shuffled_options(exam_with_paper, tmp_path):
    exam, a, b, s = exam_with_paper
    out = write_exam_pdf(exam.id, tmp_path / "卷.pdf", "B")
    text = pdf_text(out)
    assert page_sizes(out)[0] == (595, 842)  # A4
    assert all(font_embedding(out).values())
    assert text.index("一、单选题") < text.index("二、判断题") < text.index("三、简答题")
    assert "B 卷" in text and "满分 10 分" in text
    item = next(i for i in b.items if i["q"] == s.id)
    shown = papers.shown_options(item)
    for n, o in enumerate(shown):
        assert f"{'ABCD'[n]}. {o}" in text
    assert "拍照留证" in text and "三要三不" in text and "要热情" not in text  # no key on the paper


def test_the_key_prints_the_version_letters_and_model_answers(exam_with_paper, tmp_path):
    exam, a, b, s = exam_with_paper
    for paper in (a, b):
        text = pdf_text(write_exam_pdf(exam.id, tmp_path / f"key{paper.version}.pdf", paper.version, "key"))
        item = next(i for i in paper.items if i["q"] == s.id)
        letter = papers.shown_key(item)
        assert item["options"][item["perm"]["ABCD".index(letter)]] == "请客户拍照留证"
        assert f"#{s.id}" in text and "要热情、要耐心" in text and "对（T）" in text


def test_all_parts_print_on_separate_pages_and_bad_requests_are_named(exam_with_paper, supervisor, tmp_path):
    exam, *_ = exam_with_paper
    pages = pdf_pages(write_exam_pdf(exam.id, tmp_path / "all.pdf", "A", "all"))
    assert len(pages) >= 3
    assert any("答题卡" in " ".join(p) for p in pages) and any("题库编号" in " ".join(p) for p in pages)
    with pytest.raises(ValidationError, match="A 或 B"):
        write_exam_pdf(exam.id, tmp_path / "x.pdf", "C")
    other = add_exam(supervisor, date="2026-10-16", title="另一场")
    with pytest.raises(NotFound, match="还没有组卷"):
        write_exam_pdf(other.id, tmp_path / "y.pdf")
    assert not (tmp_path / "y.pdf").exists()
