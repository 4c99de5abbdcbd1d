"""A weight said in pounds and ounces converts as one figure (found by the nineteenth set)."""

from __future__ import annotations

import pytest

from tools.handlers import match_deterministic
from tools.units_pounds_ounces import merge_pounds_and_ounces


@pytest.mark.parametrize(
    ("request_text", "figure"),
    [
        # 7 lb 4 oz = 116 oz = 3.2885 kg; 8 lb 6 oz = 134 oz = 3,798.8 g.
        ("7파운드 4온스는 몇 kg이야", "3.2885"),
        ("8 pounds 6 ounces in grams", "3,798.8"),
        ("my parcel is 2 lbs 10 oz, what's that in kg", "1.19"),
    ],
)
def test_pounds_and_ounces_are_one_weight(request_text: str, figure: str) -> None:
    result = match_deterministic(request_text)
    assert result is not None and figure in result.answer, result


def test_the_merge_keeps_other_text() -> None:
    assert merge_pounds_and_ounces("9 lb 2 oz in kg") == "146 oz in kg"
    assert merge_pounds_and_ounces("2 lb in kg") == "2 lb in kg"
