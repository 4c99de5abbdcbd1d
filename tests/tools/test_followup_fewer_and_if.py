"""Follow-up forms of the fourteenth unseen set, with figures of our own.

"두 잔 빼면?" after a count of things bought is that many fewer of them (money taken off,
"2,000원 빼면", stays an operation on the result); "and if tax is 8%?" gives a bare noun a
new figure, as "what if tax is 8%?" does; "반으로 줄이면?" halves the result.
"""

from __future__ import annotations

import pytest

from tools.followups import resolve_in_conversation


def _answer(earlier: list[str], text: str) -> str | None:
    follow_up = resolve_in_conversation(earlier, text)
    return None if follow_up is None else follow_up.result.answer


@pytest.mark.parametrize(
    ("text", "figure"), [("두 개 빼면?", "9,600원"), ("3개 취소하면?", "7,200원")]
)
def test_fewer_of_the_things_bought(text: str, figure: str) -> None:
    assert _answer(["크루아상 2,400원짜리 6개 사면 얼마"], text) == figure


def test_money_taken_off_is_still_taken_off_the_result() -> None:
    assert _answer(["크루아상 2,400원짜리 6개 사면 얼마"], "거기서 1,000원 빼면?") == "13,400원"


def test_and_if_a_noun_is_a_new_figure() -> None:
    earlier = ["a bike is 500,000 won plus 10% tax, what's the total"]
    assert _answer(earlier, "and if tax is 5%?") == "525,000원"


@pytest.mark.parametrize("text", ["반으로 줄이면?", "절반으로 하면?"])
def test_halving_in_words_is_half_of_the_result(text: str) -> None:
    assert _answer(["관리비 한 달 180,000원이면 1년에 얼마야"], text) == "1,080,000원"
