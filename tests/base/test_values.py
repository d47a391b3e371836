"""The one place dates and date-times typed or imported are read."""

import datetime as _dt

import pytest

from csperf_desktop.base.errors import ValidationError
from csperf_desktop.base.values import parse_date, parse_datetime

OCT_3 = _dt.date(2026, 10, 3)


@pytest.mark.parametrize("text", ["2026-10-03", "2026-10-3", "2026/10/3", "2026/10/03", "2026.10.3",
                                  "2026年10月3日", "2026年10月3", "  2026-10-03  "])
def test_every_written_form_of_a_day_reads_as_that_day(text):
    assert parse_date(text, "日期", "date") == OCT_3


def test_date_and_datetime_objects_are_taken_as_they_are():
    assert parse_date(OCT_3, "日期") == OCT_3
    assert parse_date(_dt.datetime(2026, 10, 3, 17, 45), "日期") == OCT_3


@pytest.mark.parametrize("text", ["2026-02-30", "2026年13月1日", "2026-10-32", "10/3/2026", "2026-10/3",
                                  "2026年10月3日号", "昨天", "2026-10-03 09:30"])
def test_a_day_that_does_not_exist_or_another_form_is_refused_naming_the_field(text):
    with pytest.raises(ValidationError) as err:
        parse_date(text, "考试日期", "date")
    assert f"考试日期“{text}”不是有效日期" in str(err.value) and "2026-10-03" in str(err.value)
    assert err.value.field == "date"


@pytest.mark.parametrize("value", [None, "", "   "])
def test_an_empty_date_is_asked_for_unless_it_may_be_left_out(value):
    with pytest.raises(ValidationError, match="请填写离职日期") as err:
        parse_date(value, "离职日期", "leave_date")
    assert err.value.field == "leave_date"
    assert parse_date(value, "离职日期", "leave_date", allow_none=True) is None


@pytest.mark.parametrize("text, expected", [
    ("2026-10-21 09:30", _dt.datetime(2026, 10, 21, 9, 30)),
    ("2026-10-21T09:30:15", _dt.datetime(2026, 10, 21, 9, 30, 15)),
    ("2026/10/21 9:30", _dt.datetime(2026, 10, 21, 9, 30)),
    ("2026.10.21 09:30", _dt.datetime(2026, 10, 21, 9, 30)),
    ("2026年10月21日 09:30", _dt.datetime(2026, 10, 21, 9, 30)),
    ("2026年10月21日9:30", _dt.datetime(2026, 10, 21, 9, 30)),
    ("2026-10-21", _dt.datetime(2026, 10, 21)),
])
def test_a_date_time_is_any_date_form_with_an_optional_time(text, expected):
    assert parse_datetime(text, "收到时间", "received_at") == expected


def test_date_time_objects_lose_only_their_microseconds():
    assert parse_datetime(_dt.datetime(2026, 10, 21, 9, 30, 5, 123), "收到时间") == _dt.datetime(2026, 10, 21, 9, 30, 5)
    assert parse_datetime(_dt.date(2026, 10, 21), "收到时间") == _dt.datetime(2026, 10, 21)


@pytest.mark.parametrize("text", ["2026-02-30 09:30", "2026-10-21 24:00", "2026-10-21 09:60", "2026-10-2109:30",
                                  "2026-10-21 9", "下午三点"])
def test_an_impossible_or_unreadable_date_time_is_refused_naming_the_field(text):
    with pytest.raises(ValidationError) as err:
        parse_datetime(text, "收到时间", "received_at")
    assert f"收到时间“{text}”" in str(err.value) and "2026-10-21 09:30" in str(err.value)
    assert err.value.field == "received_at"
    with pytest.raises(ValidationError, match="请填写收到时间"):
        parse_datetime("", "收到时间", "received_at")


# ---------------------------------------------------------------- numbers

from csperf_desktop.base.values import number_text, parse_int, parse_number  # noqa: E402


@pytest.mark.parametrize("text", ["1_0", "٥٠", "۵۰", "५०", "1e1", "inf", "nan", "0x1A", "1 000", "--1", ""])
def test_number_and_whole_number_text_is_ascii_digits_only(text):
    assert number_text(text) is None
    with pytest.raises(ValidationError):
        parse_number(text, "分值", "points")
    with pytest.raises(ValidationError) as err:
        parse_int(text, "次数", "quantity")
    assert err.value.field == "quantity"


@pytest.mark.parametrize("text, number", [("10", 10.0), ("-2", -2.0), (" 92.5 ", 92.5), (".5", 0.5),
                                          ("１０", 10.0), ("＋3", 3.0)])
def test_plain_numbers_and_full_width_digits_read(text, number):
    assert number_text(text) == number
    assert parse_number(text, "分值") == number


def test_whole_numbers_keep_their_range_message():
    assert parse_int(" ７ ", "次数") == 7 and parse_int(3.0, "次数") == 3
    with pytest.raises(ValidationError, match="不能大于 5"):
        parse_int("6", "评分", maximum=5)
    with pytest.raises(ValidationError, match="应为整数"):
        parse_int(True, "次数")
