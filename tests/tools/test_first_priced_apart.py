"""A first thing priced apart is never summed beside a count that holds it.

"커피 첫 잔은 4500원이고 리필은 한 잔에 2000원, 3잔 마시면?" was read by the general price
composition as 4,500 + 2,000 x 3 = 10,500원: three cups are the first and two refills
(8,500원). Only the first-then-each readers know the count holds the first thing; when none
of them reads the wording, the composition declines.
"""

from __future__ import annotations

import pytest

import tools.price_total as price_total_module
from tools.calculator import calculate
from tools.calculator_expression import to_expression
from tools.price_total import price_total
from tools.priced_first_then_each import first_priced_apart_unread

# Wordings no first-then-each reader reads; the composition used to add the first price
# beside the whole count.
UNREAD = [
    "커피 첫 잔은 4500원이고 리필은 한 잔에 2000원, 3잔 마시면?",
    "첫잔 5000원 리필 1잔에 1500원인데 4잔 마시면 얼마",
    "first coffee is 4.50 and refills are 2 each, i drink 3 cups total",
    "the first lesson costs 30 and the rest are 25 each, 6 lessons how much",
]


@pytest.mark.parametrize("question", UNREAD)
def test_an_unread_first_price_is_not_composed(question: str) -> None:
    assert first_priced_apart_unread(question)
    assert price_total(question) is None


@pytest.mark.parametrize("question", UNREAD[:3])
def test_switched_off_the_first_price_is_summed_beside_the_count(
    question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(price_total_module, "use_first_unread_guard", False)
    read = price_total(question)
    assert read is not None  # the misreading the guard stops: first + each x whole count


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("first ticket is 45 and every extra one is 32. i need 5, total?", 173),
        ("첫 장은 45000원이고 추가 1장당 32000원인데 5장 사면 얼마", 173000),
    ],
)
def test_a_read_first_price_is_untouched(question: str, expected: int) -> None:
    assert not first_priced_apart_unread(question)
    assert calculate(question).value == expected


@pytest.mark.parametrize(
    "question",
    [
        "커피 한 잔에 4500원인데 3잔 마시면 얼마",
        "first i bought 3 shirts at 12 each, how much",
        "tickets are 12.50 each and there's 6 of us",
    ],
)
def test_no_first_price_no_guard(question: str) -> None:
    assert not first_priced_apart_unread(question)
    assert to_expression(question) is not None
