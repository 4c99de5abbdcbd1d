"""Counts said as "a couple of": two of what follows.

Blind set 36: "half a dozen bagels at 1.20 each and a couple of coffees at 3.10, how much"
was read '6 * 1.2 + 1 * 3.1' = 10.3, for 13.40: the price reader took the "a" of "a couple
of coffees" for one item named "couple of coffees". "A couple of coffees" is two coffees, as
"half a dozen" is six (``tools.dozens_en``). Only before a word it counts; "a couple of 7
day passes" (a count, then the figure of a kind) is ``tools.priced_kind_figure``'s, and
"a couple" alone ("a couple came in") is no count of anything.
"""

from __future__ import annotations

import re

__all__ = ["couples_as_digits"]

_COUPLE = re.compile(r"\ba\s+(?:couple|pair)\s+of\s+(?=[a-z])", re.IGNORECASE)


def couples_as_digits(text: str) -> str:
    """``text`` with "a couple of X" and "a pair of X" said as "2 X"."""
    return _COUPLE.sub("2 ", text)
