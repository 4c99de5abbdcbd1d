"""Some of the group skip a per-head extra: "two of us will skip the pairing" after "the
tasting menu is 78 a head and the wine pairing is 45 a head, 4 of us all with pairing,
total?" (492 - 2 x 45 = 402).

The turn names the extra ("the pairing") and how many skip it; the first turn must price that
extra once per head ("45 a head", "per person", "each"), named by the same word. The total
is lowered by that many heads of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.followup_chain import run_chain
from tools.followup_words_50a import COUNT, count_value

__all__ = ["some_skip_the_extra"]

_SAID = LazyPattern(
    rf"^\s*(?:oh\s+|and\s+|but\s+|actually\s+)?(?P<n>{COUNT})\s+of\s+(?:us|them)\s+"
    r"(?:will\s+|'ll\s+|are\s+going\s+to\s+|wanna\s+|want\s+to\s+)?"
    r"(?:skip|pass\s+on|won'?t\s+have|don'?t\s+want|are\s+skipping|go\s+without)\s+(?:the\s+)?"
    r"(?P<extra>[a-z]+(?:\s+[a-z]+)?)\s*[.!?]*\s*$",
    re.I,
)


def some_skip_the_extra(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The total less the skipped heads of the extra, or ``None``.

    Args:
        text: The follow-up ("two of us will skip the pairing").
        steps: The previous turn's steps (one total with the extra priced per head).
    """
    said = _SAID.match(text)
    if said is None or len(steps) != 1:
        return None
    step = steps[0]
    word = re.escape(said["extra"].split()[-1].lower())
    priced = list(
        re.finditer(
            rf"\b{word}\b[a-z ]{{0,12}}?\b(?:is|costs?|at|for)\s+\$?(?P<p>\d+(?:\.\d+)?)\s+"
            r"(?:a|per|each)\s+(?:head|person|guest)\b",
            step,
            re.I,
        )
    )
    if len(priced) != 1:
        return None
    n = count_value(said["n"])
    if n < 1 or run_chain([step]) is None:
        return None
    less = Decimal(priced[0]["p"]) * n
    return [step, f"거기서 {less:f} 빼면"], f"{n} skip the {said['extra']} (- {less:f})"
