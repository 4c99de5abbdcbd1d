"""A percentage asked is never answered with money (calculator_readers_53t's check)."""

from __future__ import annotations

import pytest

import tools.calculator as calculator
import tools.calculator_readers_53t as percent_asked
from core.errors import ToolInputError
from tools.calculator import calculate

# Readings that give money where a percentage is asked: the split reader's share per head.
_PERCENT_OF_A_SPLIT = [
    "월세 65만 관리비 8만 둘이 나누면 한명당 몇 퍼센트야",
    "월세 65만 관리비 8만 둘이 반반하면 한명당 몇프로야",
    "관리비 12만원 세명이서 나누면 한사람당 몇 퍼센트씩이야",
    "택시비 3만원 셋이 엔빵하면 한명당 몇프로임",
    "the bill is 90 bucks split 3 ways, what percentage is mine",
    "dinner was 120 dollars split between 4, what percent is each",
]


def _never(question: str, unit: str | None) -> None:
    return None


@pytest.mark.parametrize("question", _PERCENT_OF_A_SPLIT)
def test_a_percent_asked_is_not_answered_with_money(
    question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ToolInputError, match="percentage"):
        calculate(question)
    monkeypatch.setattr(calculator, "refuse_money_for_a_percent_asked", _never)
    assert calculate(question).unit in ("원", "$")  # the money reading the guard stops


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("200만원에서 230만원으로 늘면 몇 퍼센트 증가", "15"),
        ("360의 몇 퍼센트가 45야", "12.500"),
        ("월세 65만 관리비 8만 둘이 반반하면 한명당 얼마", "365000"),
        ("what percent of 80 is 20", "25"),
    ],
)
def test_percent_and_money_questions_still_read(question: str, shown: str) -> None:
    assert str(calculate(question).value) == shown


def test_the_guard_reads_only_money_units() -> None:
    percent_asked.refuse_money_for_a_percent_asked("몇 퍼센트야", "%")
    percent_asked.refuse_money_for_a_percent_asked("몇 % 할인이고 얼마야", "원")
    with pytest.raises(ToolInputError):
        percent_asked.refuse_money_for_a_percent_asked("한명당 몇 퍼센트야", "원")
