"""JSON kept in TEXT columns (store.models.JSONField): the annual review's ratings and
frozen result, and the annual template's body."""

from __future__ import annotations

import copy
import json

from csperf_desktop import annual
from csperf_desktop.store.models import AnnualReview, AnnualTemplate, database_proxy
from csperf_desktop.store.seeds import AGENT_TEMPLATE

YEAR = 2025
RATINGS = {"communication": 4, "complaints": 3, "attitude": (5, "客户多次书面表扬"), "learning": 4,
           "responsibility": (2, "旺季两次情绪失控"), "cooperation": 3}


def _sql(sql, *params):
    """Raw SQL written with ``?`` placeholders, run on whichever database the test has."""
    db = database_proxy.obj
    return db.execute_sql(sql.replace("?", db.param), params)


def _raw(sql, *params):
    return _sql(sql, *params).fetchone()


def _signed_off(supervisor):
    annual.save_ratings(supervisor, "A01", YEAR, RATINGS)
    annual.record_interview(supervisor, "A01", YEAR, "2026-01-10", "主管、本人", "纪要", "计划")
    return annual.sign_off(supervisor, "A01", YEAR)


def test_ratings_and_the_frozen_result_are_stored_as_compact_json_text_and_read_back_as_dicts(office, supervisor):
    review = _signed_off(supervisor)
    ratings, result = _raw("SELECT ratings, result FROM annual_review WHERE id = ?", review.id)
    assert '"attitude":{"comment":"客户多次书面表扬","rating":5}' in ratings  # keys sorted, Chinese as is
    assert json.loads(result)["grade"] and ", " not in result
    stored = AnnualReview.get_by_id(review.id)
    assert stored.ratings["responsibility"] == {"rating": 2, "comment": "旺季两次情绪失控"}
    assert stored.ratings == json.loads(ratings) and stored.result == json.loads(result)


def test_a_review_signed_off_before_still_shows_its_frozen_result(office, supervisor):
    review = _signed_off(supervisor)
    frozen = annual.compute_one(YEAR, "A01")
    # a result frozen by the earlier code (", " separators, unsorted keys) with a hand-changed final
    old_text = json.dumps(frozen.to_dict() | {"final": 12.3}, ensure_ascii=False, default=str)
    _sql("UPDATE annual_review SET result = ? WHERE id = ?", old_text, review.id)
    again = annual.compute_one(YEAR, "A01")
    assert again.status == "signed_off" and again.final == 12.3 and again.grade == frozen.grade


def test_a_template_body_round_trips_unchanged(db, supervisor):
    body = copy.deepcopy(AGENT_TEMPLATE)
    body["dimensions"][0]["name"] = "工作业绩（调整）"
    saved = annual.save_template(supervisor, "agent", body, name="一线客服代表考核模板")
    row = AnnualTemplate.get_by_id(saved.id)
    assert isinstance(row.body, dict) and row.body == saved.body
    assert row.body["dimensions"][0]["name"] == "工作业绩（调整）"
    assert "工作业绩（调整）" in _raw("SELECT body FROM annual_template WHERE id = ?", saved.id)[0]


def test_damaged_ratings_text_does_not_stop_the_review_list(office, supervisor):
    review = annual.save_ratings(supervisor, "A01", YEAR, {"communication": 4})
    _sql("UPDATE annual_review SET ratings = ? WHERE id = ?", '{"communication": {', review.id)
    assert AnnualReview.get_by_id(review.id).ratings is None
    listing = {r["employee_no"]: r for r in annual.review_list(YEAR)}
    assert "A01" in listing and annual.review_detail(YEAR, "A01").ratings == {}
    from csperf_desktop.monthly.verify import verify_database

    problems = verify_database()
    assert any(f"annual_review 第 {review.id} 行的 ratings 已损坏" in p for p in problems), problems


def test_the_demo_office_verifies_and_its_reviews_read_as_dicts(demo_db):
    from csperf_desktop.monthly.verify import verify_database

    assert verify_database() == []
    reviews = list(AnnualReview.select())
    assert reviews and all(isinstance(r.ratings, dict) for r in reviews)
    assert all(isinstance(r.result, dict) for r in reviews if r.signed_off_at is not None)
