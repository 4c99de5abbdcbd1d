"""A card number typed with commas between its groups is still a card."""

from __future__ import annotations

import pytest

from core.privacy import classify, scan


@pytest.mark.parametrize(
    "text",
    [
        "결제는 4111,1111,1111,1111로 해 주세요",
        "card: 5500,0055,5555,5559 thanks",
        "4012, 8888, 8888, 1881 is my visa",
    ],
)
def test_groups_of_four_joined_by_commas_that_pass_luhn_are_a_card(text: str) -> None:
    assert [f.type for f in scan(text)] == ["card"]
    assert classify(text) == "local_only"


@pytest.mark.parametrize(
    "text",
    [
        "총 1,234,567,890원이에요",  # thousands
        "ids 1234,5678,9012,3456",  # fails Luhn
        "scores 1200,1300,1400,1500",
    ],
)
def test_amounts_and_numbers_failing_luhn_are_not_cards(text: str) -> None:
    assert [f.type for f in scan(text) if f.type == "card"] == []
