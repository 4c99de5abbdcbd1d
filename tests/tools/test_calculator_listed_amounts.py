"""A reading that keeps the later of two listed amounts and drops the earlier is refused."""

from __future__ import annotations

import re

import pytest

import tools.calculator_listed_amounts as listed_amounts
from core.errors import ToolInputError
from tools.calculator import calculate
from tools.calculator_listed_amounts import dropped_listed_amount
from tools.handlers import match_deterministic


@pytest.mark.parametrize(
    "question",
    [
        # A form reading "N a month … for a year" skipped the first item of the list.
        "the gym is 40 and the pool 25 a month, how much for a year",
    ],
)
def test_a_sum_read_from_its_last_item_alone_is_declined(question: str) -> None:
    with pytest.raises(ToolInputError, match="listed with an amount it uses"):
        calculate(question)


def test_a_list_with_one_period_after_its_last_item_is_read_whole() -> None:
    # Once declined here (a reader kept the 45 alone); since blind52m's monthly-list
    # reader (calculator_monthly_list_yearly_50b) every item is read under the one period.
    result = calculate("phone 55 plus internet 45 a month, what is that per year")
    assert (result.expression, result.value) == ("(55 + 45) * 12", 1200)


@pytest.mark.parametrize(
    ("question", "expression", "dropped"),
    [
        ("parking is 30 and tolls 12 a week, how much a year", "12 * 52", "30"),
        ("보험료 120000이랑 통신비 55000 매달 내면 1년에 얼마", "55000 * 12", "120000"),
    ],
)
def test_the_dropped_item_is_named(question: str, expression: str, dropped: str) -> None:
    assert dropped_listed_amount(question, expression) == dropped


@pytest.mark.parametrize(
    ("question", "expression"),
    [
        ("3 mugs at 8.50 and a teapot at 22, total", "3 * 8.50 + 22"),  # both used
        ("in 2027 I pay 300 a month, how much for a year", "300 * 12"),  # no list word
        ("at 5% and 300 a month, what is that for a year", "300 * 12"),  # a rate, no item
        ("the first 40 and then 25 more", "40 - 25"),  # the earlier one is used
    ],
)
def test_readings_that_keep_the_listed_items_stand(question: str, expression: str) -> None:
    assert dropped_listed_amount(question, expression) is None


def test_one_monthly_amount_is_still_answered() -> None:
    assert calculate("the pool is 25 a month, how much for a year").value == 300


def test_a_digit_of_a_unit_is_no_listed_amount(monkeypatch: pytest.MonkeyPatch) -> None:
    # "m²" reads "m2": its 2 is no amount listed before the area (turns27's tiler).
    question = "the painter charges 18 per m² and the ceiling is 22 m², what's the cost"
    result = match_deterministic(question)
    assert result is not None and result.answer == "396"
    monkeypatch.setattr(
        listed_amounts,
        "_LISTED",
        re.compile(listed_amounts._LISTED.pattern.replace("(?<![\\d.A-Za-z])", "(?<![\\d.])")),
    )
    assert match_deterministic(question) is None
