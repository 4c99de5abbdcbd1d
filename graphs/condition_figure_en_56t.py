"""An English follow-up whose condition is an amount, stated by a threshold covering it.

Blind set 48 (turns48): after "when do expense claims actually get paid out" (quoted from
the travel policy), "what if my claim is like 650k won" was declined, although the same
section says "Claims above 500,000 won need the approval of a department head." The
condition screen (:mod:`graphs.condition_follow_up_55w`) read the clause's head after the
copula ("like"), a word no sentence states, and its figure threshold was Korean only
("5일 이상이면").

- :func:`figure_condition_head`: "what if my claim is (like) 650k won", "and if the bill
  comes to 1,200 dollars": the condition is the figure (650,000, unit won), nothing else.
- the sentence stating it is a threshold on the same unit ("above 500,000 won"): the
  condition screen's one threshold reader, graphs.condition_cover_56c.meets_threshold
  (this module's own reader, threshold_covers, was merged into it in round 58).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from graphs.condition_follow_up_55w import ConditionHead

__all__ = ["figure_condition_head"]

_UNIT = r"won|krw|dollars?|usd|euros?|km|kilomet(?:er|re)s?|days?|nights?|hours?"
_FIGURE_CONDITION = re.compile(
    r"^\s*(?:(?:and|but|so|ok|okay|then)\s+)?(?:what\s+)?if\s+(?:my|the|our|a|an|his|her|their)\s+"
    r"[a-z]+(?:\s+[a-z]+)?\s+(?:is|was|are|were|comes?\s+to|came\s+to|totals?|costs?)\s+"
    r"(?:like\s+|about\s+|around\s+|roughly\s+|just\s+|only\s+)?(?:\$\s*)?"
    rf"(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<k>k|m)?\s*(?P<unit>{_UNIT})?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_SCALE = {"k": Decimal(1000), "m": Decimal(1_000_000)}


def _unit(word: str) -> str:
    word = word.lower()
    return "won" if word == "krw" else "dollar" if word == "usd" else word.rstrip("s")


def figure_condition_head(text: str) -> ConditionHead | None:
    """The head of a condition that is an amount ("what if my claim is like 650k won")."""
    m = _FIGURE_CONDITION.match(text)
    if m is None or m["unit"] is None:
        return None  # a bare figure: of what is not said
    try:
        value = Decimal(m["n"].replace(",", "")) * _SCALE.get((m["k"] or "").lower(), Decimal(1))
    except InvalidOperation:
        return None
    return ConditionHead(figure=format(value.normalize(), "f"), unit=_unit(m["unit"]))
