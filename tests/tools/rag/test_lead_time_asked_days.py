"""'며칠 전까지' asks how early, as '몇 일 전까지' does (blind set 36)."""

from __future__ import annotations

from tools.rag.lead_time_asked import asks_how_early, states_no_lead_time

_WITHIN = "복귀 후 2일 안에 결재를 올립니다."


def test_myeochil_jeonkkaji_asks_how_early() -> None:
    assert asks_how_early("예약은 며칠 전까지 해야 돼요?")
    assert asks_how_early("며칠 전에 신청해요?")
    assert not asks_how_early("며칠 걸려요?")


def test_a_span_within_is_no_lead_time_for_it_but_a_span_before_is() -> None:
    assert states_no_lead_time("며칠 전까지 올려야 돼요?", _WITHIN)
    assert not states_no_lead_time("며칠 전까지 올려야 돼요?", "사용하기 3일 전까지 신청합니다.")
