"""English questions a deterministic reader answered with a wrong figure (our own probes).

Each was typed close to a form a reader reads, with one word more that changes the sum: a
percent, "twice", "half", free months, a monthly price asked by the year, "quarterly", a
count written before a price, a price "for" a count, a span repeated over nights, hours
with a decimal before minutes. A wrong figure is the worst outcome: these now decline (the
step goes to a model) or, where the words settle it, read right.
"""

from __future__ import annotations

import pytest

from core.errors import ToolInputError
from tools.calculator import calculate
from tools.calculator_unread_cues_50w_en import unread_cue_en
from tools.handlers import match_deterministic
from tools.units import merge_hours_and_minutes


@pytest.mark.parametrize(
    "text",
    [
        # The percent never used: 300 * 12 would be answered.
        "what is 20% of 300 every month over a year",
        # The second discount dropped: one 25% off would be answered.
        "a 120 dollar coat with 25% off twice",
        # "half" dropped: the whole rent by the year.
        "the rent is 2400 a month, i pay half, how much a year",
        # The free months taken for the months paid.
        "streaming is 12 a month but the first 3 months are free, cost for a year",
        # A monthly price asked by the year, answered for three months.
        "14.99 per month charged every 3 months, how much per year",
        # "quarterly" dropped: one month discounted.
        "24.99 a month billed quarterly with 5% off, how much per bill",
        # The count before the price dropped: one item taxed.
        "sales tax is 7% on three $45.50 lamps, total?",
        # A price "for" a count read as a price each.
        "i got 4 mugs for $18 and 2 plates for $30, total?",
    ],
)
def test_a_word_that_changes_the_sum_is_never_dropped(text: str) -> None:
    with pytest.raises(ToolInputError):
        calculate(text)


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("what is 20% of 300 every month over a year", "300 * 12"),
        ("a 120 dollar coat with 25% off twice", "120 * (1 - 25 / 100)"),
        ("my rent is 2400 a month and i pay half, what's the yearly cost", "2400 * 12"),
        ("sales tax is 7% on three $45.50 lamps", "45.50 * (1 + 7 / 100)"),
        ("i got 4 mugs for $18 and 2 plates for $30", "4 * 18 + 2 * 30"),
    ],
)
def test_the_cue_left_unread_is_named(text: str, expression: str) -> None:
    assert unread_cue_en(text, expression) is not None


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        # Every cue used: no refusal.
        ("what is 20% of 300 every month over a year", "300 * 20 / 100 * 12"),
        ("a 120 dollar coat with 25% off twice", "120 * (1 - 25 / 100) ** 2"),
        ("my rent is 2400 a month and i pay half, what's the yearly cost", "2400 / 2 * 12"),
        ("sales tax is 7% on three $45.50 lamps", "3 * 45.50 * (1 + 7 / 100)"),
        ("i got 4 mugs for $18 and 2 plates for $30", "18 + 30"),
        # A rate, not things: "per guest for 85 guests" is a product.
        ("the caterer charges 24 per guest for 85 guests", "24 * 85"),
        ("i got 4 mugs for $18 each", "4 * 18"),
        ("two and a half hours at 20 an hour", "2.5 * 20"),
    ],
)
def test_a_reading_that_uses_every_cue_stands(text: str, expression: str) -> None:
    assert unread_cue_en(text, expression) is None


def test_a_monthly_price_by_the_year_is_still_read() -> None:
    assert calculate("the gym is 35 a month, how much for a year").value == 420


@pytest.mark.parametrize(
    "text",
    [
        "how many hours from 11pm to 7am for 4 nights",
        "i work 8am to 4:30pm every weekday, how many hours is that",
        "how many hours from 6:30pm to 11pm for 3 days",
    ],
)
def test_a_clock_span_repeated_is_not_answered_as_one(text: str) -> None:
    result = match_deterministic(text)
    assert result is None or result.handler != "dates"


def test_a_single_night_shift_is_still_read() -> None:
    result = match_deterministic("night shift from 11pm to 7:30am, how long is it")
    assert result is not None and result.answer == "8 hours 30 minutes (8.5 h)"


@pytest.mark.parametrize(
    ("text", "merged"),
    [
        ("2.5 hours and 15 minutes", "165 minutes"),
        ("1.25 hours 5 minutes", "80 minutes"),
        ("0.1 hours 1 minutes", "7 minutes"),
        ("3 hours 45 minutes", "225 minutes"),
    ],
)
def test_hours_with_a_decimal_merge_whole(text: str, merged: str) -> None:
    assert merge_hours_and_minutes(text) == merged


def test_minutes_in_decimal_hours_and_minutes() -> None:
    result = match_deterministic("how many minutes in 2.5 hours and 15 minutes")
    assert result is not None and result.answer.startswith("165 min")


@pytest.mark.parametrize("text", ["35 hours a week", "90 minutes a day", "12 hours per week"])
def test_a_rate_said_alone_is_no_conversion(text: str) -> None:
    result = match_deterministic(text)
    assert result is None or result.handler != "units"


def test_a_conversion_is_still_read() -> None:
    result = match_deterministic("3 hours in minutes")
    assert result is not None and result.answer.startswith("3 h = 180 min")


@pytest.mark.parametrize(
    "text",
    [
        # The rest of an earlier sum, said alone: no base (read as 3 * 0.85, 4 * 1.06).
        "with 15% off 3 of them?",
        "plus 6% tax and a $4 delivery fee",
        # The count bought said after the price, in words (one jacket answered).
        "a 90 dollar coat, 30 percent off, buying three",
    ],
)
def test_a_turn_that_needs_an_earlier_sum_or_drops_the_count_declines(text: str) -> None:
    with pytest.raises(ToolInputError):
        calculate(text)


def test_a_question_that_starts_with_a_discount_is_still_read() -> None:
    assert calculate("with 20% off how much is a $50 shirt").value == 40


@pytest.mark.parametrize(
    ("earlier", "turn"),
    [
        # The day swapped in, the month said left out ("… and april 1").
        ("how many days between march 8 and april 20", "and to june 2?"),
        ("how many days between sept 9 and oct 30", "and to dec 1?"),
        # The number swapped in, the unit asked left out ("convert 8 miles to km").
        ("convert 3 miles to km", "and 8 miles in meters?"),
    ],
)
def test_a_follow_up_never_drops_a_month_or_unit_it_names(earlier: str, turn: str) -> None:
    from datetime import datetime

    from tools.followups import resolve_in_conversation

    follow_up = resolve_in_conversation([earlier], turn, datetime(2026, 12, 5, 9, 0))
    assert follow_up is None


def test_a_follow_up_naming_the_month_it_reads_is_still_read() -> None:
    from datetime import datetime

    from tools.followups import resolve_in_conversation

    earlier = ["how many days between feb 2 and march 20"]
    follow_up = resolve_in_conversation(earlier, "and to july 4?", datetime(2026, 12, 5, 9, 0))
    assert follow_up is not None and follow_up.result.answer == "152 days"


def test_a_follow_up_with_a_price_a_litre_is_still_read() -> None:
    from tools.followup_unread_words_50w_en import drops_a_named_month_or_unit

    assert not drops_a_named_month_or_unit("and at 2.10 a litre", ["12 litres at 2.10 each"])
    assert drops_a_named_month_or_unit("and 8 miles in feet?", ["convert 8 miles to km"])
    assert not drops_a_named_month_or_unit("and 8 miles in feet?", ["convert 8 miles to feet"])
    assert drops_a_named_month_or_unit("and to july 4?", ["days between feb 2 and march 4"])


def test_a_month_carried_as_an_iso_date_counts_as_named() -> None:
    from tools.followup_unread_words_50w_en import drops_a_named_month_or_unit

    steps = ["how many days from 2026-02-10 to july 4"]
    assert not drops_a_named_month_or_unit("and from feb 10?", steps)
    assert drops_a_named_month_or_unit("and from mar 10?", steps)
