"""A weekly wage, one of a pack, a discount on a discount; and the single-unit pace, the
"one X is how many Y" conversion (tools.calculator_paid_amount_forms, tools.calculator_pace,
tools.units, tools.planner).

Our own examples, not the unseen set's sentences.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tools.handlers import match_deterministic
from tools.planner import split_steps

_NOW = datetime(2026, 12, 2, 12, 0, tzinfo=ZoneInfo("Asia/Seoul"))


def _answer(text: str) -> str | None:
    steps = split_steps(text)
    if len(steps) != 1:
        return None
    result = match_deterministic(steps[0], now=_NOW)
    return None if result is None else result.answer


@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        # an hourly wage, hours a week, weeks
        ("시급 10,500원에 주 15시간 일하면 3주면 얼마야", "472,500원"),
        ("시간당 11,000원으로 주 12시간씩 알바하고 8주 동안이면 얼마", "1,056,000원"),
        ("I make 19.75 an hour and work 32 hours a week, what's my weekly pay", "632"),
        ("we earn $16 an hour, 40 hours a week for 3 weeks, how much do we make in total",
         "$1,920.00"),
        # typed forms: "/hr", "hrs", the week's pay asked without a verb, no particles
        ("i make $21/hr and work 30 hrs a week, weekly pay?", "$630.00"),
        ("시급 11,000원 주 16시간 주급 얼마야", "176,000원"),
        ("시급 9,900원 주 10시간 6주 일하면 얼마", "594,000원"),
        # one of a pack
        ("$5.40 for a 6 pack, how much per can", "$0.90"),
        ("a pack of 8 batteries is 6.00, how much per battery", "0.75"),
        ("10개들이 계란 한 판 4,500원이면 한 개에 얼마야", "450원"),
        ("a 24-pack of water is 7.20 dollars, what's that per bottle", "$0.30"),
        ("a 6 pack of beer costs 13.50, how much is that per can", "2.25"),
        ("물 24개입 한 박스 9,600원이면 개당 얼마야", "400원"),
        # a discount, then another on the reduced price
        ("a 80 dollar jacket is 20% off, and then another 10% off that, how much is it",
         "$57.60"),
        ("a 120,000 won coat gets 30% off and an extra 10% off the sale price, what do I pay",
         "75,600원"),
        # a pace of one unit, the time in minutes and seconds
        ("10km를 52분 10초에 뛰었으면 km당 페이스는?", "1km당 5분 13초"),
        ("I ran 5 km in 24 minutes 30 seconds, what's my pace per km", "4 min 54 s per km"),
        ("하프 21km를 1시간 52분에 뛰면 1km 페이스 얼마야", "1km당 5분 20초"),
        # "one X is how many Y"
        ("a mile is how many km", "1 mi = 1.6093 km"),
        ("one pound is how many kg", "1 lb = 0.4536 kg"),
    ],
)  # fmt: skip
def test_a_paid_amount_or_pace_is_read(request_text: str, answer: str) -> None:
    got = _answer(request_text)
    assert got is not None
    assert answer in got


@pytest.mark.parametrize(
    "request_text",
    [
        # a figure more than the form places: no reading drops it
        "I make 20 an hour and work 40 hours a week plus 5 hours overtime, what's my weekly pay",
        "시급 12,000원에 주 20시간 일하고 주휴수당 30,000원 받으면 4주면 얼마야",
        "a 12-pack of cola is 9 dollars plus a 1.20 deposit, what's that per can",
        "a 100 dollar bag and a 40 dollar belt get 10% off and then another 5% off, what do I pay",
        # weeks given and a week's pay asked: which is meant is unclear
        "I make 20 an hour and work 40 hours a week for 4 weeks, what's my weekly pay",
        # a month is not a number of weeks; two packs compared; a tax on the pack
        "시급 12,000원에 주 20시간 일하면 한 달이면 얼마야",
        "a 12-pack is 9.48 and a 24-pack is 17.76, which is cheaper per can",
        "a 12-pack of soda is 9.48 dollars and tax is 8%, what's that per can",
        # a one-pack is no division
        "a 1-pack of gum is 2 dollars, what's that per stick",
        # a pace with a pause in it, or no distance of one unit asked
        "5km를 26분 40초에 뛰고 20초 쉬면 1km 페이스",
        "5km 페이스가 27분이면 얼마야",
        # a measure of a thing, not of the unit
        "one gallon of paint is how many liters of water",
    ],
)
def test_a_request_with_a_figure_more_or_an_unclear_ask_is_not_read(request_text: str) -> None:
    assert _answer(request_text) is None


def test_a_percent_that_is_not_a_discount_is_never_a_second_discount() -> None:
    # "then 5% tax" is added, not taken off: the two-discount reading must not apply.
    for step in split_steps("a 250,000 won phone gets 10% off and then 5% tax, what do I pay"):
        result = match_deterministic(step, now=_NOW)
        assert result is None or "213,750" not in result.answer


def test_a_second_discount_stays_one_step_with_its_price() -> None:
    text = "a 60,000 won bag gets 25% off and then another 20% off the sale price, what do I pay"
    assert len(split_steps(text)) == 1
    assert _answer(text) == "36,000원"
