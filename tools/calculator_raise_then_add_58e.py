"""An amount raised by a percent and then a flat amount added, in the order said (English).

Set 49: "rent is 1650 and the landlord is raising it 4% and then adding 35 for parking. new
monthly?" was split by the planner at "and then": the raise alone (1,716) was answered and
"adding 35 for parking" declined. The one-amount rate rule (:mod:`tools.calculator_rates`)
reads a raise of one amount only, so the add-on, a second figure, has no reader there. Said
in this order, the percent moves the amount first and the add-on comes on top: 1650 × 1.04 +
35 = 1,751 (never (1650 + 35) × 1.04).

Read only with one amount, one percent of rise, one add-on and nothing else; the add-on's
words ("for parking", "a 35 parking fee") name it, so a follow-up can drop it ("what if i
give up the parking spot": the raise alone). A cut ("4% off") is no rise: another form.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from core.lazy_regex import LazyPattern

__all__ = ["RaiseThenAdd", "raise_then_add_en", "raise_then_add_expression"]

_NUM = r"\d+(?:\.\d+)?"
# The amount: "rent is 1650", "my rent of 1650", "the plan costs $40", "at 1,200".
_AMOUNT = (
    rf"\b(?:is|of|costs?|was|at|currently|pay(?:ing)?)\s+\$?(?P<a>{_NUM})\s*(?:dollars?|bucks)?"
)
# The rise: "raising it 4%", "goes up 4%", "is going up by 4%", "increases 4%", "a 4% increase".
_RISE = (
    r"(?:(?:rais(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|bump(?:s|ed|ing)?|increas(?:e|es|ed|ing))"
    r"(?:\s+(?:it|that|this|the\s+\w+))?(?:\s+up)?(?:\s+by)?"
    r"|(?:go(?:es|ing)?|went|is\s+going|will\s+go)\s+up(?:\s+by)?)\s+"
    rf"(?P<p>{_NUM})\s*(?:%|percent)"
    rf"|an?\s+(?P<p2>{_NUM})\s*(?:%|percent)\s+(?:raise|rise|increase|hike|bump)"
)
# What joins the add-on on: "and then", "then", ", plus", "and", "and there's".
_JOIN = (
    r"\s*[,;]?\s*(?:and\s+)?(?:then\s+)?(?:after\s+that\s+)?(?:on\s+top\s+of\s+that\s+)?"
    r"(?:(?:they(?:'re|\s+are|'ll|\s+will)?|he(?:'s|\s+is|'ll)?|she(?:'s|\s+is|'ll)?|it(?:'s|\s+is)?"
    r"|there(?:'s|\s+is|'ll\s+be|\s+will\s+be))\s+)?"
)
# The add-on: "adding 35 for parking", "plus 35 for parking", "add a 35 parking fee",
# "tacking on 35 for parking", "an extra 35 for parking on top".
_ADD = (
    r"(?:add(?:s|ed|ing)?|plus|tack(?:s|ed|ing)?\s+on|throw(?:s|ing)?\s+in|charg(?:e|es|ing)"
    r"|(?:an?\s+)?(?:extra|additional))\s+(?:an?\s+|another\s+)?(?:(?:extra|additional)\s+)?"
    rf"\$?(?P<c>{_NUM})\s*(?:dollars?|bucks)?\s*(?:more\s+)?(?:a\s+month\s+|monthly\s+)?"
    r"(?:(?:for|in)\s+(?:the\s+|a\s+|my\s+)?(?P<for>[a-z]+(?:\s+[a-z]+)?)"
    r"|(?P<named>[a-z]+)\s+(?:fee|charge|cost|surcharge))"
    # No verb, the add-on named and marked as on top (probes58, opens62): "a 150 meal
    # allowance on top", "a 40 parking fee on top of that".
    rf"|(?:an?\s+)?\$?(?P<c2>{_NUM})\s*(?:dollars?|bucks)?\s+(?P<named2>[a-z]+(?:\s+[a-z]+)?)"
    r"\s+(?:on\s+top|extra|added|as\s+well)\b"
)
_RAISE_THEN_ADD = LazyPattern(
    _AMOUNT + r"[^\d%]{0,60}?" + r"(?:" + _RISE + r")" + _JOIN + r"(?:" + _ADD + r")", re.I
)
_FIGURE = re.compile(rf"(?<![\d.]){_NUM}")
_FILLER = frozenset(
    {"the", "a", "my", "spot", "space", "fee", "charge", "on", "top", "each", "month"}
)


class RaiseThenAdd(NamedTuple):
    """An amount, the percent it rises by, the amount added after, and the add-on's name."""

    amount: str
    percent: str
    add_on: str
    name: str

    @property
    def expression(self) -> str:
        """The amount raised, then the add-on on top."""
        return f"{self.amount} * (100 + {self.percent}) / 100 + {self.add_on}"

    @property
    def raised_only(self) -> str:
        """The amount raised, the add-on dropped."""
        return f"{self.amount} * (100 + {self.percent}) / 100"


def raise_then_add_en(digits: str) -> RaiseThenAdd | None:
    """The reading of an amount raised by a percent then an add-on, or ``None``.

    Args:
        digits: The request with numerals as digits ("rent is 1650 and the landlord is
            raising it 4% and then adding 35 for parking. new monthly?").
    """
    text = digits.replace(",", "") if re.search(r"\d,\d{3}", digits) else digits
    said = _RAISE_THEN_ADD.search(text)
    if said is None:
        return None
    percent = said["p"] or said["p2"]
    add_on = said["c"] or said["c2"]
    figures = sorted(m.group() for m in _FIGURE.finditer(text))
    if figures != sorted([said["a"], percent, add_on]) or float(percent) >= 100:
        return None  # another figure (a count of months, a second fee): not this sum alone
    name = (said["for"] or said["named"] or said["named2"] or "").lower().split()
    words = [w for w in name if w not in _FILLER]
    # (Every word of the name: "meal allowance" is dropped as "the allowance" too, opens62.)
    return RaiseThenAdd(said["a"], percent, add_on, " ".join(words))


def raise_then_add_expression(digits: str) -> str | None:
    """The expression of :func:`raise_then_add_en`'s reading, or ``None``."""
    said = raise_then_add_en(digits)
    return None if said is None else said.expression
