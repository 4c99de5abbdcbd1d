"""How often a priced visit happens, said anew: "the vet says three visits a day" after "the
pet sitter comes twice a day at 20 a visit, we're away 10 days".

The turn gives a count a period (its one figure); the first turn must state exactly one
frequency for that same period ("twice a day", "3 times a week"), which the turn's count
replaces. Kept only when code reads the new request.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.followup_rerun import replaced
from tools.followup_words_50a import COUNT, count_value, figures_said

__all__ = ["frequency_changed"]

_PERIOD = r"(?P<per>day|week|month)"
_SAID = LazyPattern(
    rf"(?<![\w.])(?P<n>{COUNT})\s+(?:[a-z]+\s+)?(?:times\s+)?(?:a|per|each)\s+{_PERIOD}\b", re.I
)


def frequency_changed(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The first request with its one frequency set to the turn's, or ``None``.

    Args:
        text: The follow-up ("the vet says three visits a day").
        steps: The previous turn's steps (one request).
    """
    said = _SAID.search(text)
    if said is None or len(steps) != 1 or figures_said(text) != 1:
        return None
    per = said["per"].lower()
    step = steps[0]
    old = list(
        re.finditer(
            rf"\b(?:once|twice|thrice|(?:{COUNT})\s+times)\s+(?:a|per|each)\s+{per}\b", step, re.I
        )
    )
    if len(old) != 1:
        return None
    count = count_value(said["n"])
    new = f"{count} times a {per}"
    return replaced(step, old[0].span(), new, f"{old[0].group()} → {new}")
