"""A tip on the amount before tax: the tax and the tip both on the pre-tax bill.

"the bill is 80 before tax, tax is 8%, we tip 18% on the pre-tax amount, what's the total"
was answered '101.952' (blind set 33): the calculator stacked the tip on the taxed bill
(80 × 1.08 × 1.18), the one thing the question said not to do. Said "on the pre-tax amount"
(the subtotal, before tax), the tip is a share of the bill itself: 80 + 8% + 18% = 100.80.
Only the reading ``B * (1 + T / 100) * (1 + P / 100)`` with P the tip's rate is changed.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from core.lazy_regex import LazyPattern

__all__ = [
    "PRETAX_PART",
    "TipOnPart",
    "tip_on_part_of_bill",
    "tip_on_part_read",
    "tip_on_pretax",
    "tip_on_pretax_of_taxed_bill",
]

# "tip 18% on the pre-tax amount", "an 18% tip before tax", "tip 20 percent of the subtotal".
# "tip 18% of the bill before tax", "tip 18% before tax", "18% of the amount w/o tax" (cal58e3).
PRETAX_PART = (
    r"(?:(?:on|of)\s+(?:the\s+)?(?:(?:amount|bill|price|total|check|tab|food)\s+)?"
    r"(?:pre-?\s*tax|before[-\s]tax|subtotal|untaxed)"
    r"|(?:(?:on|of)\s+(?:the\s+)?(?:amount|bill|price|total|check|tab|food)\s+)?"
    r"(?:before|without|w/o|excluding|minus)\s+(?:the\s+)?tax)"
)
_TIP_PRETAX = LazyPattern(
    r"(?:\btip(?:ping)?|\bgratuity)\s+(?:is\s+|of\s+|at\s+)?(?P<a>\d+(?:\.\d+)?)\s*(?:%|percent)"
    rf"\s+{PRETAX_PART}"
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
# Also said "210 incl 30 tax", "210 including $30 of tax", "210 with 30 tax included", "210,
# of which 30 is tax" (probes58): the tax is inside the total, never added to it ("210 with
# 30 tax" alone could be either and is not read).
_TAX_INSIDE = LazyPattern(
    r"\b(?:bill|total|check|tab)\s+(?:is|was|came\s+to|comes\s+to|of)\s+(?:\$\s*)?(?P<t>\d+(?:\.\d+)?)"
    r"\s*,?\s*(?:(?:and|with)\s+(?:\$\s*)?(?P<x>\d+(?:\.\d+)?)\s+of\s+(?:that|it)\s+(?:is|was|being)\s+"
    r"(?:the\s+)?(?:sales\s+)?tax\b"
    r"|(?:incl\.?|including|inc\.?|inclusive\s+of|which\s+includes|that\s+includes)\s+(?:\$\s*)?"
    r"(?P<x2>\d+(?:\.\d+)?)\s+(?:(?:of|in)\s+)?(?:the\s+)?(?:sales\s+)?tax(?:es)?\b"
    r"|with\s+(?:\$\s*)?(?P<x3>\d+(?:\.\d+)?)\s+(?:(?:of|in)\s+)?(?:sales\s+)?tax\s+(?:included|inside|in\s+it)\b"
    r"|of\s+which\s+(?:\$\s*)?(?P<x4>\d+(?:\.\d+)?)\s+(?:is|was)\s+(?:the\s+)?(?:sales\s+)?tax\b)",
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
    tax_group = ""
    if inside is not None:
        tax_group = next(g for g in ("x", "x2", "x3", "x4") if inside[g])
        total, pretax = inside.span("t"), inside.span(tax_group)
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
    base = question[pretax[0] : pretax[1]] if inside is None else f"({bill} - {inside[tax_group]})"
    tip = f"{base} * {said[rate]} / 100"
    return tip if _ASKS_TIP_ALONE.search(question) else f"{bill} + {tip}"


# --- A tip on the part of a bill that is not a named thing (set 49) ---------------------------
# "dinner bill is 180 total, 40 of that was wine. i wanna tip 20% but only on the food part":
# the tip is a share of the bill less the part named (140 × 20% = 28), the same sum as the
# tax said inside a bill above, with another thing left out. Said "only on the food", "not
# on the wine", "excluding the drinks", "on the rest"; a tip said without a part is on the
# whole bill, another form, and is not read here.
_BILL = (
    r"\b(?:bill|total|check|tab)\s+(?:is|was|came\s+(?:out\s+)?to|comes\s+(?:out\s+)?to|of)\s+"
    r"(?:\$\s*)?(?P<t>\d+(?:\.\d+)?)(?:\s*(?:dollars?|bucks))?(?:\s+(?:total|in\s+total|all\s+in))?"
)
_PART = (
    r"\s*[,;.]?\s*(?:and\s+|but\s+|with\s+)?(?:\$\s*)?(?P<x>\d+(?:\.\d+)?)(?:\s*(?:dollars?|bucks))?"
    r"\s+of\s+(?:that|it|this|the\s+bill|the\s+total)\s+(?:is|was|were|being|went\s+(?:on|to)|for)\s+"
    r"(?:the\s+|our\s+|my\s+)?(?P<what>[a-z]+)"
)
_BILL_AND_PART = LazyPattern(_BILL + _PART, re.IGNORECASE)
_TIP_RATE = LazyPattern(
    r"\b(?:tip(?:ping)?|leave|leaving|gratuity(?:\s+of)?)\s+(?:is\s+|of\s+|at\s+)?"
    r"(?P<a>\d+(?:\.\d+)?)\s*(?:%|percent)"
    r"|(?P<b>\d+(?:\.\d+)?)\s*(?:%|percent)\s+(?:tip|gratuity)\b",
    re.IGNORECASE,
)
# The part tipped on, said after the rate: "only on the food (part)", "just on the rest",
# "not on the wine", "excluding the drinks", "on everything but the wine".
_ONLY_ON = LazyPattern(
    r"\b(?:only|just|solely)\s+(?:on|for|of)\s+(?:the\s+)?(?P<kept>[a-z]+)"
    r"|\b(?:on|for|of)\s+(?:the\s+)?(?P<kept2>[a-z]+)\s+(?:part\s+|portion\s+|bit\s+)?only\b"
    r"|\b(?:not\s+(?:on|for)|excluding|except(?:\s+for)?|without|leaving\s+out|minus"
    r"|on\s+everything\s+(?:but|except))\s+(?:the\s+|our\s+|my\s+)?(?P<left>[a-z]+)",
    re.IGNORECASE,
)
# What the kept part may be called: whatever is not the part named ("the food", "the rest").
_KEPT = frozenset(
    {"food", "meal", "meals", "dinner", "lunch", "rest", "remainder", "remaining", "eats"}
    | {"dishes", "mains", "entrees", "service", "other", "non"}
)
_ASKS_TOTAL = LazyPattern(
    r"\b(?:total|altogether|all\s+in|in\s+all|all\s+together|(?:do|would|will|should)\s+"
    r"(?:i|we)\s+(?:pay|owe|leave\s+in\s+total))\b",
    re.IGNORECASE,
)
_ASKS_TIP = LazyPattern(
    r"\bhow\s+much\s+(?:is\s+|should\s+|would\s+|do\s+)?(?:the\s+|i\s+|we\s+|that\s+)?tip\b"
    r"|\b(?:what'?s|what\s+is|whats)\s+(?:the|my|our)\s+tip\b|\btip\s+(?:amount|comes\s+to)\b",
    re.IGNORECASE,
)


class TipOnPart(NamedTuple):
    """A bill, the part of it left out of the tip, and the tip's rate."""

    bill: str
    part: str
    rate: str

    @property
    def tip(self) -> str:
        """The tip: the rate of the bill less the part."""
        return f"({self.bill} - {self.part}) * {self.rate} / 100"

    @property
    def total(self) -> str:
        """The bill with that tip."""
        return f"{self.bill} + {self.tip}"


def tip_on_part_read(question: str) -> TipOnPart | None:
    """The bill, the part left out and the rate of a tip on the rest, or ``None``.

    Args:
        question: The question with its numerals as digits.
    """
    text = question.replace(",", "") if re.search(r"\d,\d{3}", question) else question
    said, rate = _BILL_AND_PART.search(text), _TIP_RATE.search(text)
    if said is None or rate is None or rate.start() < said.end():
        return None
    which = _ONLY_ON.search(text, rate.end())
    if which is None:
        return None  # a tip on the whole bill: not this form
    what = said["what"].lower()
    kept = (which["kept"] or which["kept2"] or "").lower()
    if kept and (kept == what or kept.rstrip("s") not in {k.rstrip("s") for k in _KEPT}):
        return None  # "only on the wine": the part named is tipped on, or a thing unknown
    if which["left"] and which["left"].lower().rstrip("s") != what.rstrip("s"):
        return None  # "not on the tax" after "40 of that was wine": another part
    percent = rate["a"] or rate["b"]
    placed = sorted([said.span("t"), said.span("x"), rate.span("a" if rate["a"] else "b")])
    if placed != [f.span() for f in _FIGURE.finditer(text)]:
        return None  # another figure (a tax, a count of people)
    if float(said["x"]) >= float(said["t"]) or float(percent) >= 100:
        return None
    return TipOnPart(said["t"], said["x"], percent)


def tip_on_part_of_bill(question: str) -> str | None:
    """ "(180 - 40) * 20 / 100" for the tip asked, or the bill with it for a total asked.

    Args:
        question: The question with its numerals as digits.
    """
    read = tip_on_part_read(question)
    if read is None:
        return None
    if _ASKS_TIP.search(question):
        return read.tip
    return read.total if _ASKS_TOTAL.search(question) else None
