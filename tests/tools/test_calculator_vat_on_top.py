"""VAT said to be separate ("부가세 10% 별도/따로") goes on top; a nightly rate times the nights."""

from __future__ import annotations

import pytest

from tools.calculator import calculate
from tools.calculator_vat_on_top import vat_on_top_expression


@pytest.mark.parametrize(
    ("text", "display"),
    [
        # On top of the price (it had read as 10% of it: 52,000원).
        ("520,000원에 부가세 10% 별도면 얼마야", "572,000원"),
        ("모니터 320,000원, VAT 10% 따로면 총 얼마야", "352,000원"),
        # A nightly rate times the nights, with or without the VAT on top.
        ("펜션 1박 150,000원에 3박, 부가세 10% 별도면 총 얼마야", "495,000원"),
        ("게스트하우스 1박 45,000원에 4박이면 얼마야", "180,000원"),
        ("박당 80,000원, 2박이면 얼마야", "160,000원"),
    ],
)
def test_the_vat_goes_on_top(text: str, display: str) -> None:
    assert calculate(text).display == display


@pytest.mark.parametrize(
    "text",
    [
        # Included, not separate: the other readings' business.
        "52000 부가세 10% 포함",
        # No rate said: none is assumed here.
        "노트북 1200000, 부가세 별도면",
        # "2박에 300000": the price is for both nights, not one.
        "2박에 300000",
    ],
)
def test_other_texts_are_left_alone(text: str) -> None:
    assert vat_on_top_expression(text) is None
