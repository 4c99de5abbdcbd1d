"""A follow-up asking for the previous result in dollars at a rate it states itself.

Our own examples: a gym fee, a taxi fare twice, books. Without the rule, "at 1,500 won"
replaced the monthly fee and the answer was a won amount for the wrong price.
"""

from __future__ import annotations

import pytest

from tools.followups import resolve_follow_up, run_chain


@pytest.mark.parametrize(
    ("previous", "turn", "dollars"),
    [
        ("gym is 90,000 won a month, 6 months total?", "and in dollars at 1,500 won?", "$360.00"),
        ("택시비 18,000원씩 2번이면 얼마", "1달러 1,300원이면 달러로는?", "$27.69"),
        ("책 12,000원짜리 4권 얼마", "환율 1,200원이면 달러로 얼마", "$40.00"),
    ],
)
def test_the_stated_rate_converts_the_previous_result(
    previous: str, turn: str, dollars: str
) -> None:
    resolved = resolve_follow_up(turn, [previous])
    assert resolved is not None
    result = run_chain(resolved[0])
    assert result is not None and result.answer == dollars


def test_a_new_count_is_still_a_change_of_the_amount() -> None:
    resolved = resolve_follow_up("8 months?", ["gym is 90,000 won a month, 6 months total?"])
    assert resolved is not None
    result = run_chain(resolved[0])
    assert result is not None and "720,000" in result.answer


def test_a_rate_with_another_figure_is_left_to_the_other_rules() -> None:
    from tools.followup_rate_given import converted_at_stated_rate

    previous = ["gym is 90,000 won a month, 6 months total?"]
    assert converted_at_stated_rate("and for 8 months in dollars at 1,500 won?", previous) is None
    assert converted_at_stated_rate("and in dollars?", previous) is None


@pytest.mark.parametrize(
    ("previous", "turn", "dollars"),
    [
        (
            "our tuition is 2,700,000 won and 1 dollar is 1,350 won, how many dollars",
            "what if the rate drops to 1,200?",
            "$2,250.00",
        ),
        ("환율 1,300원이면 390만원은 몇 달러야", "환율이 1,500원으로 오르면?", "$2,600.00"),
    ],
)
def test_a_new_exchange_rate_redoes_the_conversion(previous: str, turn: str, dollars: str) -> None:
    resolved = resolve_follow_up(turn, [previous])
    assert resolved is not None
    result = run_chain(resolved[0])
    assert result is not None and result.answer == dollars


def test_a_rate_change_without_a_stated_rate_is_not_applied() -> None:
    from tools.followup_rate_given import rate_changed

    assert rate_changed("what if the rate goes up to 1,450?", ["5 times 7"]) is None
