"""A follow-up naming its figure by a word changes that figure, in the step that names it."""

from __future__ import annotations

from tools.followup_named_figure import noun_of
from tools.followups import resolve_in_conversation


def test_a_named_coupon_changes_the_coupon_not_the_sale_before_it() -> None:
    first = "5만원짜리 가방을 20% 할인하고 거기서 쿠폰으로 5% 더 깎으면 얼마야?"
    resolved = resolve_in_conversation([first], "쿠폰이 10%짜리였으면?", None)
    assert resolved is not None and resolved.result is not None
    # 50,000 × 0.8 × 0.9: the 20% sale stays, the coupon goes from 5% to 10%.
    assert resolved.result.answer == "36,000원"


def test_the_named_figure_is_changed_even_in_an_earlier_step() -> None:
    first = "10만원짜리 신발을 쿠폰으로 10% 할인받고 거기서 5% 더 깎으면 얼마야?"
    resolved = resolve_in_conversation([first], "쿠폰이 20%였으면?", None)
    assert resolved is not None and resolved.result is not None
    # 100,000 × 0.8 × 0.95: the coupon goes from 10% to 20%, the later 5% stays.
    assert resolved.result.answer == "76,000원"


def test_a_word_beside_no_figure_leaves_the_latest_figure_to_change() -> None:
    first = "6만원짜리 모자를 20% 할인하고 거기서 5% 더 깎으면 얼마야?"
    resolved = resolve_in_conversation([first], "추가 할인이 10%였으면?", None)
    assert resolved is not None and resolved.result is not None
    assert resolved.result.answer == "43,200원"


def test_a_case_particle_closes_the_word() -> None:
    assert noun_of("쿠폰으로") == "쿠폰"
    assert noun_of("할인에서") == "할인"
    assert noun_of("시속") == "시속"
