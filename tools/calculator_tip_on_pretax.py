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

__all__ = ["tip_on_pretax", "tip_on_pretax_of_taxed_bill"]

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


# "bill is 84.60 and 7.60 of that is tax": the total with its tax inside, the tax said (set 37).
_TAX_INSIDE = LazyPattern(
    r"\b(?:bill|total|check|tab)\s+(?:is|was|came\s+to|comes\s+to)\s+(?:\$\s*)?(?P<t>\d+(?:\.\d+)?)"
    r"\s*,?\s*(?:and|with)\s+(?:\$\s*)?(?P<x>\d+(?:\.\d+)?)\s+of\s+(?:that|it)\s+(?:is|was|being)\s+"
    r"(?:the\s+)?(?:sales\s+)?tax\b",
    re.IGNORECASE,
)
# "bill is 64.20 with tax, 58.90 before tax": both totals said, the pre-tax one beside (set 48).
_TAXED = r"(?:with|including|incl\.?|after|w/)\s+(?:the\s+)?tax\b"
_UNTAXED = r"(?:before|without|pre-?|w/o)\s*[-\s]?\s*tax\b"
_BOTH_SAID = LazyPattern(
    r"\b(?:bill|total|check|tab)\s+(?:is|was|came\s+to|comes\s+to)\s+(?:\$\s*)?"
    rf"(?P<t>\d+(?:\.\d+)?)\s+{_TAXED}\s*[,;.]?\s*(?:and\s+)?(?:(?:it'?s|it\s+was|was)\s+)?"
    rf"(?:\$\s*)?(?P<x>\d+(?:\.\d+)?)\s+{_UNTAXED}"
    r"|\b(?:bill|total|check|tab)\s+(?:is|was|came\s+to|comes\s+to)\s+(?:\$\s*)?"
    rf"(?P<x2>\d+(?:\.\d+)?)\s+{_UNTAXED}\s*[,;.]?\s*(?:and\s+)?(?:(?:it'?s|it\s+was|was)\s+)?"
    rf"(?:\$\s*)?(?P<t2>\d+(?:\.\d+)?)\s+{_TAXED}",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?")
_ASKS_TIP_ALONE = LazyPattern(r"\bhow\s+much\s+(?:is\s+|should\s+)?(?:the\s+|i\s+)?tip\b", re.I)


def tip_on_pretax_of_taxed_bill(question: str) -> str | None:
    """ "84.60 + (84.60 - 7.60) * 18 / 100": a tip on the pre-tax part of a taxed total.

    "bill is 84.60 and 7.60 of that is tax, i wanna tip 18% on the pre tax amount, what's the
    total" went to the cloud (set 37): the bill before tax is the total less the tax said,
    the tip that share of it, added to the total (98.46). Only with exactly these three
    figures; "how much is the tip" asks the tip alone.

    Args:
        question: The question with its numerals as digits.
    """
    said = _TIP_PRETAX.search(question)
    if said is None:
        return None
    rate = next(name for name in ("a", "b", "c") if said[name])
    inside, both = _TAX_INSIDE.search(question), _BOTH_SAID.search(question)
    if inside is not None:
        total, pretax = inside.span("t"), inside.span("x")
    elif both is not None:
        # The pre-tax bill is said itself; it must be below the total with its tax.
        t, x = ("t", "x") if both["t"] else ("t2", "x2")
        total, pretax = both.span(t), both.span(x)
        if float(both[x]) >= float(both[t]):
            return None
    else:
        return None
    placed = sorted([total, pretax, said.span(rate)])
    if placed != [f.span() for f in _FIGURE.finditer(question)]:
        return None
    bill = question[total[0] : total[1]]
    base = question[pretax[0] : pretax[1]] if inside is None else f"({bill} - {inside['x']})"
    tip = f"{base} * {said[rate]} / 100"
    return tip if _ASKS_TIP_ALONE.search(question) else f"{bill} + {tip}"
