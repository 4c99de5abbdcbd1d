"""A new count for one named item of several counted "씩" is not every item's (set 28 probe).

"광어 한 마리 35,000원 우럭 한 마리 28,000원 두 마리씩" then "우럭은 1마리만" was answered
63,000원 (one of each); "광어는 세 마리 살래", 189,000원 (three of each). Either is one
item's count only, which the shared "씩" count cannot carry: the turn is declined.
"""

from __future__ import annotations

from typing import Any

import pytest

import tools.followup_priced_swap as priced_swap
import tools.followup_slots as slots
from tools.followups import resolve_in_conversation

_ORDER = "시장 고등어 한 마리 5,000원 갈치 한 마리 9,000원 두 마리씩 사면 얼마"


def _answer(follow_up: str) -> str | None:
    resolved = resolve_in_conversation([_ORDER], follow_up)
    return resolved.result.answer if resolved and resolved.result else None


def _never_each(*_args: Any) -> bool:
    return False


@pytest.mark.parametrize(
    ("follow_up", "one_of_each_reading", "module"),
    [("갈치는 1마리만", "14,000원", slots), ("고등어는 세 마리 살래", "42,000원", priced_swap)],
)
def test_one_named_items_count_is_not_every_items(
    monkeypatch: pytest.MonkeyPatch, follow_up: str, one_of_each_reading: str, module: Any
) -> None:
    assert _answer(follow_up) is None
    monkeypatch.setattr(module, "count_of_each_item_unnamed", _never_each)
    # (The named item's own stretch guards the same turn too: switched off with it.)
    monkeypatch.setattr(priced_swap, "slot_of_another_item", _never_each)
    assert _answer(follow_up) == one_of_each_reading


def test_a_new_count_of_each_said_with_ssik_still_applies() -> None:
    assert _answer("세 마리씩 살래") == "42,000원"
