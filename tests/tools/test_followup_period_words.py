"""A follow-up that names a period: the per-period figure asked over that period.

"make that weekly" after a daily amount over 30 days is the daily amount over a week (the
local model had repeated the 30-day total); "7일이면?" after "하루 N원씩 … 30일에" is N over
7 days, not the 30-day total times 7. The amounts are ours.
"""

from __future__ import annotations

import pytest

from tools.followup_chat_forms import in_follow_up_words
from tools.followups import resolve_in_conversation


def _answer(earlier: list[str], text: str) -> str | None:
    follow_up = resolve_in_conversation(earlier, text)
    return None if follow_up is None else follow_up.result.answer


_DAILY_EN = ["i set aside 12,000 won a day, how much is that in 30 days"]
_DAILY_KO = ["하루 8,000원씩 모으면 30일에 얼마야"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("make that weekly", "84,000"),
        ("weekly?", "84,000"),
        ("what about yearly", "4,380,000"),
        ("do it weekly instead", "84,000"),
    ],
)
def test_a_period_adverb_asks_the_daily_amount_over_that_period(text: str, figure: str) -> None:
    answer = _answer(_DAILY_EN, text)
    assert answer is not None and figure in answer


@pytest.mark.parametrize(("text", "figure"), [("7일이면?", "56,000"), ("일주일이면?", "56,000")])
def test_a_korean_daily_amount_is_respanned_not_multiplied(text: str, figure: str) -> None:
    answer = _answer(_DAILY_KO, text)
    assert answer is not None and figure in answer
    assert "1,680,000" not in answer  # the 30-day total times 7


def test_other_turns_keep_their_words() -> None:
    assert in_follow_up_words("weekly report please") == "weekly report please"
