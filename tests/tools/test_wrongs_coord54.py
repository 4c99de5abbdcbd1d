"""Wrong figures found at the merge of round 54, fixed by their general mechanism.

A month's, a week's or a paycheck's pay asked of a yearly figure must be read as a division
of the year (tools.calculator_pay_period_54c, hooked into the unread cues of 53x): the
tax alone, or the year's pay after tax, answered another question.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.tools.answers import chain_answer
from tools import calculator_expression, calculator_unread_cues_53x, korean_numbers
from tools.korean_numbers import normalize_numerals

NOW = datetime(2026, 12, 6, 10, 0)

_MISREAD = [
    # The tax for a year (85000 * 25 / 100), shown as a paycheck.
    ("85k salary after 25% tax, how much is each paycheck if im paid biweekly", "21,250"),
    ("I make 60k a year after 20% tax, what is each paycheck if paid biweekly", "12,000"),
    # A year's pay after tax, shown as the month's.
    ("연봉 5000만원인데 세금 20% 떼면 월급 얼마", "40,000,000"),
    ("연봉 3600만원인데 세금 10% 떼면 한달에 얼마야", "32,400,000"),
    # The year's tax, shown as the month's pay.
    ("연봉 3600만원에서 세금 10% 빼면 한 달에 얼마 받아", "3,600,000"),
]


@pytest.mark.parametrize(("text", "wrong"), _MISREAD)
def test_a_shorter_periods_pay_of_a_yearly_figure_is_never_the_years(text: str, wrong: str) -> None:
    answer = chain_answer(text, NOW)
    assert answer is None or wrong not in answer, answer


@pytest.mark.parametrize(("text", "wrong"), _MISREAD)
def test_switched_off_the_years_figure_comes_back(
    text: str, wrong: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calculator_unread_cues_53x, "shorter_period_unread", lambda *_: False)
    # (The rate reader's own guard, calcwrongs55, declines "연봉 … 월급" too: off with it.)
    monkeypatch.setattr(calculator_expression, "other_period_asked", lambda *_: False)
    answer = chain_answer(text, NOW)
    assert answer is not None and wrong in answer, answer


@pytest.mark.parametrize(
    ("text", "right"),
    [
        # The year divided: still answered.
        ("85k salary, how much is each paycheck if im paid biweekly", "3,269"),
        ("연봉 4800만원이면 월급 얼마", "4,000,000"),
        ("my salary is 60000 a year, how much a month", "5,000"),
        # A yearly figure asked, or a share of the year asked: nothing to divide.
        ("월급 300만원이면 연봉 얼마", "36,000,000"),
        ("연봉 5000만원에 세금 20%면 세금 얼마", "10,000,000"),
        ("i make 72k a year and put 6% in my 401k, how much is that a year", "4,320"),
    ],
)
def test_readings_that_divide_the_year_or_ask_a_year_stand(text: str, right: str) -> None:
    answer = chain_answer(text, NOW)
    assert answer is not None and right in answer, answer


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        # A unit between a figure and a word is the figure's unit (it read 10005천보).
        ("1만5천보 걸었어", "15000보"),
        ("만오천보면?", "15000보"),
        ("1만 5천보", "15000보"),
        ("3천보 걸었어", "3000보"),
        ("삼만오천보", "35000보"),
    ],
)
def test_a_unit_before_a_word_stays_with_its_figure(text: str, digits: str) -> None:
    assert digits in normalize_numerals(text)


@pytest.mark.parametrize("text", ["2만큼만 줘", "천보 스님"])
def test_words_beginning_with_a_unit_stay_words(text: str) -> None:
    assert normalize_numerals(text) == text


def test_switched_off_the_unit_is_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(korean_numbers, "_unit_of_the_figure_before", lambda *_: False)
    assert "15000보" not in normalize_numerals("1만5천보 걸었어")


def test_a_year_paid_over_some_months_is_divided_by_them() -> None:
    # 960 / 8 / 4: the months it is paid over are the periods (test_opens_52b's water rates).
    text = "gas is 1,200 a year paid over 10 months, split 3 ways, how much each per month"
    answer = chain_answer(text, NOW)
    assert answer is not None and "40" in answer, answer
