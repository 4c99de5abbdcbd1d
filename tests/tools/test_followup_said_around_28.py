"""A follow-up's one change said inside other words (set 28's follow-ups, examples of our own).

"she says 5.25 a page if we want it back in a week", "하객 더 온대서 30개 추가", "plus 3 tubs
of cream cheese at 4.50": who said it, a condition with no figure, a reason before it, so
many more things at a price each, a share said with an adverb or a native head count.
Each is also run with its rule off.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

import tools.followup_added_and_shared as added_and_shared
import tools.followup_chat_forms as chat_forms
import tools.followups as followups
from tests.tools.priced_swap_off import without_priced_swap
from tools.followups import resolve_in_conversation

_NEVER = re.compile(r"(?!x)x")
_WORDS = "the translator charges 0.10 a word and the text is 2,000 words, what's the cost"


def _off(module: object, name: str) -> Callable[[pytest.MonkeyPatch], None]:
    return lambda monkeypatch: monkeypatch.setattr(module, name, _NEVER)


def _off_with_priced_swap(module: object, name: str) -> Callable[[pytest.MonkeyPatch], None]:
    def switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(module, name, _NEVER)
        monkeypatch.setattr(followups, "CHANGES", without_priced_swap())

    return switch_off


@pytest.mark.parametrize(
    ("earlier", "follow_up", "answer", "switch_off"),
    [
        (_WORDS, "he says 0.12 a word", "240", _off(chat_forms, "_SOMEONE_SAYS")),
        (
            _WORDS,
            "0.12 a word if we need it by friday",
            "240",
            _off(chat_forms, "_CONDITION_AFTER"),
        ),
        (
            "기념품 하나에 3,000원 100개 주문하면 얼마",
            "손님 늘어서 20개 추가",
            "360,000원",
            # (Since turns29 the price reader reads the first turn, and its swap finds "20개
            # 추가" inside any words; the reason is then the slot reader's alone to strip.)
            _off_with_priced_swap(chat_forms, "_REASON_FIRST"),
        ),
        (
            "케이크 한 판 3만원인데 두 판이면 얼마",
            "배송비 4천원 추가래",
            "64,000원",
            _off(chat_forms, "_ADDED_HEARD"),
        ),
        (
            "삼겹살 1kg에 2만 8천원인데 1.5kg 사면 얼마",
            "옆집은 키로에 2만 5천원이면?",
            "37,500원",
            _off(chat_forms, "_ELSEWHERE_FIRST"),
        ),
        (
            "the cabin is 210 a night and we're staying 2 nights, total?",
            "we're adding one more night",
            "630",
            _off(chat_forms, "_WE_ADD"),
        ),
        (
            "4 pizzas at 15 and 2 salads at 8, what's the total",
            "split it equally four ways",
            "19",
            lambda m: m.setattr(
                added_and_shared,
                "_SHARED_EN",
                re.compile(
                    added_and_shared._SHARED_EN.pattern.replace(added_and_shared._FAIRLY, ""), re.I
                ),
            ),
        ),
        (
            "치킨 한 마리 2만원 두 마리 시키면 얼마",
            "둘이 반띵하면?",
            "20,000원",
            _off(added_and_shared, "_NATIVE_HEADS_KO"),
        ),
        (
            "coffee beans are 12 a bag and I need 4 bags, how much",
            "plus 2 filters at 3.50",
            "55",
            _off(added_and_shared, "_ITEMS_ADDED_EN"),
        ),
    ],
)
def test_the_change_is_read_inside_other_words(
    monkeypatch: pytest.MonkeyPatch,
    earlier: str,
    follow_up: str,
    answer: str,
    switch_off: Callable[[pytest.MonkeyPatch], None],
) -> None:
    resolved = resolve_in_conversation([earlier], follow_up)
    assert resolved is not None and resolved.result.answer == answer
    switch_off(monkeypatch)
    resolved = resolve_in_conversation([earlier], follow_up)
    assert resolved is None or resolved.result.answer != answer
