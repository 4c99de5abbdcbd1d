"""Spans between two am/pm clock times in English, less a stated break (our own examples)."""

from __future__ import annotations

import pytest

from tools.handlers import match_deterministic


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("security shift from 11pm to 7:15am, how long is it", "8 hours 15 minutes (8.25 h)"),
        (
            "i was at the office 8:45am to 5:15pm with a 30 min break, how many hours",
            "8 hours (8 h)",
        ),
        ("from 7am to 3:30pm how many hours did she work", "8 hours 30 minutes (8.5 h)"),
    ],
)
def test_spans_between_am_pm_times(text: str, answer: str) -> None:
    result = match_deterministic(text)
    assert result is not None and result.answer == answer


@pytest.mark.parametrize(
    "text",
    [
        "from 9 to 5 how many hours",  # no am/pm: either could be meant
        "how long is the drive if the store is open 9am to 9pm",  # another length is asked
    ],
)
def test_spans_that_are_not_read(text: str) -> None:
    result = match_deterministic(text)
    assert result is None or "hours" not in result.answer
