"""A conversion of a price per night/day/head said with its count converts the product."""

from __future__ import annotations

import pytest

from tests.tools.followup_cases import assert_answered_in_code
from tools.handlers import match_deterministic


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("the room was 150 euros a night for 4 nights, in won at 1,500", "900,000원"),
        ("1박에 80달러, 5박이면 원화로 얼마야? 환율 1,400", "560,000원"),
        ("1인당 25달러 6명이면 원화로 얼마? 환율 1,400", "210,000원"),
        # A rate with no count is converted as it stands.
        ("what is 200 dollars a day in won at 1,400", "280,000원"),
    ],
)
def test_the_product_is_converted(text: str, answer: str) -> None:
    assert_answered_in_code(text, answer)


@pytest.mark.parametrize(
    "text",
    [
        "150 euros a night for two nights in won at 1,500",  # a count in words
        "2 rooms at 150 euros a night for 4 nights in won at 1,500",  # a second factor
        "150 euros a night for 4 days in won at 1,500",  # nouns that do not agree
        "1박에 80달러, 2인 5박이면 원화로 얼마야? 환율 1,400",
    ],
)
def test_a_product_not_wholly_read_is_never_one_part_converted(text: str) -> None:
    result = match_deterministic(text)
    assert result is None or result.handler != "currency", result
