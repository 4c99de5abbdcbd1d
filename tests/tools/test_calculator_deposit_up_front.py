"""A share paid "up front" is that share of the amount, not the amount raised by it (turns27).

The rate rule took the "up" of "up front" for a rise, so a 25% deposit asked up front was
answered as the price plus 25% (a wrong figure on the twenty-seventh unseen set). The
figures here are ours.
"""

from __future__ import annotations

import re

import pytest

import tools.calculator_rates
from core.lazy_regex import LazyPattern
from tools.handlers import match_deterministic

CASES = [
    ("the caterer quotes 2,400 and asks for a 30% deposit up front, how much is that", "720"),
    ("the builder wants 15% up front on a 40,000 job, how much do I pay now", "6,000"),
]


@pytest.mark.parametrize(("text", "answer"), CASES)
def test_a_share_up_front_is_the_share(text: str, answer: str) -> None:
    result = match_deterministic(text)
    assert result is not None and result.handler == "calculator"
    assert result.answer == answer


@pytest.mark.parametrize(("text", "answer"), CASES)
def test_without_the_rule_up_front_was_a_rise(
    monkeypatch: pytest.MonkeyPatch, text: str, answer: str
) -> None:
    rise_with_any_up = tools.calculator_rates._RISE.pattern.replace(r"(?!\s*front)", "")
    monkeypatch.setattr(tools.calculator_rates, "_RISE", LazyPattern(rise_with_any_up, re.I))
    result = match_deterministic(text)
    assert result is not None and result.answer != answer


def test_a_price_going_up_is_still_a_rise() -> None:
    result = match_deterministic("the 800 rent goes up 5%, what is it now")
    assert result is not None and result.answer == "840"
