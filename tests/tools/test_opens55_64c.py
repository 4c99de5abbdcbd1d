"""Set 55's open first-turn calculations (calc64), read by the roles of their figures.

- tools.calculator_itemized_total_64c: items listed each with a price and maybe a count
  ("라떼 5,300 x3 / 크로플 7,900 / 합계?", "milk 3.49 x2, bread 4.29 - whats the total").
- tools.dates_clock_span_en and tools.references_clock_it_53b: the length asked ahead of an
  am/pm span, its "it" the span's ("how long is it from 9:40am to 6:15pm").
"""

from __future__ import annotations

import pytest

import tools.calculator_itemized_total_64c as itemized
import tools.dates_clock_span_en as clock_span
import tools.references_clock_it_53b as clock_it
from tests.tools.rule_switch import (
    SwitchOff,
    both,
    narrowed,
    off,
    read_only_by_its_rule,
    workload_answer,
)

_ITEMIZED = off(itemized, "USE_ITEMIZED_TOTAL", False)
_ASKED_FIRST = narrowed(clock_span, "_ASKS_LENGTH", clock_span.ASKED_BEFORE_SPAN)
_SPAN_IT = narrowed(clock_it, "_CLOCK_IT", clock_it.SPAN_IT)
_SPAN_ASKED_FIRST = both(_ASKED_FIRST, _SPAN_IT)


@pytest.mark.parametrize(
    ("turns", "expected", "switch"),
    [
        # The set's two, and their follow-ups.
        (
            ["영수증 계산좀 / 라떼 5,300 x3 / 크로플 7,900 / 쿠키 2,800 x2 / 합계?"],
            "29,400원",
            _ITEMIZED,
        ),
        (["milk 3.49 x2, bread 4.29, eggs 5.99 - whats the total"], "$17.26", _ITEMIZED),
        (
            [
                "영수증 계산좀 / 라떼 5,300 x3 / 크로플 7,900 / 쿠키 2,800 x2 / 합계?",
                "그럼 셋이 나누면 한사람당은?",
            ],
            "9,800원",
            _ITEMIZED,
        ),
        (
            ["milk 3.49 x2, bread 4.29, eggs 5.99 - whats the total", "plus 6% tax?"],
            "$18.30",
            _ITEMIZED,
        ),
        # Other items, marks, counts and closing questions.
        (["아메리카노 4,500 x2 / 케이크 6,800 / 합계"], "15,800원", _ITEMIZED),
        (["coffee 3.75 x4, muffin 2.95, juice 4.10 x2, total?"], "$26.15", _ITEMIZED),
        (["삼겹살 15,000 x3, 된장찌개 8,000, 공기밥 1,000 x4, 총 얼마"], "57,000원", _ITEMIZED),
        (["pens 1.20 x10; notebook 3.99; stapler 7.50 - what's the total"], "$23.49", _ITEMIZED),
        (["tshirt 12.99 x3 / socks 4.99 / total"], "$43.96", _ITEMIZED),
        (["우유 2,900 / 빵 3,500 x2 / 계란 6,800 / 합계는?"], "16,700원", _ITEMIZED),
        # The span's length asked ahead of it.
        (
            ["how long is it from 9:40am to 6:15pm"],
            "8 hours 35 minutes (8.58333 h)",
            _SPAN_ASKED_FIRST,
        ),
        (["how long was it from 10pm to 6:30am"], "8 hours 30 minutes (8.5 h)", _SPAN_ASKED_FIRST),
        (
            ["how long will it be from 6:30pm to 1:10am"],
            "6 hours 40 minutes (6.66667 h)",
            _SPAN_ASKED_FIRST,
        ),
        (["how long from 11:20am to 2:05pm"], "2 hours 45 minutes (2.75 h)", _ASKED_FIRST),
        (
            ["how long is that from 8am to 4:45pm with a 30 min lunch"],
            "8 hours 15 minutes (8.25 h)",
            _ASKED_FIRST,
        ),
    ],
)
def test_read_by_its_role(
    turns: list[str], expected: str, switch: SwitchOff, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only_by_its_rule(lambda: workload_answer(turns), expected, switch, monkeypatch)


@pytest.mark.parametrize(
    "question",
    [
        # A cut, a tax or a split among the lines: no plain total.
        "milk 3.49 x2, bread 4.29, eggs 5.99, 10% off - whats the total",
        "milk 3.49 x2, bread 4.29, tax 1.20 - whats the total",
        "milk 3.49 x2, bread 4.29 - whats the total each",
        "milk 3.49 x2, bread 4.29, eggs 5.99 - how much is the bread",
        # A span repeated, clocks without am/pm, no second clock.
        "how long is it from 9:40am to 6:15pm every day this week",
        "how long is it from 9:40 to 6:15",
        "how long is the drive from 9am",
    ],
)
def test_near_misses_stay_unread(question: str) -> None:
    assert workload_answer([question]) is None
