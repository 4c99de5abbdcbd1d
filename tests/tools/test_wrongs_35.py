"""Blind set 35's wrong answers, each cause fixed generally (examples of our own).

The first run gave 7 wrong answers: a fee beside a price per person added once, "two people
can't come" read as the new head count, the cheaper pack's price per gram given alone for
"which is better value", a count of tickets and a price in words left to the local model,
"and back again?" answered from a document, and a Korean question on an allowance no
document names answered with the English hotel limit. Each case also runs with its rule
switched off: the same answer must not come.
"""

from __future__ import annotations

import pytest

import tools.followup_number_edits as number_edits
import tools.followup_priced_swap as priced_swap
import tools.price_total as price_total
import tools.rag.priced_subject as priced_subject
import tools.unit_price_cheaper as unit_price_cheaper
from tests.tools.rule_switch import (
    NEVER,
    SwitchOff,
    answers_stay,
    off,
    turns_read_only_by_their_rule,
)
from tools.rag.crosslingual import concept_groups
from tools.rag.priced_subject import prices_unnamed_subject


def _never_true(*_args: object) -> bool:
    return False


_CAKE = "the cake for her leaving party is 96, split between 8 of us how much each"

_RENT_UP = "rent went from 1,450 to 1,595, whats the % increase"


def _end_always_said(_text: str) -> bool:
    return True


CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # English as Korean: a bare figure after "from A to B" says no end, declined (switched
    # off: the end replaced, 13.7931%); "what if it started at 1,500" had replaced the end
    # too (3.4483%).
    ([_RENT_UP, "what if it was 1,650"], None, off(number_edits, "end_said", _end_always_said)),
    (
        [_RENT_UP, "what if it started at 1,500"],
        None,
        off(number_edits, "end_said", _end_always_said),
    ),
    # A fee beside a price per person, its scope unsaid: declined (switched off: the fee
    # added once, 30,000 x 4 + 5,000 = 125,000원).
    (
        ["요가 원데이 클래스 1인 3만원인데 매트 대여료 5천원 따로 4명이면 얼마"],
        None,
        off(price_total, "fee_scope_unsaid", _never_true),
    ),
    (
        ["the workshop is 40 per person plus a 12 materials fee, 3 of us, total?"],
        None,
        off(price_total, "fee_scope_unsaid", _never_true),
    ),
    # People who cannot come leave a split: fewer by that many (switched off: 96 / 2).
    ([_CAKE, "two people can't come"], "16", off(priced_swap, "_NOT_COMING", NEVER)),
    # "which is the better deal" with no amount asked per: each pack per 100 g and the
    # cheaper one named (switched off: the cheaper pack's price per gram alone, '0.0065').
    (
        ["400 g for 2.80 or 600 g for 3.90, which is the better deal"],
        "400g: 0.70/100g, 600g: 0.65/100g → the 600g pack is cheaper",
        off(unit_price_cheaper, "_ASKED_NO_AMOUNT", NEVER),
    ),
]


test_read_right_or_declined_and_only_by_its_rule = turns_read_only_by_their_rule(CASES)


test_the_readings_around_them_stay = answers_stay(
    [
        # A fee named as paid once keeps its reading beside a price per person.
        (["the tasting is 40 per person plus a 25 booking fee, 3 of us, total?"], "145"),
        # A venue is hired once (set 32's buffet kept its 5,540).
        (["the party buffet is 30 a head for 50 guests plus a 400 venue fee, total?"], "1,900"),
        # The end said: read as before.
        ([_RENT_UP, "and if it went to 1,650?"], "13.7931%"),
        # A head count that grows still swaps in.
        ([_CAKE, "two more people are coming"], "9.6"),
    ]
)


_HOTEL = "Hotel stays are reimbursed up to 120,000 won per night in Seoul."
_CAR = "Using your own car is reimbursed at 300 won per kilometre."


def test_a_reimbursed_subject_the_question_never_names_is_another_items_price(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "야근 … 수당": neither overtime nor an allowance is a hotel stay.
    groups = concept_groups(["야근", "수당"])
    assert prices_unnamed_subject(groups, _HOTEL)
    monkeypatch.setattr(priced_subject, "_REIMBURSED", NEVER)
    assert not prices_unnamed_subject(groups, _HOTEL)


@pytest.mark.parametrize(
    ("terms", "sentence"),
    [(["호텔", "서울"], _HOTEL), (["차", "km"], _CAR), (["hotel", "limit"], _HOTEL)],
)
def test_a_reimbursed_subject_named_by_any_of_its_words_is_the_asked_one(
    terms: list[str], sentence: str
) -> None:
    assert not prices_unnamed_subject(concept_groups(terms), sentence)
