"""A follow-up asking the previous per-period question per another period."""

from __future__ import annotations

import pytest

from tools.followups import resolve_in_conversation


@pytest.mark.parametrize(
    ("earlier", "text", "figure"),
    [
        # A quarter's result divided by 12 would be 10,000: the year's figure is asked.
        (
            ["our internet is 480,000 won a year, how much is that each quarter"],
            "per month instead",
            "40,000",
        ),
        (
            ["our internet is 480,000 won a year, how much is that each quarter"],
            "monthly?",
            "40,000",
        ),
        (["연 84만원이면 분기마다 얼마"], "한 달에는?", "70,000"),
    ],
)
def test_the_period_asked_changes(earlier: list[str], text: str, figure: str) -> None:
    follow_up = resolve_in_conversation(earlier, text)
    assert follow_up is not None and figure in follow_up.result.answer


def test_a_request_asking_no_period_is_left_to_the_other_rules() -> None:
    assert resolve_in_conversation(["what's 18% of 65,000"], "per month instead") is None


def test_a_period_with_no_fixed_count_is_left_to_the_other_rules() -> None:
    # A month has no fixed number of weeks: the swap is not made.
    earlier = ["rent is 1,150,000 won a month, how much a year"]
    assert resolve_in_conversation(earlier, "per week?") is None
