"""A charge put on top and asked for itself is the charge, not the total (our own wordings)."""

from __future__ import annotations

import pytest

import tools.handler_calculation as handler_calculation
from tools.handlers import match_deterministic


def _answer(question: str) -> str | None:
    result = match_deterministic(question)
    return result.answer if result else None


@pytest.mark.parametrize(
    ("question", "charge"),
    [
        ("a bike is 820 dollars plus 5% sales tax, how much is the tax", "$41.00"),
        ("a 60 dollar haircut plus 15% tip, what's the tip alone?", "$9.00"),
        ("모니터 32만원에 부가세 10% 붙으면 부가세는 얼마야", "32,000원"),
        ("식사 50,000원에 봉사료 10% 붙으면 봉사료만 얼마야", "5,000원"),
    ],
)
def test_the_charge_asked_for_itself(question: str, charge: str) -> None:
    assert _answer(question) == charge


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("a bike is 820 dollars plus 5% sales tax, what's the total", "$861.00"),
        ("a 60 dollar haircut plus 15% tip, how much with the tip", "$69.00"),
        ("식사 50,000원에 봉사료 10% 붙으면 총 얼마야", "55,000원"),
    ],
)
def test_a_total_is_still_the_total(question: str, total: str) -> None:
    assert _answer(question) == total


def test_without_the_reading_the_total_is_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(handler_calculation, "charge_alone", lambda _text, _result: None)
    assert _answer("a bike is 820 dollars plus 5% sales tax, how much is the tax") == "$861.00"
