"""A puzzle's answer from the local model is never shown as checked (opens56e, set 47).

A reasoning puzzle ("next number: 2, 6, 12, 20, 30, ?", "a boy has as many brothers as
sisters …", :mod:`tools.puzzle_forms_56e`) goes to a model, but nothing in code can
check what a model answers to it, and the small local model gets such puzzles wrong
("The number 2 is the next number"). Its reply is therefore a guard failure: the step is
retried once on the cloud tier when it may go there, and otherwise shown flagged as
degraded, never as a plain answer. A step pinned to the local tier (a replay, the tier
picker) shows what that tier said.
"""

from __future__ import annotations

from agents.output_guard import GuardFailure
from tools.puzzle_forms_56e import asks_a_puzzle

__all__ = ["unchecked_puzzle_answer"]


def unchecked_puzzle_answer(
    question: str, kind: str, tier: str | None, pinned: bool
) -> GuardFailure | None:
    """A failure for a local model's reply to a puzzle form, else ``None``.

    Args:
        question: The step's text.
        kind: The step's kind (only a model's own answer, ``generate``, is judged).
        tier: The tier the step's route took (``None`` before it was routed).
        pinned: Whether the user pinned the step to a tier.
    """
    if kind != "generate" or pinned or tier != "local":
        return None
    puzzle = asks_a_puzzle(question)
    if puzzle is None:
        return None
    return GuardFailure(
        "unchecked_puzzle", f"unchecked puzzle: {puzzle} answered by the local model"
    )
