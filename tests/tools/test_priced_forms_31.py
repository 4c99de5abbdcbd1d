"""Everyday price questions the price reader reads since turns31 (examples of our own).

Blind set 31 asked sums the reader declined: a price per a block met by a count in a
larger unit ("100g에 … 1.5kg", "30분에 … 3시간"), an English price per a block ("0.75 per
10 minutes"), 키로 for the kilo the price is per, a rate for a crew of N, a first block
priced apart from the further ones (and a new span after it), a fee named by two words and
무이자 without 할부. Each case is also run with the rule that reads it switched off: it
must then not give the same figure.
"""

from __future__ import annotations

import re

import pytest

import tools.calculator_tallies as tallies
import tools.followups as followups
import tools.price_total as total
import tools.priced_quantities as quantities
import tools.priced_rate_term as rate_term
import tools.priced_reading_en as reading_en
from tests.tools.rule_switch import (
    SwitchOff,
    cases_read_only_by_their_rule,
    off,
    read_only_by_its_rule,
)
from tools.followup_change_rules import CHANGES
from tools.followups import resolve_in_conversation
from tools.handlers import match_deterministic


def _unchanged(text: str) -> str:
    return text


def _none(*_args: object) -> None:
    return None


_OLD_FEE = re.compile(reading_en._FEE_EN.pattern.replace("{0,2}fee", "?fee"), re.IGNORECASE)

CASES = [
    (
        "소고기 100g에 8,900원인데 0.6kg 사면 얼마",
        "8900 * 6",
        off(rate_term, "blocks_of_larger_unit", _none),
    ),
    (
        "노상주차 10분에 800원인데 2시간 세우면 얼마",
        "800 * 12",
        off(rate_term, "blocks_of_larger_unit", _none),
    ),
    (
        "the meter is 1.25 per 15 minutes and I parked 2 hours, what do I owe",
        "1.25 * 8",
        off(reading_en, "read_block_rates_en", _none),
    ),
    (
        "세탁 kg당 1,500원인데 8키로 맡기면 얼마",
        "1500 * 8",
        off(quantities, "kilos_in_the_priced_unit", _unchanged),
    ),
    (
        "the cleaners charge 90 an hour for a team of 2 plus a 40 supplies fee, 4 hours, total?",
        "40 + 90 * 4",
        off(quantities, "without_crew_size", _unchanged),
    ),
    (
        "the bounce house is 150 for the first day and 60 for each extra day, 3 days, how much",
        "150 + 60 * 2",
        off(total, "first_then_each_total", _none),
    ),
    (
        "주차 최초 1시간 3,000원 이후 30분당 1,000원인데 2시간 30분 세우면 얼마",
        "3000 + 1000 * 3",
        off(total, "first_then_each_total", _none),
    ),
    (
        "the bowling alley is 15 per kid and 10 kids are coming, plus a 50 party table fee, total?",
        "50 + 15 * 10",
        off(reading_en, "_FEE_EN", _OLD_FEE),
    ),
]

test_the_form_is_read_and_only_by_its_rule = cases_read_only_by_their_rule(CASES)


def _asked(turns: list[str]) -> str | None:
    if len(turns) > 1:
        found = resolve_in_conversation(turns[:-1], turns[-1])
        return None if found is None else found.result.answer
    alone = match_deterministic(turns[0])
    return None if alone is None else alone.answer


def _without_first_block_span(monkeypatch: pytest.MonkeyPatch) -> None:
    rules = tuple(r for r in CHANGES if r.__name__ != "first_block_span_changed")
    monkeypatch.setattr(followups, "CHANGES", rules)


ANSWERS: list[tuple[list[str], str, SwitchOff]] = [
    (
        [
            "the bounce house is 150 for the first day and 60 for each extra day, 3 days, total?",
            "make it a week",
        ],
        "510",
        _without_first_block_span,
    ),
    (
        [
            "주차 처음 30분 1,000원 그뒤로 10분당 300원인데 1시간 10분 세우면 얼마",
            "2시간 세웠으면?",
        ],
        "3,700원",
        _without_first_block_span,
    ),
    (
        ["태블릿 96만원 24개월 무이자면 한달에 얼마"],
        "40,000원",
        off(
            tallies, "_INSTALLMENT", re.compile(tallies._INSTALLMENT.pattern.replace("|무이자", ""))
        ),
    ),
]


@pytest.mark.parametrize(("turns", "expected", "switch_off"), ANSWERS)
def test_the_answer_comes_only_by_its_rule(
    turns: list[str], expected: str, switch_off: SwitchOff, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only_by_its_rule(lambda: _asked(turns), expected, switch_off, monkeypatch)


@pytest.mark.parametrize(
    "question",
    [
        # A part block: the car park's rounding rule, not arithmetic.
        "소고기 100g에 8,900원인데 0.65kg 사면 얼마",
        "the bounce house is 150 for the first day and 60 for each extra day, 3 days and 6 hours",
        # Both kilos priced: which one 키로 is stays unsaid.
        "택시 km당 1,000원 짐 kg당 500원인데 10키로 가면 얼마",
    ],
)
def test_what_the_rules_leave_unread(question: str) -> None:
    assert _asked([question]) is None
