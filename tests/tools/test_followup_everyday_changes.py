"""Everyday follow-ups of a price: people joining or leaving, a multiple bought, a further
amount off, another count of instalments (``tools.followup_everyday_changes``)."""

from __future__ import annotations

import pytest

from tools.followup_result_moved import moves_the_result
from tools.followups import resolve_in_conversation

_DINNER = "dinner was 96,000 won, split 3 ways, how much each"
_CHICKEN = "치킨 48,000원을 4명이 나누면 1인당 얼마야"
_CONCERT = "concert tickets are 55,000 won each, how much for 4"
_TANGERINES = "귤 1kg에 3,200원이면 15kg는 얼마야"
_NOTEBOOKS = "notebooks are 2,500 won each, how much for 6"
_LAPTOP_KO = "노트북 890,000원에서 15% 할인하면 얼마야"
_JACKET = "a $80 jacket with 25% off, how much"
_FRIDGE = "냉장고 2,400,000원 24개월 할부면 한 달에 얼마야"
_LAPTOP_EN = "a 900,000 won laptop over 10 months, how much per month"
_TAXI = "the taxi came to 38,400 won, split 4 ways"
_LAPTOP_AND_MOUSE = "노트북 1,200,000원에 마우스 35,000원이면 총 얼마"


@pytest.mark.parametrize(
    ("earlier", "turn", "answer"),
    [
        # People joined or left, told as news: the head count changes.
        ([_DINNER], "three more friends showed up, what now", "16,000원"),
        (
            ["pizza is 60,000 won split between 4 people"],
            "one of them dropped out, so?",
            "20,000원",
        ),
        ([_CHICKEN], "2명 더 왔어 그럼?", "8,000원"),
        # Getting off, getting out, turning back: leaving, never joining.
        ([_TAXI], "two more people got off, what now", "19,200원"),
        ([_TAXI], "two more people got out early", "19,200원"),
        ([_TAXI], "one more of us got out at the station", "12,800원"),
        ([_TAXI], "two more friends turned back", "19,200원"),
        ([_TAXI], "two more people hopped in, what now", "6,400원"),
        ([_TAXI], "one more of us tagged along", "7,680원"),
        (["택시비 24,000원을 3명이 나누면 얼마씩이야"], "1명 빠졌어 이제 얼마야", "12,000원"),
        # No head count: the one count of things each person has one of.
        ([_CONCERT], "one of us cancelled, how much now", "165,000원"),
        (["뮤지컬 티켓 1장에 66,000원이면 4장은 얼마야"], "one of us bailed", "198,000원"),
        # A multiple of the quantity bought.
        ([_TANGERINES], "반만 사면?", "24,000원"),
        ([_TANGERINES], "두 배로 사면?", "96,000원"),
        ([_NOTEBOOKS], "what if we buy twice as many", "30,000원"),
        # A further amount off the previous result, not off the list price.
        ([_LAPTOP_KO], "적립금으로 3만원 더 깎으면?", "726,500원"),
        # Points or a gift card spent come off the bill.
        ([_LAPTOP_AND_MOUSE], "적립금 2만원 더 쓰면?", "1,215,000원"),
        ([_LAPTOP_AND_MOUSE], "포인트로 2만원 더 쓰면?", "1,215,000원"),
        ([_JACKET], "another $10 off with a coupon?", "$50.00"),
        (["a 80,000 won jacket with 25% off, how much"], "and another 5,000 off?", "55,000원"),
        # Another count of instalments.
        ([_FRIDGE], "36개월로 나누면?", "66,667원"),
        ([_LAPTOP_EN], "what about over 15 months instead?", "60,000원"),
        ([_LAPTOP_EN], "spread across 12 payments?", "75,000원"),
    ],
)
def test_the_everyday_follow_up_is_answered(earlier: list[str], turn: str, answer: str) -> None:
    follow_up = resolve_in_conversation(earlier, turn)
    assert follow_up is not None, turn
    assert follow_up.result.answer == answer, turn


@pytest.mark.parametrize(
    ("earlier", "turn"),
    [
        # No head count and nothing each person has one of: whose number changed?
        (["3에 4를 곱하면?"], "two more people hopped in, what now"),
        (["2명이 3명에게 각각 5,000원씩 주면 총 얼마야"], "one of us bailed"),
        # Half of five notebooks is no whole count.
        (["notebooks are 2,500 won each, how much for 5"], "half as many?"),
        # Nothing bought, no instalments, no money in the previous turn.
        (["12 곱하기 7은?"], "반만 사면?"),
        (["12 곱하기 7은?"], "36개월로 나누면?"),
        (["what's 15% of 80"], "another 5 off?"),
        # Without "더" the amount may be a new discount in place of the 15%.
        ([_LAPTOP_KO], "3만원 깎으면?"),
        # Money spent, not points: more on the bill, never less.
        ([_LAPTOP_AND_MOUSE], "2만원 더 쓰면?"),
        ([_LAPTOP_AND_MOUSE], "카드로 2만원 더 쓰면?"),
        # "came out": joining or leaving is not plain.
        ([_TAXI], "two more people came out, what now"),
        # The result is a share: a coupon comes off the bill, not off one share.
        ([_CHICKEN], "쿠폰으로 5천원 더 깎으면?"),
        ([_FRIDGE], "5만원 더 할인되면?"),
        # "2kg 50,000원" is a total for 2kg: half the 2kg would change nothing.
        (["고기 2kg 50,000원을 4명이 나누면 1인당 얼마야"], "반만 사면?"),
    ],
)
def test_an_unplain_turn_is_not_read(earlier: list[str], turn: str) -> None:
    assert resolve_in_conversation(earlier, turn) is None, turn


@pytest.mark.parametrize(
    ("earlier", "turn"),
    [
        # "반만 내면" pays a share of the result (another rule): never half the quantity.
        ([_CHICKEN], "반만 내면?"),
        # "반값이면" halves the price, read by the older rules as before.
        ([_TANGERINES], "반값이면?"),
    ],
)
def test_other_halves_keep_their_readings(earlier: list[str], turn: str) -> None:
    follow_up = resolve_in_conversation(earlier, turn)
    assert follow_up is not None
    assert "×" not in follow_up.how, follow_up.how


def test_a_change_that_moves_nothing_is_no_reading() -> None:
    # A count the result does not hang on (the same value re-run) is a misreading.
    assert not moves_the_result(["24 나누기 4는?"], ["24 나누기 4는?"])
    assert not moves_the_result(["24 나누기 4는?"], ["no figures here"])
    assert moves_the_result(["24 나누기 4는?"], ["24 나누기 3은?"])
