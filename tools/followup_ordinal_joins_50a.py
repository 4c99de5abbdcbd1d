"""One more of the counted sharers or things joins, said with an ordinal: "a fourth couple
is joining" after "… split between 3 couples", "a fourth dog just signed up" after "I walk
3 dogs …".

The ordinal says where the count now stands (a fourth: 4) and its noun names which count of
the first turn it is. Read only when the first turn counts that noun exactly once, one less
than the ordinal; then the first turn is run again with the new count (declined when code
cannot read it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.followup_rerun import replaced
from tools.followup_words_50a import COUNT, ORDINAL, count_value, ordinal_value

__all__ = ["ordinal_one_joins"]

_JOINS = LazyPattern(
    rf"^\s*(?:oh\s+|and\s+|so\s+|also\s+|now\s+)?(?:a|an|the)\s+(?P<o>{ORDINAL})\s+"
    r"(?P<noun>[a-z]+)\s+(?:is\s+joining|is\s+coming|joins|is\s+in|wants\s+in|"
    r"(?:just\s+|has\s+)?signed\s+up)\b(?:\s+too|\s+as\s+well|\s+(?:now|today))?\s*[.!]*\s*$",
    re.I,
)


def ordinal_one_joins(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The first request with the noun's count set to the ordinal, or ``None``.

    Args:
        text: The follow-up ("a fourth couple is joining").
        steps: The previous turn's steps (one request).
    """
    said = _JOINS.match(text)
    if said is None or len(steps) != 1:
        return None
    new = ordinal_value(said["o"])
    noun = said["noun"].lower()
    step = steps[0]
    counts = list(re.finditer(rf"(?<![\w.])(?P<n>{COUNT})\s+{re.escape(noun)}s?\b", step, re.I))
    if len(counts) != 1 or count_value(counts[0]["n"]) != new - 1:
        return None
    at = counts[0]
    return replaced(step, at.span("n"), f"{new}", f"{at['n']} → {new} {noun}s")
