"""Price questions the reader declines since turns30 (examples of our own).

Blind set 30 got three first turns wrong: a count said as a bare native word ("어른 둘
아이 셋이면") was invisible, so the two prices were summed once each; "a 2.50 booking fee
per ticket" was read as a fee paid once; "the first month is due too" adds a period with
no figure of its own. Each question below is declined, and read (wrongly) with its
guard switched off.
"""

from __future__ import annotations

import re

import pytest

import tools.price_total as total
import tools.priced_quantities as quantities
import tools.priced_reading_en as reading_en
from tests.tools.rule_switch import NEVER, SwitchOff, off
from tools.price_total import price_total

_FEE_ONCE = re.compile(
    r"(?:\$\s*)?(?<![\d.])(?P<v>\d+(?:\.\d+)?)(?:\s*(?P<cur>dollars?|bucks))?"
    r"(?=\s+(?:[a-z-]+\s+)?fee\b|\s+for\s+(?:the|a|an|my|our)\b|\s+for\s+\d)",
    re.I,
)
_UNREAD_BEFORE = re.compile(r"(?<![가-힣])(?:두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s+[가-힣]")

CASES = [
    (
        "튀김 한 접시 6천원 네 접시에 음료 둘 3천원씩이면 얼마",
        off(quantities, "_UNREAD_KO_COUNT", _UNREAD_BEFORE),
    ),
    (
        "김밥 한 줄 3천원 다섯 줄에 컵라면 둘이면 얼마",
        off(quantities, "_UNREAD_KO_COUNT", _UNREAD_BEFORE),
    ),
    (
        "2 adult passes at 40 and 2 child passes at 25 plus a 3 service fee per pass, total?",
        off(reading_en, "_FEE_EN", _FEE_ONCE),
    ),
    (
        "the flat is 980 a month and the deposit is 2 months, what do I hand over if last "
        "month's rent is due up front too",
        off(total, "_PERIOD_PAID_BESIDES", NEVER),
    ),
]


@pytest.mark.parametrize(("question", "switch_off"), CASES)
def test_declined_and_read_only_without_its_guard(
    question: str, switch_off: SwitchOff, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert price_total(question) is None
    switch_off(monkeypatch)
    assert price_total(question) is not None


@pytest.mark.parametrize(
    ("question", "expression"),
    [
        # A native word as a head count sharing is still read, and a brand is no count.
        ("넷이서 족발 대 4만원 하나 나눠내면 인당 얼마", "(40000) / 4"),
        ("넷플릭스 월 13,500원 12개월이면 얼마", "13500 * 12"),
        # A fee paid once, and a first year asked (not a period paid besides).
        (
            "the wedding cake is 5.50 a slice for 80 guests plus a 30 delivery fee, total?",
            "30 + 5.5 * 80",
        ),
        (
            "the gym is 24.99 a month on a 12-month contract with a 39 joining fee, what's the "
            "first year cost",
            "39 + 24.99 * 12",
        ),
    ],
)
def test_neighbours_still_read(question: str, expression: str) -> None:
    found = price_total(question)
    assert found is not None and found[0] == expression
