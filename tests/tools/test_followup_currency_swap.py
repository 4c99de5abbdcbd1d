"""A follow-up asking the previous conversion for another currency at a rate of its own.

"what's 250 dollars in won at 1,300" then "and in pounds at 1,700?": "in pounds" names the
currency asked for, so the 325,000 won is given in pounds at 1,700 won each (191.18);
the figure is a rate, never a new amount (read as one, it gave "1,700 dollars at 1,300").
The amounts and rates are ours. (turns15 changed the reading from "the 250 in pounds" to
this one: "and in yen at 9.3" after "200 dollars in won" was answered in won.)
"""

from __future__ import annotations

import pytest

from tools.followups import resolve_in_conversation


def _answer(earlier: list[str], text: str) -> str | None:
    follow_up = resolve_in_conversation(earlier, text)
    return None if follow_up is None else follow_up.result.answer


@pytest.mark.parametrize(
    ("earlier", "text", "figure"),
    [
        (["what's 250 dollars in won at 1,300"], "and in pounds at 1,700?", "191.18"),
        (["how much is $80 in won at 1,350"], "what about in euros at 1,500", "72.00"),
        (["200달러를 1달러 1,300원 기준으로 원화로 바꾸면"], "그럼 유로로 1,500원이면?", "173.33"),
    ],
)
def test_the_won_it_came_to_in_the_currency_asked_for(
    earlier: list[str], text: str, figure: str
) -> None:
    answer = _answer(earlier, text)
    assert answer is not None and figure in answer
    # Never the old amount read in the new currency and answered in won.
    assert "원" not in answer


def test_the_same_currency_at_a_new_rate_changes_only_the_rate() -> None:
    answer = _answer(["what's 250 dollars in won at 1,300"], "what about in dollars at 1,400")
    assert answer is not None and "350,000" in answer


def test_a_sum_in_won_is_converted_at_the_rate() -> None:
    earlier = ["a room is 120,000 won a night, how much for 5 nights"]
    answer = _answer(earlier, "what about in euros at 1,500")
    assert answer is not None and "400" in answer  # 600,000 won at 1,500 won a euro


def test_the_rate_is_never_read_as_a_new_amount() -> None:
    # Nothing to convert (no won, no foreign amount): no figure at all beats "12% of 1,500".
    assert _answer(["what's 12% of 40,000"], "what about in euros at 1,500") is None
