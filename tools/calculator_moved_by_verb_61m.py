"""An amount raised or cut "by" a percent, the verb said before the amount.

Set 53 (blind53m): "landlord is raising my 2400 rent by 3.5%, new rent?" was answered 84,
the raise alone, for 2,484. ``tools.calculator_rates`` reads a rise or a cut from the words
just before a rate ("goes up 3.5%", "raising it 4%") or just after it ("5% off"); here the
verb comes before the amount and only "by" before the rate, so the rate was read as a share
of the amount. The same holds of a cut ("they are cutting my 80 bill by 15%, new bill?").

The slots: a verb of raising or cutting, then (with no figure between) the amount, then
"by" and the rate. What is asked decides the reading:

- the new amount ("new rent", "what will i pay", "how much will it be"): the amount moved;
- the change itself ("how much is the raise", "how much more", "extra"): the share, as
  before;
- neither: unclear, and declined (the share alone read as the answer was this set's wrong).
"""

from __future__ import annotations

import re
from typing import Literal

from core.lazy_regex import LazyPattern

__all__ = ["MovedBy", "moved_by_verb"]

MovedBy = Literal["rise", "cut", "change", "unclear"]

# A verb of raising or cutting, said before the amount it moves.
_RAISE_VERB = LazyPattern(
    r"\b(?:rais(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|bump(?:s|ed|ing)?"
    r"|jack(?:s|ed|ing)?\s+up|put(?:s|ting)?\s+up|upp(?:ed|ing))\b",
    re.IGNORECASE,
)
_CUT_VERB = LazyPattern(
    r"\b(?:cut(?:s|ting)?|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|slash(?:es|ed|ing)?"
    r"|trim(?:s|med|ming)?|drop(?:s|ped|ping)?|knock(?:s|ed|ing)?\s+down)\b",
    re.IGNORECASE,
)
# Between the amount and the rate: a few words of what the amount is, then "by".
_BY_BEFORE_RATE = LazyPattern(r"^[^\d.?!]{0,30}\bby\s*$", re.IGNORECASE)
# The words before the amount that may hold its verb: back to a sentence's start.
_LEAD_CHARS = 48
_CLAUSE_BREAK = re.compile(r"[.?!;]|\d")
# The change itself asked: never the new amount.
_ASKS_CHANGE = LazyPattern(
    r"\bhow\s+much\s+(?:more|less|extra|is\s+the\s+(?:raise|increase|hike|cut|reduction))"
    r"|\b(?:more|extra|less)\s+(?:a|per|each)\s+(?:month|year|week)\b|\bdifference\b"
    r"|\bby\s+how\s+much\b|\bthe\s+(?:raise|increase|hike|cut|reduction)\s+(?:itself|alone)\b"
    r"|\bhow\s+much\s+(?:more|extra)\b|\bextra\b|\bsav(?:e|ing)s?\b",
    re.IGNORECASE,
)
# The new amount asked.
_ASKS_NEW = LazyPattern(
    r"\bnew\b|\bafter\s+the\s+(?:raise|increase|hike|cut|reduction)\b"
    r"|\bwhat\s+(?:will|would|do|does|should|am)\s+(?:i|we|it|they|that)\s+(?:be\s+)?"
    r"(?:pay(?:ing)?|be|cost|owe|come\s+to)\b"
    r"|\bhow\s+much\s+(?:will|would|is|does)\s+(?:i|we|it|that|the\s+\w+)\s+(?:pay|be|cost|owe)\b"
    r"|\bgoing\s+to\s+be\b|\b(?:it|rent|price|bill|fee)\s+(?:be|is)\s+then\b",
    re.IGNORECASE,
)


def moved_by_verb(text: str, amount_start: int, before_rate: str) -> MovedBy | None:
    """How a rate said "by" after a verb-governed amount reads, or None (not this form).

    Args:
        text: The request as the rates reader normalised it.
        amount_start: Where the amount before the rate starts in ``text``.
        before_rate: The words between the amount and the rate.
    """
    if not _BY_BEFORE_RATE.match(before_rate):
        return None
    lead = text[max(0, amount_start - _LEAD_CHARS) : amount_start]
    breaks = list(_CLAUSE_BREAK.finditer(lead))
    if breaks:
        lead = lead[breaks[-1].end() :]
    rises, cuts = _RAISE_VERB.search(lead) is not None, _CUT_VERB.search(lead) is not None
    if rises == cuts:
        return None  # no verb before the amount (or both): the other rules read it
    if _ASKS_CHANGE.search(text):
        return "change"
    if _ASKS_NEW.search(text):
        return "rise" if rises else "cut"
    return "unclear"
