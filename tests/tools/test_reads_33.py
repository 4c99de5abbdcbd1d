"""Blind set 33's turns read now (examples of our own): a part out of a whole in percent,
a new part after it, a price with a fee per the same night or ticket, the cheaper of two
packs per 100 g, "일반" tickets counted as 어른, "a fiver", a runner's "10k", an hourly
wage by the year, "한달 4주 기준", follow-ups changing a figure said so, monthly prices for
a span, and counts in dozens.

Each case also runs with its rule switched off: the same answer must not come.
"""

from __future__ import annotations

import pytest

import tools.calculator as calculator
import tools.calculator_restated_forms as restated_forms
import tools.followups as followups
import tools.handler_measures as handler_measures
import tools.handler_money as handler_money
import tools.priced_kind_synonyms as kind_synonyms
from tests.tools.rule_switch import (
    SwitchOff,
    answer_to,
    never,
    off,
    turns_read_only_by_their_rule,
)
from tools.calculator_restated_week_days_42 import days_a_week_over_weeks
from tools.followup_change_rules import CHANGES
from tools.followup_share_part import new_part_of_share


def _no_part_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        followups, "CHANGES", tuple(c for c in CHANGES if c is not new_part_of_share)
    )


def _unchanged(text: str) -> str:
    return text


_NO_ILBAN = {w: k for w, k in kind_synonyms._KIND_OF.items() if w != "일반"}

_THROWS = "she made 45 out of 60 free throws, what percent is that"


def _weeks_of_month_off(mp: pytest.MonkeyPatch) -> None:
    """The weeks of a month unread, and set 42's restatement that reads them too."""
    off(calculator, "month_as_weeks", _unchanged)(mp)
    rules = tuple(r for r in restated_forms._RULES if r is not days_a_week_over_weeks)
    off(restated_forms, "_RULES", rules)(mp)


CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    ([_THROWS], "75%", off(calculator, "share_out_of", never)),
    (["동아리 40명 중에 14명이 여자면 몇 퍼센트야"], "35%", off(calculator, "share_out_of", never)),
    ([_THROWS, "and 51?"], "85%", _no_part_rule),
    (["동아리 40명 중에 14명이 여자면 몇 퍼센트야", "18명이면?"], "45%", _no_part_rule),
    (
        [
            "the cabin is 150 a night plus a 20 cleaning fee per night, "
            "we're staying 5 nights, total?"
        ],
        "850",
        off(calculator, "fee_per_unit_expression", never),
    ),
    (
        ["3 museum tickets at 24 each plus a 2.50 booking fee per ticket, how much"],
        "79.5",
        off(calculator, "fee_per_unit_expression", never),
    ),
    (
        ["우유 900ml 2,700원이랑 2300ml 6,210원 중에 100ml당 뭐가 더 싸"],
        "900ml: 300원/100ml, 2,300ml: 270원/100ml → 2,300ml이 더 쌉니다",
        off(handler_money, "cheaper_pack", never),
    ),
    (
        ["a 400g jar is 3.60 and a 600g jar is 4.80, which one is cheaper per 100g"],
        "400g: 0.90/100g, 600g: 0.80/100g → the 600g pack is cheaper",
        off(handler_money, "cheaper_pack", never),
    ),
    (
        ["박물관 일반 8000원 어린이 4000원인데 어른 3명 어린이 2명이면 얼마"],
        "32,000원",
        off(kind_synonyms, "_KIND_OF", _NO_ILBAN),
    ),
    (
        ["parking is a fiver for the first hour and 3 for every hour after, 3 hours how much"],
        "11",
        off(calculator, "money_slang_as_digits", _unchanged),
    ),
    (
        ["how many miles is a 10k"],
        "10 km = 6.2137 mi",
        off(handler_measures, "running_k_in_km", never),
    ),
    (
        ["I earn 22 an hour, 30 hours a week, how much per year"],
        "34,320",
        off(calculator, "hourly_to_yearly", never),
    ),
    (
        ["피아노 레슨 1회 3만원 주2회 한달 4주 기준 얼마야"],
        "240,000원",
        _weeks_of_month_off,
    ),
    (
        ["헬스 월 5만원 필라테스 12만원 6개월 다니면 얼마"],
        "1,020,000원",
        off(calculator, "monthly_items_for_span", never),
    ),
    (
        ["a dozen eggs at 0.30 each, how much"],
        "3.6",
        off(calculator, "dozens_as_digits", _unchanged),
    ),
    # The follow-up reads the first turn's figures as the calculator does (switched off:
    # "a fiver" is no figure to keep, and the turn is not read).
    (
        [
            "parking is a fiver for the first hour and 3 for every hour after, 3 hours how much",
            "we'll stay 5 hours",
        ],
        "17",
        off(followups, "figures_said_plainly", _unchanged),
    ),
    (
        ["피아노 레슨 1회 3만원 주2회 한달 4주 기준 얼마야", "주3회로 하면?"],
        "360,000원",
        off(followups, "figures_said_plainly", _unchanged),
    ),
]


test_read_and_only_by_its_rule = turns_read_only_by_their_rule(CASES)


@pytest.mark.parametrize(
    ("turns", "unexpected"),
    [
        # A fee said once is not per night: never (150 + 60) x 5.
        (
            ["the cabin is 150 a night plus a 60 cleaning fee, we're staying 5 nights, total?"],
            "1,050",
        ),
        # Priced by the dozen: the dozens stay the unit (never 14 x 60).
        (["bagels are 14 a dozen and I need 5 dozen for the office, how much"], "840"),
        # A third figure makes it another question: not read as 45 / 60.
        (["she made 45 out of 60 free throws in 3 games, what percent is that"], "75%"),
    ],
)
def test_other_questions_are_not_read_so(turns: list[str], unexpected: str) -> None:
    assert answer_to(turns) != unexpected
