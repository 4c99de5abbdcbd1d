"""A sum of money written without its currency still answers "how much".

Examples written for this test (a ferry's fares, a library's fines, a gym's locker).
"""

from __future__ import annotations

import pytest

from tools.rag.answer_types import has_answer_type


@pytest.mark.parametrize(
    "sentence",
    [
        "Lockers need a refundable deposit of 20.00, paid at the front desk.",
        "A lost library card costs 3.50 to replace.",
        "Late returns are charged a 1.20 daily fine.",
        "The return fare is 12,000 for adults.",
    ],
)
def test_a_sum_named_by_what_it_is_is_an_amount(sentence: str) -> None:
    assert has_answer_type(sentence, "amount", question="사물함 보증금 얼마예요?")


@pytest.mark.parametrize(
    "sentence",
    [
        # Clock times and counts are written with the same digits.
        "The desk is staffed from 9.00 to 17.30 on weekdays.",
        "The fee is due 2 times a year.",
        "The deposit is returned within 10 working days.",
    ],
)
def test_times_and_counts_are_no_sum(sentence: str) -> None:
    assert not has_answer_type(sentence, "amount", question="사물함 보증금 얼마예요?")
