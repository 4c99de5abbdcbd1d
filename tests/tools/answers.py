"""What the deterministic tier answers: a first turn, or a follow-up of one earlier turn."""

from __future__ import annotations

from datetime import datetime

from tools.followup_chain import run_chain
from tools.followups import resolve_in_conversation
from tools.planner import split_steps


def chain_answer(text: str, now: datetime) -> str | None:
    """The deterministic answer to ``text`` as a first turn, or None when code declines."""
    result = run_chain(split_steps(text), now)
    return None if result is None else result.answer


def follow_up_answer(first: str, second: str, now: datetime) -> str | None:
    """The deterministic answer to ``second`` asked after ``first``, or None."""
    follow = resolve_in_conversation([first], second, now)
    return None if follow is None else follow.result.answer
