"""A price per unit times a count of that unit, in English, only when the nouns agree."""

from __future__ import annotations

import pytest

from tools.calculator import calculate
from tools.calculator_rate_times_count_en import rate_times_count_en


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("the buffet is 38 per person and 12 people are coming, what's the bill", "456"),
        ("swim team dues are 60 a month per child and I have 2 children on it", "120"),
        ("the printer charges 0.08 a page and I have 450 pages", "36"),
    ],
)
def test_the_rate_is_paid_for_each_unit_counted(question: str, shown: str) -> None:
    assert calculate(question).display == shown


@pytest.mark.parametrize(
    "question",
    [
        "the room is 140 a night and there are 3 guests",  # nights priced, guests counted
        "lessons are 30 an hour and he takes 4 hours",  # a measure: shown in hours
        "bibs are 5 per kid and two teams of 11 kids",  # a count in words besides
    ],
)
def test_other_counts_are_not_this_reading(question: str) -> None:
    assert rate_times_count_en(question) is None
