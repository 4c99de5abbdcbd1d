"""Wrong figures for new Korean phrasings (helper wrongs50a): declined, each by its rule.

Each case was answered with a figure that left a word unread (평일, 격주, 반병, 하루 두번,
a head count, "각자 … 씩" with a total asked, 절반, "몇개 살 수", 편도 … 왕복);
tools.calculator_guards_50w_ko declines it.
Every case also runs with its rule switched off: the old wrong figure must come back.
The readings the rules must leave alone are checked too.
"""

from __future__ import annotations

import re

import pytest

import tools.calculator_dropped_amounts as dropped_amounts
import tools.calculator_guards_50w_ko as guards
import tools.calculator_wrong_roles_65a as roles_65a
from tests.tools.rule_switch import NEVER, SwitchOff, both, off
from tools.handlers import match_deterministic


def _answer(question: str) -> str | None:
    result = match_deterministic(question)
    return None if result is None else result.answer


def _unguarded(_question: str, _expression: str) -> None:
    return None


_DAY_SET_OFF = off(guards, "_DAY_SET", NEVER)
_EVERY_OTHER_OFF = off(guards, "_EVERY_OTHER", NEVER)
_HALF_OFF = off(guards, "_HALF_COUNT", NEVER)
_DAILY_COUNT_OFF = off(guards, "_DAILY_COUNT", NEVER)
_SPAN_OFF = off(guards, "_SPAN", NEVER)
_HEADS_OFF = off(guards, "_HEADS", NEVER)
_PAYS_IN_OFF = off(guards, "_PAYS_IN_EACH", NEVER)
_BOUGHT_OFF = off(guards, "_COUNT_BOUGHT_ASKED", NEVER)
_ONE_WAY_OFF = off(guards, "_ONE_WAY", NEVER)
_GUARD_OFF = off(dropped_amounts, "refuse_unread_ko_words", _unguarded)

# (question, the rule switched off); each is declined, and answered with its rule off.
DECLINED: list[tuple[str, SwitchOff]] = [
    # Weekdays only: never 7 days a week (off: 20000 x 14).
    ("평일 하루 2만원씩 2주면 총", _DAY_SET_OFF),
    # Weekends only (off: 50000 x 28).
    ("주말 하루 5만원씩 4주면 얼마", _DAY_SET_OFF),
    # Study on weekdays, asked for a week (off: 2 x 7 hours).
    ("주중 하루 3시간씩 공부하면 일주일에 몇시간", _DAY_SET_OFF),
    # Every other week is half the weeks of a year (off: 30000 x 1).
    ("격주로 4만원씩 1년이면", _EVERY_OTHER_OFF),
    # Half a bottle a day (off: 1800 x 30).
    ("하루에 소주 반병 1900원짜리 30일이면", _HALF_OFF),
    # A pack and a half a day (off: 4500 x 7).
    ("하루 담배 한갑 반 4800원짜리 일주일이면", _HALF_OFF),
    # Half price (off: 30000 x 2).
    ("반값 할인 4만원짜리 2개", _HALF_OFF),
    # Two rides a day (off: 1500 x 22).
    ("하루 두번 버스 1450원 한달 22일이면", _DAILY_COUNT_OFF),
    # Three meals a day for 3 days: the 3 of the meals is not the 3 of the days (off:
    # 8000 x 3).
    ("하루 세끼 한끼 8천원 3일이면", _DAILY_COUNT_OFF),
    # A daily count and price, the week unread (off: 2 x 2500).
    ("하루에 맥주 두캔 2700원씩 일주일이면", _SPAN_OFF),
    # Breakfast and lunch every day, the week unread (off: 3000 + 9000).
    ("아침 3500원 점심 9000원 매일 일주일이면 얼마", _SPAN_OFF),
    # Three people paying monthly (off: 50000 x 2 x 12).
    ("매달 4만원씩 3명이 2년 내면 총", _HEADS_OFF),
    # Each pays in and a total is asked, never a share (off: (20000 + 30000) / 5).
    ("동아리 5명이 각자 2만원씩 내고 회비 3만원 보태면 총 얼마", _PAYS_IN_OFF),
    # Each buys two and a total is asked (off: 1500 x 2 / 3).
    ("3명이 각자 2개씩 사면 개당 1200원 총", _PAYS_IN_OFF),
    # Half of the pay saved (off: 3000000 x 12).
    ("월급 매달 300만원 중 절반 저축하면 1년에", _HALF_OFF),
    # A count asked of money: a division, never a sum (off: 80000 + 2500).
    # (tools.calculator_wrong_roles_65a declines a count answered in money too: off.)
    (
        "8만원으로 2500원짜리 몇개 살수있어",
        both(_BOUGHT_OFF, off(roles_65a, "use_count_asked", False)),
    ),
    # A one-way fare for two both ways: the 2 read is the people (off: 40000 x 2).
    ("편도 4만원 왕복으로 2명이면", _ONE_WAY_OFF),
    # The whole guard off: the weekday case is answered again.
    ("평일 하루 만원씩 3주면 얼마", _GUARD_OFF),
]


@pytest.mark.parametrize(("question", "switch_off"), DECLINED, ids=[c[0][:20] for c in DECLINED])
def test_declined_and_only_by_its_rule(
    question: str, switch_off: SwitchOff, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _answer(question) is None
    switch_off(monkeypatch)
    assert _answer(question) is not None


# Readings whose every word is read, and the part of a rule that keeps each: switched off,
# the reading is declined.
_PERIOD_COUNT_OFF = off(guards, "_PERIOD_COUNT", NEVER)
_AMOUNT_EACH_ALWAYS = off(guards, "_AMOUNT_EACH", re.compile(""))
KEPT: list[tuple[str, str, SwitchOff]] = [
    # "주 4일" counts the days of the week asked.
    ("시급 11000원 하루 5시간 주 4일 일하면 일주일에 얼마", "220,000원", _PERIOD_COUNT_OFF),
    # "(30일)" counts the days of the month asked.
    ("하루에 6000보 걸으면 한 달(30일)이면 몇 보야?", "180,000", _PERIOD_COUNT_OFF),
    # Who ate is not a factor when no amount is paid each ("네명이서 6인분").
    ("돼지갈비 1인분 15,000원 네명이서 6인분 먹었으면 총 얼마", "90,000원", _AMOUNT_EACH_ALWAYS),
]


@pytest.mark.parametrize(
    ("question", "expected", "switch_off"), KEPT, ids=[c[0][:20] for c in KEPT]
)
def test_readings_of_every_word_are_kept_and_only_by_that_part(
    question: str, expected: str, switch_off: SwitchOff, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _answer(question) == expected
    switch_off(monkeypatch)
    assert _answer(question) is None
