"""The mechanisms found on the eighth unseen set, pinned with inputs of their own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tools.followup_cases import NOW, assert_answered_in_code, assert_follow_up_resolves
from tools.dates_zones import clock_in_other_zone
from tools.handlers import match_deterministic

# A "today" far from the dates asked, so a reading that fell back to it shows.
_TODAY = date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # A month written short, with or without its full stop.
        (
            "at 9pm in Tokyo on Aug 2 2027 what time is it in Berlin",
            "14:00 (Europe/Berlin, 2027-08-02)",
        ),
        (
            "when its 7am in Sydney on Jan. 20, 2027 whats the time in Seoul",
            "05:00 (Asia/Seoul, 2027-01-20)",
        ),
    ],
)
def test_a_named_date_with_a_short_month_is_the_date_converted(text: str, answer: str) -> None:
    converted = clock_in_other_zone(text, _TODAY)
    assert converted is not None and converted[0] == answer, converted


def test_a_date_the_reader_cannot_read_is_not_replaced_by_today() -> None:
    # The year shows a date was named; answering for today would be a wrong answer.
    assert (
        clock_in_other_zone("at 9pm in Tokyo on 2/8/2027 what time is it in Berlin", _TODAY) is None
    )
    # No date named at all: today is the date meant.
    converted = clock_in_other_zone("at 9pm in Tokyo what time is it in Berlin", _TODAY)
    assert converted is not None and converted[0].endswith("2026-11-30)")


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # A square root written in words is a root, not a label dropped before its number.
        ("루트 144 더하기 1은", "13"),
        ("제곱근 49 곱하기 3", "21"),
        # Money compounding for whole years, the total or the interest alone.
        ("200만원을 연 5% 복리로 2년 맡기면 얼마야", "2,205,000원"),
        ("200만원 연 5% 복리로 2년이면 이자 얼마", "205,000원"),
        # "이거 N배면": the amount the sentence itself stated, so many times.
        ("용돈 12만원 받았는데 이거 2.5배면 얼마야", "300,000원"),
        # A monthly amount put aside for whole years.
        ("매월 15만원씩 3년 저축하면 총 얼마야", "5,400,000원"),
        # The period both amounts are for does not hide a percent change.
        ("my phone bill went from 50 to 65 a month, what % increase is that", "30%"),
    ],
)
def test_growth_and_repetition_read_in_code(text: str, answer: str) -> None:
    assert_answered_in_code(text, answer)


def test_a_sentence_that_names_a_year_before_its_amount_is_not_multiplied() -> None:
    # Fails with the rule off through its first assertion; the second bounds the rule.
    assert match_deterministic("용돈 12만원 받았는데 이거 2배면") is not None
    assert match_deterministic("2026년에 12만원 받았는데 이거 2배면") is None


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # A trip's hours and minutes, and a price spread over months.
        ("walked 10 km in 2 hours 30 min, whats my average speed", "4 km/h"),
        ("tv is $2,100 and i pay it over 24 months, how much per month", "$87.50"),
    ],
)
def test_spans_and_spreads_read_in_code(text: str, answer: str) -> None:
    assert_answered_in_code(text, answer)


def test_a_new_multiple_replaces_the_one_asked_before() -> None:
    # Tripling the 1.5-times result would answer 1,080,000 instead.
    assert_follow_up_resolves(["용돈 24만원 받았는데 이거 1.5배면 얼마야"], "3배면?", "720,000원")
    assert_follow_up_resolves(["용돈 24만원 받았는데 이거 2배면 얼마야"], "2.5배는?", "600,000원")


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # The year before a holiday's name is the holiday's year, said once.
        ("2029년 크리스마스는 무슨 요일이야", "화요일"),
        ("2030년 성탄절 몇요일", "수요일"),
        # The date of reference said after the birth date.
        ("1999년 4월 2일생은 2027년 4월 1일 기준 만 나이 몇 살이야", "만 27세"),
    ],
)
def test_dates_said_in_the_order_people_say_them(text: str, answer: str) -> None:
    assert_answered_in_code(text, answer, now=NOW)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # A measure in a remark typed without a comma, then asked in another unit.
        ("the fish was 4 lbs whats that in kg", "4 lb = 1.8144 kg"),
        # Asked as how tall it is in another unit.
        ("my brother is 6 ft 1 in, how tall is that in cm", "73 in = 185.42 cm"),
    ],
)
def test_a_measure_in_a_remark_asked_in_another_unit(text: str, answer: str) -> None:
    assert_answered_in_code(text, answer)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # A cut by a rate, then a coupon's fixed amount off what is left.
        ("신발 9만원짜리 10% 할인받고 3천원 쿠폰 쓰면 얼마야", "78,000원"),
        # Kilograms over metres squared, in no unit of the request's.
        ("키 180cm 몸무게 81kg이면 bmi 얼마야", "25"),
        # Energy from power, hours a day and days.
        ("난로 2kW를 하루 5시간씩 20일 쓰면 몇 kWh야", "200 kWh"),
    ],
)
def test_a_coupon_after_a_cut_and_a_body_mass_index(text: str, answer: str) -> None:
    assert_answered_in_code(text, answer)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # From one clock time to the next, across midnight.
        ("밤 10시 50분에 자서 아침 6시 20분에 일어났으면 몇 시간 잔거야", "7시간 30분"),
        ("오전 8시 30분에 출근해서 오후 5시에 퇴근하면 몇시간 일한거야", "8시간 30분"),
    ],
)
def test_the_span_between_two_clock_times(text: str, answer: str) -> None:
    assert_answered_in_code(text, answer)


def test_a_span_between_clock_times_without_a_part_of_day_is_not_guessed() -> None:
    # Fails with the rule off through its first assertion; the second bounds the rule.
    assert match_deterministic("밤 11시에 자서 아침 7시에 일어나면 몇시간 잔거야") is not None
    assert match_deterministic("10시에 자서 6시에 일어나면 몇시간 잔거야") is None


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # One share per part of the ratio, in the order the ratio names them.
        ("상금 90만원을 1대2로 나누면 각각 얼마야", "300,000원, 600,000원"),
        ("split $1,000 in the ratio 1:4", "$200, $800"),
    ],
)
def test_an_amount_split_in_a_ratio(text: str, answer: str) -> None:
    assert_answered_in_code(text, answer)


def test_a_follow_up_that_says_the_rates_base_again_changes_its_price() -> None:
    # "1달러당" is said again; the 1,420원 is the new price of it.
    assert_follow_up_resolves(
        ["300달러 환전하는데 1달러당 1,380원이면 원화로 얼마야"],
        "1달러당 1,420원이면?",
        "426,000원",
    )
