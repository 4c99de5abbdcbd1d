"""Calculator and date readings the ninth unseen set needed (its mechanisms, own inputs).

Each test fails with its rule switched off: a bill that "came to" a figure split "n빵"
ways, the mean of bare figures, and an age asked with "…생이면".
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tools.followup_chain import run_chain
from tools.followups import resolve_follow_up
from tools.handlers import match_deterministic

_NOW = datetime(2026, 12, 1, 9, 0, tzinfo=ZoneInfo("Asia/Seoul"))


def _answer(text: str) -> str:
    result = match_deterministic(text, now=_NOW)
    assert result is not None, text
    return result.answer


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("치킨값 54,000원 3명이서 엔빵하면", "18,000원"),
        ("노래방비 36,000원 나왔는데 4명이서 n빵하면 한명당 얼마", "9,000원"),
    ],
)
def test_a_bill_split_n_ways_in_chat_words(text: str, share: str) -> None:
    assert _answer(text) == share


@pytest.mark.parametrize(
    ("text", "mean"), [("키 170 165 180 이면 평균 얼마", "171.66"), ("12, 15, 18 평균", "15")]
)
def test_the_mean_of_bare_figures_one_after_another(text: str, mean: str) -> None:
    assert _answer(text).startswith(mean)


def test_bare_figures_of_several_roles_are_no_run() -> None:
    assert match_deterministic("2027년 3월 5일 10명 평균", now=_NOW) is None


def test_an_age_asked_with_saengimyeon_on_a_named_day() -> None:
    assert "만 33세" in _answer("1993년 7월 9일생이면 2027년 7월 8일 기준 만나이 몇살")


def test_a_months_pay_counted_as_a_years() -> None:
    assert _answer("월급 310만원인데 연봉으로 치면 얼마야") == "37,200,000원"


def test_a_self_introduction_joined_by_a_connective_is_no_part_of_the_sum() -> None:
    assert _answer("제 이름 한결이고 월급 200만원인데 연봉으로 치면") == "24,000,000원"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("8시 20분 출발해서 14시 50분 도착이면 몇시간 걸린거", "6시간 30분"),
        ("22시에 자서 6시 반에 일어나면 몇시간 잔거야", "8시간 30분"),
    ],
)
def test_a_span_on_the_24_hour_clock_without_particles(text: str, span: str) -> None:
    assert _answer(text) == span


def test_times_without_a_part_of_day_and_none_past_twelve_stay_unknown() -> None:
    assert match_deterministic("10시에 자서 6시에 일어나면 몇시간 잔거야", now=_NOW) is None


def test_days_left_to_a_day_named_before_the_day_counted_from() -> None:
    assert _answer("여행이 2027년 9월 1일인데 2027년 8월 10일 기준 며칠 남음") == "22일"


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("금값이 80,000원에서 92,000원 됐으면 몇퍼 오른거야", "15%"),
        ("집값이 5억에서 4억 5천으로 떨어지면 몇 퍼센트 하락이야", "-10%"),
    ],
)
def test_a_change_between_two_amounts_asked_in_percent_in_korean(text: str, change: str) -> None:
    assert _answer(text) == change


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("2 tickets at 45 each plus 6 booking fee split between 3 people", "32"),
        ("4 beers at 6.50 each split among 2 of us", "13"),
    ],
)
def test_items_at_a_price_each_plus_extras_split_in_english(text: str, share: str) -> None:
    assert _answer(text) == share


def test_fuel_cost_asked_as_how_much_for_fuel() -> None:
    text = (
        "car does 12 km per litre, trip is 240 km, petrol is 1,800 won a litre, how much on petrol"
    )
    assert _answer(text) == "36,000원"


def test_a_follow_up_naming_where_a_change_goes_replaces_its_end() -> None:
    previous = ["금값이 80,000원에서 92,000원 됐으면 몇퍼 오른거야"]
    resolved = resolve_follow_up("100,000원까지 오르면?", previous)
    assert resolved is not None
    result = run_chain(resolved[0], now=_NOW)
    assert result is not None and result.answer == "25%"


def test_one_more_bare_figure_got_joins_the_list_of_an_average() -> None:
    previous = ["몸무게 61 63 62 이면 평균 얼마"]
    resolved = resolve_follow_up("64 하나 더 나오면?", previous)
    assert resolved is not None
    result = run_chain(resolved[0], now=_NOW)
    assert result is not None and result.answer == "62.5"


@pytest.mark.parametrize(
    ("text", "weeks"),
    [
        ("how many weeks between jan 1 2027 and jan 20 2027", "2 weeks 5 days (19 days)"),
        ("2027년 1월 1일부터 2027년 3월 1일까지 몇주", "8주 3일 (59일)"),
    ],
)
def test_weeks_between_two_named_dates(text: str, weeks: str) -> None:
    assert _answer(text) == weeks
