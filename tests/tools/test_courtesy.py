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
