"""Item statistics against examples worked by hand."""

from __future__ import annotations

import math

import pytest

from csperf_desktop.exambank.analysis import flags_for, point_biserial, upper_lower


# Ten people, totals 10..1 (p0 best). Item X right for p0,p1,p2,p4,p7 (5 of 10).
TOTALS = {f"p{i}": 10 - i for i in range(10)}
X = {f"p{i}": (1.0 if i in (0, 1, 2, 4, 7) else 0.0) for i in range(10)}


def test_upper_lower_27_percent_by_hand():
    # k = round(0.27 * 10) = 3: upper p0,p1,p2 all right (1.0); lower p7,p8,p9: one right (1/3).
    d, k, note = upper_lower(X, TOTALS)
    assert k == 3 and note == ""
    assert d == pytest.approx(1 - 1 / 3)


def test_point_biserial_by_hand():
    # mean x = 0.5, mean y = 5.5; sum of (x-.5)(y-5.5) over the right ones: .5*(4.5+3.5+2.5+.5-2.5)=4.25,
    # over the wrong ones: -.5*(1.5-0.5-1.5-3.5-4.5)=4.25 → sxy 8.5; sxx = 10*.25 = 2.5; syy = 82.5.
    r = point_biserial(X, TOTALS)
    assert r == pytest.approx(8.5 / math.sqrt(2.5 * 82.5))


def test_a_question_everyone_got_right_has_no_discrimination_and_says_so():
    everyone = {p: 1.0 for p in TOTALS}
    d, k, note = upper_lower(everyone, TOTALS)
    assert d is None and "所有人都答对" in note and "无法计算" in note
    assert point_biserial(everyone, TOTALS) is None
    nobody = {p: 0.0 for p in TOTALS}
    assert "没有人答对" in upper_lower(nobody, TOTALS)[2]


def test_equal_totals_give_no_discrimination_instead_of_dividing_by_zero():
    same = {p: 5 for p in TOTALS}
    assert upper_lower(X, same)[0] is None
    assert point_biserial(X, same) is None


def test_a_question_the_weak_get_right_and_the_strong_get_wrong_discriminates_negatively():
    reverse = {f"p{i}": (1.0 if i >= 5 else 0.0) for i in range(10)}
    d, _, _ = upper_lower(reverse, TOTALS)
    assert d == pytest.approx(-1.0)
    assert point_biserial(reverse, TOTALS) < 0
    assert "negative_discrimination" in flags_for(0.5, d, "truefalse", {}, "T")


def test_small_groups_take_at_least_one_and_at_most_half():
    # n = 3: round(0.81) = 1 person in each group.
    s = {"a": 1.0, "b": 0.0, "c": 0.0}
    t = {"a": 3, "b": 2, "c": 1}
    d, k, _ = upper_lower(s, t)
    assert (k, d) == (1, 1.0)
    assert upper_lower({"a": 1.0}, {"a": 1})[0] is None


def test_flags_easy_hard_and_a_distractor_nobody_chose():
    assert flags_for(0.95, 0.1, "single", {"A": 19, "B": 1, "C": 0}, "A") == [
        "too_easy", "low_discrimination", "unused_distractor"]
    assert flags_for(0.2, 0.4, "single", {"A": 2, "B": 3, "C": 5}, "A") == ["too_hard"]
    # the key itself chosen by nobody is not a distractor
    assert flags_for(0.5, 0.5, "multiple", {"A": 0, "B": 3}, "AB") == []
