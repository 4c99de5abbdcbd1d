"""A follow-up figure said with "go"/"drive" is a speed, never the distance."""

from __future__ import annotations

from tools.followup_speed_named import names_a_speed, speed_named_by_verb
from tools.followups import resolve_in_conversation

_TRIP = "how long does it take to drive 300 km at 60 km/h"


def test_the_new_figure_replaces_the_speed_not_the_distance() -> None:
    follow_up = resolve_in_conversation([_TRIP], "what if we go 75?")
    assert follow_up is not None
    assert follow_up.result.answer == "4 hours"  # 300 km at 75 km/h, not 75 km at 60


def test_the_speed_may_carry_its_unit() -> None:
    changed = speed_named_by_verb("and if i drive 75 km/h instead?", [_TRIP])
    assert changed == (["how long does it take to drive 300 km at 75 km/h"], "speed 60 → 75")


def test_another_unit_or_no_speed_in_the_step_declines() -> None:
    assert speed_named_by_verb("what if i go 50 mph?", [_TRIP]) is None
    assert resolve_in_conversation(["what is 240 divided by 8"], "what if i go 100?") is None


def test_korean_speed_forms_are_read() -> None:
    assert names_a_speed("시속 100이면?")
    assert names_a_speed("그럼 90으로 달리면?")
    assert not names_a_speed("100이면?")
