"""The last-resort follow-up takes only a turn naming one operation (own examples).

Each "must not" turn holds a reference and a figure, so it reached the fallback that
applied any such turn to the previous result as one more step.
"""

from __future__ import annotations

import pytest

from tools import followups
from tools.followups import resolve_follow_up, resolve_in_conversation

_MEAL = ["식비 48,000원을 네 명이 나누면 얼마야"]
_HOTEL = ["a hotel room is 120 dollars a night, how much for 3 nights"]
_PRODUCT = ["what is 12*7"]


@pytest.mark.parametrize(
    ("steps", "turn"),
    [
        # A new subject with a figure of its own.
        (_MEAL, "그거 말고 내 커피값 4,500원은?"),
        (_HOTEL, "that's for 2 adults"),
        (_PRODUCT, "that is my locker number 84"),
        # A fact about the previous request said again or added.
        (_PRODUCT, "it was 90 last time"),
        (_MEAL, "그거 어제 3명이서 먹은 거야"),
    ],
)
def test_a_turn_naming_no_operation_is_no_step(steps: list[str], turn: str) -> None:
    assert resolve_follow_up(turn, steps) is None


def test_without_the_gate_those_turns_became_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(followups, "names_one_operation", lambda _text: True)
    assert resolve_follow_up("that's for 2 adults", _HOTEL) is not None


@pytest.mark.parametrize(
    ("earlier", "turn", "answer"),
    [
        (_PRODUCT, "divide it by 3", "28"),
        (_PRODUCT, "add 16 to that", "100"),
        (["120,000원을 4명이 나누면?"], "거기서 2,000원을 빼면?", "28,000"),
        (["120,000원을 4명이 나누면?"], "그걸 5로 나누면?", "6,000"),
        (["1시간 20분 + 2시간 50분은 몇시간 몇분이야?"], "거기에 1시간 5분 더하면", "5시간 15분"),
    ],
)
def test_a_named_operation_with_one_figure_still_applies(
    earlier: list[str], turn: str, answer: str
) -> None:
    resolved = resolve_in_conversation(earlier, turn)
    assert resolved is not None and answer in resolved.result.answer, resolved


def test_three_figures_are_no_one_operation() -> None:
    turn = "그거 3명이 2,000원씩 5번 빼면?"
    assert resolve_follow_up(turn, ["120,000원을 4명이 나누면?"]) is None
