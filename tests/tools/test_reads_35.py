"""Blind set 35's turns read by new rules, tested on examples of our own.

Each case runs with its rule switched off too: the same answer must then not come.
"""

from __future__ import annotations

import tools.followup_rates as followup_rates
import tools.followups as followups
import tools.price_total as price_total
from tests.tools.rule_switch import (
    NEVER,
    SwitchOff,
    answers_stay,
    never,
    off,
    turns_read_only_by_their_rule,
)
from tools.followup_change_rules import CHANGES
from tools.followup_round_trip import round_trip_of_previous


def _without(rule: object) -> SwitchOff:
    return lambda mp: mp.setattr(followups, "CHANGES", tuple(c for c in CHANGES if c is not rule))


_MPG = "the drive is 280 miles, the car gets 40 mpg and gas is 3.50 a gallon, fuel cost?"
_DUES = "반 모임 회비 1인 만원씩 15명한테 걷으면 총 얼마"
_CAKE = "the cake for her leaving party is 96, split between 8 of us how much each"

CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # A price each of what every person holds one of, and the head count: that many.
    (
        ["museum passes are 18 each and there's 5 of us"],
        "90",
        off(price_total, "heads_hold_one_each", never),
    ),
    (
        ["entry is 15 each and there's 4 of us, how much"],
        "60",
        off(price_total, "heads_hold_one_each", never),
    ),
    # "… and there's 5 of us" asks the total (switched off: not asked, not read).
    (
        ["museum passes are 18 each and there's 5 of us"],
        "90",
        off(price_total, "HEADS_CLOSE", NEVER),
    ),
    # "and back again?" after a trip's fuel: there and back.
    ([_MPG, "and back again?"], "49", _without(round_trip_of_previous)),
    # Said as news that people leave ("3명은 안낸대", "two people dropped out").
    ([_DUES, "3명은 안낸대"], "120,000원", off(followup_rates, "_FEWER_PEOPLE", NEVER)),
    ([_CAKE, "two people dropped out"], "16", off(followup_rates, "_FEWER_PEOPLE", NEVER)),
    # "1인 만원씩 15명": the price's one person is not the head count that changes.
    ([_DUES, "3명은 안낸대"], "120,000원", off(followup_rates, "_PRICE_PER_ONE", NEVER)),
]


test_read_and_only_by_its_rule = turns_read_only_by_their_rule(CASES)


test_the_readings_around_them_stay = answers_stay(
    [
        # Things a group shares say nothing of how many are bought.
        (["pizzas are 12 each and there's 6 of us"], None),
        # A trip said one way already: doubling is not the answer.
        (["one way the toll is 4,800원 and fuel 23,000원, 얼마", "and back again?"], None),
    ]
)
