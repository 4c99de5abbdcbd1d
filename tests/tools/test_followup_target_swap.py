"""A won amount converted into one currency, then asked "in <another> at <rate>"."""

from __future__ import annotations

import pytest

from tools.followups import resolve_in_conversation


@pytest.mark.parametrize(
    ("first", "then", "answer"),
    [
        # 500,000 / 1,390 = 359.71 dollars (the same won, not the euros it came to).
        ("how much is 500,000 won in euros at 1,480", "and in dollars at 1,390?", "359.71"),
        # 150,000 / 9.2 = 16,304.3 yen.
        ("150,000원은 달러로 얼마야? 환율 1,380원", "엔화로 9.2원이면?", "16,304"),
        ("convert 80,000 won to dollars at 1,350", "in yen at 9.1", "8,791"),
    ],
)
def test_the_same_won_amount_is_given_in_the_new_currency(
    first: str, then: str, answer: str
) -> None:
    resolved = resolve_in_conversation([first], then)
    assert resolved is not None
    assert answer in resolved.result.answer


def test_a_rate_clause_naming_the_old_currency_is_not_rewritten_blindly() -> None:
    # "1달러 1,380원" names dollars twice over: the target alone cannot be swapped, and
    # the turn is never answered as dollars at the new figure.
    resolved = resolve_in_conversation(
        ["20만원을 달러로 바꾸면? 1달러 1,380원"], "엔화로 9.2원이면?"
    )
    assert resolved is None or "$" not in resolved.result.answer


def test_a_foreign_amount_into_won_keeps_its_own_reading() -> None:
    # 300 dollars at 1,380 = 414,000 won, in euros at 1,450 = 285.52.
    resolved = resolve_in_conversation(["what is 300 dollars in won at 1,380"], "in euros at 1,450")
    assert resolved is not None
    assert "285.52" in resolved.result.answer
