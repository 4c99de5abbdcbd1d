"""A charge added to each thing ordered raises the price of one, then the order re-runs."""

from __future__ import annotations

from datetime import datetime

from tools.followups import resolve_in_conversation

NOW = datetime(2026, 11, 30, 12, 0)


def test_a_surcharge_per_thing_raises_the_price_of_one() -> None:
    earlier = ["머그컵 한 개 12,000원인데 여섯 개 사면 얼마야"]
    resolved = resolve_in_conversation(earlier, "이니셜 새기면 한 개에 2,000원 추가래", NOW)
    assert resolved is not None and resolved.result is not None
    assert resolved.result.answer == "84,000원"


def test_a_surcharge_on_a_total_or_a_lower_price_is_not_guessed() -> None:
    split = ["펜션 48만 원이고 6명이 가면 인당 얼마씩 내면 돼"]
    assert resolve_in_conversation(split, "인당 5천 원씩 더 받는대", NOW) is None
    order = ["머그컵 한 개 12,000원인데 여섯 개 사면 얼마야"]
    cheaper = resolve_in_conversation(order, "온라인은 개당 1,000원 더 싸대", NOW)
    assert cheaper is None or cheaper.result is None or cheaper.result.answer != "78,000원"
