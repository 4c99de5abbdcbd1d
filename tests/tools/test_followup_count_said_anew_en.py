"""One reader of an English count said anew (tools.followup_count_said_anew_en), both rows.

Inputs of our own: the count replaced is the one the row's cue finds in the previous
request; two such counts, a group split asked among other steps, or "only" a count that
is not fewer are left to other rules.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from tools.followup_count_said_anew_en import (
    FEWER_NEEDED,
    SMALLER_GROUP,
    RestatedCount,
    count_said_anew,
)

_CABIN = "the cabin was 630 for the weekend split between 6 friends"
_BULBS = "bulbs are 7 each and we need 9 for the hallway, how much"
_NEVER = r"(?!x)x"


@pytest.mark.parametrize(
    ("row", "turn", "previous", "changed"),
    [
        (
            SMALLER_GROUP,
            "what if there's only 5",
            _CABIN,
            "the cabin was 630 for the weekend split between 5 friends",
        ),
        (
            FEWER_NEEDED,
            "actually only 6 need swapping",
            _BULBS,
            "bulbs are 7 each and we need 6 for the hallway, how much",
        ),
    ],
)
def test_the_one_count_of_the_cue_is_replaced(
    row: RestatedCount, turn: str, previous: str, changed: str
) -> None:
    read = count_said_anew(row, turn, [previous])
    assert read is not None and read[0] == [changed]
    # With the cue finding nothing, nothing is replaced.
    never = replace(row, previous=re.compile(_NEVER))
    assert count_said_anew(never, turn, [previous]) is None


def test_two_counts_of_the_cue_are_left_alone() -> None:
    two = "dinner for 4 people and drinks for 3 people came to 180"
    assert count_said_anew(SMALLER_GROUP, "what if it's just 2", [two]) is None


def test_a_group_split_among_other_steps_is_left_alone() -> None:
    assert count_said_anew(SMALLER_GROUP, "what if it's just 2", ["30 + 40", _CABIN]) is None


def test_only_a_count_that_is_not_fewer_is_left_alone() -> None:
    assert count_said_anew(FEWER_NEEDED, "only 12 need replacing", [_BULBS]) is None
