"""Courtesy words at either end of a plain request do not stop code from answering it."""

from __future__ import annotations

import pytest

from tools.courtesy import without_courtesy
from tools.handlers import match_deterministic


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("3 miles in km pls", "4.828"),
        ("please, 20% of 450", "90"),
        ("what is 100 F in celsius please?", "37.7"),
        ("12 x 12 thx!", "144"),
    ],
)
def test_a_request_with_a_courtesy_word_is_still_read_by_code(text: str, answer: str) -> None:
    result = match_deterministic(text)
    assert result is not None and answer in result.answer


@pytest.mark.parametrize("text", ["thanks", "pls", "please help me with my essay"])
def test_courtesy_alone_or_before_a_request_for_prose_is_no_plain_request(text: str) -> None:
    assert without_courtesy(text).strip()
    assert match_deterministic(text) is None


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # A greeting and a self-introduction before the request.
        ("안녕 난 최유진이야 월급 250만원이면 연봉 얼마야", "30,000,000"),
        ("hey, im Marcus. 3 miles in km?", "4.828"),
        ("저는 한서우입니다. 2kg은 몇 g이에요", "2,000"),
        # Chat's "임" after a question word.
        ("2028년 2월 29일 무슨 요일임", "화요일"),
    ],
)
def test_a_greeting_an_introduction_or_a_chat_ending_do_not_hide_the_request(
    text: str, answer: str
) -> None:
    result = match_deterministic(text)
    assert result is not None and answer in result.answer
