"""A count spelled in number words keeps a paraphrase off a curated entry, as digits do.

The entries and questions are our own (a bike shop, not any workload or held-out set).
"""

from __future__ import annotations

import pytest

from tools.faq import FaqBook, FaqEntry
from tools.faq_figures import states_spelled_count

_BOOK = FaqBook(
    [
        FaqEntry(
            id="rental-ko",
            lang="ko",
            question="자전거 빌릴 수 있나요?",
            variants=("자전거 대여 되나요?",),
            answer="자전거는 매장에서 하루 15,000원에 빌려 드립니다.",
        ),
        FaqEntry(
            id="rental-en",
            lang="en",
            question="Can I rent a bike?",
            variants=("Do you rent bikes?",),
            answer="Bikes can be rented at the shop for 15,000 won a day.",
        ),
    ]
)


@pytest.mark.parametrize(
    "text",
    ["자전거 두 대 빌릴 수 있나요?", "자전거 세 대 빌릴 수 있나요?", "can I rent two bikes?"],
)
def test_a_spelled_count_is_not_served_a_paraphrase(text: str) -> None:
    hit = _BOOK.lookup(text)
    assert hit is None or hit.match != "paraphrase", hit


@pytest.mark.parametrize("text", ["자전거 대여할 수 있어요?", "do you rent out bikes?"])
def test_the_same_question_without_a_count_still_matches(text: str) -> None:
    hit = _BOOK.lookup(text)
    assert hit is not None and hit.entry.id.startswith("rental")


@pytest.mark.parametrize(
    "text", ["차 두대 가져가도 돼요?", "세 명이서 가도 되나요?", "we are bringing three kids"]
)
def test_spelled_counts(text: str) -> None:
    assert states_spelled_count(text)


@pytest.mark.parametrize(
    "text",
    [
        "한 번 물어볼게요",
        "두 번째 방문이에요",
        "세대주만 신청돼요?",
        "one question please",
        "네 알겠어요",
    ],
)
def test_phrasing_ordinals_and_lookalikes_are_no_counts(text: str) -> None:
    assert not states_spelled_count(text)
