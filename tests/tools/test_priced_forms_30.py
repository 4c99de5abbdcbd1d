"""Everyday price questions the price reader reads since turns30 (examples of our own).

Blind set 30 asked sums the reader declined: a price per period with a charge per the same
period named beside it ("하루 6만원에 보험료 하루 만원 … 사흘"), and a rate per period said
before the thing it is for ("45 a night per dog", "275 a week per kid"). Each case is also
run with the rule that reads it switched off: it must then not give the same figure.
"""

from __future__ import annotations

import re

import pytest

import tools.planner as planner
import tools.price_total as total
import tools.priced_composition as composition
import tools.priced_reading_en as reading_en
from tests.tools.rule_switch import NEVER, cases_read_only_by_their_rule, never, off
from tools.planner import split_steps
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
        "수영장 성인 7,000원 청소년 5,000원인데 성인 넷 청소년 둘이면 얼마",
        "7000 * 4 + 5000 * 2",
        off(total, "labelled_kinds_total", never),
    ),
    (
        "박물관 어른 1인 9천원 어린이 1인 4천원 어른 3명 어린이 5명이면 총 얼마",
        "9000 * 3 + 4000 * 5",
        off(total, "labelled_kinds_total", never),
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


def test_a_rate_after_and_then_is_one_bill(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = (
        "the tow truck's hook-up fee is 95 and then 4.50 a mile, it went 22 miles, what's the bill"
    )
    assert split_steps(asked) == [asked.replace(" and then", " and")]
    monkeypatch.setattr(planner, "_THEN_A_RATE", NEVER)
    assert len(split_steps(asked)) == 2


def test_a_fee_paid_up_front_is_paid_once(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = "a 24-month plan is 28 a month plus 90 up front for the router, what's the total"
    found = price_total(asked)
    assert found is not None and found[0] == "90 + 28 * 24"
    monkeypatch.setattr(composition, "_ONE_OFF", re.compile(r"deposit|activation", re.I))
    assert price_total(asked) is None
