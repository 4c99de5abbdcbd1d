"""English orders, shares, receipts, size comparisons and fuel (own examples, none of a set's)."""

from __future__ import annotations

import pytest

from tools.calculator_english_orders import english_order_expression
from tools.handlers import match_deterministic


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # A price and a count, any noun.
        ("a rotisserie chicken is 8.75 and we're getting 4, total?", "35"),
        ("a day pass is 11.20 and there are 3 of us", "33.6"),
        ("a crepe is 6.25 and we want 4, how much", "25"),
        ("one crate of lemons costs 14.40, and I'm buying 5, how much is that altogether", "72"),
        # A sum for so many people, and a split between named people.
        ("the villa was 2,100 for the 7 of us, what's each share", "300"),
        ("the cottage cost 840 dollars for the 6 of us, how much does each of us pay", "$140.00"),
        ("split a 75.60 tab four ways between me, Odile and Kwame Mensah, how much each?", "18.9"),
        # Several items with counts, plus a sales tax, to the cent.
        ("3 towels at 9.99 and a bath mat at 14.50, total with 9% tax", "48.47"),
        ("2 lamps at 23.40 plus 6 bulbs at 2.15, with 5.5% sales tax to the cent", "62.98"),
        # Two sizes at two prices: the cheaper price per unit.
        ("a 750 g jar of honey for 6.90 or 1 kg for 8.80, better deal?", "0.0088"),
        ("4 L of paint for 31 or 10 L for 72, which is cheaper per liter", "7.2"),
        ("a 1 L carton of oat milk for 2.60 or 1.5 L for 3.75, which is cheaper per liter", "2.5"),
        ("2 lb of coffee for 17.50 or 12 oz for 7.20, which is cheaper per pound", "8.75"),
        # Fuel for a trip: litres at L/100 km, gallons at mpg.
        ("the drive is 280 km and the camper uses 11 L per 100 km, how many litres", "30.8 L"),
        ("my bike does 4.5 l/100km, 600 km tour, how much fuel do I need", "27 L"),
        ("it's 420 miles and the car gets 35 mpg, how many gallons do we need", "12 gal"),
        # An expense's share of a monthly pay; where the pay lands is no operand.
        (
            "wages go to account 70123456, sort code 08-32-10: 2,400 a month. if the car loan"
            " is 360, what percent of my pay is that?",
            "15%",
        ),
        ("I take home 5,000 a month and rent is 1,750, what percent of my income is rent", "35%"),
    ],
)
def test_an_english_order_is_worked_out(text: str, answer: str) -> None:
    result = match_deterministic(text)
    assert result is not None and result.handler == "calculator", text
    assert answer in result.answer, result


@pytest.mark.parametrize(
    "text",
    [
        # One figure more than the form places (a delivery fee, a second price).
        "a rotisserie chicken is 8.75 and we're getting 4, plus 5 delivery, total?",
        "the villa was 2,100 for the 7 of us plus 150 cleaning, what's each share",
        # A part that is no count at a price: a figure the total would drop.
        "3 towels at 9.99 and a 20 voucher, total with 9% tax",
        # Grams against millilitres: no price per one unit of both.
        "a 750 g jar of honey for 6.90 or 1 L for 8.80, better deal?",
        # The same price per unit: neither is cheaper.
        "2 kg of rice for 5 or 4 kg for 10, better deal?",
        # Litres per 100 km with no litres asked, and euros: not these readers'.
        "the drive is 280 km and the camper uses 11 L per 100 km, is that a lot",
        "a day pass is 11.20 euros and there are 3 of us",
        # Another expense than the one priced, and a second expense.
        "I take home 5,000 a month and rent is 1,750, what percent of my income is food",
        "I take home 5,000 a month and rent is 1,750 plus 200 bills, what percent of my pay is it",
        # One person is no share.
        "the villa was 2,100 for 1 people, how much each",
    ],
)
def test_a_request_with_an_unplaced_figure_is_no_order(text: str) -> None:
    assert english_order_expression(text) is None
