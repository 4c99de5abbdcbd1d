"""A figure given as a premise with "인데", and who was born before a birth date (our own
examples): the readers of plain requests answer them as they answer the "이면" form."""

from __future__ import annotations

import pytest

from tools.courtesy import without_courtesy
from tools.handlers import match_deterministic


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("몸무게 70kg인데 파운드로 얼마야", "154.3"),
        ("안녕하세요 저 박서준이에요 키 185cm인데 몇 피트야", "6.06"),
        ("동생이 2001년 7월 9일생인데 2027년 3월 1일에 만 몇살이야", "만 25세"),
        ("우리 아빠 김철수씨 1958년 11월 2일생인데 2027년 1월 1일에 만 몇살이야", "만 68세"),
    ],
)
def test_premises_and_subjects_are_read(text: str, answer: str) -> None:
    result = match_deterministic(text)
    assert result is not None and answer in result.answer


@pytest.mark.parametrize("text", ["오늘 3시인데 뭐하지", "회의가 2시인데 늦을것 같아"])
def test_a_time_word_before_inde_is_left_alone(text: str) -> None:
    assert without_courtesy(text) == text
