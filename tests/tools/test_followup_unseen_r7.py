"""Forms found by the second unseen follow-up set (round 7), resolved in code, and near misses.

The workload's threads are replayed by ``tests/bench/test_workload_followups.py``; these
pin each mechanism with wordings other than the workload's, and the turns that must stay
with a model.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tools.followups import resolve_in_conversation
from tools.handlers import match_deterministic

NOW = datetime(2026, 11, 30, 12, 0)


@pytest.mark.parametrize(
    ("earlier", "text", "answer"),
    [
        # 반값: half the result, like 반으로.
        (["12,000원짜리 케이크 3개면?"], "반값이면?", "18,000원"),
        # An operation followed by the unit it is asked in.
        (["10파운드는 몇 kg?"], "그 세 배는 몇 kg?", "13.6078 kg"),
        # "another", "again", "then" around English arithmetic on the result.
        (["What's 500 minus 20?"], "then minus another 30", "450"),
        (["What's 12 times 12?"], "times 2 again?", "288"),
        # Rounding to a number of decimals, or to a whole number.
        (["10 나누기 3은?"], "반올림해서 소수 둘째 자리까지", "3.33"),
        (["10 나누기 3은?"], "소수점 없이", "3"),
        (["20 나누기 3은?"], "소수점 버리고", "6"),
        # A date answer moved on by a span.
        (["What date is 5 days after June 1, 2026?"], "then add 2 more days",
         "Monday, June 8, 2026"),
        (["What day of the week is July 3, 2026?"], "and three weeks later?",
         "Friday, July 24, 2026"),
        # A quantity alone with a question mark, in a unit code converts.
        (["Convert 3 feet to centimeters."], "4 feet?", "4 ft = 121.92 cm"),
        # A rate asked for a longer span (12 months a year) or a near synonym, said so.
        (["A plan costs $20 a month. How much for a year?"], "what about three years?", "$720.00"),
        (
            ["A room is $90 per night. How much for 2 nights?"],
            "and for 4 days?",
            "$360.00 (assuming 4 days means 4 nights at the rate per night)",
        ),
    ],
)  # fmt: skip
def test_unseen_follow_ups_resolve_against_the_thread(
    earlier: list[str], text: str, answer: str
) -> None:
    resolved = resolve_in_conversation(earlier, text, NOW)
    assert resolved is not None and resolved.result.answer == answer


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        # A rate per night asked in hours: nothing says how the two relate.
        (["A room is $90 per night. How much for 2 nights?"], "and for 5 hours?"),
        # A date moved on after an answer that is no date.
        (["What's 12 times 12?"], "then add 3 more days"),
        # A question that merely starts like a follow-up, about a subject of its own.
        (["245 곱하기 4는?"], "그럼 병가는 1년에 며칠까지 쓸 수 있어요?"),
        (["What is 12 times 15?"], "And how much is a hotel night in Seoul reimbursed?"),
    ],
)
def test_near_misses_are_left_to_the_documents_or_a_model(earlier: list[str], text: str) -> None:
    assert resolve_in_conversation(earlier, text, NOW) is None


def test_rounding_keeps_the_decimals_asked_for() -> None:
    result = match_deterministic("2.345를 반올림해서 소수 둘째 자리까지")
    assert result is not None and result.answer == "2.35"
    result = match_deterministic("2.345를 반올림해서 소수 첫째 자리까지")
    assert result is not None and result.answer == "2.3"
