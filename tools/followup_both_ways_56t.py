"""A round trip asked as "both ways?", "there and back?" or "양방향이면?" after a trip's cost.

Blind set 48 (turns48): after a fuel cost by litres per 100 km, "both ways?" went to the
local model, which wrote that "both ways are possible" and "350 L/100 km". The round-trip
follow-up (:mod:`tools.followup_round_trip`) read "round trip", "return trip", "there and
back" and "왕복" only. These are the same question: the trip's cost, both legs.
"""

from __future__ import annotations

import re

__all__ = ["said_both_ways"]

_BOTH_WAYS = re.compile(
    r"^\s*(?:and|so|what\s+about|how\s+about|ok)?\s*(?:for\s+|if\s+i\s+go\s+|going\s+|driving\s+)?"
    r"(?:both\s+ways|each\s+direction\s+too|there\s+and\s+back\s+again|back\s+and\s+forth)"
    r"\s*(?:then|too|tho)?\s*[?？.!]*\s*$"
    r"|^\s*(?:그럼|그러면|아|근데)?\s*(?:갔다\s*오면|갔다가\s*오면|왔다\s*갔다\s*하면|양방향이면|오고\s*가고\s*하면)"
    r"\s*(?:얼마\S*)?\s*[?？]*\s*$",
    re.IGNORECASE,
)


def said_both_ways(text: str) -> bool:
    """Whether the whole turn asks the trip both ways ("both ways?", "갔다 오면?")."""
    return _BOTH_WAYS.match(text) is not None
