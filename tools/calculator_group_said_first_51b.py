"""A priced order whose group is said first: "dinner for 4, four mains at 18.50 and 2
starters at 8.50, split evenly how much each", "got a round in for 5 of us, 3 pints at 6.40
and 2 g&ts at 8.90, whats the damage" (set 36 and 35).

Both went to the cloud: the group before the comma is a figure no reader of the order
expects. The order after the comma is read on its own, and the group is placed by what is
asked: a split "evenly"/"equally" with no count of its own is between the group ((74 + 17)
/ 4 = 22.75); a total with no split is read only when the counts of the order add up to
the group (3 + 2 = 5: everyone had one), so no one of the group is left out. Anything
else (a split that names its own count, counts that do not add up) declines. A name
written with "&" ("g&ts", "b&b") is one word: its "&" joins it, never lists two things.
"""

from __future__ import annotations

import re

from core.errors import ToolInputError
from core.lazy_regex import LazyPattern

__all__ = ["group_said_first", "names_with_ampersand_joined", "order_counts_cover_group"]

_LEAD = LazyPattern(
    r"^\s*(?P<lead>[a-z' ]{0,40}?\bfor\s+(?P<n>\d+)(?:\s+of\s+us|\s+people|\s+adults)?)\s*,\s*"
    r"(?P<rest>.+)$",
    re.I,
)
_SPLIT = LazyPattern(
    r"\bsplit(?:\s+it)?\s+(?:evenly|equally)\b(?!\s+(?:between|among|by|\d))", re.I
)
_OWN_COUNT = LazyPattern(r"\b(?:between|among)\s+\d|\b\d+\s+ways\b|\bsplit\s+(?:by|in)\s+\d", re.I)
_ORDER_COUNT = LazyPattern(r"(?<![\d.])(?P<c>\d+)\s+[a-z&'-]+\s+(?:at|for|@)\s+\$?\d", re.I)
_SHARE_ASKED = LazyPattern(
    r"\beach\b|\bper\s+(?:person|head)\b|\ba\s+head\b|\bapiece\b|\bsplit\b|\bshare\b", re.I
)
_AMPERSAND = re.compile(r"(?<=[a-z])&(?=[a-z])", re.I)


def names_with_ampersand_joined(text: str) -> str:
    """``text`` with "&" inside a word taken out ("g&ts" → "gts"): one name, not a list."""
    return _AMPERSAND.sub("", text)


def order_counts_cover_group(question: str, size: int) -> bool:
    """Whether the counts of a priced order add up to a group of ``size`` and no share is
    asked: "for 5 of us, 3 pints at 6.40 and 2 g&ts at 8.90, whats the damage" orders one
    drink each, so a total that uses 3 and 2 leaves no one of the 5 out.

    Args:
        question: The question as typed.
        size: The size of the group it states.
    """
    if _SHARE_ASKED.search(question):
        return False  # "how much each": the group divides the total, it must be used
    counts = [int(m["c"]) for m in _ORDER_COUNT.finditer(names_with_ampersand_joined(question))]
    return len(counts) >= 2 and sum(counts) == size


def group_said_first(digits: str) -> str | None:
    """The order's reading with the group said first placed, or ``None``.

    Args:
        digits: The question with numerals as digits.
    """
    said = _LEAD.match(digits)
    if said is None or re.search(r"\d", said["lead"][: said.start("n") - said.start("lead")]):
        return None
    group = int(said["n"])
    rest = names_with_ampersand_joined(said["rest"])
    if _OWN_COUNT.search(rest):
        return None  # the split names its own count: which one counts is unsaid
    split = _SPLIT.search(rest)
    if split is not None:
        rest = rest[: split.end()] + f" between {group}" + rest[split.end() :]
    else:
        counts = [int(m["c"]) for m in _ORDER_COUNT.finditer(rest)]
        if len(counts) < 2 or sum(counts) != group:
            return None  # a group the order does not account for one by one
    # Imported here: tools.calculator imports this reader.
    from tools.calculator import calculate

    try:
        return calculate(rest).expression
    except ToolInputError:
        return None
