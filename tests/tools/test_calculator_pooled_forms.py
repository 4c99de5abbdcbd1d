"""A sum pooled by a group, and a count said before the price of one (Korean)."""

from __future__ import annotations

from tools.calculator_pooled_forms import pooled_expression
from tools.handlers import match_deterministic


def _answer(question: str) -> str | None:
    result = match_deterministic(question)
    return None if result is None else result.answer


def test_a_present_bought_together_is_shared() -> None:
    assert _answer("졸업선물 84,000원을 6명이 모아서 사면 1인당 얼마야") == "14,000원"
    assert _answer("꽃다발 45,000원을 3명이 같이 돈 모아서 사면 한 명당 얼마야") == "15,000원"


def test_a_pooled_sum_must_ask_for_each_ones_part() -> None:
    # "같이 사면 얼마야" may ask for the whole price: no division read.
    assert (
        pooled_expression("84000을 6명이 모아서 사면", "84,000원을 6명이 모아서 사면 얼마야")
        is None
    )


def test_the_count_before_the_price_of_one() -> None:
    assert _answer("의자 4개에 하나 35,000원이면 총 얼마야") == "140,000원"
    assert _answer("키보드 3대에 한 대 62,000원이면 전부 얼마야") == "186,000원"
