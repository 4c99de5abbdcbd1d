"""One table of Korean counting serves both readers of counts.

A Korean question's own counter ("몇 명") is checked by ``has_answer_type``; an English
"how many" question's noun by ``counts_noun``. Both read numbers and counters from
:mod:`tools.rag.korean_counters`. Examples are written for these tests (a pharmacy, a
camp site, a rental desk), none taken from the document-question sets.
"""

from __future__ import annotations

import pytest

from tools.rag.answer_types import has_answer_type
from tools.rag.count_nouns import counts_noun
from tools.rag.korean_counters import aliases_of, counts_with


@pytest.mark.parametrize(
    ("sentence", "counter", "counts"),
    [
        ("약국에는 약사 3명이 근무합니다.", "명", True),
        # 분 after a native number counts people politely ...
        ("한 번에 세 분까지 상담받으실 수 있습니다.", "명", True),
        # ... after digits it is minutes.
        ("처방전을 내면 20분 안에 약이 나옵니다.", "명", False),
        # 인 counts people too ("4인 가족").
        ("캠핑장 한 자리는 4인 가족까지 쓸 수 있습니다.", "명", True),
        # 수명 (a lifespan) is no "several people".
        ("정수기 필터 수명은 약 6개월입니다.", "명", False),
        # A native number begins a word: the 한 ending 가능한 counts no 대.
        ("대여 가능한 대상은 성인 회원입니다.", "대", False),
        ("대여소에는 자전거가 열 대 있습니다.", "대", True),
        # Counters that answer one another.
        ("이 앱은 500만 건 넘게 내려받았습니다.", "번", True),
        ("하루 두 차례 소독합니다.", "번", True),
    ],
)
def test_a_korean_count_question_is_answered_by_its_counter(
    sentence: str, counter: str, counts: bool
) -> None:
    assert has_answer_type(sentence, "count", counter) is counts
    assert counts_with(sentence, aliases_of(counter)) is counts


@pytest.mark.parametrize(
    ("sentence", "noun", "counts"),
    [
        ("캠핑장 한 자리는 4인 가족까지 쓸 수 있습니다.", "guest", True),
        ("진료실에는 두 분이 함께 들어가실 수 있습니다.", "person", True),
        ("처방전을 내면 20분 안에 약이 나옵니다.", "person", False),
        ("대여 가능한 대상은 성인 회원입니다.", "bike", False),
        ("대여소에는 자전거가 12대 있습니다.", "bike", True),
    ],
)
def test_an_english_counted_noun_reads_the_same_korean_counters(
    sentence: str, noun: str, counts: bool
) -> None:
    assert counts_noun(sentence, noun) is counts


def test_a_counter_with_no_aliases_answers_only_itself() -> None:
    assert aliases_of("층") == ("층",)
    assert counts_with("열람실은 3층에 있습니다.", ("층",))
    assert not counts_with("열람실은 3번 출구 앞에 있습니다.", ("층",))
