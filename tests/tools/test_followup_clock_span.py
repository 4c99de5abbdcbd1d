"""A follow-up moving one end of the previous clock span (our own examples)."""

from __future__ import annotations

import pytest

from tools.followup_chain import run_chain
from tools.followup_clock_span import moved_span_end
from tools.followups import resolve_follow_up

_NAP = "오후 1시 20분에 잠들어서 오후 3시에 깼으면 몇시간 잔거야"
_BUS = "밤 10시 10분에 출발해서 새벽 1시 50분에 도착하면 몇시간 걸려"


@pytest.mark.parametrize(
    ("previous", "turn", "answer"),
    [
        (_NAP, "4시 반에 깼으면?", "3시간 10분"),
        (_BUS, "밤 11시에 출발하면?", "2시간 50분"),
        (_BUS, "새벽 2시 반에 도착하면?", "4시간 20분"),
    ],
)
def test_one_end_moves(previous: str, turn: str, answer: str) -> None:
    resolved = resolve_follow_up(turn, [previous])
    assert resolved is not None
    result = run_chain(resolved[0])
    assert result is not None and result.answer == answer


@pytest.mark.parametrize(
    ("previous", "turn"),
    [
        (_NAP, "4시면?"),  # which end moved is not said
        ("12 곱하기 12", "4시 반에 깼으면?"),  # no span before
    ],
)
def test_no_end_to_move(previous: str, turn: str) -> None:
    assert moved_span_end(turn, [previous]) is None
