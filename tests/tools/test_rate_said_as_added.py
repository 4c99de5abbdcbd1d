"""A rate said to be added ("with a 10% booking fee", "수수료 10% 붙으면") is put on top."""

from __future__ import annotations

import pytest

from tools.calculator import calculate


@pytest.mark.parametrize(
    ("request_text", "figure"),
    [
        ("a museum pass is 42,000 won, how much with a 5% booking fee", "44,100"),
        ("the sofa is 600,000 won, what do i pay with a 3% card fee", "618,000"),
        ("택배비 12,000원에 수수료 5% 붙으면 얼마야", "12,600"),
        ("월세 500,000원에 관리비 명목으로 8% 얹으면 얼마야", "540,000"),
    ],
)
def test_a_rate_said_to_be_added_is_on_top_of_the_amount(request_text: str, figure: str) -> None:
    assert figure in calculate(request_text).display


@pytest.mark.parametrize(
    ("request_text", "figure"),
    [
        # The fee alone, asked as such, is still the share.
        ("what's a 5% booking fee on 42,000 won", "2,100"),
        ("12,000원의 수수료 5%는 얼마야", "600"),
        # A cut keeps its reading, with "with" or with a verb.
        ("a museum pass is 42,000 won, how much with a 10% discount", "37,800"),
        ("42,000원에 10% 할인 붙으면 얼마야", "37,800"),
    ],
)
def test_the_share_alone_and_a_cut_keep_their_readings(request_text: str, figure: str) -> None:
    assert calculate(request_text).display.startswith(figure)
