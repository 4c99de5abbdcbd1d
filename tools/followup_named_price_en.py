"""An English price named by its noun and set to a new level: "what if the weekly goes up to
36", "what if the monthly price goes up to 13.99".

Blind sets 34 and 36 sent these to the cloud: the new figure carries no currency or unit,
so no slot rule could tell which figure of the previous request it replaces. The noun
names it: the figure said right after that noun ("a weekly pass is 34.50"), or, for a
period word ("monthly"), the one figure priced per that period ("12.99 a month"). The
noun must name exactly one figure; anything else is left to other rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern

__all__ = ["named_price_to_level_en"]

_N = r"\d+(?:\.\d+)?"
_TURN = LazyPattern(
    r"^\s*(?:and\s+|so\s+|ok\s+)?(?:what\s+if|if|say|suppose)\s+(?:the|my|our)\s+"
    r"(?P<noun>[a-z]{3,})(?:\s+(?:price|pass|one|fee|cost|rate|ticket|plan|subscription))?\s+"
    r"(?:goes\s+(?:up|down)\s+to|went\s+(?:up|down)\s+to|rises\s+to|drops\s+to|is|was|were|costs?)"
    rf"\s+[$£€]?(?P<num>{_N})\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_PERIOD_OF = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year"}


def _after_noun(step: str, noun: str) -> list[re.Match[str]]:
    """The figure right after each place the noun is said ("weekly pass is 34.50")."""
    said = list(re.finditer(rf"\b{re.escape(noun)}\b", step, re.IGNORECASE))
    if len(said) != 1:
        return []
    after = re.compile(
        r"(?:\s+(?:pass|ticket|one|price|fee|plan|subscription))?\s+(?:is|costs?|at|of)\s+"
        rf"[$£€]?(?P<num>{_N})(?![\d.])",
        re.IGNORECASE,
    )
    found = after.match(step, said[0].end())
    return [found] if found else []


def _per_period(step: str, noun: str) -> list[re.Match[str]]:
    """The figures priced per the period a period word names ("12.99 a month")."""
    period = _PERIOD_OF.get(noun.lower())
    if period is None:
        return []
    pattern = rf"[$£€]?(?P<num>{_N})\s*(?:a|an|per|every|/)\s*{period}\b"
    return list(re.finditer(pattern, step, re.IGNORECASE))


def named_price_to_level_en(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "what if the weekly goes up to 36" after "a weekly pass is 34.50 …": 34.50 made 36.

    Args:
        text: The follow-up turn.
        steps: The previous turn's step texts.

    Returns:
        The steps with that figure replaced and what changed, or ``None``.
    """
    turn = _TURN.match(text)
    if turn is None or not steps:
        return None
    step = steps[-1]
    found = _after_noun(step, turn["noun"]) or _per_period(step, turn["noun"])
    if len(found) != 1:
        return None
    start, end = found[0].span("num")
    if step[start:end] == turn["num"]:
        return None
    changed = step[:start] + turn["num"] + step[end:]
    return [*steps[:-1], changed], f"{turn['noun']} {step[start:end]} → {turn['num']}"
