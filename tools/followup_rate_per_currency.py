"""A conversion asked again in another currency at a rate said per the source currency.

"now in pounds, 0.86 per euro" after "a 150 euro deposit, what's that in won at 1,480":
the same euro amount at 0.86 pounds per euro (129), never the won result over 0.86 nor
"0.86 won a pound". Found by the twenty-second unseen set, where the local model gave
the rate back as its answer; and "in dollars at 1.08 per euro?" had been read as 1.08
*won* a dollar, giving $872,083.33 for 630 euros.

The previous step must convert an amount in a currency other than won ("… 630 euros …
in won at 1,495"); its "in X at R" becomes "in TARGET at RATE" and the currency handler
re-runs it. A turn naming a rate per a currency that is not the amount's own gets no
reading (and no other rule reads it: see ``names_rate_per_foreign_currency``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern

__all__ = ["converted_at_rate_per_source", "names_rate_per_foreign_currency"]

_N = r"\d[\d,]*(?:\.\d+)?"
_CURRENCY = r"(?:dollars?|usd|euros?|eur|yen|jpy|pounds?|gbp|won|krw|yuan|cny)"
_CANONICAL = {
    "dollar": "dollar",
    "usd": "dollar",
    "euro": "euro",
    "eur": "euro",
    "yen": "yen",
    "jpy": "yen",
    "pound": "pound",
    "gbp": "pound",
    "won": "won",
    "krw": "won",
    "yuan": "yuan",
    "cny": "yuan",
}
_TURN = LazyPattern(
    r"^\s*(?:(?:now|and|so|ok(?:ay)?|then|what\s+about|how\s+about)\s*,?\s*)*"
    rf"in\s+(?P<target>{_CURRENCY})\s*(?:,\s*|\s+)(?:at\s+)?(?P<r>{_N})\s*"
    rf"(?:{_CURRENCY}\s+)?(?:per|a|an|for\s+(?:one|1|a|an)|to\s+(?:the|one|1|a|an))\s+"
    rf"(?P<source>{_CURRENCY})\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_CONVERSION_TAIL = LazyPattern(
    rf"\bin\s+(?P<target>{_CURRENCY})\s+at\s+(?P<r>{_N})\s*[?.!]*\s*$", re.IGNORECASE
)
_AMOUNT = LazyPattern(rf"(?<![\d.])(?:{_N})\s*(?P<currency>{_CURRENCY})\b", re.IGNORECASE)


def _canonical(word: str) -> str:
    word = word.lower()
    return _CANONICAL.get(word) or _CANONICAL.get(word.removesuffix("s"), word)


def names_rate_per_foreign_currency(text: str) -> bool:
    """Whether a turn states a rate per a currency other than won ("1.08 per euro")."""
    found = _TURN.match(text)
    return found is not None and _canonical(found["source"]) != "won"


def converted_at_rate_per_source(
    text: str, previous_steps: Sequence[str]
) -> tuple[list[str], str] | None:
    """ "now in dollars, 1.08 per euro": the previous euro amount converted at that rate."""
    turn = _TURN.match(text)
    if turn is None or not previous_steps:
        return None
    source, target = _canonical(turn["source"]), _canonical(turn["target"])
    if source == target:
        return None
    step = previous_steps[-1]
    tail = _CONVERSION_TAIL.search(step)
    amounts = (
        {_canonical(m["currency"]) for m in _AMOUNT.finditer(step[: tail.start()])}
        if tail
        else set()
    )
    if tail is None or amounts != {source}:
        return None  # the amount is not in the currency the rate is per
    changed = f"{step[: tail.start()]}in {turn['target']} at {turn['r']}"
    return [*previous_steps[:-1], changed], f"at {turn['r']} {target} per {source}"
