"""Dates said in Sino-Korean number words are read as dates by the birth-date detector."""

from __future__ import annotations

import pytest

from core.privacy import scan
from core.privacy.spoken_dates import spoken_date_edits


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("이천일년 유월 칠일", "2001년 6월 7일"),
        ("천구백팔십팔년 십이월 이십오일", "1988년 12월 25일"),
        ("이천이십년 시월 삼일", "2020년 10월 3일"),
    ],
)
def test_a_date_in_number_words_reads_as_digits(text: str, digits: str) -> None:
    assert [edit[2] for edit in spoken_date_edits(text)] == [digits]


def test_a_birthday_in_number_words_is_personal_data() -> None:
    found = scan("제 생년월일은 천구백팔십팔년 십이월 이십오일입니다")
    assert [f.text for f in found if f.type == "birth_date"] == ["천구백팔십팔년 십이월 이십오일"]


@pytest.mark.parametrize("text", ["오늘 일이 많아요", "일요일에 만나요", "삼십일 동안 쉬어요"])
def test_prose_with_number_syllables_is_left_alone(text: str) -> None:
    assert spoken_date_edits(text) == []
