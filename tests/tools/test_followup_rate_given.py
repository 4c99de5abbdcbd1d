"""A follow-up asking for the previous result in dollars at a rate it states itself.

Our own examples: a gym fee, a taxi fare twice, books. Without the rule, "at 1,500 won"
replaced the monthly fee and the answer was a won amount for the wrong price.
"""

from __future__ import annotations

import pytest

from tools.followup_chain import run_chain
from tools.followups import resolve_follow_up


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


def test_one_rule_changes_the_rate_whichever_words_ask_for_it() -> None:
    # Our own thread: the rate restated by a later step changes with it; the "rate goes
    # to" and "what if the rate were" phrasings give the same steps.
    steps = [
        "1달러=1,250원 기준으로 계산해줘. 만오천원짜리 8개",
        "1달러=1,250원 그걸 달러로 바꾸면",
    ]
    from tools.followup_rate_given import with_new_rate

    changed = with_new_rate(steps, "1,200")
    assert changed is not None
    assert changed[0] == [s.replace("1,250", "1,200") for s in steps]
    assert resolve_follow_up("what if the rate goes up to 1,200?", steps) == changed
    assert resolve_follow_up("What if the rate were 1,200?", steps) == changed


def test_two_different_stated_rates_leave_the_change_unclear() -> None:
    from tools.followup_rate_given import with_new_rate

    steps = ["at 1,300 won per dollar, 50 dollars in won", "1달러=1,280원 그걸 달러로 바꾸면"]
    assert with_new_rate(steps, "1,400") is None
