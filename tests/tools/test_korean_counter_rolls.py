"""The counter 줄 (rolls of gimbap) after a native count is a number; "세 줄 알았어" is not."""

from __future__ import annotations

import pytest

from tools.calculator import calculate
from tools.korean_numbers import normalize_numerals


def test_rolls_in_words_are_counted() -> None:
    assert calculate("사천오백 원짜리 김밥 두 줄이면 얼마야").display == "9,000원"


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("참치김밥 네 줄 주세요", "참치김밥 4줄 주세요"),
        ("세 줄 알았어", "세 줄 알았어"),
        ("두 줄게", "두 줄게"),
    ],
)
def test_only_a_counted_줄_becomes_a_figure(text: str, normalized: str) -> None:
    assert normalize_numerals(text) == normalized
