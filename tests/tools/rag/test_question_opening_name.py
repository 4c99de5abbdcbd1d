"""A name a question opens with, said with a copula alone, is who asks, not a topic."""

from __future__ import annotations

import pytest

from tools.rag.question import analyze_question


@pytest.mark.parametrize(
    ("question", "name", "topic"),
    [
        ("한지민입니다 예약 변경은 언제까지 해야 돼요?", "한지민", "예약"),
        ("오세훈인데요 주차는 몇 시간 무료예요?", "오세훈", "주차"),
    ],
)
def test_the_opening_name_is_no_term(question: str, name: str, topic: str) -> None:
    terms = analyze_question(question).terms
    assert topic in terms
    assert not any(name in term for term in terms), terms


def test_a_noun_with_the_same_copula_stays_a_term() -> None:
    assert "회사원" in analyze_question("회사원인데요 연차는 며칠이에요?").terms
