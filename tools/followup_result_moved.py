"""Whether a changed figure moves the result: a check against misreading a follow-up.

When a follow-up changes a count in the previous step ("one of us bailed": 4 people
become 3) and the step re-run gives the same result, the count was not what the result
depended on ("4명이서 삼겹살 5인분 … 총 얼마": the total is for the portions, whoever
eats them), so the reading is wrong, never an answer.
"""

from __future__ import annotations

from collections.abc import Sequence

from tools.followup_chain import run_chain

__all__ = ["moves_the_result"]


def moves_the_result(before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether both step lists run and ``after`` gives another value than ``before``."""
    old, new = run_chain(before), run_chain(after)
    return old is not None and new is not None and old.value != new.value
