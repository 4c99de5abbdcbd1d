"""Clock and date questions in the order people say them (our own): a span after or before
a clock time, and an end said before its start."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tools.dates_said_after import in_reading_order
from tools.handlers import match_deterministic

_NOW = datetime(2026, 11, 20, 9, 0, tzinfo=ZoneInfo("Asia/Seoul"))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("45 minutes after 10:50pm", "23:35"),
        ("3 hours before 1am", "22:00"),
        ("2 hours and 20 minutes after 9:15am", "11:35"),
        ("how many days until christmas from dec 20", "5"),
    ],
)
def test_said_order_is_read(text: str, figure: str) -> None:
    result = match_deterministic(text, now=_NOW)
    assert result is not None and result.handler == "dates" and figure in result.answer


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("20 mins after 4pm", "4:00pm plus 20 mins"),
        ("how many weeks until july 1 from may 3?", "how many weeks from may 3 until july 1?"),
        # Neither shape: unchanged.
        ("meet me after 4pm", "meet me after 4pm"),
        ("how many weeks from may 3 to july 1", "how many weeks from may 3 to july 1"),
    ],
)
def test_the_rewrite_keeps_every_figure(text: str, read: str) -> None:
    assert in_reading_order(text) == read
