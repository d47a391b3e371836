"""Agreement statistics of calibration sessions: published worked examples, an independent
implementation (statsmodels, used only here) on random data, and the edge cases."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st
from statsmodels.stats.inter_rater import cohens_kappa as sm_cohen, fleiss_kappa as sm_fleiss

from csperf_desktop.insight.calibration import (
    ALL_SAME,
    FAIL,
    PASS,
    analyse,
    cohen_from_pairs,
    fleiss_from_table,
    landis_koch,
)

# Fleiss' kappa worked example (Wikipedia "Fleiss' kappa", 10 subjects, 14 raters, 5 categories).
WIKIPEDIA_FLEISS = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
]


def test_fleiss_kappa_reproduces_the_published_worked_example():
    k = fleiss_from_table(WIKIPEDIA_FLEISS)
    assert k.observed == pytest.approx(0.378, abs=5e-4)
    assert k.expected == pytest.approx(0.213, abs=5e-4)
    assert k.value == pytest.approx(0.210, abs=5e-4)
    assert k.units == 10 and k.graders == 14
    assert k.reading == "一般"  # fair


def test_cohen_kappa_reproduces_the_published_worked_example():
    # Wikipedia "Cohen's kappa": 50 grant proposals, A and B both yes 20, A yes B no 5,
    # A no B yes 10, both no 15: p_o = 0.70, p_e = 0.50, kappa = 0.40.
    pairs = [("y", "y")] * 20 + [("y", "n")] * 5 + [("n", "y")] * 10 + [("n", "n")] * 15
    k = cohen_from_pairs(pairs)
    assert (k.observed, k.expected) == (pytest.approx(0.7), pytest.approx(0.5))
    assert k.value == pytest.approx(0.4)
    assert k.reading == "一般"


def test_landis_koch_bands_and_their_edges():
    assert landis_koch(-0.01)[0] == "很差（低于随机一致）"
    assert [landis_koch(x)[0] for x in (0, 0.2, 0.21, 0.4, 0.41, 0.6, 0.61, 0.8, 0.81, 1.0)] == [
        "较差", "较差", "一般", "一般", "中等", "中等", "较好", "较好", "很好", "很好"]
    assert landis_koch(None) == ("—", "—")


# statsmodels also computes kappa's standard error and z value, which divide by zero on small
# tables (a warning); only its kappa is compared here.
STATSMODELS_SE = pytest.mark.filterwarnings("ignore:invalid value encountered:RuntimeWarning")


@settings(max_examples=150, deadline=None)
@given(st.integers(2, 8), st.integers(3, 7), st.data())
def test_fleiss_kappa_matches_statsmodels_on_random_tables(units, graders, data):
    cats = data.draw(st.integers(2, 4))
    rows = []
    for _ in range(units):
        parts = data.draw(st.lists(st.integers(0, graders), min_size=cats - 1, max_size=cats - 1))
        cuts = sorted(parts)
        row = [b - a for a, b in zip([0] + cuts, cuts + [graders])]
        rows.append(row)
    ours = fleiss_from_table(rows)
    totals = np.array(rows).sum(axis=0)
    if (totals == units * graders).any():  # one category only: chance agreement is certain
        assert ours.value is None and ours.undefined == ALL_SAME
        return
    assert ours.value == pytest.approx(sm_fleiss(np.array(rows), method="fleiss"), abs=1e-9)


@STATSMODELS_SE
@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2)), min_size=1, max_size=40))
def test_cohen_kappa_matches_statsmodels_on_random_pairs(pairs):
    ours = cohen_from_pairs(pairs)
    table = np.zeros((3, 3))
    for a, b in pairs:
        table[a, b] += 1
    p_e = sum(table[c].sum() * table[:, c].sum() for c in range(3)) / len(pairs) ** 2
    if math.isclose(p_e, 1.0):
        assert ours.value is None and ours.undefined == ALL_SAME
        return
    assert ours.value == pytest.approx(sm_cohen(table)["kappa"], abs=1e-9)


@STATSMODELS_SE
@settings(max_examples=60, deadline=None)
@given(st.integers(2, 5), st.integers(1, 6), st.integers(1, 4), st.data())
def test_a_whole_session_agrees_with_statsmodels(graders, convs, items, data):
    verdicts = data.draw(st.lists(st.sampled_from([PASS, FAIL]), min_size=graders * convs * items,
                                  max_size=graders * convs * items))
    it = iter(verdicts)
    ratings = {(c, i, g): next(it) for c in range(convs) for i in range(items) for g in range(graders)}
    a = analyse(list(range(convs)), [(g, f"评{g}") for g in range(graders)],
                [(i, f"C{i:02d}", "项目", "三要") for i in range(items)], ratings)
    units = [[ratings[(c, i, g)] for g in range(graders)] for c in range(convs) for i in range(items)]
    if graders == 2:
        table = np.zeros((2, 2))
        for x, y in units:
            table[int(x == FAIL), int(y == FAIL)] += 1
        expected = None if len(set(verdicts)) == 1 else sm_cohen(table)["kappa"]
        assert a.kappa.kind == "cohen"
    else:
        counts = np.array([[u.count(PASS), u.count(FAIL)] for u in units])
        expected = None if len(set(verdicts)) == 1 else sm_fleiss(counts)
        assert a.kappa.kind == "fleiss"
    if expected is None:
        assert a.kappa.value is None and "无法计算" in a.kappa.undefined
    else:
        assert a.kappa.value == pytest.approx(expected, abs=1e-9)


def _session(rows: dict[str, list[str]], graders=("甲", "乙", "丙")):
    """rows: {'conv/item': 'PPF'} — one letter per grader (P, F, or '.' for not rated)."""
    ratings = {}
    convs, items = [], []
    for key, letters in rows.items():
        c, i = key.split("/")
        convs += [c] if c not in convs else []
        items += [i] if i not in items else []
        for g, letter in zip(graders, letters):
            if letter != ".":
                ratings[(c, i, g)] = PASS if letter == "P" else FAIL
    return analyse(convs, [(g, g) for g in graders], [(i, i, f"项目{i}", "三要") for i in items], ratings)


def test_perfect_agreement_gives_kappa_one_and_full_agreement_on_every_item():
    a = _session({"T1/C01": "PPP", "T1/C02": "FFF", "T2/C01": "FFF", "T2/C02": "PPP"})
    assert a.kappa.kind == "fleiss" and a.kappa.value == 1.0 and a.kappa.reading == "很好"
    assert [i.agreement for i in a.items] == [1.0, 1.0]
    assert a.most_disagreed() == []
    assert [(g.leniency, g.agreement_with_consensus) for g in a.graders] == [(0, 1.0)] * 3


def test_everyone_passing_everything_leaves_kappa_undefined_with_a_chinese_reason():
    a = _session({"T1/C01": "PPP", "T1/C02": "PPP", "T2/C01": "PPP", "T2/C02": "PPP"})
    assert a.kappa.value is None and a.kappa.undefined == ALL_SAME and a.kappa.reading == "无法计算"
    assert a.overall_agreement == 1.0
    two = _session({"T1/C01": "FF", "T2/C01": "FF"}, graders=("甲", "乙"))
    assert two.kappa.kind == "cohen" and two.kappa.value is None and "无法计算" in two.kappa.undefined


def test_a_skipped_item_is_left_out_of_fleiss_but_still_counts_in_the_item_agreement():
    a = _session({"T1/C01": "PPF", "T1/C02": "FF.", "T2/C01": "PPP", "T2/C02": "FFP"})
    assert a.kappa.units == 3 and a.kappa.units_left_out == 1
    assert "不计入 Fleiss" in a.notes[0]
    expected = fleiss_from_table([[2, 1], [3, 0], [1, 2]]).value
    assert a.kappa.value == pytest.approx(expected)
    c02 = a.items[1]
    assert c02.conversations == 2 and c02.agreement == pytest.approx((1 + 1 / 3) / 2)
    assert [g.skipped for g in a.graders] == [0, 0, 1]


def test_cohen_uses_the_units_both_graders_rated():
    a = _session({"T1/C01": "PP", "T1/C02": "F.", "T2/C01": "PF", "T2/C02": "FF", "T3/C01": "FF", "T3/C02": ".P"},
                 graders=("甲", "乙"))
    assert a.kappa.kind == "cohen" and a.kappa.units == 4 and a.kappa.units_left_out == 2
    assert a.kappa.value == pytest.approx(cohen_from_pairs([("p", "p"), ("p", "f"), ("f", "f"), ("f", "f")]).value)
    assert "两位评分人都评" in a.notes[0]


def test_leniency_counts_fails_against_the_majority_and_agreement_with_it():
    # 丙 fails everything, 甲 passes everything, 乙 sides with the majority.
    a = _session({"T1/C01": "PPF", "T1/C02": "PFF", "T2/C01": "PPF", "T2/C02": "PFF"})
    by = {g.name: g for g in a.graders}
    assert (by["甲"].fails, by["甲"].consensus_fails, by["甲"].leniency) == (0, 2, -2)
    assert by["甲"].leaning == "偏宽" and by["丙"].leaning == "偏严" and by["乙"].leniency == 0
    assert by["丙"].leniency == 2 and by["乙"].agreement_with_consensus == 1.0
    assert by["甲"].agreement_with_consensus == 0.5
    worst = a.most_disagreed()
    assert [i.code for i in worst] == ["C01", "C02"] and worst[0].agreement == pytest.approx(1 / 3)


def test_two_graders_split_a_tie_as_half_a_fail_each_way():
    a = _session({"T1/C01": "PF", "T2/C01": "PP"}, graders=("甲", "乙"))
    by = {g.name: g for g in a.graders}
    assert by["甲"].leniency == -0.5 and by["乙"].leniency == 0.5
    assert by["甲"].agreement_with_consensus == 1.0  # the tie is left out


def test_fewer_than_two_graders_has_no_kappa():
    a = _session({"T1/C01": "P"}, graders=("甲",))
    assert a.kappa.value is None and "两位" in a.kappa.undefined
