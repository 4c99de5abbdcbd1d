"""Everyday price questions the price reader reads since turns30 (examples of our own).

Blind set 30 asked sums the reader declined: a price per period with a charge per the same
period named beside it ("하루 6만원에 보험료 하루 만원 … 사흘"), and a rate per period said
before the thing it is for ("45 a night per dog", "275 a week per kid"). Each case is also
run with the rule that reads it switched off: it must then not give the same figure.
"""

from __future__ import annotations

import pytest

import tools.price_total as total
import tools.priced_reading_en as reading_en
from tests.tools.rule_switch import cases_read_only_by_their_rule, never, off
from tools.price_total import price_total

CASES = [
    (
        "캠핑카 하루 12만원에 보험료 하루 2만원인데 나흘 빌리면 얼마",
        "(120000 + 20000) * 4",
        off(total, "add_on_rates_summed", never),
    ),
    (
        "the van is 75 a day plus insurance fee 15 a day, we need it 4 days, what's the cost",
        "(75 + 15) * 4",
        off(total, "add_on_rates_summed", never),
    ),
    (
        "the cattery is 22 a night per cat, 2 cats for 9 nights, how much",
        "22 * 2 * 9",
        off(reading_en, "thing_after_period_rate", never),
    ),
    (
        "swim school is 60 a month per child, 3 children for 5 months, total?",
        "60 * 3 * 5",
        off(reading_en, "thing_after_period_rate", never),
    ),
]


test_the_form_is_read_and_only_by_its_rule = cases_read_only_by_their_rule(CASES)


@pytest.mark.parametrize(
    "question",
    [
        # Two options of one unit, no charge named: whose days they are is not said.
        "펜션 A 하루 10만원 B 하루 12만원인데 이틀이면 얼마",
        # A rate per child a month, no months counted and a month asked: not a total.
        "swim school is 60 a month per child, we have 3 children, what's a year",
    ],
)
def test_still_declined(question: str) -> None:
    assert price_total(question) is None
