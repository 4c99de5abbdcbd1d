"""A birth date said in English words: ``born on the second of July nineteen seventy-one``."""

from __future__ import annotations

import pytest

from core.privacy import classify, scan
from core.privacy.spoken_dates_en import english_spoken_date_edits


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("the second of July nineteen seventy-one", "2 July 1971"),
        ("October the thirtieth, two thousand and nine", "30 October 2009"),
        ("twenty-third of april nineteen oh eight", "23 April 1908"),
        ("the 9th of January twenty fourteen", "9 January 2014"),
    ],
)
def test_a_day_month_and_year_in_words_read_as_a_date(text: str, digits: str) -> None:
    assert [edit[2] for edit in english_spoken_date_edits(text)] == [digits]


@pytest.mark.parametrize(
    "text",
    [
        "I was born on the second of July nineteen seventy-one, fill the form",
        "my date of birth is October the thirtieth, two thousand and nine",
        "I was born on the 5th of May 1983",
    ],
)
def test_a_speakers_birth_date_in_words_is_personal_data(text: str) -> None:
    assert [f.type for f in scan(text)] == ["birth_date"]
    assert classify(text) == "local_only"


@pytest.mark.parametrize(
    "text",
    ["the first of May is a holiday", "twenty people came in March", "second of July, 2 pm"],
)
def test_words_without_a_whole_date_are_left_alone(text: str) -> None:
    assert english_spoken_date_edits(text) == []
