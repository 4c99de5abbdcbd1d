"""The previous result in euros or yen at a rate the follow-up states (followup_foreign_rate)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tools.followup_foreign_rate import in_other_currency_at_rate
from tools.followups import resolve_in_conversation

_NOW = datetime(2026, 5, 4, 9, 0, tzinfo=ZoneInfo("Asia/Seoul"))


@pytest.mark.parametrize(
    ("earlier", "text", "expected"),
    [
        (
            "lunch came to 96,000 won for 4 people, how much each",
            "in euros? 1 euro is 1,600 won",
            "15",
        ),
        ("점심값 48,000원을 4명이 나누면", "엔화로는? 100엔에 900원", "1,333"),
    ],
)
def test_the_previous_result_is_converted_at_the_stated_rate(
    earlier: str, text: str, expected: str
) -> None:
    follow = resolve_in_conversation([earlier], text, now=_NOW)
    assert follow is not None and expected in follow.result.answer


@pytest.mark.parametrize(
    "text",
    [
        "and in euros? 100 yen is 900 won",  # a rate for another currency than the one asked
        "and in euros for 3 people? 1 euro is 1,600 won",  # another figure: a guess
        "1 euro is 1,600 won",  # no currency asked for
    ],
)
def test_a_guess_is_not_resolved(text: str) -> None:
    assert (
        in_other_currency_at_rate(text, ["lunch came to 96,000 won for 4 people, how much each"])
        is None
    )
