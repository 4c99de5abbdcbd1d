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
