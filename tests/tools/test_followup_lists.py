"""One more labelled figure in a list being averaged or split (tools/followup_lists.py)."""

from __future__ import annotations

import pytest

from tools.followup_lists import one_more_item
from tools.followups import resolve_in_conversation


@pytest.mark.parametrize(
    ("earlier", "text", "expected"),
    [
        ("필기 70점 실기 80점 면접 75점 평균은?", "가산 95점도 넣으면?", "80"),
        (
            "전기 60,000원 가스 30,000원 나왔는데 2명이서 나누면 얼마씩",
            "수도 12,000원도 포함하면?",
            "51,000원",
        ),
        ("quiz 6, midterm 9 average?", "add final 9", "8"),
        ("hotel $300, car $120. 3 of us splitting, how much", "add fuel $60 too", "$160.00"),
    ],
)
def test_the_figure_joins_the_list(earlier: str, text: str, expected: str) -> None:
    resolved = resolve_in_conversation([earlier], text)
    assert resolved is not None
    assert resolved.result.answer == expected


def test_no_list_no_item() -> None:
    assert one_more_item("사회 83점도 넣으면?", ["국어 87 영어 92 평균은?"]) is not None
    # One figure before the average is no list; a plain sum holds no average or split.
    assert one_more_item("사회 83점도 넣으면?", ["국어 87점의 평균"]) is None
    assert one_more_item("사회 83점도 넣으면?", ["87 + 92는?"]) is None
