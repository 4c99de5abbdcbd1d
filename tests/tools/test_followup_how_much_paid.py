"""A follow-up asking how much is paid in chat words ("얼마 내는 거야") reads as "얼마야"."""

from __future__ import annotations

from datetime import datetime

import pytest

from tools.followup_chat_forms import plain_change_words
from tools.followups import resolve_in_conversation

NOW = datetime(2026, 11, 30, 12, 0)


@pytest.mark.parametrize("turn", ["2년이면 얼마 내는 거야", "2년이면 얼마 내야 돼요?"])
def test_a_new_period_asked_as_how_much_is_paid(turn: str) -> None:
    resolved = resolve_in_conversation(["인터넷 요금 월 33,000원이면 1년에 얼마야"], turn, NOW)
    assert resolved is not None and resolved.result is not None
    assert resolved.result.answer == "792,000원"


def test_only_the_asking_words_are_said_again() -> None:
    assert plain_change_words("4명이면 얼마씩 내야 돼") == "4명이면 얼마씩이야"
    assert plain_change_words("내일 내는 거야") == "내일 내는 거야"


@pytest.mark.parametrize(
    "turn", ["이거 넷이서 나누면 한 명당 얼마 내?", "이거 4명이서 똑같이 나누면 1인당 얼마 내요?"]
)
def test_a_split_of_the_result_asked_as_how_much_each_pays(turn: str) -> None:
    resolved = resolve_in_conversation(["떡 한 상자 36,000원인데 두 상자 사면 얼마야"], turn, NOW)
    assert resolved is not None and resolved.result is not None
    assert resolved.result.answer == "18,000원"
