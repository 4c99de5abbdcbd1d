"""Follow-ups that got a wrong figure from code (session 49), on inputs of our own.

Wrong on coord49: "1kg에 3만 2천원이면?" after "1kg에 3만원인데 1.8kg" took the 1kg as the
amount bought; a bare "what about 1.31" after a conversion "at 1.27" replaced the amount;
a bare "what about 48" after "45 per person and 50 people" replaced the price though it
could be the head count; "for the entire year each?" after a monthly share per person
ignored the year; "나는 클리닉 빼면?" after an order for both dropped it for both.
Also "what about 6" after "150 a night … 3 nights" (a price of 6), "what about 9" after
"1,800 divided by 6" (9 / 6) and months of a share shown rounded (6.66 × 6). Each answer
must be right, or no answer at all (``None``), never the wrong figure. Each test of a wrong
answer fails with its rule switched off; the tests named "stays"/"still" (and the second
asserts of the scale tests) keep what the rules must not take away, and pass either way.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tools.followup_figure_scale import could_stand_for
from tools.followup_one_of_group import changes_for_one_of_group
from tools.followups import resolve_in_conversation

_NOW = datetime(2026, 3, 2, 9, 0)


def _answer(first: str, then: str) -> str | None:
    follow_up = resolve_in_conversation([first], then, _NOW)
    return None if follow_up is None else follow_up.result.answer


@pytest.mark.parametrize(
    ("first", "then", "expected"),
    [
        # A new price per the same one unit is a new rate; the amount bought stays.
        ("삼겹살 1kg에 3만원인데 1.8kg 사면 얼마야", "1kg에 3만 2천원이면?", "57,600원"),
        ("고등어 1kg에 2만원인데 3.5kg 사면 얼마야", "1kg에 1만 8천원이면?", "63,000원"),
    ],
)
def test_new_price_per_one_unit_is_a_new_rate(first: str, then: str, expected: str) -> None:
    assert _answer(first, then) == expected


def test_bare_figure_of_the_rates_scale_is_a_new_rate() -> None:
    first = "converting 800 pounds to dollars at 1.27, how much"
    assert _answer(first, "what about 1.31") == "$1,048.00"
    # Of the amount's scale, it is still the amount.
    assert _answer(first, "what about 900") == "$1,143.00"


def test_bare_figure_of_both_scales_is_no_reading() -> None:
    # 1,400 could be the 1,000 dollars or the 1,350 won rate: which is not said.
    assert (
        _answer("converting 1,000 dollars to won at 1,350 won per dollar", "what about 1,400")
        is None
    )


def test_bare_figure_of_another_figures_scale_never_replaces_the_subject() -> None:
    # 9 is of the 6's scale, not the 1,800's: 9 / 6 = 1.5 was no answer anyone asked.
    assert _answer("1,800 divided by 6", "what about 9") is None
    assert _answer("1,800 divided by 6", "what about 2,100") == "350"


@pytest.mark.parametrize("then", ["what about 48", "what about 60"])
def test_bare_figure_for_a_price_or_a_count_is_no_reading(then: str) -> None:
    assert _answer("the venue is 45 per person and 50 people are coming, total?", then) is None


def test_bare_figure_only_of_a_counts_scale_is_that_count() -> None:
    # 6 could be no price of 150 a night (it had been 6 a night: 18): the nights.
    first = "the cabin is 150 a night and we stay 3 nights, total?"
    assert _answer(first, "what about 6") == "900"


def test_bare_figure_only_of_the_prices_scale_stays_the_price() -> None:
    first = "the venue is 45 per person and 200 people are coming, total?"
    assert _answer(first, "what about 48") == "9,600"


def test_whole_year_of_a_monthly_share_each() -> None:
    first = "spotify family is 19.99 a month split 3 ways, how much each"
    # 19.99 × 12 / 3, never the rounded 6.66 twelve times (79.92) nor the month's share.
    assert _answer(first, "for the entire year each?") == "79.96"
    assert _answer(first, "and for a year?") == "79.96"


def test_months_of_a_rounded_share_use_the_share_itself() -> None:
    # 19.99 / 3 = 6.663…, shown 6.66: six months are 39.98, never 6.66 × 6 = 39.96.
    first = "spotify family is 19.99 a month split 3 ways, how much each"
    assert _answer(first, "and over 6 months?") == "39.98"


def test_year_each_before_any_share_is_no_reading() -> None:
    assert _answer("the gym is 39.99 a month, how much", "for the whole year each?") is None


@pytest.mark.parametrize(
    ("first", "then"),
    [
        (
            "누나랑 나 둘다 커트랑 클리닉 할건데 커트 2만원 클리닉 4만원이면 얼마",
            "나는 클리닉 빼면?",
        ),
        (
            "아빠랑 나 둘다 커트랑 두피케어 할건데 커트 2만원 두피케어 3만원이면 얼마",
            "아빠는 두피케어 빼면?",
        ),
    ],
)
def test_change_for_one_of_the_group_is_no_reading(first: str, then: str) -> None:
    assert _answer(first, then) is None


def test_change_for_the_whole_group_still_read() -> None:
    first = "아빠랑 나 둘다 커트랑 두피케어 할건데 커트 2만원 두피케어 3만원이면 얼마"
    assert _answer(first, "두피케어 빼면?") == "40,000원"


def test_could_stand_for() -> None:
    assert could_stand_for("1.31", "1.27")
    assert not could_stand_for("1.31", "800")
    assert could_stand_for("48", "50") and could_stand_for("48", "45")


def test_changes_for_one_of_group() -> None:
    assert changes_for_one_of_group("she'll skip the facial", ["my wife and i both want a facial"])
    assert not changes_for_one_of_group("skip the facial", ["my wife and i both want a facial"])
    assert not changes_for_one_of_group("i'll skip the facial", ["a facial at 50, how much"])
