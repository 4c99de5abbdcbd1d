"""A result split that was not split before: "split that between the three of us", "what's
our share if the 3 of us split that".

The turn names what is split (that, it, the bill) and among how many; the previous steps
must split nothing (else the count would be a new head count, another rule's reading), and
the turn must hold no other figure. The answer is the last result over the count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.followup_words_50a import COUNT, count_value, figures_said

__all__ = ["result_split_among"]

_THAT = r"(?:that|it|this|the\s+(?:bill|cost|total|lot))"
# ("split that four ways" is tools.followup_added_and_shared's reading.)
_SPLIT = LazyPattern(
    rf"\bsplit\s+{_THAT}\s+(?:between|among|amongst)\s+(?:the\s+|all\s+)?(?P<a>{COUNT})\b"
    rf"|\b(?:the\s+|all\s+)?(?P<c>{COUNT})\s+of\s+us\s+split\s+{_THAT}\b",
    re.I,
)
_SPLIT_BEFORE = LazyPattern(
    r"\b(?:split|share|shared|each\s+(?:pay|owe|person|of\s+us|one\s+of\s+us)|per\s+(?:person|head)|ways"
    r"|between|among)\b|나누|인당|씩|반반",
    re.I,
)


def result_split_among(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The steps with the last result split among the turn's count, or ``None``.

    Args:
        text: The follow-up ("split that between the three of us").
        steps: The conversation's steps so far, none of which splits.
    """
    said = _SPLIT.search(text)
    if said is None or not steps or figures_said(text) != 1:
        return None
    if any(_SPLIT_BEFORE.search(step) for step in steps):
        return None
    count = count_value(next(v for v in said.groups() if v is not None))
    if count < 2:
        return None
    return [*steps, f"그걸 {count}명이 나누면"], f"split {count} ways"
