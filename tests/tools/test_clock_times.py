"""Clock times read from text, as a grounding check compares them."""

from __future__ import annotations

import pytest

from tools.dates_zones import clock_times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("The ferry leaves at 10:30 PM and returns at 6 a.m.", [(22, 30), (6, 0)]),
        ("매표소는 09:00–18:00에 엽니다.", [(9, 0), (18, 0)]),
        ("오후 3시 반에 시작하고 저녁 8시에 끝나요.", [(15, 30), (20, 0)]),
        # Written without a.m./p.m., the hour stays as written.
        ("Doors open at 7:15.", [(7, 15)]),
        # A duration or a count is no time of day.
        ("It takes 2시간 and costs 30 dollars.", []),
    ],
)
def test_clock_times(text: str, times: list[tuple[int, int]]) -> None:
    assert clock_times(text) == times
