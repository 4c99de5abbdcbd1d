"""A conversion asked again in another currency at a rate said per the source currency.

"now in pounds, 0.86 per euro" after "a 150 euro deposit, what's that in won at 1,480":
the same euro amount at 0.86 pounds per euro (129), never the won result over 0.86 nor
"0.86 won a pound". Found by the twenty-second unseen set, where the local model gave
the rate back as its answer; and "in dollars at 1.08 per euro?" had been read as 1.08
*won* a dollar, giving $872,083.33 for 630 euros.

The previous step must convert an amount in a currency other than won ("… 630 euros …
in won at 1,495"); its "in X at R" becomes "in TARGET at RATE" and the currency handler
re-runs it. A turn naming a rate per a currency that is not the amount's own gets no
reading (and no other rule reads it: see ``names_rate_per_foreign_currency``), as does
"in dollars at 1.08" with no foreign amount to convert (1.08 won a dollar is no rate).
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
    rf"(?:(?:{_CURRENCY}\s+)?(?:per|a|an|for\s+(?:one|1|a|an)|to\s+(?:the|one|1|a|an))\s+"
    rf"(?P<source>{_CURRENCY}))?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_CONVERSION_TAIL = LazyPattern(
    rf"\bin\s+(?P<target>{_CURRENCY})\s+at\s+(?P<r>{_N})\s*[?.!]*\s*$", re.IGNORECASE
)
_AMOUNT = LazyPattern(rf"(?<![\d.])(?:{_N})\s*(?P<currency>{_CURRENCY})\b", re.IGNORECASE)


def _canonical(word: str) -> str:
    word = word.lower()
    return _CANONICAL.get(word) or _CANONICAL.get(word.removesuffix("s"), word)


# No dollar, euro or pound has been worth this few won: "in dollars at 1.08" is no won rate.
_LEAST_WON_RATE = 100


def names_rate_per_foreign_currency(text: str) -> bool:
    """Whether a turn states a rate per a currency other than won ("1.08 per euro").

    "in dollars at 1.08", no currency named after it, counts too: 1.08 won a dollar is
    no rate anyone quotes, so it is per the amount's own currency.
    """
    found = _TURN.match(text)
    if found is None:
        return False
    if found["source"] is not None:
        return _canonical(found["source"]) != "won"
    small = float(found["r"].replace(",", "")) < _LEAST_WON_RATE
    return small and _canonical(found["target"]) in {"dollar", "euro", "pound"}


def converted_at_rate_per_source(
    text: str, previous_steps: Sequence[str]
) -> tuple[list[str], str] | None:
    """ "now in dollars, 1.08 per euro": the previous euro amount converted at that rate."""
    turn = _TURN.match(text)
    if turn is None or not previous_steps:
        return None
    step = previous_steps[-1]
    tail = _CONVERSION_TAIL.search(step)
    if tail is None:
        return None
    amounts = {_canonical(m["currency"]) for m in _AMOUNT.finditer(step[: tail.start()])}
    if len(amounts) != 1 or "won" in amounts:
        return None  # no one foreign amount: nothing the rate could be per
    target = _canonical(turn["target"])
    source = _canonical(turn["source"]) if turn["source"] else next(iter(amounts))
    if source == target or amounts != {source}:
        return None  # the amount is not in the currency the rate is per
    changed = f"{step[: tail.start()]}in {turn['target']} at {turn['r']}"
    return [*previous_steps[:-1], changed], f"at {turn['r']} {target} per {source}"
