"""A price each of a thing every person holds one of, and the head count: that many of it.

Blind set 35: "tickets are twelve fifty each and there's 6 of us" went to the local model,
which answered 'tickets = twelve * fifty = 600'. A ticket, a pass, an entry or a seat is
bought one per person, so the group's head count is the count of them (6 x 12.50 = 75).
Things a group shares ("pizzas are 12 each, 6 of us") say nothing of how many are bought,
and stay unread. A statement closing on the head count ("… and there's 6 of us") asks
the total as "… 3 hours?" does.
"""

from __future__ import annotations

import re

from tools.priced_figures import Count, Priced

__all__ = ["HEADS_CLOSE", "heads_hold_one_each"]

# The things one person holds one of: the price "each" is then the price per head.
_HELD_ONE_EACH = re.compile(
    r"\b(?:tickets?|(?:day\s+|lift\s+|ski\s+|bus\s+|train\s+)?pass(?:es)?|admissions?"
    r"|entry|entries|entrance|seats?|wristbands?)\s+(?:are|is|cost|costs|were|at)\b",
    re.I,
)
# "… and there's 6 of us", "… we're 4": the head count closes the turn.
HEADS_CLOSE = re.compile(
    r"\b(?:there(?:'s|\s+is|\s+are|\s+will\s+be)|we(?:'re|\s+are|\s+will\s+be))\s+\d+"
    r"(?:\s+of\s+us|\s+people)?\s*[?.!]*\s*$",
    re.I,
)


def heads_hold_one_each(found: Priced, plain: str, asks_share: bool) -> None:
    """Count the persons as the things priced each, when each person holds one of them.

    Args:
        found: The price reader's reading (changed in place).
        plain: The request's plain text.
        asks_share: Whether a share per person is asked (then the heads divide instead).
    """
    if found.people is None or asks_share or found.counts or found.items:
        return
    if len(found.rates) != 1 or found.rates[0].unit != "each":
        return
    if _HELD_ONE_EACH.search(plain) is None:
        return
    found.counts.append(Count(found.people, "person"))
    found.people = None
