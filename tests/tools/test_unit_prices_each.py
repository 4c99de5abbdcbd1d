"""Each pack's price per unit, asked at once ("…g당 각각 얼마"), answered in code."""

from __future__ import annotations

import pytest

from tools.handlers import match_deterministic
from tools.unit_prices_each import prices_per_unit_each


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "우유 500ml짜리가 1,800원이고 1000ml짜리가 3,200원이면 1ml당 각각 얼마",
            "500ml: 3.6원/ml, 1,000ml: 3.2원/ml",
        ),
        (
            "쌀 10kg에 32,000원이랑 20kg에 60,000원 kg당 각각 얼마야",
            "10kg: 3,200원/kg, 20kg: 3,000원/kg",
        ),
        (
            "12 pieces for $6 or 20 pieces for $9, how much per piece each",
            "12 pieces: $0.50/piece, 20 pieces: $0.45/piece",
        ),
    ],
)
def test_each_pack_priced_per_unit(question: str, answer: str) -> None:
    result = match_deterministic(question)
    assert result is not None and result.answer == answer, result


@pytest.mark.parametrize(
    "question",
    [
        # Asked per another unit than the packs are sold by: not converted here.
        "쌀 10kg에 32,000원이랑 20kg에 60,000원 g당 각각 얼마야",
        # A figure that is no pack's ("3개"): the sentence says something not read here.
        "쌀 10kg에 32,000원이랑 20kg에 60,000원 3포대 kg당 각각 얼마야",
        # One pack only is the calculator's price per unit, not this.
        "쌀 10kg에 32,000원 kg당 각각 얼마야",
    ],
)
def test_not_every_pack_read_means_no_answer_here(question: str) -> None:
    assert prices_per_unit_each(question) is None
