"""A smaller group supposed: "what about if it's just 3" after "… split between 4 of us".

Blind set 38: the turn went to a model. "if it's just 3", "if there's only 5 of us", "what
if it was just 2 people" name no noun of their own, but "just"/"only" with a bare count
supposes the group smaller (or larger) than the one the previous question named. When that
question names exactly one group count ("4 of us", "5 people", "3 ways", "6 friends"), the
count is replaced; otherwise the turn is left to the other rules (never a guess at which
figure the count replaces).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["just_a_count"]

_JUST = re.compile(
    r"^\s*(?:and\s+|so\s+|ok\s+)?(?:(?:what|how)\s+about\s+|what\s+)?(?:if\s+)?"
    r"(?:it'?s|it\s+is|it\s+was|it\s+were|there'?s|there\s+(?:is|are|was|were)|we'?re|we\s+(?:are|were))"
    r"\s+(?:just|only)\s+(?P<n>\d+)\s*(?:of\s+us|people|ppl|ways|friends|guys)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_GROUP = re.compile(r"(?<![\d.])(?P<n>\d+)(?=\s+(?:of\s+us|people|ppl|ways|friends|guys)\b)", re.I)


def just_a_count(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous step with its one group count replaced by the turn's, or ``None``.

    Args:
        text: The follow-up ("what about if it's just 3").
        steps: The previous turn's step texts.
    """
    said = _JUST.match(text)
    if said is None or len(steps) != 1:
        return None
    groups = list(_GROUP.finditer(steps[0]))
    if len(groups) != 1:
        return None
    group = groups[0]
    changed = f"{steps[0][: group.start()]}{said['n']}{steps[0][group.end() :]}"
    return [changed], f"{group['n']} → {said['n']}"
