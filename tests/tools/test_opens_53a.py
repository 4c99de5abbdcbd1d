"""opens53a's readers and follow-up rules (sets 33, 36 and 44), on inputs of their own.

Each form has a switch-off test: with the rule replaced by one that reads nothing, the
turn is no longer answered (or answered otherwise), so the rule is what reads it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest

from core.errors import ToolInputError
from tools import (
    calculator_readers_53a,
    dates,
    followup_change_rules,
    followup_korean_chat_rates,
    followup_rates,
    followups,
    unit_price_cheaper,
)
from tools.calculator import calculate
from tools.followups import resolve_in_conversation
from tools.handler_measures import read_dates
from tools.unit_price_cheaper import cheaper_pack
from tools.unit_prices_each import prices_per_unit_each

NOW = datetime(2026, 12, 3, 10, 0)


def _answer(first: str, follow: str) -> str | None:
    resolved = resolve_in_conversation([first], follow, NOW)
    return resolved.result.answer if resolved else None


def _never(*_args: Any) -> None:
    return None


# --- Calculator readers -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "value", "unit"),
    [
        # A wage's premium multiple for a kind of hours, those hours named again.
        ("시급 만원인데 주말은 1.5배라던데 주말에 6시간 일하면 얼마 받아", "90000", "원"),
        ("시급 11000원이고 휴일엔 2배래 휴일 5시간 근무하면 얼마야", "110000", "원"),
        # A supply by weight or volume over a daily portion; a price beside it plays no part.
        ("고양이 사료 6kg짜리 4만8천원인데 하루에 80g씩 주면 며칠 먹어", "75", "일"),
        ("쌀 10킬로 하루 250g씩 먹으면 며칠 가", "40", "일"),
        ("세제 3L짜리 하루에 60ml씩 쓰면 며칠 써", "50", "일"),
    ],
)
def test_korean_forms_are_read(question: str, value: str, unit: str) -> None:
    result = calculate(question)
    assert result.value == Decimal(value)
    assert result.unit == unit


@pytest.mark.parametrize(
    "question",
    [
        # The hours not said to be the premium's: some may be at the plain wage.
        "시급 만원인데 야간은 1.5배래 8시간 일하면 얼마",
        # A weight used by the millilitre: no day count without a density.
        "고양이 사료 2kg 하루 50ml씩 주면 며칠",
    ],
)
def test_unsettled_forms_are_declined(question: str) -> None:
    with pytest.raises(ToolInputError):
        calculate(question)


def test_readers_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(calculator_readers_53a, "premium_hours_ko", _never)
    monkeypatch.setattr(calculator_readers_53a, "supply_days_ko", _never)
    for question in (
        "시급 만원인데 주말은 1.5배라던데 주말에 6시간 일하면 얼마 받아",
        "쌀 10킬로 하루 250g씩 먹으면 며칠 가",
    ):
        with pytest.raises(ToolInputError):
            calculate(question)


# --- Packs: each per session, and per 100ml across ml and L --------------------------------


def test_passes_each_per_session() -> None:
    read = prices_per_unit_each("필라테스 8회권 32만원이랑 16회권 56만원 각각 회당 얼마")
    assert read is not None and "40,000원/회" in read[0] and "35,000원/회" in read[0]
    # A figure that is no pass's (3개월): not this question.
    assert prices_per_unit_each("PT 10회권 55만원 20회권 99만원 3개월이면 각각 회당 얼마야") is None


def test_packs_in_litres_and_millilitres() -> None:
    read = cheaper_pack("주스 1.5L 3900원이랑 500ml 1500원 중에 100ml당 뭐가 더 싸")
    assert read is not None and "260원/100ml" in read[0] and "300원/100ml" in read[0]
    assert "1.5L이 더 쌉니다" in read[0]
    # A weight beside a volume has no factor: not compared.
    assert cheaper_pack("우유 900ml 2480원이랑 2.3kg 5280원 중에 100ml당 뭐가 더 싸") is None


def test_pack_scale_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        unit_price_cheaper, "pack_factor", lambda a, b: Decimal(1) if a == b else None
    )
    assert cheaper_pack("주스 1.5L 3900원이랑 500ml 1500원 중에 100ml당 뭐가 더 싸") is None


# --- A day count with each date labelled --------------------------------------------------


@pytest.mark.parametrize(
    ("question", "days"),
    [
        ("2029년 1월 5일 출국부터 2월 3일 귀국까지 몇일", 29.0),
        ("2027년 3월 2일 입사일부터 12월 31일까지 며칠", 304.0),
    ],
)
def test_labelled_dates_counted(question: str, days: float) -> None:
    result = read_dates(question, None)
    assert result is not None and result.value == days


def test_time_of_day_is_no_label() -> None:
    assert read_dates("2027년 3월 2일 오후부터 12월 31일 저녁까지 며칠", None) is None


def test_labels_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dates, "labels_between_dropped", lambda text: text)
    assert read_dates("2029년 1월 5일 출국부터 2월 3일 귀국까지 몇일", None) is None


# --- Follow-ups ---------------------------------------------------------------------------

_WAGE = "시급 만원인데 주말은 1.5배라던데 주말에 6시간 일하면 얼마 받아"
_RICE = "쌀 10kg짜리 3만원인데 하루에 250g씩 먹으면 며칠 가"
_PASSES = "필라테스 8회권 32만원이랑 16회권 56만원 각각 회당 얼마"
_SNACKS = "치킨 20000 맥주 8000 배달팁 2000 넷이 나누면 얼마씩"
_BILLS = "관리비 120,000 인터넷 30,000 셋이 나누면"
_BONUS = "성과급 200만원 받았는데 40% 저축하면 얼마야"


@pytest.mark.parametrize(
    ("first", "follow", "answer"),
    [
        (_WAGE, "8시간 하면?", "120,000원"),
        (_RICE, "하루치 쌀값은 얼마야?", "750원"),
        (_RICE, "그럼 하루에 얼마 드는 거야", "750원"),
        (_PASSES, "16회권 48만원으로 해준대 그럼 회당?", "30,000원/회"),
        (_SNACKS, "배달팁 빼면?", "7,000"),
        (_SNACKS, "맥주는 빼고 나누면?", "5,500"),
        (_BILLS, "동생이 한 명 더 끼면 인당 얼마", "37,500"),
        (_BILLS, "룸메 한명 더 들어오면 얼마씩?", "37,500"),
        (_BONUS, "그럼 쓸 수 있는 돈은 얼마 남아?", "1,200,000원"),
        (_BONUS, "그럼 얼마 남아?", "1,200,000원"),
    ],
)
def test_follow_ups_are_read(first: str, follow: str, answer: str) -> None:
    got = _answer(first, follow)
    assert got is not None and answer in got


def test_a_third_pack_is_not_put_in_for_another() -> None:
    # "24회권" is no pack of the first turn: no figure of it may be swapped (one was).
    assert _answer(_PASSES, "24회권 60만원이면?") is None


def _switched(monkeypatch: pytest.MonkeyPatch, name: str, value: Callable[..., Any]) -> None:
    rules = tuple(
        value if getattr(rule, "__name__", "") == name else rule
        for rule in followup_change_rules.CHANGES
    )
    monkeypatch.setattr(followup_change_rules, "CHANGES", rules)
    monkeypatch.setattr(followups, "CHANGES", rules)


@pytest.mark.parametrize(
    ("rule", "first", "follow"),
    [
        ("supply_cost_a_day", _RICE, "하루치 쌀값은 얼마야?"),
        ("pack_price_told", _PASSES, "16회권 48만원으로 해준대 그럼 회당?"),
        ("bare_line_left_out", _SNACKS, "배달팁 빼면?"),
        ("one_more_sharer", _BILLS, "룸메 한명 더 들어오면 얼마씩?"),
    ],
)
def test_follow_up_rules_switched_off(
    monkeypatch: pytest.MonkeyPatch, rule: str, first: str, follow: str
) -> None:
    assert _answer(first, follow) is not None
    _switched(monkeypatch, rule, _never)
    assert _answer(first, follow) is None


def test_third_pack_guard_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(followups, "other_pack_told", lambda *_: False)
    # Round 59's every-figure guard declines the same swap (24회권 and 60만 unused): off too.
    monkeypatch.setattr(followups, "leaves_a_figure_unused", lambda *_: False)
    got = _answer(_PASSES, "24회권 60만원이면?")
    assert got is not None  # without the guards a figure of another pack was swapped


def test_rest_asked_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(followup_korean_chat_rates, "_REST", re.compile("(?!)"))
    assert _answer(_BONUS, "그럼 쓸 수 있는 돈은 얼마 남아?") is None


def test_word_from_in_is_no_head_count(monkeypatch: pytest.MonkeyPatch) -> None:
    # "관리비 120,000 인터넷 30,000": 인터넷 is no "120000 인" (people); it had become 120001.
    got = _answer(_BILLS, "한명 더 오면?")
    assert got is not None and "37,500" in got
    monkeypatch.setattr(followup_rates, "_WORD_FROM_IN", re.compile("(?!)"))
    got = _answer(_BILLS, "한명 더 오면?")
    assert got is None or "37,500" not in got
