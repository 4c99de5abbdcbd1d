"""Korean chat ways of stating a price and a count, each read as the plain form.

Own examples (not the unseen set's sentences): a price heard (이래/이라던데), a price paid
(에 샀는데), games counted as 게임, 하나 before a price, native counts of twenty and more
("스물세 명"), and a total split among people with "1인당 얼마" asked after them.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tools.followups import resolve_in_conversation
from tools.handlers import match_deterministic
from tools.korean_numbers import normalize_numerals

NOW = datetime(2026, 11, 30, 12, 0)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("양말 한 켤레에 3,000원이래 다섯 켤레 사면 얼마야", "15,000원"),
        ("수건 한 장 4,200원이라던데 여섯 장 사면 얼마", "25,200원"),
        ("부가세 포함 33,000원에 샀는데 공급가는 얼마야", "30,000원"),
        ("당구 한게임 6000원인데 네게임 치면 얼마임", "24,000원"),
        ("머핀 하나 2,500원 12개면 얼마야", "30,000원"),
        ("워크숍 숙소 84만 원인데 스물한 명 오면 한 사람당 얼마씩이야", "40,000원"),
        ("회식비 45만 원인데 9명이면 1인당 얼마야", "50,000원"),
    ],
)
def test_a_chat_price_form_is_read(question: str, answer: str) -> None:
    result = match_deterministic(question, now=NOW)
    assert result is not None
    assert result.answer == answer


def test_native_counts_of_twenty_and_more_before_a_counter_are_digits() -> None:
    assert normalize_numerals("서른네 개") == "34개"
    assert normalize_numerals("마흔 명") == "40명"
    assert normalize_numerals("스물다섯에 결혼했어") == "스물다섯에 결혼했어"


def test_fewer_of_a_count_said_for_each_of_two_items_is_not_guessed() -> None:
    # "3개씩" counts both items: "2개 빼줘" does not say of which (or of both).
    earlier = ["머핀 2,500원이랑 우유 1,200원 세 개씩 사면 얼마야"]
    assert match_deterministic(earlier[0], now=NOW) is not None
    assert resolve_in_conversation(earlier, "2개 빼줘", NOW) is None
    # One item counted: its count changes.
    single = ["머핀 한 개 2,500원인데 여섯 개 사면 얼마야"]
    resolved = resolve_in_conversation(single, "2개 빼줘", NOW)
    assert resolved is not None and resolved.result is not None
    assert resolved.result.answer == "10,000원"
