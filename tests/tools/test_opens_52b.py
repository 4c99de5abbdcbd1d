"""Open markers of sets 36 to 43 closed in code (opens52b), pinned with inputs of their own.

Readers: two figures asked of one list or share-out (tools.two_figures_52b, tools.settle_up_52b,
tools.split_part_not_shared_52b, hooked into tools.handler_money.read_two_figures), a yearly
amount paid over fewer months and split (tools.calculator_paid_over_months_52b, with its hook
in the English unread-cue guard), an hourly rate over a clock span some days a week
(tools.calculator_clock_span_days_52b), prices paid each time some times a week
(tools.calculator_prices_per_use_52b), whole vouchers from points
(tools.calculator_points_vouchers_52b), a group's round trip at a percent off
(tools.calculator_round_trip_group_52b); a date said as an end before "how many days is that
from" (tools.dates_end_said_first_52b, hooked into tools.dates_spoken_more) and a measure
asked after the thing it measures (tools.units_thing_named_52b, hooked into tools.units).
Follow-up rules: tools.followup_*_52b. Every case is answered with its rule on, and otherwise
with it switched off.
"""

from __future__ import annotations

import pytest

import tools.calculator_readers_52b as readers_52b
import tools.calculator_unread_cues_50w_en as unread_cues_en
import tools.dates_spoken_more as dates_spoken_more
import tools.handler_money as handler_money
import tools.units as units
from tests.tools.rule_switch import SwitchOff, answer_to, never, off, without_change
from tests.tools.rule_switch import turns_read_only_by_their_rule as _read_only
from tools.followup_extra_day_span_52b import extra_day_at_own_span
from tools.followup_full_fare_joins_52b import full_fare_joins
from tools.followup_next_voucher_52b import spend_for_next_voucher
from tools.followup_one_pays_more_52b import one_pays_more_rest_split
from tools.followup_price_dropped_52b import price_per_use_dropped
from tools.followup_raise_over_year_52b import raise_over_a_year
from tools.followup_rate_for_result_52b import rate_for_previous_result
from tools.followup_two_figures_52b import (
    another_payment_made,
    more_of_the_group_came,
    one_more_listed_amount,
)


def _reader_off(name: str) -> SwitchOff:
    return off(readers_52b, name, never)


def _unchanged(text: str) -> str:
    return text


_TILES = "kitchen floor is 2m x 3m and the tiles are 25cm square, how many tiles do i need"
_SHIFT = "worked 9am to 5:30pm with a 45 min unpaid lunch, how many hours is that"
_WATER = (
    "water rates are 960 a year paid over 8 months, split 4 ways between us, how much each "
    "per month"
)
_WALKER = "dog walker is 12 an hour, from 9 to 11:30, 4 days a week, how much a week"
_LUNCH = "점심값 4만5천원 나왔는데 셋이서 나누면"
_FEE = "관리비 월 20만원인데 10% 오른대 얼마야"
_RENT = "rent is 1200 a month, it goes up by 4%, how much"
_GYM = (
    "gym is 6 per class and 2 per towel, i go 3 times a week, what's that a month if a month "
    "is 4 weeks"
)
_CAR = "car wash is 8 per wash and 3 per wax, 2 cars a week, how much a week"
_POINTS = "i have 2,730 points and every 400 points gets you a $4 voucher, how much can i redeem"
_GIFTS = "이번달 경조사비 3만 5만 10만 냈는데 총 얼마고 평균 얼마야"
_DONUTS = (
    "bought 2 boxes of donuts, 12 donuts each, 5 kids at the party. how many donuts does each "
    "kid get and how many are left over"
)
_CAMPING = (
    "넷이 캠핑갔는데 내가 장보기 20만원 내고 형이 캠핑장 8만원 동생이 기름값 4만원 친구가 장작 "
    "4만원 냈어 똑같이 나누면 누가 누구한테 얼마 보내야돼"
)
_TWO_FIGURES_OFF = off(handler_money, "two_figures_52b", never)
_SRT = "SRT 편도 52,000원인데 아이 세명 50% 할인 받으면 왕복 얼마야"

_CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # A price each for a counted result: 96 tiles x 3.25; a wage for a shift's hours:
    # 465 min / 60 x 20.
    (
        [_TILES, "they're 3.25 each so how much is that"],
        "312",
        without_change(rate_for_previous_result),
    ),
    ([_SHIFT, "and at 20 an hour?"], "155", without_change(rate_for_previous_result)),
    # A yearly amount paid over 8 months, split 4 ways: 960 / 8 / 4 (never 960 / 12).
    ([_WATER], "30", _reader_off("yearly_paid_over_months")),
    # ... and the English guard's hook: without it "a year" is taken as asked of a monthly rate.
    ([_WATER], "30", off(unread_cues_en, "yearly_paid_over_months", never)),
    # A rate over a clock span, days a week: 12 x 2.5 h x 4; one more day, 10 to 12: + 24.
    ([_WALKER], "120", _reader_off("clock_span_days_a_week")),
    (
        [_WALKER, "what if he does saturdays too, 10 to 12"],
        "144",
        without_change(extra_day_at_own_span),
    ),
    # One pays 3,000 more: (45,000 - 3,000) / 3 each for the other two.
    (
        [_LUNCH, "내가 3천원 더 낼게 나머지 둘은 얼마씩 내면 돼?"],
        "14,000원",
        without_change(one_pays_more_rest_split),
    ),
    # A monthly amount's raise over a year: (220,000 - 200,000) x 12; (1,248 - 1,200) x 12.
    (
        [_FEE, "그럼 1년이면 원래보다 총 얼마 더 내는거야"],
        "240,000원",
        without_change(raise_over_a_year),
    ),
    ([_RENT, "how much more is that over a year"], "576", without_change(raise_over_a_year)),
    # Prices paid each time: (6 + 2) x 3 x 4; the towel left out: 6 x 3 x 4.
    ([_GYM], "96", _reader_off("prices_per_use_week")),
    ([_CAR], "22", _reader_off("prices_per_use_week")),
    ([_GYM, "what if i don't get a towel"], "72", without_change(price_per_use_dropped)),
    # Whole vouchers: floor(2,730 / 400) x $4; the next one: (400 - 330) points at 5 a dollar.
    ([_POINTS], "$24.00", _reader_off("vouchers_redeemed")),
    (
        [
            _POINTS,
            "if i earn 5 points per dollar how much more do i need to spend for the next voucher",
        ],
        "14",
        without_change(spend_for_next_voucher),
    ),
    # Two figures asked: the total and the mean of a bare list; one more amount in it.
    ([_GIFTS], "총 180,000원, 평균 60,000원", _TWO_FIGURES_OFF),
    (
        [_GIFTS, "5만원 하나 더 내면 평균 얼마 돼?"],
        "총 230,000원, 평균 57,500원",
        without_change(one_more_listed_amount),
    ),
    # Whole pieces each and those left over: 24 // 5 and 24 % 5; 3 more kids: 24 // 8.
    ([_DONUTS], "4 donuts each, 4 left over", _TWO_FIGURES_OFF),
    (
        [_DONUTS, "3 more kids just showed up"],
        "3 donuts each, 0 left over",
        without_change(more_of_the_group_came),
    ),
    # Who sends whom: 400,000 / 4 = 100,000 each once 형 has paid 40,000 more.
    (
        [_CAMPING],
        "1인당 90,000원씩이라, 동생이 나한테 50,000원, 친구가 나한테 50,000원, "
        "형이 나한테 10,000원 보내면 돼요",
        _TWO_FIGURES_OFF,
    ),
    (
        [_CAMPING, "아 형이 커피값 4만원도 냈대"],
        "1인당 100,000원씩이라, 동생이 나한테 60,000원, 친구가 나한테 40,000원, "
        "친구가 형한테 20,000원 보내면 돼요",
        without_change(another_payment_made),
    ),
    # One has none of a part of the bill: (210 - 40) / 5 for jo, 34 + 40 / 4 for the others.
    (
        [
            "5 of us went out, the bill came to 210 and 40 of that was cocktails. jo didn't "
            "drink, what does everyone pay"
        ],
        "jo pays 34, the other 4 pay 44 each",
        _TWO_FIGURES_OFF,
    ),
    # A group's round trip at a percent off: 52,000 x 0.5 x 3 x 2; one more at the full fare.
    ([_SRT], "156,000원", _reader_off("round_trip_for_group")),
    ([_SRT, "저도 같이 가면요? 전 할인 안돼요"], "260,000원", without_change(full_fare_joins)),
    # An end date said first: Jan 1 to Mar 3 2030.
    (
        ["my passport expires march 3 2030, how many days is that from jan 1 2030"],
        "61 days",
        off(dates_spoken_more, "end_said_before_count_from", _unchanged),
    ),
    # A measure after the thing it measures.
    (
        ["how many km is a half marathon, 13.1 miles"],
        "13.1 mi = 21.0824 km",
        off(units, "without_thing_named", _unchanged),
    ),
]

test_open_markers_closed_by_their_rules = _read_only(_CASES)


@pytest.mark.parametrize(
    "turns",
    [
        # A new price for a line the question priced: a swap, never the total times it.
        ["3 tickets at 20 each", "they're 25 each so how much is that"],
        # The rest's count said is not the split's others: which split is meant is unsaid.
        [_LUNCH, "내가 3천원 더 낼게 나머지 셋은 얼마씩 내면 돼?"],
        # Four go, two pay: who the other two are is unsaid, so nothing is settled.
        [
            "넷이 캠핑갔는데 내가 장보기 20만원 내고 형이 캠핑장 8만원 냈어 똑같이 나누면 "
            "누가 누구한테 얼마 보내야돼"
        ],
    ],
)
def test_the_rules_leave_what_they_cannot_place(turns: list[str]) -> None:
    assert answer_to(turns) is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Twelve months is the period forms' reading (a year over a year's months).
        ("council tax is 1,842 a year, what's that a month", "153.5"),
        # A day rate or a month said without its weeks is no reading of these forms.
        ("i make 15 an hour from 9 to 5, 4 days a week, how much a month", None),
    ],
)
def test_readings_around_the_readers_stay(question: str, expected: str | None) -> None:
    assert answer_to([question]) == expected
