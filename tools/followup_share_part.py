"""A new part after "what percent is X out of Y": "and 21?", "12명이면?".

After "I got 18 out of 24 right on the quiz, what percent is that" (read by
:mod:`tools.calculator_share_out_of`), "and 21?" asks the same share of another part: the
whole (the quiz, the class) is what the question is about and stays. Only a turn that is a
bare figure (with the part's counter, if any) after such a question is read; no figure of
the whole is changed by guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_share_out_of import income_share_part_span, share_out_of, share_part_span
from tools.korean_numbers import normalize_numerals

__all__ = ["expense_of_income_changed", "new_part_of_share"]

_BARE = LazyPattern(
    r"^\s*(?:and\s+|what\s+about\s+|how\s+about\s+|그럼\s*|그러면\s*|만약\s*)?(?:if\s+(?:it'?s|i\s+got)\s+)?"
    r"(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<u>[가-힣]{0,2}?)\s*"
    r"(?:이면|면|이라면|라면|이었으면|였으면|은|는)?\s*[?？.!]*\s*$",
    re.IGNORECASE,
)


def new_part_of_share(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous share question with ``text``'s figure as its part, or None.

    Args:
        text: The follow-up turn ("and 21?").
        steps: The previous turn's step texts.
    """
    asked = _BARE.match(normalize_numerals(text))
    if asked is None or not steps:
        return None
    last = normalize_numerals(steps[-1])
    if share_out_of(last) is None:
        return None
    span = share_part_span(last)
    if span is None:
        return None
    start, end = span
    return [
        *steps[:-1],
        last[:start] + asked["n"] + last[end:],
    ], f"{last[start:end]} → {asked['n']}"


# A new amount for the expense after "what % of my income goes to rent" (opens56e, set 47):
# "what if they raise it to 2250", "and if it goes up to 2400?", "if rent went up to 2300"
# asks the same share of the new expense; the income stays. Only a turn moving "it" (or
# the expense by its name) to one figure is read.
_MOVED = LazyPattern(
    r"^\s*(?:and\s+|so\s+|ok\s+)?(?:what\s+if|how\s+about\s+if|and\s+if|if)\s+"
    r"(?:(?:they|the\s+landlord|he|she|we)\s+(?:raise|raises|bump|bumps|put|puts|hike|hikes|"
    r"increase|increases|lower|lowers|drop|drops|cut|cuts)\s+(?:it|(?P<named>[a-z]+))(?:\s+up)?"
    r"|(?:it|(?P<named2>[a-z]+))\s+(?:goes|went|gets|got|is|was|were|rises|rose|drops|dropped)"
    r"(?:\s+(?:up|down))?)\s+(?:to\s+)?\$?(?P<n>\d[\d,]*(?:\.\d+)?)\s*[?？.!]*\s*$",
    re.IGNORECASE,
)


def expense_of_income_changed(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous share-of-income question with the expense moved to ``text``'s figure.

    Args:
        text: The follow-up turn ("what if they raise it to 2250").
        steps: The previous turn's step texts.
    """
    moved = _MOVED.match(normalize_numerals(text))
    if moved is None or len(steps) != 1:
        return None
    last = normalize_numerals(steps[-1])
    span = income_share_part_span(last)
    named = (moved["named"] or moved["named2"] or "").lower().rstrip("s")
    if span is None:
        return None
    start, end = span
    # The expense by its own name ("if rent went up"), never the income ("if my pay is").
    if named and not re.search(rf"\b{re.escape(named)}s?\s+\D{{0,14}}$", last[:start], re.I):
        return None
    return [last[:start] + moved["n"] + last[end:]], f"{last[start:end]} → {moved['n']}"
