"""An amount said first and then split by percent shares: "tax refund of 1,840 split 60/40
between me and my wife, how much each" (set 45) is 1,104 and 736.

The ratio reader read "split 640 in the ratio 3:5": the amount after the verb and the
parts joined by ":" or "대". Here the amount comes first and the parts are joined by "/",
the way shares of a hundred are said ("60/40", "70/30", "50/25/25"). A slash also writes a
fraction ("3/4"), so it is read as shares only when its parts add up to 100, the verb is
a split or share, and the split is between people ("between", "among", "with").
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.calculator_forms import NUMBER

__all__ = ["percent_split_said_first"]

_SPLIT = LazyPattern(
    rf"^[^\d$]*?(?P<dollar>\$)?\s*(?P<a>{NUMBER})\s*(?:[a-z']+\s+){{0,3}},?\s*"
    r"(?:(?:and\s+)?(?:we(?:'re|\s+are)?|i(?:'m|\s+am)?|to\s+be|that\s+we|that\s+i)\s+)?"
    r"(?:split(?:ting)?|divided|divide|shared?|sharing)\s+(?:it\s+|that\s+)?"
    r"(?P<ratio>\d{1,2}(?:\s*/\s*\d{1,2}){1,3})\s+(?:between|among|amongst|with)\b[^\d]*$",
    re.IGNORECASE,
)


def percent_split_said_first(s: str) -> re.Match[str] | None:
    """The match (groups ``a``, ``ratio``, ``dollar``) of the form, or ``None``.

    Args:
        s: The question, numerals as digits and thousands commas removed.
    """
    m = _SPLIT.match(s)
    if m is None or sum(int(p) for p in re.findall(r"\d+", m["ratio"])) != 100:
        return None
    return m
