"""A follow-up that keeps the last result, or names another pack size, swaps no figure."""

from __future__ import annotations

import pytest

from tools.followup_held_result import changes_what_the_result_is_about
from tools.followups import resolve_in_conversation

PACE = "I ran 8 km in 44 minutes, what's my pace per km"
PACK = "a 6-pack of yogurt is 5.40, what's that per cup"


@pytest.mark.parametrize(
    ("earlier", "turn"),
    [
        (PACK, "what about the 12-pack"),  # another product: its price is not given
    ],
)
def test_no_figure_is_swapped(earlier: str, turn: str) -> None:
    assert changes_what_the_result_is_about(turn)
    assert resolve_in_conversation([earlier], turn) is None


def test_a_time_at_that_pace_is_the_run_scaled_not_a_figure_swapped() -> None:
    # No figure swapped (that gave a new pace for a time asked): the run's time scaled to
    # the new distance, by tools.followup_pace_distance before this guard.
    turn = "and if I run 12k at that pace how long"
    assert changes_what_the_result_is_about(turn)
    resolved = resolve_in_conversation([PACE], turn)
    assert resolved is not None and "66 min" in resolved.result.answer


def test_a_korean_pack_size_is_another_product() -> None:
    assert changes_what_the_result_is_about("30구짜리는?")


@pytest.mark.parametrize(
    "turn",
    [
        "2 more packs",
        "두 팩 더",
        "what about 3 people",
        "and at that rate for a year?",
        "강남구 3구역",
    ],
)
def test_counts_and_other_turns_are_left_to_the_rules(turn: str) -> None:
    assert not changes_what_the_result_is_about(turn)


def test_a_pack_size_with_its_own_price_is_left_to_the_rules() -> None:
    assert not changes_what_the_result_is_about("what about the 12-pack at 9.90")
