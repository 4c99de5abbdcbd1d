"""Two packs priced in earlier turns, the saving of the big one over small ones asked: "so
what do I save on 20 classes vs buying two of the small ones" after "a 10-class pass is 180
dollars" and "the 20-class one is 320" is 2 x 180 - 320 = 40 (set 24).

The two prices are in two different earlier turns, so no rule over the previous turn's
steps sees both. Read only when the conversation priced exactly two sizes of one kind of
pack ("a 10-class pass is 180", "the 20-class one is 320"), the turn names the big one by
its size and the small ones by a count that makes up the same size (2 x 10 = 20), and a
saving is asked; a saving that comes out below nothing is no reading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.followup_chain import FollowUp, run_chain

__all__ = ["packs_compared"]

_KINDS = r"class|session|visit|lesson|ride|punch|trip|entry|day|wash|game|round"
_PACK = LazyPattern(
    rf"\b(?:a|an|the|my)\s+(?P<n>\d+)\s*-?\s*(?P<k>{_KINDS})(?:es|s)?\s+"
    r"(?:pass|pack|card|package|bundle|membership|one|option|deal)\s+(?:is|costs?|was|for|=|at)\s+"
    r"\$?(?P<p>\d[\d,]*(?:\.\d+)?)",
    re.IGNORECASE,
)
_SAVING = LazyPattern(
    r"^\s*(?:so\s+|and\s+|ok\s+)?(?:what|how\s+much)\s+(?:do|would|will|can|did)\s+(?:i|we|you)\s+"
    rf"save\s+(?:on|with|by\s+(?:getting|buying|taking))\s+(?:the\s+|a\s+)?(?P<n>\d+)\s*-?\s*"
    rf"(?P<k>{_KINDS})(?:es|s)?(?:\s+(?:pass|pack|card|package|one))?\s+"
    r"(?:vs\.?|versus|over|compared\s+(?:to|with)|instead\s+of|rather\s+than)\s+(?:buying\s+|getting\s+)?"
    r"(?P<c>\d+|two|three|four|five|six)\s+(?:of\s+)?(?:the\s+)?(?:small(?:er)?|little|cheap(?:er)?)\s+"
    r"(?:ones|passes|packs|cards|packages)\s*[?.!]*\s*$",
    re.IGNORECASE,
)

_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _kind(word: str) -> str:
    return word.lower()


def packs_compared(
    earlier_questions: Sequence[str], text: str, now: datetime | None = None
) -> FollowUp | None:
    """The saving of the big pack over small ones, or ``None``.

    Args:
        earlier_questions: The user's earlier turns, oldest first.
        text: This turn.
        now: The current time (for the chain run).
    """
    said = _SAVING.match(text)
    if said is None:
        return None
    packs: dict[int, Decimal] = {}
    kinds = {_kind(said["k"])}
    for question in earlier_questions:
        for pack in _PACK.finditer(question):
            kinds.add(_kind(pack["k"]))
            packs[int(pack["n"])] = Decimal(pack["p"].replace(",", ""))
    if len(packs) != 2 or len(kinds) != 1:
        return None  # more or fewer sizes priced, or packs of other kinds
    small, big = sorted(packs)
    count = _COUNTS.get(said["c"].lower()) or int(said["c"])
    if int(said["n"]) != big or count * small != big:
        return None  # the small ones asked do not make up the big one
    if count * packs[small] < packs[big]:
        return None
    step = f"{count} * {packs[small]} - {packs[big]}"
    result = run_chain([step], now)
    if result is None:
        return None
    return FollowUp(steps=(step,), result=result, how=f"{count} x {small} vs {big}")
