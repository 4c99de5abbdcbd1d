"""A reading that uses none of the question's amounts of money is refused, not answered."""

from __future__ import annotations

import pytest

import tools.calculator
from core.errors import ToolInputError
from tools.calculator import calculate
from tools.calculator_dropped_amounts import dropped_amount


def test_a_price_per_weight_read_as_weights_alone_is_refused() -> None:
    # Our own shape of the bug: the weights matched a form, the price was never used.
    assert dropped_amount("돼지고기 800g 100g당 2900원이면 얼마야", "100 / 800") == "2900원"


@pytest.mark.parametrize(
    ("question", "expression"),
    [
        ("3만 5천원의 15%는 얼마야?", "35000 * 15 / 100"),
        # A price list partly bought: one amount unused is a fair reading.
        ("치킨 19000원 콜라 2000원인데 치킨 두 마리면", "19000 * 2"),
        ("what is 12 * 7", "12 * 7"),  # no money stated
        ("$24.50 split 4 ways", "24.50 / 4"),
    ],
)
def test_readings_that_use_an_amount_stand(question: str, expression: str) -> None:
    assert dropped_amount(question, expression) is None


def test_the_calculator_declines_instead_of_answering_zero(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Whatever form misreads a question this way, the calculator refuses its reading.
    monkeypatch.setattr(tools.calculator, "to_expression", lambda text: ("100 / 800", "원"))
    with pytest.raises(ToolInputError, match="leaves out 2900원"):
        calculate("돼지고기 800g 100g당 2,900원이면 얼마야")
