"""Everyday English buys and wages the calculator reads (own examples, not the blind set's)."""

from __future__ import annotations

import pytest

from tools.calculator_english_buys import english_buy_expression
from tools.handlers import match_deterministic


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # A price per unit of measure, then a quantity in that unit (no currency word).
        ("diesel is 2.05 a gallon, what's 12 gallons", "24.6"),
        ("propane runs 3.10 per kg, how much for 9 kg", "27.9"),
        # A bill split some number of ways.
        ("split a 96.60 bill three ways", "32.2"),
        ("split the 150 dollar check 4 ways", "$37.50"),
        # A count at a price each plus one fee.
        ("two rail passes at 31.50 each plus a 4.25 service fee, total?", "67.25"),
        ("5 museum tickets at 12 each plus a 3.50 booking fee", "63.5"),
        # An hourly wage and the hours worked.
        ("I earn 14.40 an hour and worked 25 hours this week, what do I make", "360"),
        # A package's price per smaller quantity, grams and kilograms in one.
        ("a 500 g tin of coffee is 9.00, what's that per 100 g", "1.8"),
        ("a 1.5 kg sack of flour is 3.60 dollars, what's that per 100 g", "$0.24"),
    ],
)
def test_an_everyday_english_buy_is_worked_out(text: str, answer: str) -> None:
    result = match_deterministic(text)
    assert result is not None and result.handler == "calculator", text
    assert answer in result.answer, result


@pytest.mark.parametrize(
    "text",
    [
        # Price per litre, quantity in gallons: no product to take.
        "diesel is 2.05 a liter, what's 12 gallons",
        # One figure more than the form places (a tax), or another currency.
        "two rail passes at 31.50 each plus a 4.25 service fee plus 8% tax, total?",
        "split a 96,600 won bill three ways and add 10%",
        "diesel is 1,650 won a liter, what's 40 liters",
        # Grams against millilitres: no price per unit.
        "a 500 g tin of coffee is 9.00, what's that per 100 ml",
        # A bill split one way is no split.
        "split a 96.60 bill 1 ways",
    ],
)
def test_what_no_form_places_is_not_read(text: str) -> None:
    assert english_buy_expression(text) is None
