"""One pattern for a sum of money: a price and an amount read the same sums.

``tools.rag.prices`` (does a sentence state what something costs?) and
``tools.rag.answer_types``' amount evidence (does it hold how much?) had two near-copies
of the money pattern; each knew forms the other did not ("20 cents", "a 25.00 recovery
fee"). Sentences of our own; every one states a sum, so both must say so.
"""

from __future__ import annotations

import pytest

from tools.rag.answer_types import has_answer_type
from tools.rag.prices import states_price

_SUMS = [
    "A replacement card is 20 cents at the front desk.",
    "Late returns carry a 12.00 overdue fee.",
    "분실 시 재발급은 공짜입니다.",
    "Members pay their co-payments at the counter.",
    "The locker deposit of 15.00 is refunded at the end of the month.",
    "주차는 30분에 1,500원입니다.",
    "Towels are 2.50 per visit.",
]


@pytest.mark.parametrize("sentence", _SUMS)
def test_a_sum_of_money_is_both_a_price_and_an_amount(sentence: str) -> None:
    assert states_price(sentence, "")
    assert has_answer_type(sentence, "amount")


@pytest.mark.parametrize(
    "sentence", ["The pool is 25 m long.", "하루 2알씩 드세요.", "Take 5 mg with water."]
)
def test_a_measure_is_an_amount_but_no_price(sentence: str) -> None:
    assert has_answer_type(sentence, "amount")
    assert not states_price(sentence, "")
