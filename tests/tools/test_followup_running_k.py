"""A runner's "10k" after a question in kilometres is ten kilometres."""

from __future__ import annotations

import pytest

from tools.followup_chain import run_chain
from tools.followup_running_k import running_k_as_km
from tools.followups import resolve_follow_up


@pytest.mark.parametrize(
    ("follow_up", "previous", "miles"),
    [
        ("what about a half marathon, 21.1k?", "how many miles is 3km", "13.1"),
        ("15k면?", "8km는 몇 마일", "9.32"),
    ],
)
def test_a_runners_distance_after_kilometres_is_the_same_question(
    follow_up: str, previous: str, miles: str
) -> None:
    resolved = resolve_follow_up(follow_up, [previous])
    assert resolved is not None
    result = run_chain(resolved[0])
    assert result is not None and miles in result.answer


@pytest.mark.parametrize(
    ("text", "previous"),
    [
        ("and 20k won?", "how many miles is 3km"),  # money, not a distance
        ("and 20kg?", "how many miles is 3km"),  # another unit
        ("and 20k?", "3 shirts at 20 dollars each"),  # no kilometres before it
    ],
)
def test_other_ks_are_left_alone(text: str, previous: str) -> None:
    assert running_k_as_km(text, [previous]) == text
