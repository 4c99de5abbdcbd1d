"""A new price or rate told as news: "he's putting his price up to 155 next year".

:mod:`tools.followup_raised_to` reads a supposition ("and if i get bumped to 24/hr"). The
same change is as often told as a fact about the one who charges or what gives the rate:
"he's putting his price up to 155 next year", "she's going up to 22 a walk", "the airport
booth only gives 0.87", "the bigger hose does 21 a minute". Each names the new level of
one price or rate of the previous request. It replaces that figure only when the previous
steps hold exactly one figure that can be it: said with the same "a/per UNIT" when the turn
names a unit, else the one figure said as a rate ("140 a visit", "at 0.92"; a count of
times is no price). Anything else is ``None``: which figure moved is never a guess. A raise
*by* an amount ("going up by 5") is another question and is not read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern

__all__ = ["price_told_anew"]

_WHO = r"(?:he|she|they|it|the\s+\w+(?:\s+\w+)?|my\s+\w+|our\s+\w+|that\s+\w+)"
_BE = r"(?:'s|’s|\s+is|'re|’re|\s+are|\s+will\s+be|'ll\s+be)"
_NEW = r"\$?(?P<n>\d+(?:\.\d+)?)(?:\s+(?P<per>a|an|per)\s+(?P<unit>[a-z]+))?"
_WHEN = (
    r"(?:\s+(?:next|this|from\s+next|starting\s+next)\s+(?:year|month|week|season)"
    r"|\s+soon|\s+now|\s+instead)?\s*[.!]*\s*$"
)
_RAISED = LazyPattern(
    rf"^\s*(?:and|but|so|ok|oh|also)?\s*,?\s*{_WHO}{_BE}\s+"
    r"(?:(?:putting|bumping|raising|moving|pushing)\s+(?:his|her|their|its|the)\s+"
    r"(?:price|prices|rate|rates|fee|fees|charge)(?:\s+up)?"
    r"|(?:raising|bumping|upping)\s+(?:it|that)|going\s+up|moving\s+up)\s+to\s+"
    rf"{_NEW}{_WHEN}",
    re.IGNORECASE,
)
# "the airport booth only gives 0.87", "the bigger hose does 21 a minute".
_GIVES = LazyPattern(
    rf"^\s*(?:and|but|so|oh)?\s*,?\s*(?:the|that|this|our|my)\s+[a-z]+(?:\s+[a-z]+)?\s+"
    rf"(?:only\s+|just\s+)?(?:gives|offers|pays|does|charges)\s+(?:only\s+|just\s+)?{_NEW}{_WHEN}",
    re.IGNORECASE,
)
# A figure said as a rate in the previous steps: "140 a visit", "14 liters a minute", "at 0.92".
_RATE_FIGURE = re.compile(
    r"(?:\bat\s+\$?(?P<at>\d[\d,]*(?:\.\d+)?)(?![\d,.]*\s*(?:%|percent|am|pm|o'clock|:)))"
    r"|(?<![\d.,])\$?(?P<n>\d[\d,]*(?:\.\d+)?)\s+(?:(?P<noun>[a-z]+)\s+)?"
    r"(?:a|an|per)\s+(?P<unit>[a-z]+)",
    re.IGNORECASE,
)
_NOT_A_PRICE = frozenset({"times", "time", "x", "days", "day", "hours", "hour", "nights"})


def _singular(word: str) -> str:
    word = word.lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def price_told_anew(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous steps with the one price or rate the turn names set anew, or ``None``.

    Args:
        text: The follow-up turn ("he's putting his price up to 155 next year").
        steps: The step texts the previous turn amounted to.

    Returns:
        The new steps and a line saying which figure changed.
    """
    said = _RAISED.match(text) or _GIVES.match(text)
    if said is None or not steps:
        return None
    unit = _singular(said["unit"]) if said["unit"] else None
    found: list[tuple[int, int, int, str]] = []
    for index, step in enumerate(steps):
        for figure in _RATE_FIGURE.finditer(step):
            group = "at" if figure["at"] else "n"
            if group == "n" and (figure["noun"] or "").lower() in _NOT_A_PRICE:
                continue
            if unit is not None and (group == "at" or _singular(figure["unit"]) != unit):
                continue
            found.append((index, figure.start(group), figure.end(group), figure[group]))
    if len(found) != 1:
        return None
    index, start, end, old = found[0]
    new = list(steps)
    new[index] = f"{steps[index][:start]}{said['n']}{steps[index][end:]}"
    return new, f"{old} → {said['n']}"
