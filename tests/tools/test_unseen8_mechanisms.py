"""The mechanisms found on the eighth unseen set, pinned with inputs of their own."""

from __future__ import annotations

from datetime import date

import pytest

from tools.dates_zones import clock_in_other_zone

# A "today" far from the dates asked, so a reading that fell back to it shows.
_TODAY = date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # A month written short, with or without its full stop.
        (
            "at 9pm in Tokyo on Aug 2 2027 what time is it in Berlin",
            "14:00 (Europe/Berlin, 2027-08-02)",
        ),
        (
            "when its 7am in Sydney on Jan. 20, 2027 whats the time in Seoul",
            "05:00 (Asia/Seoul, 2027-01-20)",
        ),
    ],
)
def test_a_named_date_with_a_short_month_is_the_date_converted(text: str, answer: str) -> None:
    converted = clock_in_other_zone(text, _TODAY)
    assert converted is not None and converted[0] == answer, converted


def test_a_date_the_reader_cannot_read_is_not_replaced_by_today() -> None:
    # The year shows a date was named; answering for today would be a wrong answer.
    assert (
        clock_in_other_zone("at 9pm in Tokyo on 2/8/2027 what time is it in Berlin", _TODAY) is None
    )
    # No date named at all: today is the date meant.
    converted = clock_in_other_zone("at 9pm in Tokyo what time is it in Berlin", _TODAY)
    assert converted is not None and converted[0].endswith("2026-11-30)")
