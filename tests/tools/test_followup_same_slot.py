"""A follow-up giving a new figure for the one slot of the previous request it fits.

"at 100?" changes the figure after "at"; "and for 45 minutes?" the hours, said in
minutes. The requests are ours.
"""

from __future__ import annotations

from tools.followups import resolve_in_conversation


def _answer(earlier: list[str], text: str) -> str | None:
    follow_up = resolve_in_conversation(earlier, text)
    return None if follow_up is None else follow_up.result.answer


def test_at_a_new_figure_changes_the_figure_after_at() -> None:
    earlier = ["cycling at 24 km/h, how far can i get in 1.5 hours"]
    assert _answer(earlier, "at 30?") == "45 km"
    assert _answer(earlier, "and at 20 instead") == "30 km"


def test_minutes_replace_the_hours_of_the_request() -> None:
    earlier = ["we charge 48,000 won an hour, how much for 3 hours"]
    assert _answer(earlier, "and for 15 minutes?") == "12,000원"


def test_a_request_without_that_slot_is_left_to_other_rules() -> None:
    assert _answer(["what's 15% of 80,000"], "at 20?") is None
    # 50 minutes is no exact part of an hour in decimals: no rounded figure is made up.
    earlier = ["we charge 48,000 won an hour, how much for 3 hours"]
    assert _answer(earlier, "for 50 minutes?") is None
