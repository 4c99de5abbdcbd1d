"""Set 57's calculation wrong answers (blind57m), each declined by its rule and only by it.

Inputs are our own (not the blind set's sentences), with near misses that keep their
reading; every rule is switched off once (tools.calculator_wrongs_65m):

- a comparison asked with its other side unstated ("30% 할인이랑 얼마 차이나", "how much
  more do i pay compared to straight 35% off") was read as the one rate's price or
  discount (25,500원, 156): declined unless the reading subtracts two totals;
- a rate alone read as a fraction ("세후로는? 이자소득세 15.4%" -> 0.154): declined unless a
  decimal or fraction is asked;
- a count of days in native words left unread ("일당 13만원으로 열이틀 일했는데 3.3% 떼면"
  -> 125,710원, the twelve days dropped): declined;
- a unit price read as a won rate ("i have 60 dollars. buying 4 coffees at 4.85 …" -> 291원):
  a won rate for a dollar, euro or pound is hundreds to thousands of won
  (tools.handler_money.USE_WON_RATE_GUARD).
"""

from __future__ import annotations

from decimal import Decimal

import tools.calculator_wrongs_65m as wrongs
import tools.handler_money as handler_money
from tests.tools.rule_switch import (
    answers_stay,
    declined_by,
    guard_rule_off,
    off,
    unread,
    workload_read_only_by_their_rule,
)
from tools.calculator_wrongs_65m import implausible_won_rate

_COMPARISON_OFF = guard_rule_off(wrongs, "SET57_GUARD", "comparison_side_unread")
_LONE_RATE_OFF = guard_rule_off(wrongs, "SET57_GUARD", "lone_rate_as_fraction")
_DAYS_OFF = guard_rule_off(wrongs, "SET57_GUARD", "days_unread")
_WON_RATE_OFF = off(handler_money, "USE_WON_RATE_GUARD", False)

test_rules_decline = workload_read_only_by_their_rule(
    [
        # a comparison with its other side unstated: one side's price is no difference
        *declined_by(
            _COMPARISON_OFF,
            [
                ["정가 12만원이면 25% 할인이랑 얼마 차이나"],
                ["정가 6만4천원짜리 15% 할인이랑 얼마나 차이 나"],
                ["가방 25만원인데 10% 할인이랑 비교하면 얼마 차이야"],
                ["on a 180 jacket how much more do i pay compared to 40% off"],
                ["the tv is 899, how much less is it compared to a 25% discount"],
                ["for a 75 dollar dress whats the difference versus 30% off"],
            ],
        ),
        # a rate alone is no amount
        *declined_by(
            _LONE_RATE_OFF,
            [
                ["세전으로는? 원천징수 3.3%"],
                ["부가세 포함이면? 부가세 10%"],
                ["수수료 빼면? 수수료 2.5%"],
            ],
        ),
        # a native count of days worked, unread
        *declined_by(
            _DAYS_OFF,
            [
                ["일당 12만원에 사흘 일하고 3.3% 떼면 얼마 받아"],
                ["하루 9만원씩 열하루 일했는데 세금 3.3% 빼면 얼마"],
                ["일당 15만원 보름 근무하면 3.3% 공제하고 얼마"],
                ["일당 8만원으로 열닷새 일했으면 3.3% 떼고 얼마"],
                ["일당 11만원 이틀 알바하면 3.3% 빼고 얼마야"],
            ],
        ),
        # a unit price is no won rate
        *declined_by(
            _WON_RATE_OFF,
            [
                ["i have 40 dollars, buying 3 teas at 3.20, how much is left"],
                ["i have 30 dollars. buying 6 muffins at 2.75 - how much is left"],
                ["i have 50 dollars. getting 2 pizzas at 14.25 and how much change"],
            ],
        ),
    ]
)

test_near_misses_keep_their_reading = answers_stay(
    [
        (["정가 12만원 25% 할인하면 얼마"], "90,000원"),  # no comparison asked
        (["일당 10만원으로 열흘 일하면 얼마"], "1,000,000원"),  # the ten days used
        (["convert 60 dollars at 1,380"], "82,800원"),  # a won rate
        (["100 euros at 1,450 won each how many won"], "145,000원"),
        *unread(
            [
                ["15.4%를 소수로 바꾸면"],  # a decimal asked: not this rule's
                ["A는 48,000원 B는 52,000원 얼마 차이"],
            ]
        ),
    ]
)


def test_a_won_rate_is_hundreds_to_thousands() -> None:
    assert implausible_won_rate("USD", "KRW", Decimal("4.85"))
    assert implausible_won_rate("KRW", "EUR", Decimal("0.25"))
    assert not implausible_won_rate("USD", "KRW", Decimal("1380"))
    assert not implausible_won_rate("KRW", "USD", Decimal("0.00072"))
    assert not implausible_won_rate("JPY", "KRW", Decimal("9.2"))  # a yen is some 9 won


test_a_rate_applied_is_no_comparison_side = answers_stay(
    [
        # the change itself asked: its amount answers (rounds 53, 62)
        (["they raised the 1200 price by 5%, how much more do i pay"], "60"),
        (["월세 80만원에서 5% 오르면 얼마 더 내"], "40,000원"),
    ]
)
