"""Latent wrong readings found while merging round 50's work (none is in a case file).

- A daily price over weekdays and then a number of weeks ("하루 5천원씩 주3일 6주면") was read
  by the everyday form of "a daily price times the days", which took the weeks' figure for
  a word after the days: the weeks were dropped.
- Several amounts typed as a sum ("A + B + C a month for a year") were read by the form of
  one monthly amount over a year: only the last amount was multiplied by 12. The guard
  that refuses a reading dropping an earlier listed amount (tools.calculator_listed_amounts)
  knew "and", "plus" and 이랑 but not a typed "+".
- The Korean guard of round 50 (tools.calculator_guards_50w_ko) read a bare 반 as a half,
  so "반 모임 회비 1인 만원씩 15명" (a class's dues) was declined: a right answer lost.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.tools.answers import chain_answer

NOW = datetime(2026, 12, 5, 9, 0)


def _answer(text: str) -> str | None:
    return chain_answer(text, NOW)


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("하루 5천원씩 주3일 6주면 얼마야", "90,000원"),  # was 15,000원: 5,000 x 3
        ("점심 하루 8000원씩 주4일 3주면 얼마", "96,000원"),  # was 32,000원: 8,000 x 4
    ],
)
def test_weeks_after_days_a_week_are_not_dropped(text: str, right: str) -> None:
    assert _answer(text) in (None, right)


def test_days_a_month_are_still_read() -> None:
    assert _answer("커피 하루 3500씩 한달 20일 기준 얼마 써") == "70,000"


@pytest.mark.parametrize(
    ("text", "last_only"),
    [
        ("12.99 + 8.50 + 4.99 a month for a year", "59.88"),
        ("20 + 9.99 per month for a year", "119.88"),
    ],
)
def test_a_sum_of_monthly_amounts_is_not_read_as_its_last_amount(text: str, last_only: str) -> None:
    assert _answer(text) != last_only


def test_one_monthly_amount_over_a_year_is_still_read() -> None:
    assert _answer("my phone plan is 45.50 a month, how much for a year") == "546"


def test_a_class_is_no_half() -> None:
    # 반 of 반 모임, 반 친구들 is a class: the dues are each times the heads.
    assert _answer("반 모임 회비 1인 2만원씩 12명한테 걷으면 총 얼마") == "240,000원"
