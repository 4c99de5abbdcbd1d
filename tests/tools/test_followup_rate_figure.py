"""A follow-up's new distance replaces the distance, not the km-per-litre rate."""

from __future__ import annotations

from tools.followup_chain import run_chain
from tools.followups import resolve_follow_up


def test_a_new_distance_keeps_the_rate_of_the_car() -> None:
    steps = ["the car does 12 km per litre, how many litres for 360 km"]
    resolved = resolve_follow_up("and for 480 km?", steps)
    assert resolved is not None
    assert resolved[0] == ["the car does 12 km per litre, how many litres for 480 km"]
    result = run_chain(resolved[0])
    assert result is not None and result.answer == "40 L"


def test_a_korean_rate_said_with_dang_is_kept_too() -> None:
    steps = ["리터당 15km 가는 차로 300km 가려면 기름 몇 리터 필요해"]
    resolved = resolve_follow_up("450km면?", steps)
    assert resolved is not None
    assert "리터당 15km" in resolved[0][0] and "450km" in resolved[0][0]


def test_a_new_rate_replaces_the_rate() -> None:
    steps = ["the car does 12 km per litre, how many litres for 360 km"]
    resolved = resolve_follow_up("what if it did 16 km per litre?", steps)
    assert resolved is not None
    assert resolved[0] == ["the car does 16 km per litre, how many litres for 360 km"]
