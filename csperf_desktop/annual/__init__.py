"""The annual review (年度考核, seed 003; DESIGN.md §1 "Annual review").

- ``templates``: role templates (dimensions, indicators, weights), validated and versioned;
- ``scales``: scoring bands, judged ratings, grade bands (pure arithmetic);
- ``compute``: every person's annual result from the year's data (``compute_all``), the team
  comparison and the what-if on other weights;
- ``reviews``: goals, coaching notes, self-review, ratings, interview, sign-off and unlock.

For the GUI::

    from csperf_desktop import annual
    annual.review_list(year)                      # staff list with status, final, grade
    annual.review_detail(year, staff)             # the review form: result, texts, goals, coaching, exams
    annual.compute_one(year, staff)               # AnnualResult for the review form
    annual.save_self_review / save_ratings / record_interview / sign_off / sign_off_many / unlock_review
    annual.add_goal / add_goals / update_goal / delete_goal / goals_for
    annual.add_coaching_note / add_coaching_notes / update_coaching_note / delete_coaching_note / coaching_notes
    annual.template_for_role(role); annual.save_template(actor, role, body)
    annual.team_comparison(year, sort_by="quality")
    annual.what_if(year, dimension_weights={"results": 50, "quality": 20, ...})
    annual.distribution_warning(results)          # or distribution_check(results): final results only
    annual.provisional_reasons(result)            # why a result is still 暂定 (empty: final)
"""

from .compute import (REVIEW_STATUS, AnnualResult, DimensionResult, IndicatorResult, WhatIfRow, aggregate,
                      compute_all, compute_one, distribution_check, distribution_warning, employed_months, is_provisional,
                      provisional_reasons, team_comparison, what_if)
from .reviews import (add_coaching_note, add_coaching_notes, add_goal, add_goals, check_year, coaching_notes, delete_coaching_note, delete_goal,
                      get_review, goals_for, record_interview, review_detail, review_list, save_ratings,
                      save_self_review,
                      sign_off, sign_off_many, unlock_review, update_coaching_note, update_goal)
from .scales import DIRECTIONS, band_score, grade_for, rating_score
from ..office.settings import parse_grade_bands, parse_rating_points
from .templates import (
    KINDS,
    SOURCES,
    Template,
    default_template,
    save_template,
    template_by_id,
    template_for_role,
    template_versions,
    templates_by_role,
    validate_body,
)
from ..store.seeds import seed_templates

__all__ = [
    "REVIEW_STATUS", "AnnualResult", "DimensionResult", "IndicatorResult", "WhatIfRow", "aggregate", "compute_all",
    "compute_one", "distribution_check", "distribution_warning", "is_provisional", "provisional_reasons", "employed_months", "team_comparison", "what_if", "add_coaching_note",
    "add_coaching_notes", "add_goal", "add_goals", "sign_off_many", "check_year", "coaching_notes", "delete_coaching_note", "delete_goal", "get_review", "goals_for",
    "record_interview", "review_detail", "review_list", "save_ratings", "save_self_review", "sign_off", "unlock_review",
    "update_coaching_note", "update_goal", "DIRECTIONS", "band_score", "grade_for", "parse_grade_bands",
    "parse_rating_points", "rating_score", "KINDS", "SOURCES", "Template", "default_template", "save_template",
    "seed_templates", "template_by_id", "template_for_role", "template_versions", "templates_by_role",
    "validate_body",
]
