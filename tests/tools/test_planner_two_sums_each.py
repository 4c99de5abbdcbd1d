"""Two sums joined by "and", each asked for ("각각", "둘 다", "each"), are two steps;
without that word they may be parts of one sum and stay one. The requests are our own."""

from __future__ import annotations

import pytest

from tools.planner import split_steps


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        ("48 나누기 6이랑 13 곱하기 7 각각 얼마야", ["48 나누기 6", "13 곱하기 7"]),
        ("250 더하기 75하고 900 빼기 120은 둘 다 얼마", ["250 더하기 75", "900 빼기 120"]),
        ("what's 14 times 6 and 300 divided by 12 each?", ["14 times 6", "300 divided by 12"]),
    ],
)
def test_two_sums_each_asked_for_are_two_steps(text: str, steps: list[str]) -> None:
    assert split_steps(text) == steps


def test_two_sums_without_each_stay_one_step() -> None:
    text = "48 나누기 6이랑 13 곱하기 7 더하면 얼마"
    assert split_steps(text) == [text]
