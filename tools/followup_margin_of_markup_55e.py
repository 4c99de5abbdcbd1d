"""The profit margin of a markup just priced: "so whats my profit margin as a percent" after
"costs me 18 to make each candle, i want a 40% markup. what do i sell them for" is
40 / 140 = 28.57% (set 46).

A markup is the profit over the cost, a margin the profit over the price, so the margin
of a markup of m% is m / (100 + m), whatever the cost: the earlier turn's one markup rate
is all the sum needs. Read only when that turn said exactly one percent, as a markup
("a 40% markup", "mark it up 40%", "원가에 30% 붙여서"), and this turn asks the margin
as a percent; a margin asked in money ("how much profit") is another question.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern

__all__ = ["margin_of_markup"]

_N = r"\d+(?:\.\d+)?"
_MARKUP = LazyPattern(
    rf"(?P<m>{_N})\s*(?:%|percent)\s*(?:mark\s*-?\s*up|on\s+top\s+of\s+(?:the\s+)?cost)"
    rf"|\bmark(?:ing)?\s+(?:it|them|that)\s+up\s+(?:by\s+)?(?P<m2>{_N})\s*(?:%|percent)"
    rf"|\bmark\s*-?\s*up\s+(?:of|is|at)\s+(?P<m3>{_N})\s*(?:%|percent)"
    rf"|원가\s*(?:{_N}\s*원\s*)?에\s*(?P<m4>{_N})\s*(?:%|프로|퍼센트)\s*(?:붙여|얹어|올려)",
    re.IGNORECASE,
)
_ANY_PERCENT = re.compile(r"\d\s*(?:%|percent\b|프로|퍼센트)", re.IGNORECASE)
_MARGIN_ASKED = LazyPattern(
    r"^\s*(?:(?:so|and|ok|then)[,.]?\s+)*(?:what(?:'s|s|\s+is|\s+would\s+be)\s+(?:my|the|our)\s+"
    r"(?:profit\s+|gross\s+)?margin(?:\s+(?:as\s+a|in)\s+(?:percent(?:age)?|%))?(?:\s+then)?"
    r"|(?:my|the)\s+(?:profit\s+|gross\s+)?margin\s+(?:as\s+a\s+percent(?:age)?|in\s+%)?)\s*[?.!]*\s*$"
    r"|^\s*(?:그럼\s*)?(?:마진율|이익률|마진\s*(?:은|이)?\s*몇\s*(?:%|프로|퍼센트))\s*(?:은|는)?\s*"
    r"(?:몇\s*(?:%|프로|퍼센트)\s*)?(?:야|이야|임|예요|이에요|인가요|돼|되지)?\s*[?？.!]*\s*$",
    re.IGNORECASE,
)


def margin_of_markup(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``["40 / (100 + 40) * 100"]`` for the margin of the markup said before, or ``None``."""
    if _MARGIN_ASKED.match(text) is None or len(steps) != 1:
        return None
    markups = list(_MARKUP.finditer(steps[0]))
    if len(markups) != 1 or len(_ANY_PERCENT.findall(steps[0])) != 1:
        return None  # no markup, or another percent beside it (a tax, a discount)
    m = markups[0]
    rate = m["m"] or m["m2"] or m["m3"] or m["m4"]
    return [f"{rate} / (100 + {rate}) * 100"], f"margin of a {rate}% markup"
