"""Wrong answers the coordinator found while merging this round's branches (landing 58).

- "월급 300만원에서 월세 70만원 내고 남는거 얼마" gave 3,700,000원 (the two amounts added) and
  "용돈 10만원에서 3만원 쓰고 남은거" 130,000원: the reader of what is left after paying or
  spending took "내면 … 남는 돈" only, so "내고", "남는거", "남은 건" fell to the reader that
  sums the amounts said. It now takes them, and that reader never sums amounts when what is
  left is asked.
- "관리비 10만원 더 내면" after "월급 280만원에서 월세 60만원 내면 남는 돈 얼마" gave 2,300,000원
  (added to what was left); one more payment lowers what is left (2,100,000원).
"""

from __future__ import annotations

import re

import pytest

import tools.calculator_korean_shop as korean_shop
import tools.followup_shares as followup_shares
import tools.price_total as price_total
from core.lazy_regex import LazyPattern
from tests.tools.rule_switch import answer_to

_LEFT_AFTER_PAYING = [
    (["월급 300만원에서 월세 70만원 내고 남는거 얼마"], "2,300,000원"),
    (["용돈 10만원에서 3만원 쓰고 남은거 얼마"], "70,000원"),
    (["용돈 20만원에서 교통비 4만원 쓰고 남은 건 얼마"], "160,000원"),
    (["월급 250만원에서 보험료 12만원 냈으면 남은 돈은"], "2,380,000원"),
    (["생활비 60만원에서 장보기 18만원 쓰고 남는거"], "420,000원"),
    (["예산 100만원에서 숙소 42만원 내면 남는 금액은?"], "580,000원"),
]


@pytest.mark.parametrize(("turns", "expected"), _LEFT_AFTER_PAYING)
def test_what_is_left_after_paying(turns: list[str], expected: str) -> None:
    assert answer_to(turns) == expected


def test_two_payments_then_what_is_left_is_never_their_sum() -> None:
    # Not read (three amounts, one left): declined, never 3,800,000원.
    assert answer_to(["월급 300만원에서 월세 70만원 내고 관리비 10만원 내면 남는거 얼마"]) is None


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["전기요금 45,000원 가스요금 32,000원 합치면 얼마야"], "77,000원"),
        (["입장료 2만원 내고 주차비 5천원 내면 총 얼마"], "25,000원"),
        (["상품권 5만원으로 37500원 쓰면 얼마 남아"], "12,500원"),
    ],
)
def test_sums_and_change_stay(turns: list[str], expected: str) -> None:
    assert answer_to(turns) == expected


def test_with_both_rules_off_the_amounts_are_added(monkeypatch: pytest.MonkeyPatch) -> None:
    old_reader = korean_shop._LEFT_AFTER_SPENDING.pattern.replace("|내고|냈으면", "")
    old_reader = old_reader.replace(r"(?:돈|금액|거|건|게)", "돈")
    monkeypatch.setattr(korean_shop, "_LEFT_AFTER_SPENDING", LazyPattern(old_reader))
    monkeypatch.setattr(
        price_total,
        "_NOT_A_SUM",
        re.compile(price_total._NOT_A_SUM.pattern.replace("남는|남은|남아|잔액|", ""), re.I),
    )
    assert answer_to(["월급 300만원에서 월세 70만원 내고 남는거 얼마"]) == "3,700,000원"


_PAID_MORE = [
    (["월급 280만원에서 월세 60만원 내면 남는 돈 얼마", "관리비 10만원 더 내면"], "2,100,000원"),
    (["월급 300만원에서 월세 70만원 내고 남는거 얼마", "통신비 8만원 더 내면?"], "2,220,000원"),
    (["용돈 50만원에서 학원비 20만원 내면 남은 돈은", "교통비 5만원 더 내면"], "250,000원"),
    (["예산 100만원에서 숙소 42만원 내면 남는 금액은?", "식비 20만원 더 내면 얼마"], "380,000원"),
    (["생활비 60만원에서 장보기 18만원 쓰고 남는거", "그럼 공과금 9만원 더 내면"], "330,000원"),
]


@pytest.mark.parametrize(("turns", "expected"), _PAID_MORE)
def test_one_more_payment_lowers_what_is_left(turns: list[str], expected: str) -> None:
    assert answer_to(turns) == expected


def test_one_more_payment_on_a_total_is_added() -> None:
    turns = ["월세 60만원 관리비 10만원이면 총 얼마", "주차비 5만원 더 내면"]
    assert answer_to(turns) == "750,000원"


def test_paid_more_off_adds_it_to_what_is_left(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(followup_shares, "_LEFT_ASKED", LazyPattern(r"(?!x)x"))
    turns = ["월급 280만원에서 월세 60만원 내면 남는 돈 얼마", "관리비 10만원 더 내면"]
    assert answer_to(turns) == "2,300,000원"
