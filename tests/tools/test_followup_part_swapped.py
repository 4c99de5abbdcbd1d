"""A change said of only part of a group is no change of the whole.

Our own examples: a group's price would be replaced for everyone (a wrong total); a part
that leaves still changes the count.
"""

from __future__ import annotations

from tools.followups import resolve_follow_up


def test_a_swap_for_part_of_the_group_is_not_read_as_a_new_price() -> None:
    previous = ["라면 한 그릇 6,000원인데 여섯 명이 먹으면 얼마야"]
    assert resolve_follow_up("그중 두 명은 8,000원짜리 냉면으로 바꾸면?", previous) is None
    previous_en = ["lunch sets are 12 dollars each, how much for 5"]
    # Now split between the two prices (3 x 12 + 2 x 15), never all five at 15 dollars.
    resolved_en = resolve_follow_up("two of us switch to the 15 dollar set", previous_en)
    assert resolved_en is not None
    assert resolved_en[0] == ["$12 * 3 + $15 * 2"]


def test_a_part_that_leaves_still_changes_the_count() -> None:
    resolved = resolve_follow_up(
        "그 중에 셋은 못 온대", ["회비 1인당 20,000원에 10명이면 총 얼마야"]
    )
    assert resolved is not None
    assert "7명" in resolved[0][-1]
