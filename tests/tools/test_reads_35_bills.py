"""Blind set 35's bills read by new rules (and set 34's open coupon turn), on our own examples.

Each case runs with its rule switched off too: the same answer must then not come.
"""

from __future__ import annotations

import pytest

import tools.calculator_everyday_readers as everyday
import tools.calculator_list_less_coupon as coupon_lines
import tools.calculator_readers_58k as readers_58k
import tools.dates_zones as zones
import tools.followup_correction as correction
import tools.followup_discount_dropped as discount_dropped
import tools.followups as followups
import tools.price_total as price_total
import tools.priced_add_on_marked as add_on_marked
import tools.spoken_money_slang_en as money_slang
from tests.tools.rule_switch import (
    NEVER,
    SwitchOff,
    answer_to,
    answers_stay,
    never,
    off,
    turns_read_only_by_their_rule,
)
from tools.followup_change_rules import CHANGES
from tools.followup_line_added import line_added
from tools.planner import split_steps
from tools.priced_quantities import plain_text

_PIZZA = "피자 2판 4만6천원 콜라 3천원 배달팁 2천원인데 5천원 쿠폰 쓰고 4명이서 나누면 1인당 얼마"

_CABIN = (
    "cabin is 95 a night, 3 of us, 2 nights, plus a resort fee of 4 per person per night, total?"
)
_LOCKER = (
    "locker is 2 quid for the first hour then 50p every 30 min after that, how much for 3 hours"
)

CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # A bill's lines less a coupon used, and shared (the count before an amount is what the
    # amount buys): tools.calculator_list_less_coupon.
    (
        ["치킨 2만원 떡볶이 만4천원 시키고 3천원 쿠폰 쓰면 얼마"],
        "31,000원",
        off(everyday, "list_less_coupon", never),
    ),
    ([_PIZZA], "11,500원", off(everyday, "list_less_coupon", never)),
    # The coupon gone: the same lines with it at 0원.
    ([_PIZZA, "쿠폰 기간 지나서 못 쓴대"], "12,750원", off(discount_dropped, "COUPON_USED", NEVER)),
    # "케이스 장당 20원 따로": charged apart, so on top of each card.
    (
        ["명함 장당 80원에 케이스 장당 20원 따로 500장이면"],
        "50,000원",
        off(add_on_marked, "_ADDED_AFTER", NEVER),
    ),
    # A charge per person per night beside the room's price per night.
    (
        [_CABIN],
        "214",
        off(price_total, "per_head_per_period_total", never),
    ),
    # Pence and quid in digits.
    (
        [_LOCKER],
        "4",
        off(money_slang, "_PENCE", NEVER),
    ),
]

test_read_and_only_by_its_rule = turns_read_only_by_their_rule(CASES)

test_the_readings_around_them_stay = answers_stay(
    [
        # A percent, a price each or a figure left over: not a bill's lines.
        (["치킨 2만원 떡볶이 만4천원 시키고 10% 쿠폰 쓰면 얼마"], None),
        (["치킨 2만원씩 2마리 떡볶이 만4천원 시키고 3천원 쿠폰 쓰면 얼마"], None),
        # Two prices per page with one count, neither on top: which pages, not said.
        (["컬러 장당 500원 흑백 장당 100원 200장이면 얼마"], None),
        # Shared things per night with no per person: not this reading.
        (["the cabin is 95 a night, 3 of us, 2 nights, plus 4 a night for wood, total?"], None),
    ]
)


def test_after_that_after_a_span_is_part_of_the_rate_not_a_step() -> None:
    one = "parking is 2 for the first hour then 1 every 20 min after that, how much for 3 hours"
    assert split_steps(one) == [one]
    assert split_steps("add 5 to 10, after that, multiply it by 3") == [
        "add 5 to 10",
        "multiply it by 3",
    ]


def test_a_quarter_and_three_quarters_are_decimals() -> None:
    assert "3.25 hours" in plain_text("what about 3 and a quarter hours")
    assert "2.75 days" in plain_text("2 and three quarters days")


def _bundle_off(monkeypatch: pytest.MonkeyPatch) -> None:
    # (opens58k reads the deal ahead of the general readers too: both are switched off.)
    monkeypatch.setattr(everyday, "bundle_free_total", never)
    monkeypatch.setattr(readers_58k, "_deal", never)


_MORE_CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # "N+M": of every full bundle, M are free.
    (
        ["우유 개당 2천원 2+1인데 5개 사면 얼마"],
        "8,000원",
        _bundle_off,
    ),
    # Cups in grams at the weight of one cup the asker gives.
    (
        ["3 cups of flour in grams if 1 cup is 125 g"],
        "375 g",
        off(everyday, "cups_by_weight", never),
    ),
    # "A 말고 B": the figure corrected.
    (
        ["김밥 한줄 3500원 4줄이면 얼마", "아니 4줄 말고 6줄"],
        "21,000원",
        off(correction, "_KO", NEVER),
    ),
    # A date written day first ("12 jan 2028") for a clock time in another city.
    (
        ["3pm in seoul on the 5th of october 2027, what time in new york"],
        "02:00 (America/New_York, 2027-10-05)",
        off(zones, "_ON_DATE", NEVER),
    ),
]

test_more_read_and_only_by_its_rule = turns_read_only_by_their_rule(_MORE_CASES)

test_more_readings_stay = answers_stay(
    [
        # No weight of one cup given, of an ingredient with no standard cup weight (flour,
        # sugar and butter have one: tools/units_cup_weights_53b).
        (["3 cups of rice in grams"], None),
        # A bundle with a second price: not the one-price reading.
        (["우유 개당 2천원 2+1인데 요거트 1500원 하나랑 5개 사면 얼마"], None),
    ]
)


_RENT = "rent is 1,800, rooms are 14, 10 and 12 m2, split by room size, what does the 10 one pay"


def test_a_share_by_size_and_another_size_asked_after(monkeypatch: pytest.MonkeyPatch) -> None:
    # 1,800 x 10 / 36 = 500; the 14: 700.
    assert answer_to([_RENT]) == "500"
    assert answer_to([_RENT, "and the 14 one?"]) == "700"
    # A size not listed is no room of theirs.
    assert answer_to([_RENT, "and the 20 one?"]) != "1000"
    monkeypatch.setattr(everyday, "share_by_size", never)
    assert answer_to([_RENT]) != "500"


def test_the_cheapest_of_the_prices_listed_is_free(monkeypatch: pytest.MonkeyPatch) -> None:
    assert answer_to(["shirts at 20, 25 and 30, the cheapest one is free, total?"]) == "55"
    # A count that is not the number of prices: which price the extra one has is unsaid.
    assert answer_to(["4 shirts at 20, 25 and 30, the cheapest one is free, total?"]) is None
    monkeypatch.setattr(everyday, "cheapest_free_total", never)
    assert answer_to(["shirts at 20, 25 and 30, the cheapest one is free, total?"]) != "55"


def test_vat_apart_on_a_bills_lines_and_a_line_added(monkeypatch: pytest.MonkeyPatch) -> None:
    bill = "타이어 2개 24만원이고 공임 3만원 부가세 별도면 총 얼마"
    # (240,000 + 30,000) x 1.1 = 297,000; one more line of 20,000: 319,000.
    assert answer_to([bill]) == "297,000원"
    assert answer_to([bill, "휠 밸런스 2만원 추가"]) == "319,000원"
    # A coupon goes after the lines, and the added line before it: 30,000 + 2,000 - 3,000.
    assert answer_to(
        ["짜장 2만원 탕수육 만원 시키고 3천원 쿠폰 쓰면 얼마", "군만두 2천원 추가"]
    ) == ("29,000원")
    # Another VAT rate than Korea's 10% is not this reading.
    assert answer_to(["부품 8만원 공임 3만원 부가세 5% 별도면 얼마"]) is None
    monkeypatch.setattr(followups, "CHANGES", tuple(c for c in CHANGES if c is not line_added))
    assert answer_to([bill, "휠 밸런스 2만원 추가"]) != "319,000원"
    monkeypatch.setattr(coupon_lines, "_VAT_APART", NEVER)
    assert answer_to([bill]) != "297,000원"
