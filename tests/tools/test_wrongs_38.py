"""Blind set 38's wrong answers and unread forms, on inputs of our own, each read only by its rule.

"부가세 포함 33만원이면 공급가랑 부가세 각각 얼마야" was answered with the supply price alone,
"and over a 30 day month?" after a daily time was answered from a policy's "within 30 days"
sentence, and "what about parking" after an uncurated thread with a curated answer about
another subject (that one's test is tests/graphs/test_faq_thread_topic.py). Each case also
runs with its rule switched off: the same answer must not come.
"""

from __future__ import annotations

import pytest

import tools.calculator as calculator
import tools.followups as followups
import tools.handlers as handlers
import tools.references as references
from tests.tools.rule_switch import NEVER, SwitchOff, never, off
from tests.tools.rule_switch import turns_read_only_by_their_rule as read_only_by_rule
from tools.followup_daily_time_span import daily_time_over_new_span
from tools.references import is_follow_up

_CYCLE = "i cycle 90 minutes to work and back every day, how many hours is that a week"


def _without(module: object, name: str, rule: object) -> SwitchOff:
    """Switch off one rule of a tuple of rules (``CHANGES``)."""
    rules = getattr(module, name)
    return off(module, name, tuple(r for r in rules if r is not rule))


CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # A VAT-included amount asked for both parts: both (switched off: the supply price alone).
    (
        ["부가세 포함해서 44만원 냈는데 공급가액이랑 부가세 각각 알려줘"],
        "공급가액 400,000원, 부가세 40,000원",
        off(handlers, "tax_parts", never),
    ),
    (
        ["paid 360 including 20% VAT, what's the net and the VAT"],
        "net 300.00, tax 60.00",
        off(handlers, "tax_parts", never),
    ),
    # The follow-up's new amount keeps both parts.
    (
        ["VAT 포함 22만원이면 공급가랑 부가세는 각각 얼마", "66만원이면?"],
        "공급가액 600,000원, 부가세 60,000원",
        off(handlers, "tax_parts", never),
    ),
    # Korean minutes summed and asked in hours (switched off: a bare 210 for the hours).
    (
        ["하루에 30분씩 책 읽으면 일주일에 몇 시간이야"],
        "3.5 h",
        off(calculator, "minutes_asked_in_hours", never),
    ),
    # A daily time with what is done between it and "every day" (switched off: not read).
    ([_CYCLE], "10.5 h", off(calculator, "daily_time_expression", never)),
    (
        ["we walk the dog 2 hours a day, how many hours over 10 days"],
        "20 h",
        off(calculator, "daily_time_expression", never),
    ),
    # Another span for it (switched off: no reading of the new span).
    (
        [_CYCLE, "and over a 20 day month?"],
        "30 h",
        _without(followups, "CHANGES", daily_time_over_new_span),
    ),
]

test_set_38_forms_are_read_only_by_their_rule = read_only_by_rule(CASES)


def test_a_half_answer_to_two_asks_is_not_given_alone() -> None:
    # Only the supply price asked: the one-figure reading stays.
    answer = handlers.match_deterministic("부가세 포함 44만원이면 공급가 얼마야")
    assert answer is not None and answer.answer == "400,000원"


@pytest.mark.parametrize("turn", ["and over a fortnight?", "and if they stay till 10pm"])
def test_spans_and_suppositions_are_follow_ups(turn: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert is_follow_up(turn)
    monkeypatch.setattr(references, "ELLIPSIS_RE", NEVER)
    assert not is_follow_up(turn)
