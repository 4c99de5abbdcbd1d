"""A day stated as today, then any date question counted from it.

"오늘이 2027년 3월 10일이면 다음주 금요일은 며칠이야" went to a model on the fourteenth
unseen set; the stated day is the base, as "DATE 기준" is. The dates are ours.
"""

from __future__ import annotations

import pytest

from tools.handlers import match_deterministic


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("오늘이 2028년 2월 23일이면 다음주 월요일은 며칠이야", "2028-02-28"),
        ("오늘이 2026년 11월 2일인데 이번주 토요일은 며칠이야", "2026-11-07"),
        ("오늘이 2027년 1월 5일이면 30일 뒤는?", "2027-02-04"),
    ],
)
def test_a_stated_today_is_the_base(text: str, iso: str) -> None:
    result = match_deterministic(text)
    assert result is not None and result.handler == "dates"
    assert str(result.value) == iso
