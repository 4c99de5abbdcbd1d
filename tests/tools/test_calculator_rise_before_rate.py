"""A rise named before its rate ("goes up 12%", "rose 4%") gives the new amount (redteam23).

The rate rule read the rise only after the rate ("12% 오르면", "a 3% raise") or as "plus
10%"; "my 24.99 plan goes up 12%" answered the rise alone (2.9988), a wrong answer on the
twenty-third unseen privacy set. The figures here are ours.
"""

from __future__ import annotations

import re

import pytest

import tools.calculator_rates
from core.lazy_regex import LazyPattern
from tools.handlers import match_deterministic

CASES = [
    ("rent of 1,200 goes up by 5%, what will I pay?", "1,260"),
    ("my salary 3,000 rose 4% what is it now", "3,120"),
    ("the 40.00 gym fee increases 15% next month, what's the new fee?", "46"),
]


@pytest.mark.parametrize(("text", "answer"), CASES)
def test_a_rise_before_its_rate_gives_the_new_amount(text: str, answer: str) -> None:
    result = match_deterministic(text)
    assert result is not None and result.handler == "calculator"
    assert result.answer == answer


@pytest.mark.parametrize(("text", "answer"), CASES)
def test_without_the_rule_the_rise_alone_was_given(
    monkeypatch: pytest.MonkeyPatch, text: str, answer: str
) -> None:
    monkeypatch.setattr(
        tools.calculator_rates,
        "_RISE_BEFORE",
        LazyPattern(r"(?:\bplus|\badd(?:ing)?|\+)\s*(?:an?\s+)?$", re.I),
    )
    result = match_deterministic(text)
    assert result is None or result.answer != answer


def test_a_share_of_an_amount_is_still_the_share() -> None:
    result = match_deterministic("what is 15% of 240?")
    assert result is not None and result.answer == "36"
