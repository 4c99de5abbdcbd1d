"""Thousands separators out, a list's commas kept."""

from __future__ import annotations

import pytest

from tools.thousands_commas import without_thousands_commas


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("1,250,000원", "1250000원"),
        ("a 12,500 deposit", "a 12500 deposit"),
        ("3,4,5 days", "3,4,5 days"),  # a list: never glued into 345
        ("12,5 kg", "12,5 kg"),  # a decimal comma: not a separator
        ("1,2345", "1,2345"),  # four digits after it: not a thousands group
    ],
)
def test_only_a_comma_before_exactly_three_digits_goes(text: str, plain: str) -> None:
    assert without_thousands_commas(text) == plain
