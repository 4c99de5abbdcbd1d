"""A rate stated first, then the question about it, as people type it in chat.

Each went to a model on the fourteenth unseen set. The figures are ours.
"""

from __future__ import annotations

import pytest

from tools.handlers import match_deterministic


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("we charge 45,000 won an hour, how much for 3.5 hours", "157,500원"),
        ("she bills 70,000 won per hour, so how much for 2 hours?", "140,000원"),
        ("cycling at 24 km/h, how far can i get in 1.5 hours", "36 km"),
        ("at 55 mph how far do we go in 2 hours", "110 mi"),
        ("the cabin is 900,000 won and there are 4 of us, how much does each pay", "225,000원"),
        ("버스 편도 2,800원인데 왕복이면 얼마야", "5,600원"),
        ("SRT 편도 52,900원이면 왕복은?", "105,800원"),
    ],
)
def test_the_rate_and_the_question_are_read_by_code(text: str, answer: str) -> None:
    result = match_deterministic(text)
    assert result is not None and result.handler == "calculator"
    assert result.answer == answer


@pytest.mark.parametrize(
    "text",
    [
        "how far is busan from seoul in 2 hours of traffic",  # no speed stated
        "the cabin is 900,000 won, how much does each pay",  # no count of people
    ],
)
def test_requests_missing_a_figure_are_not_read_by_these_forms(text: str) -> None:
    result = match_deterministic(text)
    assert result is None or result.handler != "calculator"
