"""A follow-up taking back out the tax, tip or service charge the previous turn added."""

from __future__ import annotations

import pytest

from tools.followup_charge_out import added_charge_taken_out
from tools.followups import resolve_in_conversation

_TABLET = "태블릿 840,000원에 부가세 10% 붙으면 얼마야"
_BRUNCH = "brunch came to $56, plus an 18% tip"
_BANQUET = "연회비 250,000원에 봉사료 10% 붙으면 얼마야"


@pytest.mark.parametrize(
    ("earlier", "turn", "answer"),
    [
        # The amount before the tax is the one named (840,000), not 10% off 924,000.
        ([_TABLET], "세금 빼면?", "840,000원"),
        ([_TABLET], "부가세 빼고?", "840,000원"),
        ([_TABLET], "부가세 붙기 전에는 얼마였지?", "840,000원"),
        # "없이는": without it, with the topic particle.
        ([_TABLET], "부가세 없이는?", "840,000원"),
        (["펜션 1박 150,000원에 3박, 부가세 10% 별도면 총 얼마야"], "부가세 없이는?", "450,000원"),
        ([_BRUNCH], "minus the tip?", "$56.00"),
        ([_BRUNCH], "what was it before the tip?", "$56.00"),
        (["the hotel is 150 dollars plus 14% tax"], "before tax?", "$150.00"),
        (["the hotel is 150 dollars plus 14% tax"], "pre-tax?", "$150.00"),
        ([_BANQUET], "봉사료 빼면?", "250,000원"),
        ([_BANQUET], "without the service charge?", "250,000원"),
        # Split afterwards: the split commutes with the tip, so each share without it.
        (["the bill is $90 plus 20% tip split between 3"], "without the tip?", "$30.00"),
        # VAT added by a follow-up of its own ("tax included?") comes back off too.
        (["색연필 3,500원짜리 6개 얼마야", "tax included?"], "without the tax?", "21,000원"),
        (["색연필 3,500원짜리 6개 얼마야", "부가세 붙이면?"], "세금 빼면?", "21,000원"),
    ],
)
def test_the_added_charge_comes_back_off(earlier: list[str], turn: str, answer: str) -> None:
    follow_up = resolve_in_conversation(earlier, turn)
    assert follow_up is not None, turn
    assert follow_up.result.answer == answer, turn


@pytest.mark.parametrize(
    ("steps", "turn"),
    [
        # A charge of another kind than the one added: nothing to take back.
        ([_TABLET], "팁 빼면?"),
        ([_BRUNCH], "without the tax?"),
        # Nothing was added: a salary times twelve, a withholding taken off.
        (["월급 2,800,000원이면 1년치 얼마야"], "세금 빼면?"),
        (["디자인비 1,800,000원에서 3.3% 떼면 실수령액 얼마야"], "세금 빼면?"),
        # A flat fee after the tip: dividing would be wrong, so no reading.
        (["dinner was $70 plus a 15% tip plus $5 delivery"], "without the tip?"),
        # Two percentages in the step: which one the turn means is not plain.
        (["$200 with 10% off plus 8% tax"], "before tax?"),
        # The charge the turn names is elsewhere in the step, not beside its percentage:
        # the percentage is a tip, the tax was already inside the amount.
        (["the dinner is $120 including tax, plus a 20% tip"], "without the tax?"),
        (["the dinner is $120 including tax, plus a 20% tip"], "before tax?"),
        (["저녁값 60000원(부가세 포함)에 팁 15% 더하면"], "세금 빼면?"),
        (["저녁값 60000원(부가세 포함)에 팁 15% 더하면"], "부가세 빼고?"),
    ],
)
def test_no_reading_unless_the_previous_turn_plainly_added_it(steps: list[str], turn: str) -> None:
    assert added_charge_taken_out(turn, steps) is None
