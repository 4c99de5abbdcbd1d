"""English follow-ups that change the previous request (own threads, not the blind set's)."""

from __future__ import annotations

import pytest

from tools.followup_english_changes import asked_figure_instead, order_scaled, package_swapped
from tools.followup_rate_per_currency import converted_at_rate_per_source
from tools.followups import resolve_in_conversation

_WAGE = "I earn 14.40 an hour and worked 25 hours this week, what do I make"


@pytest.mark.parametrize(
    ("first", "turn", "answer"),
    [
        # The asked clause's one figure replaced, its unit kept.
        ("the fare is 60, what's a 15% tip", "hmm, try 20 instead", "12"),
        ("diesel is 2.05 a gallon, what's 12 gallons", "fill it up with 15 instead", "30.75"),
        # The previous result scaled.
        ("bagels are 1.25 each and we need 8, total?", "double the order", "20"),
        # The package question with a new size and price.
        ("a 500 g tin of coffee is 9.00, what's that per 100 g", "and the 1 kg tin for 16.80?",
         "1.68"),
        # A conversion again at a rate per the amount's own currency.
        (
            "a 150 euro deposit, what's that in won at 1,480",
            "now in pounds, 0.86 per euro",
            "129",
        ),
        # Who asks changes nothing; "N hours more" is an addition.
        (_WAGE, "my boss wants me for 5 extra hours", "432"),
        (_WAGE, "and if I do 5 hours more", "432"),
    ],
)  # fmt: skip
def test_an_english_change_is_re_run(first: str, turn: str, answer: str) -> None:
    resolved = resolve_in_conversation([first], turn)
    assert resolved is not None, turn
    assert answer in resolved.result.answer, resolved


@pytest.mark.parametrize(
    ("first", "turn"),
    [
        # The question clause holds no figure, or two: which one changes is not said.
        ("dinner was 90 dollars for 3 of us plus an 18% tip, how much each", "make it 20 instead"),
        ("what's the 7% sales tax on 249.99, to the cent", "8 instead"),
        # A tip rate over 100 percent is no rate.
        ("the fare is 60, what's a 15% tip", "go 150 instead"),
        # Nearer in size to the price than to the 12 gallons asked: likelier the price.
        ("diesel is 2.05 a gallon, what's 12 gallons", "2.15 instead"),
        # A figure with no "instead": a new amount or a rate, no reading here.
        ("the fare is 60, what's a 15% tip", "go 20"),
    ],
)
def test_an_unplaced_figure_gets_no_reading(first: str, turn: str) -> None:
    assert asked_figure_instead(turn, [first]) is None


def test_a_scale_of_something_else_is_no_order() -> None:
    assert order_scaled("double the tip jar", ["x"]) is None
    assert order_scaled("triple check the order", ["x"]) is None


def test_a_package_of_another_kind_or_dimension_is_no_swap() -> None:
    step = "a 500 g tin of coffee is 9.00, what's that per 100 g"
    assert package_swapped("and the 1 l tin for 16.80?", [step]) is None
    assert package_swapped("and the 1 kg bag for 16.80?", [step]) is None


def test_a_rate_per_another_currency_than_the_amounts_gets_no_reading() -> None:
    step = "a 150 euro deposit, what's that in won at 1,480"
    assert converted_at_rate_per_source("now in pounds, 0.86 per dollar", [step]) is None
    # Never the won result over 1.08 ("1.08 won a dollar" had given $872,083.33).
    hotel = ["hotel was 200 euros a night for 2 nights, what's that in won at 1,500"]
    resolved = resolve_in_conversation(hotel, "in dollars at 1.08 per euro?")
    assert resolved is not None and "432" in resolved.result.answer
    assert (
        resolve_in_conversation(["50만원을 달러로 바꾸면 환율 1,400원"], "in yen, 150 per euro")
        is None
    )


def test_a_rate_too_small_for_won_is_per_the_amounts_currency() -> None:
    hotel = ["hotel was 200 euros a night for 2 nights, what's that in won at 1,500"]
    resolved = resolve_in_conversation(hotel, "what about in dollars at 1.08")
    assert resolved is not None and "432" in resolved.result.answer
    # No foreign amount to convert: 1.1 won a euro is no rate (it had given €306,818.18).
    won = ["환율 1,350원일 때 250달러는 원화로 얼마"]
    assert resolve_in_conversation(won, "in euros at 1.1") is None
    # A won rate is still read as one.
    resolved = resolve_in_conversation(won, "in euros at 1,480")
    assert resolved is not None and "228.04" in resolved.result.answer
