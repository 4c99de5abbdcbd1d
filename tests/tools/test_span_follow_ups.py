"""A span taken off or added to a result in minutes (tools/handlers.py, calculator_units)."""

from __future__ import annotations

import pytest

from tools.calculator_units import spans_in_minutes
from tools.followups import resolve_in_conversation


@pytest.mark.parametrize(
    ("earlier", "text", "expected"),
    [
        ("1시간 20분 + 2시간 50분은 몇시간 몇분이야?", "거기서 35분 빼면", "215 min (3시간 35분)"),
        (
            "1시간 20분 + 2시간 50분은 몇시간 몇분이야?",
            "거기에 1시간 5분 더하면",
            "315 min (5시간 15분)",
        ),
        (
            "what is 2 hours 10 minutes plus 1 hour 55 minutes",
            "subtract 1 hour from that",
            "185 min (3 h 5 min)",
        ),
    ],
)
def test_a_span_said_in_hours_and_minutes_meets_a_result_in_minutes(
    earlier: str, text: str, expected: str
) -> None:
    resolved = resolve_in_conversation([earlier], text)
    assert resolved is not None
    assert resolved.result.answer == expected


def test_a_span_over_a_span_is_no_span() -> None:
    # Dividing minutes by hours gives no minutes: the spans are not rewritten then.
    added = resolve_in_conversation(
        ["1시간 20분 + 2시간 50분은 몇시간 몇분이야?"], "거기서 10분 빼면"
    )
    assert added is not None and added.result.answer.startswith("240 min")
    divided = resolve_in_conversation(
        ["1시간 20분 + 2시간 50분은 몇시간 몇분이야?"], "그걸 3명이 나누면"
    )
    assert divided is not None and divided.result.answer.startswith("83.3333 min")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("250min에서 1시간 10분 빼면", "250 min에서 70 min 빼면"),
        ("subtract 1 hour from 250min", "subtract 60 min from 250 min"),
        ("add 2 hours and 5 minutes", "add 125 min"),
        # A rate per hour and a fraction are no spans.
        ("시간당 9000원", "시간당 9000원"),
        ("3분의 1", "3분의 1"),
    ],
)
def test_spans_in_minutes(text: str, expected: str) -> None:
    assert spans_in_minutes(text) == expected
