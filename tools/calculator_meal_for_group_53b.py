"""A meal for a party of N, a tip added and split evenly: "dinner for 6 came to 248, add 18%
tip and split evenly, how much each" is 248 x 1.18 / 6 (set 44).

The head count is said before the bill ("dinner for 6") and the split names no count
("split evenly"), so the split readers, which read "split 6 ways", saw no sharers. Read
only when one party size is said right after a meal word, one total follows it, at most
one percent (a tip) is said, the split is even with no count of its own, and a share is
asked ("how much each", "per person"); no other figure.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["meal_for_group_each"]

_N = r"\d+(?:\.\d+)?"
_PARTY = LazyPattern(
    r"\b(?:dinner|lunch|breakfast|brunch|meal|supper|table|takeout|take-out|pizza|drinks|food)"
    r"\s+for\s+(?P<n>\d{1,2})(?:\s+(?:people|of\s+us|persons|friends|guys))?\b(?!\s*(?:%|\.\d))",
    re.IGNORECASE,
)
_TOTAL = LazyPattern(
    rf"\b(?:came\s+(?:to|out\s+to)|was|cost|costs|totall?ed|is|ran|comes\s+to)\s+(?:us\s+)?\$?"
    rf"(?P<a>{_N})(?!\s*%)",
    re.IGNORECASE,
)
_TIP = LazyPattern(
    rf"(?:add|plus|with|and|leave|leaving|adding)\s+(?:a\s+|an\s+)?(?P<t>{_N})\s*(?:%|percent)"
    r"\s*(?:tip|gratuity|service)",
    re.IGNORECASE,
)
_EVEN = LazyPattern(
    r"\bsplit(?:ting)?\s+(?:it\s+|that\s+|the\s+(?:bill|check|total)\s+)?(?:evenly|equally|even"
    r"|down\s+the\s+middle)\b",
    re.IGNORECASE,
)
_EACH = LazyPattern(
    r"how\s+much\s+(?:is\s+that\s+|do\s+we\s+(?:each\s+)?(?:pay|owe)\s+)?(?:each|per\s+(?:person|head)"
    r"|a\s+(?:person|head))|what(?:'s|\s+is|s)\s+(?:that\s+)?(?:each|per\s+(?:person|head))"
    r"|(?:each|everyone)\s+(?:pay|owe)s?\b",
    re.IGNORECASE,
)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def meal_for_group_each(digits: str) -> str | None:
    """ "248 * (1 + 18 / 100) / 6" for the share asked, or ``None``.

    Args:
        digits: The question with numerals as digits.
    """
    party, total, tip = (list(p.finditer(digits)) for p in (_PARTY, _TOTAL, _TIP))
    if len(party) != 1 or len(total) != 1 or len(tip) > 1:
        return None
    if not _EVEN.search(digits) or not _EACH.search(digits):
        return None
    if total[0].start() < party[0].end():
        return None  # the bill said before the party: not this form
    if len(_FIGURE.findall(digits)) != 2 + len(tip):
        return None  # a figure more than the party, the bill and the tip
    n, amount = int(party[0]["n"]), total[0]["a"]
    if n < 2:
        return None
    with_tip = f"{amount} * (1 + {tip[0]['t']} / 100)" if tip else amount
    return f"{with_tip} / {n}"
