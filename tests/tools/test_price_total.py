"""Everyday price questions read by tools.priced_quantities and tools.price_total.

Examples of their own (not blind set 25's sentences): a rate times counts whose units
lead on from it, fixed fees, items at prices, a share among people, a payback and a count
per count; and the sentences the reader must decline (two rates, a leftover figure, a
head count with no share asked, a part block).
"""

from __future__ import annotations

import pytest

from core.errors import ToolInputError
from tools.calculator import calculate
from tools.price_total import price_total


@pytest.mark.parametrize(
    ("question", "shown", "expression"),
    [
        # A rate times a count of its unit.
        (
            "the dog groomer charges 25 an hour and the trim takes 3 hours, what's that",
            "75",
            "25 * 3",
        ),
        ("볼링 1회 4,000원인데 이번 주 다섯 번 쳤어 얼마 썼지", "20,000원", "4000 * 5"),
        ("생맥주 한 잔 육천 원인데 세 잔 마시면 얼마 나와", "18,000원", "6000 * 3"),
        # A fixed fee and a rate, shown the way a bill lists them.
        (
            "the electrician has a 60 dollar callout fee plus 80 an hour and she worked 1.5 hours, "
            "what's the bill",
            "$180.00",
            "60 + 80 * 1.5",
        ),
        ("세차 기본 2만 원에 실내 청소 1만 5천 원 추가면 총 얼마야", "35,000원", "20000 + 15000"),
        # A rate per block of time: whole blocks of the span.
        ("코인노래방 10분당 500원인데 1시간 20분 부르면 얼마야", "4,000원", "500 * 80 / 10"),
        # Chains: each count is per the next one's unit.
        (
            "피아노 레슨 시급 40,000원 주1회 1시간씩 하면 4주에 얼마야",
            "160,000원",
            "40000 * 1 * 1 * 4",
        ),
        ("the tutor charges 30 per lesson, twice a week, what's that a week", "60", "30 * 2"),
        (
            "copying is 8 cents a page and I need 200 copies of a 15-page handout, what's the cost",
            "$240.00",
            "8 / 100 * 15 * 200",
        ),
        (
            "the ferry is 3.25 each way and I commute 20 days, what does it cost me",
            "130",
            "3.25 * 2 * 20",
        ),
        # An area priced per square foot.
        (
            "tiling is 5.50 a square foot and the kitchen is 10 ft by 8 ft, how much",
            "440",
            "10 * 8 * 5.5",  # (the priced-area reader of round 54 reads the room first)
        ),
        # Items at prices, listed amounts, amounts taken off.
        ("three nights at 150 and two nights at 170, what's the total", "790", "3 * 150 + 2 * 170"),
        ("I had 3 coffees at 4.50 and a muffin at 3, what do I owe", "16.5", "3 * 4.5 + 1 * 3"),
        (
            "the painter quoted 2,200 for the kitchen and 900 for the hall, what's the total",
            "3,100",
            "2200 + 900",
        ),
        (
            "월급 280만 원에서 월세 60만 원이랑 통신비 10만 원 빼면 얼마 남아",
            "2,100,000원",
            "2800000 - 600000 - 100000",
        ),
        ("우유 1팩 3천 원이랑 빵 5천 원 매주 사면 4주에 얼마야", "32,000원", "(3000 + 5000) * 4"),
        # A count in a unit a thousandth of the rate's; a discount on the whole; Korean VAT.
        ("들기름 1리터 24,000원이면 250ml는 얼마어치야", "6,000원", "24000 * 250 / 1000"),
        (
            "헬스장 한 달 8만 원인데 6개월 한 번에 끊으면 5% 할인이래 얼마야",
            "456,000원",
            "80000 * 6 * (100 - 5) / 100",
        ),
        ("부가세 포함해서 55,000원 결제했으면 공급가액은 얼마야", "50,000원", "55000 / 1.1"),
        # A share among people.
        (
            "the villa is 2,400 for 4 nights split between 6 of us, what's each person's share",
            "400",
            "2400 / 6",
        ),
        ("친구 넷이서 펜션비 36만 원 내기로 했는데 인당 얼마야", "90,000원", "360000 / 4"),
        # An amount over a rate of it; a count over a count.
        (
            "the heat pump cost 9,000 and saves about 150 a month, how many months until it "
            "pays off",
            "60",
            "9000 / 150",
        ),
        ("the van used 25 liters over 400 km, how many km is that per liter", "16", "400 / 25"),
    ],
)
def test_everyday_prices_are_worked_out(question: str, shown: str, expression: str) -> None:
    result = calculate(question)
    assert result.display == shown
    assert result.expression == expression


@pytest.mark.parametrize(
    "question",
    [
        # Two rates: which count goes with which is not said.
        "the plumber charges 95 an hour and his helper 40 an hour and they were here 3 hours, "
        "what's the bill",
        # A figure with no role: a date, a room number, a year.
        "on may 3 I paid 30 an hour for 4 hours, what's the total",
        "room 412 costs 30 an hour for 2 hours, what's that",
        "the gym is 45 a month and I've been a member since 2019, how much have I spent",
        # A percent that is no price.
        "the cleaner charges 30 an hour for 4 hours plus a 10% booking charge, what's a visit",
        # A head count with no share asked; two counts of one unit; a part block.
        "학원비 30만 원인데 3명이 다니면 얼마야",
        "시급 12,000원인데 3시간 일하고 2시간 쉬면 얼마야",
        "코인노래방 10분당 500원인데 25분 부르면 얼마야",
        # A count whose unit no rate reaches.
        "the sauna is 12 a visit and I went 3 weeks, what did I spend",
        # Nothing asked.
        "the cleaner charges 30 an hour and the job takes 4 hours",
        # Figures that are no prices to add: a puzzle, dates, a conversion, a sequence.
        "a pen and a pad cost 2.20 together and the pad costs 2 more than the pen, how much is "
        "the pen",
        "how many days between jun 4 and aug 19",
        "how much is 420 dollars in won at 1,390",
        "환율 1,410원일때 85만원은 몇 달러야",
        "what comes next: 3, 5, 9, 17, and why",
        # A period asked that no count reaches; a fee that may come each week or once.
        "시급 11,000원에 주 15시간 일하면 한 달이면 얼마야",
        "시급 11,000원에 주 15시간 일하고 주휴수당 20,000원 받으면 4주면 얼마야",
        # A part of the amount: no price times a count.
        "90만원을 절반만 3명이서 나누면 얼마씩",
        # One item at a price: of one or of them all, not said.
        "I got 6 muffins at 9, what do I owe",
        # A rule asked, the figures only the situation.
        "if I stay 3 nights at 120 a night, what's the refund policy",
        "시급 12,000원인데 4시간 일하면 언제 받아",
        # A count in words before a counter the reader does not know (채, 롤, 줄): a figure
        # it cannot see, so no sum of the rest. (Since turns29 "한 채 20,000원 … 두 채" is
        # read: the counter priced with 한 and counted again; here no 한 채 says it.)
        "수건 한 장 3,000원 다섯 장이랑 담요 20,000원짜리 두 채 사면 얼마야",
        "현상 한 롤 5,000원 인화 한 롤 3,000원 네 롤 다 하면 얼마야",
        # Amounts, but what is left of them asked, not their sum.
        "용돈 10만 원 중에 3만 5천 원 썼으면 얼마야",
    ],
)
def test_figures_that_do_not_fit_together_are_declined(question: str) -> None:
    assert price_total(question) is None


def test_a_declined_reading_leaves_the_calculator_raising() -> None:
    with pytest.raises(ToolInputError):
        calculate(
            "the plumber charges 95 an hour and his helper 40 an hour and they were here 3 "
            "hours, what's the bill"
        )
