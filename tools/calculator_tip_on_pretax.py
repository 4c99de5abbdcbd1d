"""A tip on the amount before tax: the tax and the tip both on the pre-tax bill.

"the bill is 80 before tax, tax is 8%, we tip 18% on the pre-tax amount, what's the total"
was answered '101.952' (blind set 33): the calculator stacked the tip on the taxed bill
(80 × 1.08 × 1.18), the one thing the question said not to do. Said "on the pre-tax amount"
(the subtotal, before tax), the tip is a share of the bill itself: 80 + 8% + 18% = 100.80.
Only the reading ``B * (1 + T / 100) * (1 + P / 100)`` with P the tip's rate is changed.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["tip_on_pretax"]

# "tip 18% on the pre-tax amount", "an 18% tip before tax", "tip 20 percent of the subtotal".
_TIP_PRETAX = LazyPattern(
    r"(?:\btip(?:ping)?|\bgratuity)\s+(?:is\s+|of\s+|at\s+)?(?P<a>\d+(?:\.\d+)?)\s*(?:%|percent)"
    r"\s+(?:on|of)\s+(?:the\s+)?(?:pre-?\s*tax|before[-\s]tax|subtotal|untaxed)"
    r"|(?P<b>\d+(?:\.\d+)?)\s*(?:%|percent)\s+tip\s+(?:on\s+the\s+)?(?:pre-?\s*tax|before[-\s]tax|subtotal)"
    r"|(?P<c>\d+(?:\.\d+)?)\s*(?:%|percent)\s+tip[^.?!]{0,40}?\b(?:before\s+tax|pre-?\s*tax)",
    re.IGNORECASE,
)
_STACKED = re.compile(
    r"^\s*(?P<b>\d+(?:\.\d+)?)\s*\*\s*\(1 \+ (?P<t>\d+(?:\.\d+)?) / 100\)"
    r"\s*\*\s*\(1 \+ (?P<p>\d+(?:\.\d+)?) / 100\)\s*$"
)


def tip_on_pretax(question: str, source: str) -> str | None:
    """The total with the tip on the pre-tax bill, when ``question`` says so; else None.

    Args:
        question: The question as the user typed it.
        source: The arithmetic a form read from it.
    """
    said = _TIP_PRETAX.search(question)
    read = _STACKED.match(source)
    if said is None or read is None:
        return None
    tip = float(next(g for g in (said["a"], said["b"], said["c"]) if g))
    if tip == float(read["p"]):
        return f"{read['b']} * (1 + {read['t']} / 100 + {read['p']} / 100)"
    if tip == float(read["t"]):  # the tip was read first, the tax second
        return f"{read['b']} * (1 + {read['p']} / 100 + {read['t']} / 100)"
    return None
