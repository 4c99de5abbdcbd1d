"""Follow-up rules of set 49's English turns (helper opens58e), spliced into
:data:`tools.followup_change_rules.CHANGES` with one line; each reads only after its own
first-turn form, and keeps every figure of it but the one the turn drops.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_raise_then_add_58e import raise_then_add_en
from tools.calculator_tip_on_pretax import tip_on_part_read
from tools.followup_reading_51a import FIGURE, Change, plain
from tools.followup_rerun import kept_if_read

__all__ = ["CHANGES_58E", "add_on_given_up", "total_with_part_tip"]

# "what if i give up the parking spot", "drop the parking", "no parking", "skip parking",
# "without the parking fee", "i don't need parking", "get rid of the parking".
_GIVES_UP = LazyPattern(
    r"\b(?:give\s+up|gave\s+up|giving\s+up|drop(?:ped|ping)?|skip(?:ped|ping)?|lose|losing|no"
    r"|without|cancel(?:l?ed|l?ing)?|ditch(?:ed|ing)?|get\s+rid\s+of|don'?t\s+(?:need|want|take)"
    r"|didn'?t\s+(?:need|want|take)|not\s+(?:need|want|take))\b",
    re.IGNORECASE,
)
# A turn dropping the raise instead ("without the raise") is another question.
_RAISE_WORD = LazyPattern(r"\b(?:raise|rise|increase|hike|bump|percent)\b|%", re.IGNORECASE)


def add_on_given_up(text: str, steps: Sequence[str]) -> Change | None:
    """ "what if i give up the parking spot" after "rent is 1650 and the landlord is raising
    it 4% and then adding 35 for parking": the amount raised, the add-on dropped (1,716).

    Only when the turn names the add-on by its own word ("parking") with a word dropping
    it, says no figure and no raise.

    Args:
        text: The follow-up.
        steps: The previous turn's steps.
    """
    said = plain(text)
    if len(steps) != 1 or FIGURE.search(said) or _RAISE_WORD.search(said):
        return None
    read = raise_then_add_en(plain(steps[0]))
    if read is None or not read.name or _GIVES_UP.search(said) is None:
        return None
    named = (re.search(rf"\b{re.escape(word)}", said, re.I) for word in read.name.split())
    if not any(named):
        return None
    return kept_if_read(read.raised_only, f"without the {read.name} ({read.add_on})")


# "so whats the total with that tip", "and the total?", "what do we pay in all then".
_TOTAL_ASKED = LazyPattern(
    r"\b(?:total|altogether|all\s+in|in\s+all|all\s+together|grand\s+total)\b"
    r"|\b(?:what|how\s+much)\s+(?:do|would|will|should)\s+(?:i|we)\s+(?:pay|owe)\b",
    re.IGNORECASE,
)


def total_with_part_tip(text: str, steps: Sequence[str]) -> Change | None:
    """ "so whats the total with that tip" after "dinner bill is 180 total, 40 of that was
    wine. i wanna tip 20% but only on the food part. how much is the tip": the bill with the
    tip on the part (180 + 140 × 20% = 208).

    Only a total asked, with no figure (a new rate or bill is another change).

    Args:
        text: The follow-up.
        steps: The previous turn's steps.
    """
    said = plain(text)
    if len(steps) != 1 or FIGURE.search(said) or _TOTAL_ASKED.search(said) is None:
        return None
    read = tip_on_part_read(plain(steps[0]))
    if read is None:
        return None
    return kept_if_read(
        read.total, f"the bill {read.bill} with the tip on {read.bill} less {read.part}"
    )


CHANGES_58E = (
    # "so whats the total with that tip" after "bill is 180 total, 40 of that was wine. tip
    # 20% but only on the food part. how much is the tip".
    total_with_part_tip,
    # "what if i give up the parking spot" after "rent is 1650 … raising it 4% and then
    # adding 35 for parking".
    add_on_given_up,
)
