"""English month names are written out, so date answers do not follow the locale."""

from __future__ import annotations

import calendar
from datetime import date

import pytest

from core.text import ENGLISH_MONTH_NUMBERS, ENGLISH_MONTHS
from tools.dates import format_date


def test_names_and_abbreviations_map_to_their_month() -> None:
    assert ENGLISH_MONTHS[0] == "january" and ENGLISH_MONTHS[11] == "december"
    assert ENGLISH_MONTH_NUMBERS["march"] == ENGLISH_MONTH_NUMBERS["mar"] == 3
    assert ENGLISH_MONTH_NUMBERS["sept"] == ENGLISH_MONTH_NUMBERS["sep"] == 9
    assert len(ENGLISH_MONTH_NUMBERS) == 12 + 11 + 1  # "may" is its own abbreviation


def test_an_english_date_is_spelled_in_english_under_a_korean_locale(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # What calendar.month_name holds under LC_TIME=ko_KR.
    monkeypatch.setattr(calendar, "month_name", ["", *[f"{n}월" for n in range(1, 13)]])
    assert format_date(date(2027, 3, 1), "en") == "Monday, March 1, 2027"
