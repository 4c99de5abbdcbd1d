"""Everyday price questions the price reader reads since turns28 (examples of our own).

Blind set 28 asked sums the reader declined: a price per person with the people counted
("1인 … 40명 오면"), per person per night, a session's price said "한 번에", nights said
"사흘 밤", things left in storage by the day, two prices paired by their units rather than
by the order of words, prices of one unit summed, a price "each" of whatever is counted,
a rate per one thing per day, "plus 80 for setup", a second amount with its verb left out,
a tax with a word before it, and a discount beside two amounts. Each case is also run
with the rule that reads it switched off: it must then not give the same figure.
"""

from __future__ import annotations

import re

import pytest

import tools.price_total as price_total_module
import tools.priced_composition as composition
import tools.priced_quantities as quantities
import tools.priced_reading_en as reading_en
import tools.priced_reading_ko as reading_ko
from tests.tools.rule_switch import NEVER, cases_read_only_by_their_rule, never, off
from tools.price_total import price_total

CASES = [
    (
        "횟집 코스 1인 45,000원인데 12명 예약하면 얼마",
        "45000 * 12",
        off(reading_ko, "_PER_HEAD_KO", NEVER),
    ),
    (
        "민박 1인 1박 2만원인데 네명이 사흘 자면 얼마",
        "20000 * 4 * 3",
        off(quantities, "_DAYS_SLEPT", NEVER),
    ),
    (
        "피아노 레슨 주 3회 한 번에 2만원이면 4주면 얼마",
        "20000 * 3 * 4",
        off(quantities, "_ONE_SESSION_PRICE", NEVER),
    ),
    (
        "펜션 1박 15만원인데 이틀 밤 자면 얼마",
        "150000 * 2",
        off(quantities, "_NATIVE_NIGHTS", NEVER),
    ),
    (
        "사물함 하루 2천원인데 가방 2개 5일 맡기면 얼마",
        "2000 * 5 * 2",
        off(composition, "_RENTS", re.compile(r"빌리|빌려|대여|\brent", re.I)),
    ),
    (
        "만두 1판 6천원 찐빵 1개 1,500원인데 만두 2판 찐빵 4개면 얼마",
        "2 * 6000 + 4 * 1500",
        off(price_total_module, "rates_by_unit", never),
    ),
    (
        "헬스 월 5만원 수영 월 7만원이면 한달에 얼마",
        "50000 + 70000",
        off(price_total_module, "rates_by_unit", never),
    ),
    (
        "the buffet is 32 a head and drinks are 12 a head, 5 of us, total?",
        "(32 + 12) * 5",
        off(price_total_module, "rates_by_unit", never),
    ),
    (
        "the chairs are 35 each and we need 12 chairs, what's the total",
        "35 * 12",
        off(reading_en, "_EACH_PRICE_EN", NEVER),
    ),
    (
        "bike hire is 15 per bike per day, 3 bikes for 4 days, what's that",
        "15 * 3 * 4",
        off(reading_en, "_SECOND_PER_EN", NEVER),
    ),
    (
        "the DJ charges 120 an hour for 5 hours plus 80 for setup, how much",
        "80 + 120 * 5",
        off(reading_en, "_PLUS_FOR_EN", NEVER),
    ),
    (
        "the dentist charged 240 and the hygienist 95, what's the total",
        "240 + 95",
        off(reading_en, "_GAPPED_FEE_EN", NEVER),
    ),
    (
        "the room is 180 a night plus 10% city tax, 2 nights, total?",
        "(180 * 2) * (100 + 10) / 100",
        off(quantities, "_MARKUP", re.compile(r"(?P<p>\d+)\s*%\s*(?:tip|tax)", re.I)),
    ),
    (
        "네일 젤 3만원 케어 1만원인데 20% 할인되면 얼마",
        "(30000 + 10000) * (100 - 20) / 100",
        off(price_total_module, "_PERCENT_OFF", NEVER),
    ),
]


test_the_form_is_read_and_only_by_its_rule = cases_read_only_by_their_rule(CASES)


@pytest.mark.parametrize(
    "question",
    [
        # A price at a figure is never read from part of a longer figure ("at 2" of "20").
        "the sitter comes twice a day at 20 a visit and 3 of us share, what's that",
        # "each way" is a trip, not a price of each thing counted.
        "the ferry is 6.50 each way and 3 of us are going, what's the total",
        # Two counts of one unit beside two prices of it: which goes with which is not said.
        "헬스 월 5만원 수영 월 7만원인데 3개월 6개월 다니면 얼마",
    ],
)
def test_figures_that_do_not_fit_are_still_declined(question: str) -> None:
    assert price_total(question) is None


def test_a_price_at_a_figure_takes_the_whole_figure() -> None:
    assert price_total("the pet sitter comes once a day at 25 a visit for 6 days, total") == (
        "25 * 1 * 6",
        "",
    )
