"""``normalize_numerals`` works a text out once per reading (``numerals_read_once``).

A follow-up turn's reading rewrote the same two or three texts some 200 to 700 times (each
reader and rule normalizes its own input). Within one call of a function marked
``numerals_read_once`` (``match_deterministic``, ``resolve_in_conversation``) a text is
rewritten once; what it is rewritten to is the same as without the memory, and nothing is
remembered from one call to the next (a rule switched off between calls is read as off).
"""

from __future__ import annotations

import re

import pytest

import tools.korean_numbers as korean_numbers
from tools.followups import resolve_in_conversation
from tools.handlers import match_deterministic
from tools.korean_numbers import normalize_numerals, numerals_read_once

TEXTS = [
    "3만 5천원",
    "네 명이서 스물세 개",
    "그럼 두 달이면?",
    "한 달에 얼마",
    "1.2억에 2천5백만 더하면",
    "what's 15% of 80",
    "3시간 반에 이만 오천원",
    "",
]


@pytest.fixture
def rewrites(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    rewrite = korean_numbers._normalize_numerals

    def counted(text: str) -> str:
        seen.append(text)
        return rewrite(text)

    monkeypatch.setattr(korean_numbers, "_normalize_numerals", counted)
    return seen


def test_a_text_is_rewritten_as_without_the_memory() -> None:
    @numerals_read_once
    def twice(text: str) -> tuple[str, str]:
        return normalize_numerals(text), normalize_numerals(text)

    for text in TEXTS:
        alone = normalize_numerals(text)
        assert twice(text) == (alone, alone)


def test_within_one_reading_a_text_is_rewritten_once(rewrites: list[str]) -> None:
    @numerals_read_once
    def reading() -> list[str]:
        inner = numerals_read_once(lambda: [normalize_numerals(t) for t in TEXTS])
        return [normalize_numerals(t) for t in TEXTS] + inner()

    first = reading()
    assert first[: len(TEXTS)] == first[len(TEXTS) :]
    assert sorted(rewrites) == sorted(TEXTS)
    # A new reading works the texts out again.
    reading()
    assert len(rewrites) == 2 * len(TEXTS)


def test_outside_a_reading_nothing_is_remembered(rewrites: list[str]) -> None:
    normalize_numerals("3만 5천원")
    normalize_numerals("3만 5천원")
    assert rewrites == ["3만 5천원", "3만 5천원"]


def test_a_follow_up_rewrites_each_text_once(rewrites: list[str]) -> None:
    found = resolve_in_conversation(["삼겹살 100g에 2,680원인데 1.5kg 사면 얼마"], "1kg이면?")
    assert found is not None
    assert len(rewrites) == len(set(rewrites))


def test_a_rule_switched_off_between_readings_is_read_as_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    question = "보트 대여 시간당 3만원인데 두시간반 타면 얼마"
    before = match_deterministic(question)
    assert before is not None and before.answer == "75,000원"
    # "두시간반" no longer read as two and a half hours (tests/tools/test_wrongs_39.py).
    monkeypatch.setattr(korean_numbers, "_GLUED_HOURS_AND_A_HALF", re.compile(r"(?!)"))
    after = match_deterministic(question)
    assert after is None or after.answer != "75,000원"
