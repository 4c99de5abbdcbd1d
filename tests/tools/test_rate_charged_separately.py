"""A tax or charge said to be separate from the price is paid on top of it.

Our own examples: the price with the charge is asked (the total), unless the request
names the charge again, when its own amount is what is asked.
"""

from __future__ import annotations

import pytest

from tools.calculator import calculate


@pytest.mark.parametrize(
    ("request_text", "display"),
    [
        ("책상 180,000원에 부가세 10% 별도면 총 얼마야", "198,000원"),
        ("노트북 1,250,000원 부가세 10% 따로면 얼마 내야 돼", "1,375,000원"),
        ("식사 64,000원에 봉사료 10% 별도로 붙으면 얼마야", "70,400원"),
        ("a sofa is 900 dollars, 7% tax extra, what do I pay", "$963.00"),
    ],
)
def test_a_separate_charge_is_paid_on_top(request_text: str, display: str) -> None:
    assert calculate(request_text).display == display


@pytest.mark.parametrize(
    ("request_text", "display"),
    [
        ("책상 180,000원에 부가세 10% 별도면 부가세는 얼마야", "18,000원"),
        ("a sofa is 900 dollars, 7% tax extra, how much is the tax", "$63.00"),
    ],
)
def test_the_charge_named_again_is_its_own_amount(request_text: str, display: str) -> None:
    assert calculate(request_text).display == display
