"""A rate set to a new level, said as people say it, is never read as a share of the result.

Found probing paraphrases of set 21's follow-ups: after "a 60,000 won jacket at 15% off",
"they bumped it to 25%" gave 12,750원 (25% *of* the sale price) and "그거 20%까지
깎아준대" 40,800원, through the generic "apply the turn to the previous result" reading.
A subject and a past tense now reach the rate-moved rule; a level it cannot place declines.
"""

from __future__ import annotations

import re

import pytest

import tools.followups as followups
from tools.followups import resolve_in_conversation

_JACKET = ["a 80,000 won coat at 10% off, what's the price"]


@pytest.mark.parametrize(
    ("turn", "answer"),
    [
        ("they bumped it to 25%", "60,000"),
        ("the shop lowered it to 5%", "76,000"),
        ("they've raised it to 30% off", "56,000"),
        ("she dropped that to 20 percent", "64,000"),
    ],
)
def test_a_rate_moved_in_any_tense_is_the_same_question_at_that_rate(
    turn: str, answer: str
) -> None:
    resolved = resolve_in_conversation(_JACKET, turn)
    assert resolved is not None and resolved.result is not None
    assert answer in resolved.result.answer


@pytest.mark.parametrize("turn", ["그거 20%까지 깎아준대", "they put that to 40 percent, right"])
def test_a_level_no_rule_places_is_declined_not_taken_of_the_result(turn: str) -> None:
    assert resolve_in_conversation(_JACKET, turn) is None


def test_an_operation_on_the_result_still_applies() -> None:
    resolved = resolve_in_conversation(_JACKET, "add 10% to that")
    assert resolved is not None and resolved.result is not None
    assert "79,200" in resolved.result.answer


def test_without_the_level_guard_a_share_of_the_result_is_answered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(followups, "_RATE_AS_LEVEL", re.compile(r"(?!x)x"))
    assert resolve_in_conversation(_JACKET, "그거 20%까지 깎아준대") is not None


_BILL = ["식비 36,000원을 네 명이 나누면 얼마야"]


@pytest.mark.parametrize(
    "turn", ["그 중 내 몫만 15,000원으로 하면 나머진?", "out of that, if I pay 15,000 the rest?"]
)
def test_a_part_of_the_previous_sum_is_no_new_sum(turn: str) -> None:
    # Replacing the 36,000원 by 15,000원 would answer 3,750원 each.
    assert resolve_in_conversation(_BILL, turn) is None


def test_a_new_sum_still_replaces_the_old_one() -> None:
    resolved = resolve_in_conversation(_BILL, "48,000원이면?")
    assert resolved is not None and resolved.result is not None
    assert "12,000" in resolved.result.answer


def test_interest_on_a_result_is_no_plain_percentage_of_it() -> None:
    # 20만원 × 10개월 = 200만원; "연 4% 이자" on monthly deposits is not 208만원.
    assert (
        resolve_in_conversation(["매달 20만원씩 10개월 모으면 얼마야"], "그거 연 4% 이자 붙으면")
        is None
    )


def test_without_the_part_guard_the_sum_is_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    import tools.followup_edit_guards as guards

    monkeypatch.setattr(guards, "_PART_OF_PREVIOUS", re.compile(r"(?!x)x"))
    assert resolve_in_conversation(_BILL, "그 중 내 몫만 15,000원으로 하면 나머진?") is not None


@pytest.mark.parametrize(
    ("previous", "turn"),
    [
        (["매달 20만원씩 12개월 모으면 얼마야"], "세 달 쉬면?"),
        (["I save 150 dollars a month for 10 months, total?"], "what if I skip two months"),
        (["a 900 dollar desk at 20% off, what do I pay"], "what about 40"),
    ],
)
def test_a_pause_or_a_figure_that_may_be_the_rate_declines(previous: list[str], turn: str) -> None:
    # On main: 12개월 → 3달 (600,000원); a $40 desk; each a wrong figure.
    assert resolve_in_conversation(previous, turn) is None


def test_a_price_over_a_hundred_still_replaces_the_price() -> None:
    resolved = resolve_in_conversation(
        ["a 900 dollar desk at 20% off, what do I pay"], "and at 700?"
    )
    assert resolved is not None and resolved.result is not None
    assert "560" in resolved.result.answer
