"""The table of one-sum phrasings: each condition of a row, and the five readers it holds."""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.calculator_sum_forms_50a import (
    SumForm,
    each_gets_at_price,
    fill_time_minutes,
    fuel_less_discount_per_litre,
    round_trip_fare_days,
    takings_at_price,
)

# A toy row: "N boxes of M pens", the pens asked, never "broken", 2 figures counted (the 1
# of "1 shop" is not), and no more than 100 boxes.
_PENS = SumForm(
    parts=(LazyPattern(r"(?P<n>\d+) boxes"), LazyPattern(r"(?P<m>\d+) pens")),
    arithmetic="{n} * {m}",
    figures=2,
    cues=(LazyPattern(r"how many pens"),),
    never=(LazyPattern(r"broken"),),
    uncounted=re.compile(r"1 shop"),
    fits=lambda _s, parts: int(parts[0]["n"]) <= 100,
)


def test_a_row_writes_its_sum_from_the_named_figures() -> None:
    assert _PENS.read("1 shop has 6 boxes of 12 pens, how many pens") == "6 * 12"


def test_a_row_reads_nothing_when_a_part_or_a_cue_is_missing() -> None:
    assert _PENS.read("6 boxes of pens, how many pens") is None
    assert _PENS.read("6 boxes of 12 pens, what do they weigh") is None


def test_a_row_reads_nothing_when_a_ruling_out_word_is_said() -> None:
    assert _PENS.read("6 boxes of 12 pens, how many pens are broken") is None


def test_a_row_reads_nothing_when_a_figure_is_left_over() -> None:
    # The 3 would go unread; the 1 of "1 shop" is not counted.
    assert _PENS.read("6 boxes of 12 pens and 3 pencils, how many pens") is None
    assert _PENS.read("1 shop: 6 boxes of 12 pens, how many pens") == "6 * 12"


def test_a_row_reads_nothing_when_its_check_fails() -> None:
    assert _PENS.read("600 boxes of 12 pens, how many pens") is None


def test_the_folded_readers_on_questions_of_their_shapes() -> None:
    sold = "the bakery sells rolls at 0.80 and it sold 150 this morning, what did it take in"
    assert takings_at_price(sold) == "0.80 * 150"
    # The count said before the price is another question.
    assert takings_at_price("it sold 150, the bakery sells rolls at 0.80, what did it make") is None
    assert fill_time_minutes(
        "the pump does 20 litres a minute, how long to fill a 900 litre tub"
    ) == ("900 / 20")
    assert (
        fill_time_minutes("the pump does 20 gallons a minute, how long to fill a 900 litre tub")
        is None
    )
    assert (
        each_gets_at_price("each of the 30 kids gets 3 tokens at 1.25, total?") == "30 * 3 * 1.25"
    )
    assert each_gets_at_price("30 kids each get 3 tokens at 1.25, total?") == "30 * 3 * 1.25"
    fuel = "리터당 80원 할인되는데 경유 1500원일 때 50리터 넣으면 얼마"
    assert fuel_less_discount_per_litre(fuel) == "(1500 - 80) * 50"
    assert (
        fuel_less_discount_per_litre(
            "리터당 80원 할인되는데 경유 1500원일 때 50리터 넣고 20리터 더"
        )
        is None
    )
    assert round_trip_fare_days("버스 1400원 왕복으로 1달에 20일 타면 얼마") == "1400 * 2 * 20"
    assert round_trip_fare_days("지하철 왕복 요금은 2800원 20일 타면 얼마") is None
