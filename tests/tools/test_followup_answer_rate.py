"""A follow-up counting units of a rate an earlier answer stated ("and for a 4-day trip?")."""

from __future__ import annotations

import pytest

from tools.followup_answer_rate import count_of_answer_rate

_PARKING = "Visitors pay 2,500 won per hour in the garage; the first 30 minutes are free."
_PER_DIEM = "현장 근무 수당은 하루 45,000원입니다."
_TWO_ROOMS = "Rooms cost 80,000 won per night on weekdays and 110,000 won per night on weekends."
_FUEL = "Field staff are paid 250 won per kilometre driven."


@pytest.mark.parametrize(
    ("turn", "answers", "total"),
    [
        ("and for 3 hours?", [_PARKING], "7,500 won"),
        ("그럼 6일이면?", [_PER_DIEM], "270,000원"),
        # The rate two answers back, past a decline: the unit ties the figure to it.
        ("so 180 km comes to how much", [_FUEL, "The documents do not cover this."], "45,000 won"),
        ("what about a 5-day job", [_PER_DIEM], "225,000 won"),
    ],
)
def test_the_count_times_the_earlier_answers_rate(
    turn: str, answers: list[str], total: str
) -> None:
    found = count_of_answer_rate(turn, answers)
    assert found is not None
    assert found.result.answer.startswith(total)
    assert found.result.handler == "calculator"


@pytest.mark.parametrize(
    ("turn", "answers"),
    [
        ("and for 2 nights?", [_TWO_ROOMS]),  # two rates per night: which one is a guess
        ("7일에 가도 돼요?", [_PER_DIEM]),  # a day of the month, not a count
        ("and for 3 hours?", [_PER_DIEM]),  # no rate per hour anywhere
        ("and 3 days at 50,000 won?", [_PER_DIEM]),  # its own amount: a calculation of its own
        ("how many days is the trip?", [_PER_DIEM]),
    ],
)
def test_no_product_when_the_rate_or_the_count_is_unclear(turn: str, answers: list[str]) -> None:
    assert count_of_answer_rate(turn, answers) is None
