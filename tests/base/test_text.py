"""The one signed-number formatter of the window and the papers."""

from __future__ import annotations

from csperf_desktop.base.text import MINUS, signed


def test_signed_numbers_use_the_minus_sign_not_the_hyphen():
    assert MINUS == "\u2212"
    assert signed(3) == "+3"
    assert signed(-2) == "\u22122"
    assert "-" not in signed(-2)
    assert signed(0) == "0"
    assert signed(None) == ""


def test_a_caller_may_only_change_the_minus_sign():
    assert signed(-7, minus="-") == "-7"
    assert signed(7, minus="-") == "+7"


def test_team_names_with_numbers_sort_as_people_count():
    from csperf_desktop.base.text import natural_key

    names = ["三组", "十组", "一组", "二组", "十二组", "二十组", "售后2组", "售后10组", "售后1组", "A组", ""]
    assert sorted(names, key=natural_key) == ["", "一组", "二组", "三组", "十组", "十二组", "二十组", "A组",
                                              "售后1组", "售后2组", "售后10组"]


def test_a_figure_is_shown_with_a_dash_for_none_and_its_decimals_for_a_fraction():
    from csperf_desktop.base.text import number_text

    assert [number_text(None), number_text(81.25), number_text(81), number_text(0.6242, 3)] == [
        "—", "81.2", "81", "0.624"]
