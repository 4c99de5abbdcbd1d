"""Questions a deterministic reader answered with a wrong figure (our own probes, session 51).

Each was typed close to a form a reader reads, with one thing changed: a split, the rest
after a share, a discount on the second item, a race distance "10k", a change by a percent
(the new amount asked, or the change asked), each person taking items, a headcount, a
threshold, an amount after "plus", a fraction in words, a fee after a discount, an amount
"씩" in a conversion, a percent right after a Korean big-unit numeral ("300만 5%") and an
amount a month added once to a year's total in a follow-up. A wrong figure is the worst
outcome: these now decline (the step goes to a model) or, where the words settle it, read
right.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from core.errors import ToolInputError
from tools.calculator import calculate
from tools.calculator_unread_cues_51w import race_k_as_km, unread_cue_51w
from tools.currency import parse_currency_request
from tools.currency_each_51w import amount_each_with_count
from tools.followup_chain import run_chain
from tools.followups import resolve_in_conversation
from tools.korean_numbers import normalize_numerals
from tools.planner import split_steps

_NOW = datetime(2026, 12, 5, 9, 0)


@pytest.mark.parametrize(
    "text",
    [
        # The split dropped: 45 * 12 would be answered.
        "hulu 18 a month split 3 ways for 4 months",
        "cloud storage 10 a month shared between 2 for 9 months",
        # The share named, the rest asked: 800 * 25% would be answered.
        "budget 800, 25% for flights, rest for hotels, how much for hotels",
        "용돈 20만원 중 40% 저축하고 나머지 쓰면 쓰는 돈",
        # One item at its discount, the full-price one dropped.
        "buy two jeans at 60, the second pair 40% off",
        # The change asked, the amount after it answered (or the reverse).
        "my salary is 60000 with a 5% raise, how much is the raise",
        "the gym is 80 and going up 10% next month",
        "rent 2000, dropped 5% this year",
        # A comparison with last month read as a share of this month's amount.
        "this month's water bill is 39 which is 30% more than last month, what was last month",
        "이번달 가스비 65,000원 지난달보다 30% 올랐으면 지난달은",
        # Each takes a cup: the pair of prices divided by the group would be answered.
        "녹차 3500원 아이스티 4000원 4명이 각자 한잔씩 아이스티 마시면",
        # The members dropped: the monthly fee times the months would be answered.
        "club fees are 25 a month each for 14 members for 3 months",
        # A threshold added as a price.
        "배송비 2500원인데 3만원 이상 무료 2만원어치 사면 총",
        # The amount after "plus" multiplied.
        "boat rental 60 a day for 2 days plus 25 fuel, split 3 ways",
        # The fraction dropped.
        "a third of 900 each month for 4 months",
        # A speed stated divided again by the time: the distance asked.
        "1시간 30분 걸리는 거리 시속 70km",
        # A fee discounted alone: the rest of an earlier sum read by itself.
        "15% 할인받고 택배비 4천원이면?",
        # The race asked never read.
        "ran 5 km in 27 minutes, how long for a half marathon at that pace",
    ],
)
def test_a_cue_that_changes_the_sum_is_never_dropped(text: str) -> None:
    assert run_chain(split_steps(text), _NOW) is None


# Read right by turns43's raise reader (tools.calculator_readers_43), which came in beside
# this rule: the raise asked is the raise (700,000원 x 3%), never the new rent.
@pytest.mark.parametrize(
    "text", ["월세 70만원 3% 인상되면 얼마 오르는거야", "월세 70만원 3% 인상되면 얼마 더 내"]
)
def test_a_raise_asked_is_the_raise_or_declined(text: str) -> None:
    result = run_chain(split_steps(text), _NOW)
    assert result is None or result.answer == "21,000원"


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("internet is 45 a month split 4 ways for a year", "45 * 12"),
        ("인터넷 월 3만원 3명이서 나눠서 1년", "30000 * 12"),
        ("budget 800, 25% for flights, rest for hotels", "800 * 25 / 100"),
        ("buy two jeans at 60, the second pair 40% off", "60 * (1 - 40 / 100)"),
        ("salary 60000, 5% raise, how much is the raise", "60000 * (1 + 5 / 100)"),
        ("the gym is 80 and going up 10%", "80 * 10 / 100"),
        ("녹차 3500원 아이스티 4000원 4명이 각자 한잔씩", "(3500 + 4000) / 4"),
        ("fees are 15 a month for 12 players over 8 months", "15 * 8"),
        ("3만원 이상 무료 배송비 2500원 2만원어치", "2500 + 30000 + 20000"),
        ("120 a night for 2 nights plus 30 parking, split 3 ways", "120 * 2 * 30 / 3"),
        ("a third of 900 each month for 4 months", "900 * 4"),
        ("tea 3 and juice 5, 4 of us each get a juice", "(3 + 5) / 4"),
        ("shipping is 5 but free over 35, i'm buying 25 worth, total", "5 + 35 + 25"),
        ("ran a 5k in 27 minutes", "27 / 5000"),
        ("3 hours of driving at 55 mph", "55 / 3"),
    ],
)
def test_the_cue_left_unread_is_named(text: str, expression: str) -> None:
    assert unread_cue_51w(text, expression) is not None


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        # The cue read: nothing to name.
        ("internet is 45 a month split 4 ways for a year", "45 * 12 / 4"),
        ("budget 800, 25% for flights, rest for hotels", "800 * (1 - 25 / 100)"),
        ("salary 60000, 5% raise, how much is the raise", "60000 * 5 / 100"),
        ("the gym is 80 and going up 10%", "80 * (1 + 10 / 100)"),
        # "up front" is no change by a percent: the deposit is the share asked.
        ("the hall is 1,600 and wants a 20% deposit up front", "1600 * 20 / 100"),
        ("the roofer wants 10% up front on a 9,000 job", "9000 * 10 / 100"),
        ("we put down 20% on a 350,000 house, how much is that", "350000 * 20 / 100"),
        ("120 a night for 2 nights plus 30 parking, split 3 ways", "(120 * 2 + 30) / 3"),
        # A speed asked of a distance and a time: the distance is divided, not a speed.
        ("150km를 2시간에 가면 시속 몇", "150 / 2"),
        # A fee beside a discounted price: the price is discounted, not the fee.
        ("4만원짜리 10% 할인 배송비 3천원", "40000 * (1 - 10 / 100) + 3000"),
        # The fee said first, then the discount: the fee may be what is discounted.
        ("수수료 5천원에 10% 할인", "5000 * (1 - 10 / 100)"),
        # An ordinal that is a date, not a discounted item.
        ("매달 2번째 토요일마다 3만원 1년이면", "30000 * 12"),
        # "각자 얼마" asks each one's share of a split: the division is right.
        ("피자 3만원 4명이 각자 얼마", "30000 / 4"),
    ],
)
def test_a_cue_read_is_not_named(text: str, expression: str) -> None:
    assert unread_cue_51w(text, expression) is None


def test_a_race_distance_in_k_is_kilometres_when_running() -> None:
    assert race_k_as_km("ran a 5k in 27 minutes, pace per km") == (
        "ran a 5 km in 27 minutes, pace per km"
    )
    result = calculate("i ran a 5k in 27 minutes, what's my pace per km")
    assert result.value == Decimal("5.4")
    # Money beside it: the k may be a thousand; left as written.
    assert race_k_as_km("the 5k race entry is $30") == "the 5k race entry is $30"


def test_an_amount_each_beside_a_count_is_no_plain_conversion() -> None:
    assert amount_each_with_count(normalize_numerals("50유로씩 4명 원화로"))
    assert parse_currency_request("50유로씩 4명 환율 1450원이면 원화로") is None
    # 씩 alone (a monthly sum) is still one amount; "달러" is no count of months.
    assert not amount_each_with_count("매달 300달러씩 보내는데 원화로")
    request = parse_currency_request("매달 300달러씩 보내는데 환율 1450원이면 원화로")
    assert request is not None and request.amount == 300


def test_a_percent_after_a_big_unit_numeral_is_its_own_figure() -> None:
    assert normalize_numerals("월급 250만 4% 인상") == "월급 2500000 4% 인상"
    assert calculate("월급 250만 4% 인상되면").value == Decimal(2600000)
    # A trailing figure still continues the numeral.
    assert normalize_numerals("3만 5000") == "35000"


def test_a_count_of_cues_does_not_stop_a_plain_split() -> None:
    # The split used: still answered.
    assert calculate("dinner 84 and drinks 36, split 4 ways").value == Decimal(30)
    with pytest.raises(ToolInputError):
        calculate("wifi 70 a month split 2 ways for 3 months")


def test_an_amount_added_per_period_is_not_added_once() -> None:
    year = ["관리비 빼고 월세 55만원 6개월이면"]
    assert resolve_in_conversation(year, "수도세 월 2만원 더하면?", _NOW) is None
    assert resolve_in_conversation(year, "관리비 7만원 더하면?", _NOW) is None
    # A one-off amount is still added once to the total.
    once = resolve_in_conversation(year, "중개수수료 30만원 더하면?", _NOW)
    assert once is not None and once.result.answer == "3,600,000원"
    # A month's charge added to a month's total (four weeks) is added once.
    month = ["수영장 1회 만원 주2회 4주면"]
    fee = resolve_in_conversation(month, "강습비 월 10만원 더하면?", _NOW)
    assert fee is not None and fee.result.answer == "180,000원"
