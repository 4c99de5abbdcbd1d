"""A rate moved to a new level in a verb of its own is the same question at that rate.

Our own examples (the unseen set's sentences are not used): a tip, a discount and a
raise moved "to" a level, and a move "by" a step, which no rule places and which must
never be read as that share of the previous result.
"""

from __future__ import annotations

import pytest

from tools.followups import resolve_follow_up


@pytest.mark.parametrize(
    ("previous", "turn", "rate"),
    [
        ("the bill is 64 dollars, what's an 18% tip", "raise the tip to 25 percent", "25%"),
        ("a 90,000 won coat at 10% off, how much", "knock it down to 30%", "30%"),
        ("what's a 12% service charge on 150 dollars", "push it up to 15% please", "15%"),
    ],
)
def test_a_rate_moved_to_a_level_is_asked_again_at_that_level(
    previous: str, turn: str, rate: str
) -> None:
    resolved = resolve_follow_up(turn, [previous])
    assert resolved is not None
    steps, _ = resolved
    assert len(steps) == 1  # the question asked again, no operation on its result
    assert rate in steps[0]


def test_a_rate_moved_by_a_step_is_no_share_of_the_result() -> None:
    assert resolve_follow_up("bump it up by 3 percent", ["what's an 18% tip on 64 dollars"]) is None


def test_a_move_to_a_rate_the_previous_question_lacks_is_not_guessed() -> None:
    # No percentage to replace: "20% of the yearly pay" would be a wrong answer.
    previous = ["I earn 2,500,000 won a month, how much is that in a year"]
    assert resolve_follow_up("raise it to 20%", previous) is None
