""" "120 an hour for a crew of 3": the size of the crew says what the rate buys, no count.

Blind set 31: "the movers quoted 120 an hour for a crew of 3 plus a 75 truck fee, they
think it's 5 hours" went to the cloud: the 3 was read as a count and left unmatched. A
rate said *for* a crew, team or group of N is the price of the whole of it, so the figure
is dropped before the reading (a rate per mover would say "per mover", which stays).
"""

from __future__ import annotations

import re

__all__ = ["without_crew_size"]

_FOR_A_CREW = re.compile(
    r"(?<=\d)(?P<rate>\s+(?:an?|per)\s+(?:hour|day|night|week)\s+)for\s+(?:a|the)\s+"
    r"(?:crew|team|group|gang)\s+of\s+\d+\b",
    re.IGNORECASE,
)


def without_crew_size(text: str) -> str:
    """ "120 an hour for a crew of 3" -> "120 an hour"; other text unchanged.

    Args:
        text: The request, numerals as digits.
    """
    return _FOR_A_CREW.sub(lambda m: m["rate"].rstrip(), text)
