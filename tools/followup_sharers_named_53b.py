"""One of a split's sharers, named by what they are, leaving: "what if one of them moves out"
after "costco run was 186.40 split between 4 roommates" (set 44).

The head-count rules count people, friends and ways; roommates, flatmates and housemates
were no count of theirs, and "moves out" no way of leaving. Read only when the previous
turn splits among N of such sharers and the turn says how many of them leave; the count
then changes as :func:`tools.followup_rates.match_more_people` changes any head count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.followup_rates import match_more_people

__all__ = ["sharer_named_leaves"]

_SHARERS = r"room\s*mates?|flat\s*mates?|house\s*mates?|roomies?"
# "4 roommates", "four flatmates" (numerals are digits by then).
_NAMED_COUNT = LazyPattern(rf"(?<![\d.])(?P<n>\d+)\s+(?:{_SHARERS})\b", re.IGNORECASE)
# "what if one of them moves out", "and if 2 of the roommates move away", "one roommate
# leaves": how many, and a verb of leaving a shared home.
_LEAVES = LazyPattern(
    r"^\s*(?:so\s+|ok\s+|and\s+)?(?:what\s+if|and\s+if|if|say)?\s*"
    rf"(?P<n>\d+|one|two|a)\s+(?:of\s+(?:them|us|the\s+(?:{_SHARERS}))\s+|(?:{_SHARERS})\s+)"
    r"(?:moves?|moved|is\s+moving|are\s+moving)\s+(?:out|away)\b[^\d]*$"
    rf"|^\s*(?:what\s+if|and\s+if|if)\s+(?P<n2>\d+|one|two|a)\s+(?:{_SHARERS})\s+"
    r"(?:leaves|leave|left|drops?\s+out)\b[^\d]*$",
    re.IGNORECASE,
)


def sharer_named_leaves(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The split among roommates, re-read with the ones who move out taken off.

    Args:
        text: The follow-up ("what if one of them moves out").
        steps: The previous turn's step texts.
    """
    said = _LEAVES.match(text)
    if said is None or not steps or len(_NAMED_COUNT.findall(steps[-1])) != 1:
        return None
    # The sharers are people: the head-count rule then changes their count.
    as_people = [_NAMED_COUNT.sub(r"\g<n> people", step) for step in steps]
    how_many = said["n"] or said["n2"]
    return match_more_people(f"{how_many} of us leaves", as_people)
