"""A model's shown working is recomputed: a wrong figure is never shown as the answer.

The local model answered "and for 5 days?" after "$120 per night, 3 nights" with "$625"
(workload u6-hotel-days). Code resolves that thread now; a reply whose working does not
add up is caught on any thread code could not resolve.
"""

from __future__ import annotations

import pytest

from agents.answer_figures import wrong_working
from agents.output_guard import check_output

QUESTION = "and for 5 days?"


def test_a_reply_whose_working_does_not_add_up_fails_the_guard() -> None:
    failure = check_output("For 5 days it is 5 × $120 = $625.", question=QUESTION)
    assert failure is not None and failure.kind == "wrong_arithmetic"
    assert "it is 600" in failure.reason
    korean = check_output("1인당 25,000원 ÷ 4 = 6,000원입니다.", question="그럼 4명이면?")
    assert korean is not None and korean.kind == "wrong_arithmetic"


@pytest.mark.parametrize(
    "reply",
    [
        "For 5 days it is 5 × $120 = $600.",
        "Each pays 25,000원 ÷ 4 = 6,250원.",
        # Rounded to the digits shown.
        "That is 10 / 3 = 3.33 per person.",
        "2 x 1.5 = 3.0",
        # Dates, times and phone numbers are no sums.
        "From 2026-12-25 - 2026-03-01 = 299 days.",
        "The gap is 10:30 - 9:00 = 1:30.",
        "Call 02-555-0100 = the front desk.",
        # A percentage reads several ways: not checked.
        "20% × 5 = 1",
        # No working shown: nothing to recompute.
        "It would be about $600 in total.",
    ],
)
def test_right_or_unreadable_working_passes(reply: str) -> None:
    assert wrong_working(reply) is None
    assert check_output(reply, question=QUESTION) is None
