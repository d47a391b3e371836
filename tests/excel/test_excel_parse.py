"""Cell parsing: dates, months, numbers, percentages, durations, points."""

import datetime as dt

import pytest

from csperf_desktop.excel import parse as P
from csperf_desktop.excel.headers import EVENTS, FIGURES, lookup, normalise
from csperf_desktop.base.months import Month


@pytest.mark.parametrize("value", [dt.date(2026, 10, 3), dt.datetime(2026, 10, 3, 0, 0), "2026-10-03", "2026/10/3",
                                   "2026年10月3日", "2026.10.3", " 2026-10-03 ", 46298, "2026-10-03 00:00:00"])
def test_dates_accept_excel_dates_serials_and_text(value):
    assert P.parse_date(value) == dt.date(2026, 10, 3)


@pytest.mark.parametrize("value", ["2026-13-01", "03/10/2026", "昨天", 12, True])
def test_bad_dates_say_what_is_expected(value):
    with pytest.raises(P.CellError) as exc:
        P.parse_date(value)
    assert "2026-10-03" in exc.value.expected or "日期" in exc.value.expected


@pytest.mark.parametrize("value", ["2026-10", "2026/10", "2026年10月", dt.date(2026, 10, 1), dt.datetime(2026, 10, 15)])
def test_months(value):
    assert P.parse_month(value) == Month(2026, 10)


@pytest.mark.parametrize("value,expected", [(0.93, 93), (93, 93), ("93%", 93), ("93", 93), ("0.93", 93),
                                            ("93.5 %", 93.5), (1, 100), ("100%", 100), (0, 0)])
def test_percentages_as_fraction_number_or_percent_sign(value, expected):
    assert P.parse_percent(value) == pytest.approx(expected)


@pytest.mark.parametrize("value,expected", [(245, 245), ("245", 245), ("4:05", 245), ("04:05", 245), ("1:02:03", 3723),
                                            ("35秒", 35), (dt.time(0, 4, 5), 245), (dt.time(1, 2, 3), 3723),
                                            (dt.timedelta(seconds=90), 90), ("1:30:00", 5400)])
def test_durations_as_seconds_or_mm_ss(value, expected):
    assert P.parse_duration(value) == pytest.approx(expected)


@pytest.mark.parametrize("value", ["4:75", "abc", "4分5秒"])
def test_bad_durations(value):
    with pytest.raises(P.CellError) as exc:
        P.parse_duration(value)
    assert "分:秒" in exc.value.expected


@pytest.mark.parametrize("value,expected", [(1260, 1260), ("1,260", 1260), (" 1260 ", 1260), (1260.0, 1260)])
def test_numbers_as_numbers_or_text(value, expected):
    assert P.parse_int(value) == expected


def test_non_integer_and_text_rejected_as_integers():
    for value in (1.5, "十二", "1.2.3"):
        with pytest.raises(P.CellError) as exc:
            P.parse_int(value)
        assert exc.value.expected == "整数"


def test_money_with_unit():
    assert P.parse_number("58,600.50元") == pytest.approx(58600.5)
    assert P.parse_number("￥100") == 100


def test_points_with_or_without_minus():
    assert P.parse_points(-2) == -2
    assert P.parse_points("2") == 2
    assert P.parse_points("-5分") == -5
    with pytest.raises(P.CellError):
        P.parse_points(1.5)


def test_headers_match_chinese_english_any_case_and_synonyms():
    table = lookup(FIGURES)
    assert table[normalise("客户满意度(%)")] == "csat_pct"
    assert table[normalise("客户满意度（%）")] == "csat_pct"
    assert table[normalise("CSAT_PCT")] == "csat_pct"
    assert table[normalise(" Avg_Handle_S ")] == "avg_handle_s"
    assert table[normalise("平均处理时间")] == "avg_handle_s"
    ev = lookup(EVENTS)
    for name, key in [("Employee_No", "employee_no"), ("RULE_CODE", "rule_code"), ("项目代码", "rule_code"),
                      ("Points", "points"), ("单号", "reference"), ("method", "method"), ("Quantity", "quantity")]:
        assert ev[normalise(name)] == key


def test_time_typed_as_mm_ss_into_a_general_cell_is_questioned_not_guessed():
    with pytest.raises(P.CellError) as exc:
        P.parse_duration(dt.time(4, 5))  # Excel read "4:05" as 4 h 5 min
    assert "4 小时 5 分" in exc.value.expected and "245（秒）" in exc.value.expected


def test_plain_numbers_take_the_short_path_with_the_same_results():
    assert [P.parse_percent(v) for v in (0.93, 93, 1, 0, 1.5, 0.5, -0.25)] == [93.0, 93.0, 100.0, 0.0, 1.5, 50.0, -0.25]
    assert all(type(P.parse_percent(v)) is float for v in (1, 93, 0.5))
    assert [P.parse_duration(v) for v in (245, 12.5, 0)] == [245.0, 12.5, 0.0]
    assert type(P.parse_duration(245)) is float
    assert P.parse_int(3.0) == 3 and type(P.parse_int(3.0)) is int
    for bad in (float("nan"), float("inf"), True):
        with pytest.raises(P.CellError):
            P.parse_percent(bad)
        with pytest.raises(P.CellError):
            P.parse_duration(bad)
    for bad in (2.5, float("nan"), True):
        with pytest.raises(P.CellError):
            P.parse_int(bad)


def test_text_takes_windows_line_ends_and_lone_carriage_returns_as_line_feeds():
    assert P.parse_text("上午\r\n下午\r晚上 ") == "上午\n下午\n晚上"
    assert P.parse_text(1001.0) == "1001" and P.parse_text("无换行") == "无换行"
