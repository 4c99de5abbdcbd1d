"""A rounding asked to be told ("반올림해서 정수로 알려줘", "올림해서 알려줘") applies to the
previous result, to a whole number unless a place is named. The turns are our own."""

from __future__ import annotations

import pytest

from tools.followups import resolve_in_conversation


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("반올림해서 정수로 알려줘", "71"),
        ("올림해서 알려줘", "72"),
        ("내림해서 정수로 말해줘요", "71"),
    ],
)
def test_a_rounding_asked_to_be_told_rounds_the_last_result(text: str, answer: str) -> None:
    follow = resolve_in_conversation(["500 나누기 7은?"], text)
    assert follow is not None and follow.result.answer == answer
