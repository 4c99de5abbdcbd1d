"""Set 50's English calculation turns widened by slots (helper slot58e).

Each form has variants in wordings unlike the case file's, and near misses that must stay
unread; each rule switched off fails a test here.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.errors import ToolInputError
from tools.calculator import calculate
from tools.followups import resolve_follow_up

# A percent's base said the spoken way after "tip on", "tax of", "20% of", "percent off".
SPOKEN_BASES = [
    ("whats a 15 percent tip on sixty four forty", "9.66"),
    ("15% tip on sixty-four forty", "9.66"),
    ("what is 20 percent of eighty two fifty", "16.5"),
    ("leave a 20% tip on thirty one fifteen", "6.23"),
    ("how much is a 10 percent gratuity on ninety nine ninety", "9.99"),
    ("25% off forty eight eighty, what do i pay", "36.60"),
]


@pytest.mark.parametrize(("ask", "value"), SPOKEN_BASES)
def test_spoken_base_of_a_percent_is_read(ask: str, value: str) -> None:
    assert calculate(ask).value == Decimal(value)


@pytest.mark.parametrize(
    "ask",
    [
        # Counts, not money, after the same words; and dollars with no cents said.
        "a 15 percent tip on sixty four forty people",
        "what is 20 percent of sixty four",
    ],
)
def test_spoken_figures_that_are_not_a_bill_stay_unread(ask: str) -> None:
    with pytest.raises(ToolInputError):
        calculate(ask)


# A price a month with a slash: "/mo", "/month", "/mth".
PER_MONTH = [
    ("spotify is 11.99/mo, how much is that over 2 years", "287.76"),
    ("netflix costs 15.49/month. total for 3 years?", "557.64"),
    ("my phone plan is 40 /mth, what do i pay over 18 months", "720"),
    ("gym is 45/mo or 480 for a year, how much do i save with the yearly one", "60"),
    ("paying 9.99/mo. for cloud storage, how much in 2 years", "239.76"),
]


@pytest.mark.parametrize(("ask", "value"), PER_MONTH)
def test_slash_month_is_a_month(ask: str, value: str) -> None:
    assert calculate(ask).value == Decimal(value)


@pytest.mark.parametrize(
    "ask",
    [
        # A fraction and a date are no price a month.
        "whats 3/4 of 2 years",
        "moved in 5/12, how much is that over 2 years",
    ],
)
def test_slash_without_month_stays_as_it_was(ask: str) -> None:
    with pytest.raises(ToolInputError):
        calculate(ask)


# "make it 20" after a tip at a percent on one amount: the percent changes.
RESTATED = [
    ("whats a 15 percent tip on sixty four forty", "make it 20", "12.88"),
    ("whats a 15 percent tip on 64.40", "what about 18%?", "11.592"),
    ("a 20% tip on thirty one fifteen?", "ok how about 25 then", "7.7875"),
    ("tip of 18 percent on 52.75", "22 instead", "11.605"),
    ("15% tip on 80", "nah, make it 20 percent", "16"),
    ("what's a 10 percent tip on forty two sixty", "let's say 12.5", "5.325"),
]


@pytest.mark.parametrize(("first", "turn", "value"), RESTATED)
def test_restated_figure_is_the_tip_percent(first: str, turn: str, value: str) -> None:
    resolved = resolve_follow_up(turn, [first])
    assert resolved is not None
    steps, _note = resolved
    assert calculate(steps[-1]).value == Decimal(value)


@pytest.mark.parametrize(
    ("first", "turn"),
    [
        # A restated bill (cents, a dollar word) is not the percent.
        ("whats a 15 percent tip on 64.40", "make it 70.50"),
        ("whats a 15 percent tip on 64.40", "make it 20 dollars"),
        # A third figure (a headcount) makes the bare figure someone else's.
        ("tip 18% on 96 split between 3", "make it 20"),
    ],
)
def test_other_restatements_are_not_the_percent(first: str, turn: str) -> None:
    resolved = resolve_follow_up(turn, [first])
    assert resolved is None or ("tip 15%" not in resolved[1] and "tip 18%" not in resolved[1])


# A tip on one of two labelled parts of a bill, the whole split by a headcount.
NAMED_PART_SPLIT = [
    "we paid 96 for the food and 34 for drinks, tipping 18% just on the food, dividing by 3",
    "$96 on food, $34 on drinks, leave 18% but not on the drinks, 3 of us splitting it",
    "food: 96, drinks: 34, 18% tip only on the food, how much each if we split between 3",
    "drinks came to 34 and food was 96; 18% tip on the food only and we're 3 ways",
    "food was 96 and drinks were 34. 18 percent tip on the food only, split 3 ways",
]


@pytest.mark.parametrize("ask", NAMED_PART_SPLIT)
def test_tip_on_named_part_split(ask: str) -> None:
    assert round(calculate(ask).value, 2) == Decimal("49.09")


@pytest.mark.parametrize(
    "ask",
    [
        # Only the tip shared, and a figure with no role (a tax): not this form.
        "we spent 96 on food and 34 on drinks, tip 18% only on the food and split the tip "
        "between 3 of us",
        "we spent 96 on food and 34 on drinks and 8 on tax, tip 18% only on the food and split "
        "it between 3 of us",
    ],
)
def test_tip_on_named_part_near_misses(ask: str) -> None:
    with pytest.raises(ToolInputError):
        calculate(ask)


def test_headcount_changed_after_named_part_split() -> None:
    first = "food was 96 and drinks were 34. 18 percent tip on the food only, split 3 ways"
    resolved = resolve_follow_up("what if we're 4 ways", [first]) or resolve_follow_up(
        "what if there's 4 of us",
        ["we spent 96 on food and 34 on drinks, tip 18% only on the food and split it between 3"],
    )
    assert resolved is not None
    assert round(calculate(resolved[0][-1]).value, 2) == Decimal("36.82")


# "N for the price of M" with the counts in words, the unit before the price, a count last.
BUNDLES = [
    ("3 for the price of 2 on pasta, a bag is 1.89, grabbing 7 bags", "9.45"),
    ("buy two get one free, one bottle goes for 6.50, i'm taking 5", "26"),
    ("four for the price of three on yogurt, each cup 1.20, buying 8 cups", "7.20"),
    ("cereal is three for the price of two, per box $4.79, getting 9 boxes", "28.74"),
    ("juice: two for the price of one, a carton is 3.50, need 5 cartons", "10.50"),
]


@pytest.mark.parametrize(("ask", "value"), BUNDLES)
def test_bundle_deal_widened(ask: str, value: str) -> None:
    assert calculate(ask).value == Decimal(value)


@pytest.mark.parametrize(
    "ask",
    [
        # A coupon is a figure with no role here; two prices are two things.
        "cereal is 3 for the price of 2, each box 4.79, getting 9 boxes and a 10 dollar coupon",
        "three for the price of two, each box 4.79 and a bag is 2.10, getting 9",
    ],
)
def test_bundle_near_misses(ask: str) -> None:
    with pytest.raises(ToolInputError):
        calculate(ask)


@pytest.mark.parametrize(
    ("first", "turn", "value"),
    [
        (
            "deal on cereal is three for the price of two, each box 4.79. getting 9 boxes",
            "and 10?",
            "33.53",
        ),
        (
            "shampoo is buy 2 get 1 free, 7.50 each, im grabbing 6 bottles. cost?",
            "what about 12",
            "60",
        ),
        (
            "3 for the price of 2 on pasta, a bag is 1.89, grabbing 7 bags",
            "make it 10 then",
            "13.23",
        ),
    ],
)
def test_bare_count_after_a_deal(first: str, turn: str, value: str) -> None:
    resolved = resolve_follow_up(turn, [first])
    assert resolved is not None
    assert calculate(resolved[0][-1]).value == Decimal(value)


def test_bare_decimal_after_a_deal_is_not_a_count() -> None:
    first = "deal on cereal is three for the price of two, each box 4.79. getting 9 boxes"
    resolved = resolve_follow_up("and 10.50?", [first])
    assert resolved is None or "at the same deal" not in resolved[1]
