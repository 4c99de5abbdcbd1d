"""English prices of hired help and hired things over time, each read whole:

- "the dog walker charges 18 a walk and comes 5 days a week, what's that over 4 weeks" is
  18 x 5 x 4 (set 27): a price a visit, visits a week, the weeks asked.
- "renting a photo booth is 450 for the first 3 hours and 95 for every extra hour, we need
  it for 5 hours" is 450 + 95 x (5 - 3) (set 26): the first block, then each unit past it.
- "the tattoo artist charges 150 an hour and takes a 100 deposit that comes off the final
  bill, the session is 4 hours, what do I pay on the day" is 150 x 4 - 100 (set 29).
- "the nanny charges 16 an hour plus 2 an hour for each extra kid, we have 3 kids and need
  her for 5 hours" is (16 + 2 x (3 - 1)) x 5 (set 29): the first kid is in the base rate.

All went to the cloud or were declined. Each is read only with exactly its figures.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.thousands_commas import without_thousands_commas

__all__ = [
    "deposit_off_hourly_bill",
    "extra_per_kid_hourly",
    "first_block_then_each",
    "visits_a_week_over_weeks",
]

_N = r"\d+(?:\.\d+)?"
_FIGURE = re.compile(rf"(?<![\d.]){_N}")
_VISIT = r"(?:walk|visit|session|lesson|class|clean|cleaning|trip|shift|ride|run)"

_VISITS = LazyPattern(
    rf"\b(?:charges?|costs?|is|gets?|pays?)\s+\$?(?P<p>{_N})\s+(?:a|per|each)\s+{_VISIT}\b"
    rf"[^.?!]*?\b(?:comes?|goes?|does\s+it|works?|visits?|walks?\s+(?:him|her|them|it))\s+"
    rf"(?P<d>\d+)\s+(?:days?|times)\s+a\s+week\b[^.?!]*?\b(?:over|for|in)\s+(?P<w>\d+)\s+weeks\b",
    re.I,
)
_BLOCK = LazyPattern(
    rf"\$?(?P<p>{_N})\s+for\s+the\s+first\s+(?P<n>\d+)\s+(?P<u>hour|day|night|week)s?\s+"
    rf"(?:and|then|plus)\s+\$?(?P<q>{_N})\s+(?:for\s+)?(?:every|each|an|a|per)\s+"
    r"(?:extra|additional|more)\s+(?P=u)\b",
    re.I,
)
_BLOCK_SPAN = r"\b(?:for|need\s+it\s+for|keep\s+it\s+for|rent\s+it\s+for)\s+(?P<h>\d+)\s+{u}s?\b"
_DEPOSIT = LazyPattern(
    rf"\$?(?P<p>{_N})\s+(?:an|a|per)\s+hour\b[^.?!]*?\b(?:takes?|asks?\s+for|wants?|needs?)\s+"
    rf"(?:a\s+)?\$?(?P<d>{_N})\s+deposit\b[^?!]*?\b(?:comes?\s+off|is\s+taken\s+off|deducted|"
    r"goes\s+toward)[^?!]*?\bsession\s+is\s+(?P<h>\d+(?:\.\d+)?)\s+hours?\b",
    re.I,
)
_ON_THE_DAY = LazyPattern(
    r"\bon\s+the\s+day\b|\bat\s+the\s+end\b|\bleft\s+to\s+pay\b|\bstill\s+owe\b", re.I
)
_EXTRA_KID = LazyPattern(
    rf"\$?(?P<p>{_N})\s+an\s+hour\s+(?:plus|and|\+)\s+\$?(?P<e>{_N})\s+(?:an|a|per)\s+hour\s+"
    r"(?:for\s+)?(?:each|every|per)\s+(?:extra|additional)\s+(?:kid|child)\b[^.?!]*?"
    r"\b(?P<k>\d+)\s+(?:kids|children)\b[^.?!]*?\b(?P<h>\d+(?:\.\d+)?)\s+hours\b",
    re.I,
)


def visits_a_week_over_weeks(digits: str) -> str | None:
    """``p * d * w`` for a price a visit, visits a week and weeks asked, or ``None``."""
    text = without_thousands_commas(digits)
    said = _VISITS.search(text)
    if said is None or len(_FIGURE.findall(text)) != 3:
        return None
    return f"{said['p']} * {said['d']} * {said['w']}"


def first_block_then_each(digits: str) -> str | None:
    """``p + q * (h - n)`` for a first block and each unit past it, or ``None``."""
    text = without_thousands_commas(digits)
    said = _BLOCK.search(text)
    if said is None or len(_FIGURE.findall(text)) != 4:
        return None
    span = re.search(_BLOCK_SPAN.format(u=said["u"]), text[said.end() :], re.I)
    if span is None or float(span["h"]) <= float(said["n"]):
        return None
    return f"{said['p']} + {said['q']} * ({span['h']} - {said['n']})"


def deposit_off_hourly_bill(digits: str) -> str | None:
    """``p * h - d`` for an hourly bill less a deposit paid before, asked on the day."""
    text = without_thousands_commas(digits)
    said = _DEPOSIT.search(text)
    if said is None or not _ON_THE_DAY.search(text) or len(_FIGURE.findall(text)) != 3:
        return None
    return f"{said['p']} * {said['h']} - {said['d']}"


def extra_per_kid_hourly(digits: str) -> str | None:
    """``(p + e * (k - 1)) * h`` for an hourly rate plus a rate each kid past the first."""
    text = without_thousands_commas(digits)
    said = _EXTRA_KID.search(text)
    if said is None or len(_FIGURE.findall(text)) != 4 or int(said["k"]) < 1:
        return None
    return f"({said['p']} + {said['e']} * ({said['k']} - 1)) * {said['h']}"
