"""An hourly rate over a span between two clock times is read; anything more declines."""

from __future__ import annotations

import pytest

from core.errors import ToolInputError
from tools.calculator import calculate
from tools.calculator_rate_over_clock_span import rate_over_clock_span


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        # On the 12-hour dial as said: 7:30 to 4 is eight and a half hours.
        ("the cleaner works from 7:30 to 4 at 24 an hour, what do I pay", "204"),
        ("boat hire is 40 per hour, we'd take it between 11 am and 2:30 pm", "140"),
        ("night shift pays 21 an hour from 10pm to 6am, what's the shift worth", "168"),
        ("시급 11,000원인데 1시부터 5시 반까지 일하면 얼마야", "49,500원"),
        ("시간당 8,000원 오전 11시부터 오후 2시까지 빌리면", "24,000원"),
    ],
)
def test_the_rate_is_paid_over_the_span(question: str, shown: str) -> None:
    assert calculate(question).display == shown


@pytest.mark.parametrize(
    "question",
    [
        # A count or a fee besides the rate and the clocks: another sum than this one.
        "we rent three canoes at 15 an hour from 9 to 12",
        "a 50 call-out fee plus 80 an hour from 1 to 3",
        "from 9 to 5 with a 30 minute break at 20 an hour",
    ],
)
def test_more_than_a_rate_and_a_span_is_not_this_reading(question: str) -> None:
    assert rate_over_clock_span(question) is None


def test_a_span_without_a_rate_is_no_sum() -> None:
    with pytest.raises(ToolInputError):
        calculate("from 9 to 5")
