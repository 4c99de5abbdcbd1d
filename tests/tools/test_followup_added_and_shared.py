"""An amount added to the previous result, the result shared, the rest after a deposit,
and an order edited by a count in words handed on (turns27; examples of our own)."""

from __future__ import annotations

import re
from typing import Any

import pytest

import tools.followup_added_and_shared as added_and_shared
import tools.followup_changes as changes
import tools.followup_reported_change as reported
from tools.followups import about_previous_result, resolve_in_conversation

_NEVER = re.compile(r"(?!x)x")
_LAMP = "the lamp is 300 and they knocked 20% off, what do I pay"
_DUMPLINGS = "만두 한 판 6천원 쫄면 한 그릇 7천원 두 개씩 시키면 얼마"
_BILL = ["3 salads at 12 and 2 soups at 6, what's the total", "add a 10% tip on top"]
_HALL = "the hall is 2,000 for the day and wants a 30% deposit up front, how much is the deposit"


def _never(*_args: Any) -> None:
    return None


@pytest.mark.parametrize(
    ("earlier", "follow_up", "answer", "rule"),
    [
        ([_LAMP], "plus 45 for delivery", "285", "amount_added"),
        ([_DUMPLINGS], "군만두 5,000원짜리 하나 추가요", "31,000원", "amount_added"),
        (_BILL, "split that four ways", "13.2", "shared_among"),
        (
            [_DUMPLINGS, "군만두 5,000원짜리 하나 추가요"],
            "둘이서 엔빵하면?",
            "15,500원",
            "shared_among",
        ),
    ],
)
def test_one_more_step_on_the_previous_result(
    monkeypatch: pytest.MonkeyPatch, earlier: list[str], follow_up: str, answer: str, rule: str
) -> None:
    resolved = resolve_in_conversation(earlier, follow_up)
    assert resolved is not None and resolved.result.answer == answer
    english, korean = (
        ("_ADDED_EN", "_ADDED_KO") if rule == "amount_added" else ("_SHARED_EN", "_SHARED_KO")
    )
    monkeypatch.setattr(added_and_shared, english, _NEVER)
    monkeypatch.setattr(added_and_shared, korean, _NEVER)
    resolved = resolve_in_conversation(earlier, follow_up)
    assert resolved is None or resolved.result.answer != answer


def test_a_share_is_not_taken_twice() -> None:
    earlier = ["the cab was 60 split between 3 of us, what's each share"]
    resolved = resolve_in_conversation(earlier, "split that four ways")
    assert resolved is None or resolved.result.answer != "5"


def test_the_rest_after_a_deposit(monkeypatch: pytest.MonkeyPatch) -> None:
    resolved = resolve_in_conversation([_HALL], "and what's left to pay on the day")
    assert resolved is not None and resolved.result.answer == "1,400"
    monkeypatch.setattr(
        changes, "_REST", re.compile(changes._REST.pattern.split("|^\\s*(?:and\\s+|so")[0])
    )
    resolved = resolve_in_conversation([_HALL], "and what's left to pay on the day")
    assert resolved is None or resolved.result.answer != "1,400"


@pytest.mark.parametrize("follow_up", ["하나 취소할게요", "cancel one of them"])
def test_an_order_edited_by_a_count_in_words_is_about_the_previous_turn(
    monkeypatch: pytest.MonkeyPatch, follow_up: str
) -> None:
    assert about_previous_result(follow_up)
    monkeypatch.setattr(reported, "_EDITS_THE_ORDER", _NEVER)
    assert not about_previous_result(follow_up)


def test_a_split_with_the_object_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    # Set 28: "split between 5 teams" after two turns went to a local model ("12.5").
    earlier = ["croissants are 18 a dozen and I need 2 dozen, how much", "plus 2 jars of jam at 3"]
    resolved = resolve_in_conversation(earlier, "split between 3 families")
    assert resolved is not None and resolved.result.answer == "14"
    pattern = added_and_shared._SHARED_EN.pattern.replace(
        r"(?:(?:that|it|the\s+(?:bill|total|lot))\s+)?", r"(?:that|it|the\s+(?:bill|total|lot))\s+"
    )
    monkeypatch.setattr(added_and_shared, "_SHARED_EN", re.compile(pattern, re.I))
    resolved = resolve_in_conversation(earlier, "split between 3 families")
    assert resolved is None or resolved.result.answer != "14"
