"""The things each member gets, said anew: "let's allow 3 drinks a guest" after "each of the
60 guests gets 2 drinks at 7.50".

The turn counts a thing per member ("3 drinks a guest", "4 slices per kid"), its one figure;
the first turn must count that thing exactly once, which the new count replaces. Kept only
when code reads the new request.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.followup_rerun import replaced
from tools.followup_words_50a import COUNT, count_value, figures_said

__all__ = ["count_each_changed"]

_SAID = LazyPattern(
    rf"(?<![\w.])(?P<n>{COUNT})\s+(?P<thing>[a-z]{{3,}})\s+(?:a|per|each|for\s+each)\s+"
    r"(?:guest|person|head|kid|child|student|player|member|couple|table|room)\b",
    re.I,
)


def count_each_changed(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The first request with its one count of the thing set anew, or ``None``.

    Args:
        text: The follow-up ("let's allow 3 drinks a guest").
        steps: The previous turn's steps (one request).
    """
    said = _SAID.search(text)
    if said is None or len(steps) != 1 or figures_said(text) != 1:
        return None
    thing = said["thing"].lower()
    stem = thing[:-1] if thing.endswith("s") else thing
    step = steps[0]
    counts = list(re.finditer(rf"(?<![\w.])(?P<n>\d+)\s+{re.escape(stem)}s?\b", step, re.I))
    if len(counts) != 1:
        return None
    new = count_value(said["n"])
    at = counts[0]
    return replaced(step, at.span("n"), f"{new}", f"{at['n']} → {new} {thing} each")
