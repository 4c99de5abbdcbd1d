"""Blind set 37's wrong figures, on inputs of our own, each read only by its rule.

"보증금 1억을 월세로 돌리면 전환율 연5%" was answered with 5% of the deposit (a year's rent,
asked per month), and "회당 6만원인데 10회 패키지가 50만원이면 얼마 이득" with the package
taken for a fee on top of ten sessions (1,100,000원). Each case also runs with its rule
switched off: the same answer must not come.
"""

from __future__ import annotations

import pytest

import tools.calculator as calculator
from core.errors import ToolInputError
from tests.tools.rule_switch import SwitchOff, answers_stay, never, off
from tests.tools.rule_switch import turns_read_only_by_their_rule as read_only_by_rule
from tools.calculator_package_vs_single import package_against_single
from tools.calculator_rent_conversion import rent_conversion_expression

CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # 보증금 -> 월세 at a yearly rate: per month (switched off: 6% of the deposit, 1,800,000).
    (
        ["전세 보증금 중에 3천만원을 월세로 전환하면 전환율 6%일 때 월세가 얼마 올라?"],
        "150,000원",
        off(calculator, "rent_conversion_expression", never),
    ),
    # The rate changed in a follow-up keeps the monthly reading.
    (
        ["보증금 2억을 월세로 바꾸면 전환율 4.5%면 월세 얼마", "전환율 3%면?"],
        "500,000원",
        off(calculator, "rent_conversion_expression", never),
    ),
    # 월세 -> 전세: the year's rent over the rate, added to the deposit held (switched off:
    # not read at all).
    (
        ["보증금 2천만원 월세 40만원을 전세로 돌리면 전환율 4%일때 전세금 얼마야"],
        "140,000,000원",
        off(calculator, "rent_conversion_expression", never),
    ),
    # A package beside a single session's price: the saving (switched off: the package
    # taken for a fee on top, 1,600,000원 or no reading).
    (
        ["필라테스 1회 7만원인데 20회 패키지 120만원이면 얼마나 아껴?"],
        "200,000원",
        off(calculator, "package_in_won", never),
    ),
    (
        ["swim lessons are 18 a session or 12 sessions for 180, how much do i save"],
        "36",
        off(calculator, "package_unnamed", never),
    ),
    # No ask it settles: declined, never the fee reading (switched off: 90,000 + 8 x 12,000).
    (
        ["골프 레슨 한번에 12,000원인데 8회 패키지가 9만원이면 얼마야"],
        None,
        off(calculator, "package_in_won", never),
    ),
]

test_read_right_or_declined_and_only_by_its_rule = read_only_by_rule(CASES)


test_the_readings_around_them_stay = answers_stay(
    [
        # A plain percent of an amount, no 전환율: read as before.
        (["보증금 1억의 5%는 얼마야"], "5,000,000"),
        # A package's price per session, no single price beside it.
        (["요가 20회 패키지는 90만원이던데 회당 얼마꼴?"], "45,000원"),
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        # No direction said: 월세로 or 전세로.
        "보증금 100000000원 전환율 5%면 얼마",
        # A figure with no role (the 3억 held besides the part converted).
        "보증금 300000000원 중 100000000원을 월세로 돌리면 전환율 5%",
    ],
)
def test_a_conversion_it_cannot_place_every_figure_of_is_declined(question: str) -> None:
    with pytest.raises(ToolInputError):
        rent_conversion_expression(question)


def test_a_question_without_a_conversion_rate_is_not_its_to_read() -> None:
    assert rent_conversion_expression("보증금 100000000원의 5%는") is None
    assert package_against_single("PT 10회 500000원이면 회당 얼마") is None
