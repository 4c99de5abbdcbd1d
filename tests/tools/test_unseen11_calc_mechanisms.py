"""Calculator and follow-up readings the eleventh unseen set needed (its mechanisms, own inputs).

Each test fails with its rule switched off: one Sino-Korean digit after an arithmetic
word ("나누기 칠"); a native age ("마흔셋인데"); a price less coupons and points in the
order used; a total paid for several things asked per one; a yearly amount per month;
fuel economy; an age some years on; a follow-up naming its figure by a word ("쿠폰이 2만원
이면?"); a clock span asked over several days. A sentence with a figure no rule reads
is declined, never half read.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from core.errors import ToolInputError
from tools.calculator import calculate
from tools.followup_chain import run_chain
from tools.followups import resolve_follow_up
from tools.handlers import match_deterministic
from tools.korean_numbers import normalize_numerals

_NOW = datetime(2026, 12, 1, 9, 0, tzinfo=ZoneInfo("Asia/Seoul"))


def _answer(text: str) -> str | None:
    result = match_deterministic(text, now=_NOW)
    return None if result is None else result.answer


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("이십일만 나누기 칠", "210000 나누기 7"),
        ("구십 곱하기 삼은?", "90 곱하기 3은?"),
        ("제 아버지는 마흔셋인데요", "제 아버지는 43인데요"),
        ("스물일곱 살이에요", "27 살이에요"),
        # Words stay words away from an operator or an age.
        ("팔이 아파요", "팔이 아파요"),
        ("서른 즈음에", "서른 즈음에"),
    ],
)
def test_number_words_beside_an_operator_or_an_age(text: str, plain: str) -> None:
    assert normalize_numerals(text) == plain


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("이십일만 나누기 칠", "30,000"),
        ("28,000원짜리 바지 3벌 사고 4천원 쿠폰 쓰면 얼마야", "80,000원"),
        ("60,000원짜리에 20% 쿠폰 적용하고 포인트 2,000원 쓰면 얼마", "46,000원"),
        ("paid 18,600 won for 4 sandwiches how much was each", "4,650원"),
        ("my annual salary is 36,000,000 won, how much is that per month", "3,000,000원"),
        ("기름 35리터 넣고 490km 달렸으면 연비 얼마야", "14 km/L"),
        ("기름 30리터 넣고 500km 달렸으면 연비 몇이야", "16.67 km/L"),
        ("우리 엄마 나이 쉰둘인데 8년 후엔 몇 살이야", "60"),
        ("i'm 27, how old will i be in 15 years", "42"),
    ],
)
def test_everyday_word_problems_read_by_role(text: str, total: str) -> None:
    assert _answer(text) == total


@pytest.mark.parametrize(
    "text",
    [
        # A figure left unread (the delivery fee) declines the whole sentence.
        "28,000원짜리 바지 3벌 사고 배송비 3,000원 내고 4천원 쿠폰 쓰면 얼마야",
        # An amount off then a percent: which is taken first is not said.
        "60,000원짜리에 포인트 2,000원 쓰고 20% 쿠폰 적용하면 얼마",
        "기름 35리터 넣고 490km 달렸는데 고속도로 120km면 연비 얼마야",
    ],
)
def test_a_figure_without_a_role_is_declined(text: str) -> None:
    with pytest.raises(ToolInputError):
        calculate(text)


def test_a_follow_up_names_the_coupon_not_the_price() -> None:
    steps = ["28,000원짜리 바지 3벌 사고 4천원 쿠폰 쓰면 얼마야"]
    changed = resolve_follow_up("쿠폰이 2만원짜리면?", steps)
    assert changed is not None
    result = run_chain(changed[0], now=_NOW)
    assert result is not None and result.answer == "64,000원"


def test_a_named_figure_absent_beside_any_figure_is_not_replaced() -> None:
    # "쿠폰" is in the step, yet beside no figure in 원: no figure is named, none replaced.
    steps = ["28,000원짜리 바지 3벌 사고 쿠폰 쓰고 남은 돈 4천원이면"]
    assert resolve_follow_up("쿠폰이 2만원이면?", steps) is None


def test_fuel_economy_follow_up_with_new_litres() -> None:
    steps = ["기름 35리터 넣고 490km 달렸으면 연비 얼마야"]
    changed = resolve_follow_up("40리터였으면?", steps)
    assert changed is not None
    result = run_chain(changed[0], now=_NOW)
    assert result is not None and result.answer == "12.25 km/L"


@pytest.mark.parametrize(
    ("first", "follow_up", "answer"),
    [
        (
            "i worked 8:00am to 5:30pm with a 30 minute break, how many hours is that",
            "and over 4 days?",
            "36 h",
        ),
        ("밤 12시에 자서 아침 6시 30분에 일어났으면 몇 시간 잔 거야", "7일 동안이면?", "45.5 h"),
        (
            "i worked 8:00am to 4:52pm with a 1 hour lunch, how many hours is that",
            "for 3 days?",
            "23 h 36 min",
        ),
    ],
)
def test_a_clock_span_over_several_days(first: str, follow_up: str, answer: str) -> None:
    changed = resolve_follow_up(follow_up, [first])
    assert changed is not None
    result = run_chain(changed[0], now=_NOW)
    assert result is not None and answer in result.answer
