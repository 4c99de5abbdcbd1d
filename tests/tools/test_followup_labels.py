"""A follow-up changing the rate it names by its label (tools/followup_labels.py)."""

from __future__ import annotations

import pytest

from tools.followup_labels import relabelled_rate
from tools.followups import resolve_in_conversation


@pytest.mark.parametrize(
    ("earlier", "text", "expected"),
    [
        # The second of two stacked discounts, named by its label.
        (
            "60,000원 운동화 30% 세일하는데 쿠폰으로 10% 추가할인 되면 얼마야",
            "추가할인이 20%였으면?",
            "33,600원",
        ),
        (
            "60,000원 운동화 30% 세일하는데 쿠폰으로 10% 추가할인 되면 얼마야",
            "추가할인 20%로 하면?",
            "33,600원",
        ),
        # A tip among a total and a split.
        ("dinner was $120, add an 18% tip and split it 4 ways", "make it a 25% tip", "$37.50"),
        ("dinner was $120, add an 18% tip and split it 4 ways", "change it to a 20% tip", "$36.00"),
    ],
)
def test_the_labelled_rate_is_replaced(earlier: str, text: str, expected: str) -> None:
    resolved = resolve_in_conversation([earlier], text)
    assert resolved is not None
    assert resolved.result.answer == expected


def test_a_label_next_to_no_rate_or_to_two_is_no_edit() -> None:
    steps = ["60,000원 운동화 30% 세일하는데 쿠폰으로 10% 추가할인 되면 얼마야"]
    assert relabelled_rate("쿠폰 15%면?", steps) is None  # 쿠폰 stands next to no rate
    assert relabelled_rate("추가할인 15%면?", steps) is not None
    both = ["할인 10% 받고 또 할인 5% 받으면"]
    assert relabelled_rate("할인 20%면?", both) is None  # which of the two is unclear
