"""Powers said with their exponent: our own figures, not the workload's."""

from __future__ import annotations

from decimal import Decimal
from unittest import mock

import pytest

from core.errors import ToolInputError
from tools import calculator_phrasing
from tools.calculator import calculate
from tools.calculator_powers import POWER_WORDS


@pytest.mark.parametrize(
    ("asked", "value"),
    [
        ("3의 5제곱은?", Decimal(243)),
        ("4의 6 제곱", Decimal(4096)),
        ("10의 4승은?", Decimal(10000)),
        ("6 제곱은?", Decimal(36)),
        ("4 세제곱 얼마야", Decimal(64)),
        ("3 to the power of 5", Decimal(243)),
        ("what is 4 to the 3rd power", Decimal(64)),
    ],
)
def test_the_exponent_said_in_words_is_read(asked: str, value: Decimal) -> None:
    assert calculate(asked).value == value


def test_the_power_words_switched_off_leave_the_exponent_unread() -> None:
    others = tuple(op for op in calculator_phrasing._WORD_OPS if op not in POWER_WORDS)
    with (
        mock.patch.object(calculator_phrasing, "_WORD_OPS", others),
        pytest.raises(ToolInputError),
    ):
        calculate("3의 5제곱은?")


def test_a_square_metre_or_a_root_is_no_power() -> None:
    # 제곱근 is a root; 제곱미터 an area, never "squared".
    assert calculate("81의 제곱근은?").value == Decimal(9)
    with pytest.raises(ToolInputError):
        calculate("7 제곱미터는?")
