"""Latent wrong answers of the first-turn readers (helper wrongs49y), fixed generally.

- A fee named as work done on each thing priced (인쇄, 각인, 자수, "engraving") beside a
  price of one thing was charged once: it comes with every one, unless its words say it
  is paid once ("인쇄판 제작비", "총").
- Two equal figures were read as one: the count-at-price reader checked the figures left
  over by value, so a call-out fee equal to the minutes counted was taken as the count;
  the checks for an amount dropped after "plus" or from a list looked values up in a set,
  so a fee equal to the monthly price counted as used.

Every case also runs with its rule switched off: the same answer must not come.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import tools.calculator_add_on_each_49b as add_on_each
import tools.calculator_listed_amounts as listed_amounts
import tools.calculator_plus_dropped as plus_dropped
import tools.price_total as price_total
import tools.priced_fee_each_by_nature as each_by_nature
from tests.tools.rule_switch import NEVER, SwitchOff, answers_stay, off, price_expression
from tools.calculator_figure_counts import equal_pair_read_as_one
from tools.calculator_listed_amounts import dropped_listed_amount
from tools.calculator_plus_dropped import plus_item_dropped
from tools.calculator_tallies import tally_expression
from tools.handlers import match_deterministic
from tools.priced_figures import Priced


def _unfolded(found: Priced, _plain: str) -> Priced:
    return found


def _looked_up(_expression: str, _first: Decimal, _second: Decimal) -> bool:
    """The old check: an equal pair counts as used when the expression writes it once."""
    return False


def _never_once(_words: str) -> bool:
    return False


def _answer(question: str) -> str | None:
    result = match_deterministic(question)
    return None if result is None else result.answer


# The rules switched off, one name each (several cases share one).
_FOLDING_OFF = off(price_total, "fees_each_by_nature_folded", _unfolded)
_WORK_WORDS_OFF = off(each_by_nature, "EACH_BY_NATURE", NEVER)
_ONCE_WORDS_OFF = off(each_by_nature, "_ONCE", NEVER)
_EQUAL_AFTER_PLUS_OFF = off(plus_dropped, "equal_pair_read_as_one", _looked_up)
_EQUAL_LISTED_OFF = off(listed_amounts, "equal_pair_read_as_one", _looked_up)

# (question, answer, the rule switched off)
CASES: list[tuple[str, str | None, SwitchOff]] = [
    # Engraving on each tumbler (switched off: charged once, 303,000원).
    ("텀블러 개당 만2천원에 각인 3천원 추가 25개 얼마", "375,000원", _FOLDING_OFF),
    # Said with "하나에" and the count closing the turn (switched off: 121,500원).
    ("키링 하나에 4천원인데 이니셜 각인 천5백원 추가 30개면", "165,000원", _WORK_WORDS_OFF),
    # Embroidery said "따로" (switched off: 100,000원).
    ("모자 개당 8천원인데 자수 4천원 따로 12개 얼마야", "144,000원", _FOLDING_OFF),
    # Beside a delivery paid once: only the work is folded (switched off: 193,000원).
    ("파우치 개당 6천원에 자수 2천원 추가, 택배비 4천원 15개면 얼마야", "124,000원", _FOLDING_OFF),
    # In English (switched off: 121.5).
    (
        "keyrings are 4 each and engraving is 1.50 extra, 30 keyrings, total?",
        "165",
        _WORK_WORDS_OFF,
    ),
    # A plate made once for the order stays once (switched off: folded into each shirt).
    ("티셔츠 장당 만원에 인쇄판 제작비 5만원 별도 10장이면 얼마", "150,000원", _ONCE_WORDS_OFF),
    # A printing fee said for the whole order stays once (switched off: folded).
    ("티셔츠 장당 만원, 인쇄비 총 5만원, 10장이면 얼마", "150,000원", _ONCE_WORDS_OFF),
    # The add-on reader no longer reads a plate's cost as each person's (switched off:
    # (10,000 + 40,000) x 25 = 1,250,000원).
    (
        "반팔티 장당 만원에 인쇄판 제작비 4만원 별도 25명이면 얼마",
        None,
        off(add_on_each, "named_once", _never_once),
    ),
    # A joining fee equal to the monthly price is still an amount of its own (switched
    # off: the form's 25 * 4 = 100).
    (
        "the pool is 25 a month plus a 25 joining fee, how much for 4 months",
        "125",
        _EQUAL_AFTER_PLUS_OFF,
    ),
    # Two listed amounts of one value: one of them dropped declines (switched off: 480).
    # (blind52m: "phone is 40 and internet 40 a month" is now a list of two named amounts,
    # read right, 960, by tools.calculator_monthly_list_yearly_50b; a third word between
    # keeps it this rule's.)
    (
        "phone is 40 and the internet bill 40 a month, whats that for a year",
        None,
        _EQUAL_LISTED_OFF,
    ),
]


def _case_id(case: tuple[str, str | None, SwitchOff]) -> str:
    return case[0][:24]


@pytest.mark.parametrize(("question", "expected", "switch_off"), CASES, ids=map(_case_id, CASES))
def test_read_right_or_declined_and_only_by_its_rule(
    question: str, expected: str | None, switch_off: SwitchOff, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _answer(question) == expected
    switch_off(monkeypatch)
    assert _answer(question) != expected


def test_work_on_each_thing_beside_a_price_per_hour_declines() -> None:
    # No one thing for the printing to go with: never 5,000 + 30,000 x 3.
    assert price_expression("스튜디오 시간당 3만원에 인쇄 5천원 추가 3시간이면 얼마") == ""


def test_the_count_at_price_reader_places_every_figure() -> None:
    # The call-out's 45 equals the minutes; it has no role in "3 * 45" (read as 135 before).
    assert (
        tally_expression(
            "the locksmith charges 45 to come out and 3 a minute it took 45 minutes how much"
        )
        is None
    )
    assert tally_expression("택배 4개 보내는데 한개에 4000이고 포장비 4000이면") is None
    # The 1 of "한개에" is still the price's own.
    assert tally_expression("택배 6개 보내는데 한개에 3500이면") == "3500 * 6"


def test_a_call_out_equal_to_the_minutes_is_charged() -> None:
    assert (
        _answer("the locksmith charges 45 to come out and 3 a minute, it took 45 minutes, how much")
        == "180"
    )


def test_an_equal_pair_is_used_only_when_written_twice() -> None:
    thirty = Decimal(30)
    assert equal_pair_read_as_one("30 * 6", thirty, thirty)
    assert not equal_pair_read_as_one("30 + 30 * 6", thirty, thirty)
    assert not equal_pair_read_as_one("30 * 6", thirty, Decimal(45))
    assert plus_item_dropped("30 a month plus a 30 fee for 6 months", "30 * 6") == "30"
    assert dropped_listed_amount("tv 20 and radio 20 a month for 3 months", "20 * 3") == "20"
    # A figure stated again elsewhere may be worked into another: the 5 hours are the 4
    # after the first, and the first hour's 5 is used.
    assert (
        plus_item_dropped("5 for the first hour plus 3 for every hour after, 5 hours", "5 + 3 * 4")
        is None
    )


test_the_readings_around_them_stay = answers_stay(
    [
        # A delivery fee beside a price of one is still paid once.
        (["에코백 개당 9천원에 배송비 3천원 20개면 얼마야"], "183,000원"),
        # A fee with no name keeps its reading.
        (["컵 개당 5천원에 2천원 추가 10개면 얼마야"], "52,000원"),
        # Materials beside a price per person: the add-on reader's, as before.
        (["도예 수업 1인 3만원인데 재료비 5천원 따로 4명이면 얼마"], "140,000원"),
        # Distinct amounts after "plus" as before.
        (["the gym is 45 a month plus a 60 sign-up fee, what's that for 12 months"], "600"),
        # A first-hour price equal to the hours stayed is still read.
        (["parking is 4 for the first hour and 2 for every hour after, 4 hours how much"], "10"),
    ]
)
