"""One of a thing right before its price ("1인분 16000원") names what the price is for: a
new count in a follow-up changes the count ordered, not that one. Our own turns."""

from __future__ import annotations

import pytest

from tools.followups import resolve_in_conversation


@pytest.mark.parametrize(
    ("first", "text", "answer"),
    [
        ("삼겹살 1인분 16,000원인데 3인분 시키면 얼마", "그럼 5인분이면?", "80,000원"),
        ("라떼 1잔에 5,000원 4잔이면 총 얼마야", "7잔이면?", "35,000원"),
    ],
)
def test_the_count_ordered_changes_not_the_one_priced(first: str, text: str, answer: str) -> None:
    follow = resolve_in_conversation([first], text)
    assert follow is not None and follow.result.answer == answer
