"""A distance written the runners' way ("10k") after a question in kilometres.

"5km is how many miles", then "and 10k?": after a measure in kilometres, a bare number
with "k" is a distance of that many kilometres (a 10k race), not ten thousand of the
previous unit. Read as "10km", the follow-up is the same question for the new distance;
left as it was, no code read it and a small model answered "10 km = 10.01 mi".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["running_k_as_km"]

_KILOMETRES = re.compile(r"\d\s*(?:km|킬로미터|킬로)(?![A-Za-z])", re.IGNORECASE)
# "10k", "21.1k", not "10km", "10kg", nor money ("10k won", "10k원").
_RUNNING_K = re.compile(
    r"(?<![\w.])(?P<n>\d+(?:\.\d+)?)\s*[kK](?![A-Za-z])(?!\s*(?:원|won|krw|달러|dollars?))",
    re.IGNORECASE,
)


def running_k_as_km(text: str, previous_steps: Sequence[str]) -> str:
    """``text`` with "<n>k" written "<n>km" when the previous steps measure in kilometres."""
    if not any(_KILOMETRES.search(step) for step in previous_steps):
        return text
    return _RUNNING_K.sub(lambda m: f"{m['n']}km", text)
