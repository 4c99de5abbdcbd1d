"""Two follow-up forms: the tax part asked as 세금, and a place said as someone there."""

from __future__ import annotations

from datetime import datetime

from tools.followups import resolve_in_conversation

NOW = datetime(2026, 11, 30, 12, 0)


def test_the_tax_part_asked_as_se_geum_after_a_supply_price() -> None:
    earlier = ["전기포트 부가세 포함 44,000원인데 공급가액은 얼마야"]
    for turn in ("세금만 따로 얼마 붙은 거야", "세금은 얼마야"):
        resolved = resolve_in_conversation(earlier, turn, NOW)
        assert resolved is not None and resolved.result is not None, turn
        assert resolved.result.answer == "4,000원"


def test_a_place_said_as_someone_there_is_the_place() -> None:
    earlier = ["a call is at 9:00 am tokyo time on june 2 2027, what time is that in london"]
    resolved = resolve_in_conversation(earlier, "and for my cousin in sydney", NOW)
    assert resolved is not None and resolved.result is not None
    assert "10:00" in resolved.result.answer  # Tokyo UTC+9, Sydney UTC+10 in June
