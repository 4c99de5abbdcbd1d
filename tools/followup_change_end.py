"""A change from one figure to another, asked again with a new end figure.

"sales went from 1,200 to 1,380, whats the % increase" then "and if it went to 1,500?";
"52000에서 44200 됐으면 몇퍼 떨어진거야" then "40000이 됐으면?". The rule: when the last
step states a change from A to B, a follow-up saying the thing went (or became) C asks
the same question from A to C, so B is replaced by C in that step. A follow-up with any
other figure, or a step without a from-to change, is left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.korean_numbers import normalize_numerals

__all__ = ["new_end_of_change"]

_NUM = r"\d[\d,]*(?:\.\d+)?"
# The change in the last step: "from 1,200 to 1,380", "from $80 to $92", "52000에서 44200".
_CHANGE = LazyPattern(
    rf"\bfrom\s+\$?{_NUM}\s*(?:won|원|dollars?)?\s+to\s+\$?(?P<b>{_NUM})"
    rf"|(?<![\d,.]){_NUM}\s*(?:원|달러)?\s*에서\s*(?P<kb>{_NUM})",
    re.IGNORECASE,
)
# The follow-up: "and if it went to 1,500?", "what if they rose to 1,500", "1,500이 됐으면?",
# "그럼 1,500으로 올랐으면?".
_NEW_END = LazyPattern(
    r"^\s*(?:and\s+|so\s+)?(?:what\s+)?if\s+(?:it|that|they|sales|the\s+\w+)\s+(?:had\s+)?"
    r"(?:went|goes|go|gone|rose|rises|risen|grew|grows|grown|fell|falls|fallen|dropped|drops"
    rf"|jumped|jumps|climbed|climbs|increased|decreased)\s+to\s+\$?(?P<c>{_NUM})\s*"
    r"(?:won|dollars?)?\s*\??\s*$"
    rf"|^\s*(?:그럼|그러면)?\s*(?P<kc>{_NUM})\s*(?:원|달러)?\s*(?:이|가|으로|로)\s*"
    r"(?:됐으면|되면|됐다면|올랐으면|오르면|떨어졌으면|떨어지면|늘었으면|줄었으면)\s*[?？]?\s*$",
    re.IGNORECASE,
)


def new_end_of_change(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``and if it went to 1,500?``: the last step's change asked again, ending at 1,500."""
    if not steps:
        return None
    asked = _NEW_END.match(normalize_numerals(text))
    if asked is None:
        return None
    last = normalize_numerals(steps[-1])
    changes = list(_CHANGE.finditer(last))
    if len(changes) != 1:
        return None  # no change stated, or several: which end moved is not said
    change = changes[0]
    group = "b" if change["b"] is not None else "kb"
    new = asked["c"] or asked["kc"]
    start, end = change.span(group)
    step = last[:start] + new + last[end:]
    return [*steps[:-1], step], f"{change[group]} → {new}"
