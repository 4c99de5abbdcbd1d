"""A race distance said "a 5k", "10k" in a unit question: kilometres.

"how many miles is a 5k" went to the local model (blind set 33), which made up a pace: the
units reader knows "5 km" but not the runner's "5k". In a question that asks for miles or
kilometres, a figure followed by a bare "k" (never "5kg", "10km", nor money: "10k won") is
that many kilometres.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["running_k_in_km"]

_ASKS_DISTANCE = LazyPattern(r"\bmiles?\b|\bmi\b|\bkm\b|kilomet|마일|킬로미터", re.IGNORECASE)
_RUNNING_K = LazyPattern(
    r"(?:\b(?:a|an|the)\s+)?(?<![\w.])(?P<n>\d+(?:\.\d+)?)\s*[kK](?![A-Za-z])"
    r"(?!\s*(?:원|won|krw|달러|dollars?|\$))",
)


def running_k_in_km(text: str) -> str | None:
    """``text`` with "a 5k" as "5 km" when it asks a distance in another unit; else None."""
    if not _ASKS_DISTANCE.search(text) or len(_RUNNING_K.findall(text)) != 1:
        return None
    return _RUNNING_K.sub(lambda m: f"{m['n']} km", text)
