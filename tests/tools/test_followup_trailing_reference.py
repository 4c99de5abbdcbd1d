"""Turns that only make sense against the previous one are follow-ups, never sums alone.

"…인데 그건?" / "…이래 그럼?" (new figures, then the last question), "셋이서 내면?" (a new
number of people) and "what's that per person a week?" (the result per a unit).
"""

from __future__ import annotations

import pytest

from core.errors import ToolInputError
from tools.calculator import calculate
from tools.followup_per_unit_of_that import asks_that_per_unit
from tools.followup_trailing_reference import asks_again_for_people, ends_pointing_back
from tools.followups import about_previous_result


@pytest.mark.parametrize(
    "turn",
    [
        "야간은 2,400원이래 그럼?",
        "40만 넣으면 12% 준다던데 그건?",
        "둘째 주는 3일만 가는데 그때는?",
        "둘이 더 온대 다섯이서 나누면?",
        "and what's that per guest a day?",
        "what is it a week?",
    ],
)
def test_they_are_follow_ups_about_the_previous_result(turn: str) -> None:
    assert about_previous_result(turn)


@pytest.mark.parametrize(
    "turn",
    [
        "2,400원의 10%는 얼마야?",  # a sum of its own
        "셋이서 가면 주차 돼요?",  # a question of its own
        "what is it?",  # no unit asked
        "what's the hotel limit per night",  # its own subject
    ],
)
def test_questions_of_their_own_are_not(turn: str) -> None:
    assert not (ends_pointing_back(turn) or asks_again_for_people(turn) or asks_that_per_unit(turn))


def test_the_calculator_does_not_answer_a_clause_pointing_back() -> None:
    with pytest.raises(ToolInputError):
        calculate("40만 넣으면 12% 준다던데 그건?")  # was 48,000: the bonus, not the total
    assert calculate("40만 원의 12%는?").display == "48,000원"
