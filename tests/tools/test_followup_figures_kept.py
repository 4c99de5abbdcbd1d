"""A follow-up stating two figures is re-run with both, or not answered by code."""

from __future__ import annotations

from tools.followup_figures_kept import drops_a_stated_figure
from tools.followups import resolve_in_conversation

_TOP_UP = "필라테스 포인트 20만 원 충전하면 10% 더 얹어준다는데 총 얼마 쓸 수 있어"


def test_a_second_figure_left_out_is_no_reading() -> None:
    # Only the rate would be placed (10% -> 15%) and the new 40만 dropped: never that reading
    # (230,000원). Both figures placed is right (opens50a's figures_restated_pointing_back).
    resolved = resolve_in_conversation([_TOP_UP], "40만 충전하면 15% 준다는데 그건?")
    assert resolved is None or "460,000" in resolved.result.answer


def test_one_figure_changed_still_runs() -> None:
    resolved = resolve_in_conversation([_TOP_UP], "40만 원 충전하면 그건?")
    assert resolved is not None and resolved.result is not None
    assert "440,000" in resolved.result.answer


def test_the_check_itself() -> None:
    assert drops_a_stated_figure("40만 충전하면 15%", ["200000원 충전하면 15% 더"])
    assert not drops_a_stated_figure("40만 충전하면 15%", ["400000원 충전하면 15% 더"])
    # No rate, or two of them: figures a rule may rightly reword ("4시간 20분" as 260 min).
    assert not drops_a_stated_figure("그럼 4시간 20분은?", ["260 min * 3"])
    assert not drops_a_stated_figure("10% 말고 35%면", ["60000원 35% 할인"])
