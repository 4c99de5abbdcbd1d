"""Blind set 34's turns read by new rules, tested on examples of our own.

Each case runs with its rule switched off too: the same answer must then not come.
"""

from __future__ import annotations

import pytest

import tools.calculator as calculator
import tools.calculator_expression as calculator_expression
import tools.calculator_fee_per_unit_en as fee_per_unit
import tools.dates_spoken as dates_spoken
import tools.followups as followups
import tools.price_total as price_total
import tools.priced_reading_en as priced_reading_en
import tools.priced_reading_ko as priced_reading_ko
from tests.tools.rule_switch import (
    NEVER,
    SwitchOff,
    answers_stay,
    never,
    off,
    turns_read_only_by_their_rule,
)
from tools.followup_change_rules import CHANGES
from tools.followup_named_figure_told import named_figure_told
from tools.followup_round_trip import round_trip_of_previous


def _without(rule: object) -> SwitchOff:
    return lambda mp: mp.setattr(followups, "CHANGES", tuple(c for c in CHANGES if c is not rule))


def _unchanged(text: str) -> str:
    return text


def _nothing_read(*_args: object) -> None:
    return None


_no_round_trip = _without(round_trip_of_previous)
_no_named_told = _without(named_figure_told)


def _no_named_told_nor_said_plainly(mp: pytest.MonkeyPatch) -> None:
    # "배송비가 7천원이래" is also read by the plain-words fallback (opens49a: "7천원이면"),
    # the same reading; off with the rule, to show the rule reads it.
    _no_named_told(mp)
    mp.setattr(followups, "said_plainly", _unchanged)


_CONCERT = (
    "concert tickets are 60 each plus a 5 service fee per ticket and a 2.50 handling fee, "
    "2 tickets total?"
)
_PER_ORDER = "tickets are 60 each plus a 5 fee per ticket and a 2.50 fee per order, for 2?"
_REUNION = "동창회비 총 85만원 걷었고 회식비 49만원 썼어 남은 돈 4명이 나누면 얼마씩"


_FUEL_EN = (
    "the drive is 250 km, my car uses 7 litres per 100 km and petrol is 1.95 a litre, fuel cost?"
)
_FUEL_KO = "연비 15km/L 차로 270km 가는데 휘발유 리터당 1700원이면 기름값 얼마"

CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # 12 months / 3 = 4 filters (switched off: '54', the interval taken for a count).
    (
        ["replace the filter every 3 months at 18 each, how much a year"],
        "72",
        off(calculator, "every_n_periods_unnamed", never),
    ),
    (
        ["정수기 필터 3개월마다 1만8천원이면 1년에 얼마"],
        "72,000원",
        off(calculator, "every_n_periods_in_won", never),
    ),
    (
        ["2주마다 세차 2만원이면 1년에 얼마"],
        "520,000원",
        off(calculator, "every_n_periods_in_won", never),
    ),
    # 250 x 7 / 100 x 1.95 (switched off: not read).
    ([_FUEL_EN], "34.125", off(calculator_expression, "fuel_per_100km_expression", never)),
    # Both ways: the trip's cost doubled (switched off: not read).
    ([_FUEL_KO, "왕복이면?"], "61,200원", _no_round_trip),
    ([_FUEL_EN, "and the round trip"], "68.25", _no_round_trip),
    # A named amount told anew (switched off: not read).
    ([_REUNION, "아 회식비 53만원이래"], "80,000원", _no_named_told),
    (
        [
            "중고로 3만원짜리 사는데 배송비 5000원은 반반 하기로 했어 나 얼마 내",
            "배송비가 7천원이래",
        ],
        "33,500원",
        _no_named_told_nor_said_plainly,
    ),
    # A holiday counted by weekday, with its year (switched off: not read).
    (
        ["what day is labor day 2027"],
        "Monday, September 6, 2027",
        off(dates_spoken, "floating_holidays_as_dates", _unchanged),
    ),
    (
        ["when is mothers day 2029"],
        "Sunday, May 13, 2029",
        off(dates_spoken, "floating_holidays_as_dates", _unchanged),
    ),
    # "and a muffin for 3.50": one more item at that price (switched off: not read).
    (
        ["3 coffees at 4.20 each and a muffin for 3.50, total?"],
        "16.1",
        off(priced_reading_en, "read_item_for", _nothing_read),
    ),
    # A fee per ticket and one per order beside the price of each: (60 + 5) x 2 + 2.50
    # (switched off: not read).
    (
        [_CONCERT],
        "132.5",
        off(fee_per_unit, "_each_with_fees", never),
    ),
    # "2인분 7천원씩": that many at that price each (switched off: not read).
    (
        ["떡볶이 2인분 7천원씩이랑 순대 5천원 시키면 얼마"],
        "19,000원",
        off(priced_reading_ko, "count_then_price_each", _nothing_read),
    ),
    (
        ["맥주 3병 4천5백원씩에 안주 1만2천원이면 얼마"],
        "25,500원",
        off(priced_reading_ko, "count_then_price_each", _nothing_read),
    ),
    # "make it a dozen" in the follow-up, as its first turn's dozens are (switched off: not
    # read).
    (
        [
            "half a dozen bagels at 1.50 each and a muffin for 4, total?",
            "make it a dozen bagels",
        ],
        "22",
        off(followups, "follow_up_counts_plainly", _unchanged),
    ),
    # "…, 4 days?" asks the sum (switched off: not read).
    (["bikes are 15 a day, 4 days?"], "60", off(price_total, "_ASKS_BY_CLOSING_COUNT", NEVER)),
]


test_read_and_only_by_its_rule = turns_read_only_by_their_rule(CASES)


test_the_readings_around_them_stay = answers_stay(
    [
        # Five months do not go into a year: not read.
        (["5개월마다 3만원이면 1년에 얼마"], None),
        # A one-way trip said already: "왕복이면" is no plain doubling.
        (["편도 300km 연비 12km/L 휘발유 1650원이면 기름값", "왕복이면?"], None),
        # A one-way fare is not read as a trip both ways by the l/100km reader.
        (["one way is 250 km, car uses 7 l/100km, petrol 1.95 a litre, fuel cost?"], None),
        # A noun naming no amount of the request: not read.
        ([_REUNION, "아 숙박비 53만원이래"], None),
        # "a room for 3 nights": a count, no price after "for".
        (["a room for 3 nights at 120 a night, total?"], "360"),
        # A fee per order said "per order": not read as once (nor per ticket).
        (
            [_PER_ORDER],
            None,
        ),
        # A holiday with no year: which one is not said.
        (["when is thanksgiving"], None),
        # A question with no price: still not a sum.
        (["is the pool open 3 hours?"], None),
    ]
)
