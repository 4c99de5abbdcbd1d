"""Things sold: the takings less what selling cost, never the costs added."""

from __future__ import annotations

import pytest

from tools.calculator import calculate
from tools.price_total import price_total


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("I sold 40 jars of jam at 6 each and the table fee was 25, what did I make", "215"),
        ("sold 15 prints at 30 each at the fair, the booth cost 80, what's my profit", "370"),
    ],
)
def test_the_takings_less_the_costs(question: str, total: str) -> None:
    found = price_total(question)
    assert found is not None
    assert calculate(found[0]).display == total


@pytest.mark.parametrize(
    "question",
    [
        # No net asked: whether the fee comes off or is a bill of its own is not said.
        "I sold 40 jars of jam at 6 each and the table fee was 25, what's the total",
        # A rate beside the sale: no takings of items alone.
        "I sold 40 jars at 6 each and pay 5 an hour for the table for 3 hours, what did I make",
    ],
)
def test_other_mixes_with_a_sale_are_declined(question: str) -> None:
    assert price_total(question) is None
