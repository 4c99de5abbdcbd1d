"""A figure per period asked per another period of fixed length (quarters, weeks, days)."""

from __future__ import annotations

import pytest

from tools.calculator import calculate


@pytest.mark.parametrize(
    ("request_text", "figure"),
    [
        ("our internet is 480,000 won a year, how much is that each quarter", "120,000"),
        ("i spend 6,500 won a day on the bus, how much is that per year", "2,372,500"),
        ("연 84만원이면 분기마다 얼마", "210,000"),
        ("월 52,000원이면 분기에 얼마", "156,000"),
    ],
)
def test_a_period_figure_asked_per_another_fixed_period(request_text: str, figure: str) -> None:
    assert figure in calculate(request_text).display
