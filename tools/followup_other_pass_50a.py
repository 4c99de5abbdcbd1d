"""Another pass asked after one was priced per use: "the 20-class one is 320" after "a
10-class pass is 180 dollars, what's that per class".

The turn names the pass by its count hyphened to the same unit and gives its price (its two
figures); the first turn's count and its one price are replaced, and the same is asked of
it. Kept only when code reads the new request.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.followup_rerun import kept_if_read, spliced

__all__ = ["other_pass_priced"]

_N = r"\d+(?:\.\d+)?"
_SAID = LazyPattern(
    rf"^\s*(?:and\s+|but\s+|ok\s+|so\s+)?the\s+(?P<n>\d+)-(?P<unit>[a-z]+?)s?\s+(?:one|pass|card|pack)\s+"
    rf"(?:is|costs?|'s|goes\s+for)\s+\$?(?P<p>{_N})\b(?:\s+dollars)?\s*[?.!]*\s*$",
    re.I,
)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def other_pass_priced(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The first request about the other pass, or ``None``.

    Args:
        text: The follow-up ("the 20-class one is 320").
        steps: The previous turn's steps (one request about a pass).
    """
    said = _SAID.match(text.replace(",", ""))
    if said is None or len(steps) != 1:
        return None
    step = re.sub(r"(?<=\d),(?=\d)", "", steps[0])
    unit = re.escape(said["unit"].lower())
    counts = list(re.finditer(rf"(?<![\d.])(?P<n>\d+)-{unit}", step, re.I))
    figures = list(_FIGURE.finditer(step))
    if len(counts) != 1 or len(figures) != 2:
        return None
    price = next(f for f in figures if f.start() != counts[0].start("n"))
    changed = spliced(step, [(counts[0].span("n"), said["n"]), (price.span(), said["p"])])
    return kept_if_read(changed, f"the {said['n']}-{said['unit']} one at {said['p']}")
