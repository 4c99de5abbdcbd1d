"""More of the thing priced in the source currency, added before a conversion: "we might add
2 more nights at 160 euros each, new total in usd" after "1 eur = 1.09 usd rn, the hotel is
640 euros. in dollars?" is (640 + 2 x 160) x 1.09 = 1,046.40 (set 46).

Read as said, the turn was 2 x 160 = 320 (no rate, no earlier total): the amount added is
in the currency the earlier turn converted from, so it joins that amount, and the earlier
turn is re-run at its rate. Read only when the earlier turn holds exactly one amount in
that currency (besides the 1 of its "1 eur = …" rate), and the turn adds a count of things
at a price each in it and asks the new total.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from core.lazy_regex import LazyPattern

__all__ = ["added_before_conversion"]

_N = r"\d+(?:\.\d+)?"
# Each currency's words, as said after an amount.
_CURRENCIES = {
    "eur": r"euros?|eur|€",
    "usd": r"dollars?|usd|bucks",
    "gbp": r"pounds?|gbp|quid",
    "jpy": r"yen|jpy",
    "krw": r"won|krw",
}
_ANY_CUR = "|".join(_CURRENCIES.values())
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_ADDED = LazyPattern(
    r"^\s*(?:(?:ok|so|and|oh|hmm|also)[,.]?\s+)*(?:(?:we|i)\s+(?:might|may|will|could|want\s+to|wanna|"
    r"gonna|are\s+going\s+to|plan\s+to|would)\s+|what\s+if\s+(?:we|i)\s+|if\s+(?:we|i)\s+)?"
    r"(?:add|book|stay|get|buy|do)\s+(?P<n>\d+|a|an|one|two|three|four|five)\s+more\s+(?P<thing>[a-z]+)\s+"
    rf"(?:at|for|@)\s+(?P<x>{_N})\s*(?P<cur>{_ANY_CUR})\s+(?:each|a\s+night|per\s+night|apiece|a\s+pop)"
    r"\s*[,.;]?\s*(?:so\s+|then\s+)?(?:what'?s\s+|what\s+is\s+)?(?:the\s+)?new\s+total"
    rf"(?:\s+in\s+(?P<t>{_ANY_CUR}))?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def _currency(word: str) -> str | None:
    said = word.lower()
    return next((c for c, w in _CURRENCIES.items() if re.fullmatch(w, said)), None)


def added_before_conversion(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The earlier conversion re-run with the things added to its amount, or ``None``."""
    said = _ADDED.match(text)
    if said is None or len(steps) != 1:
        return None
    source = _currency(said["cur"])
    if source is None or (said["t"] is not None and _currency(said["t"]) == source):
        return None  # the total asked in the currency added: no conversion to re-run
    step = steps[0]
    words = _CURRENCIES[source]
    amounts = [
        m
        for m in re.finditer(rf"(?<![\d.])(?P<a>{_N})\s*(?:{words})\b", step, re.IGNORECASE)
        # "1 eur = 1.09 usd": the rate's unit, not an amount converted.
        if not re.match(r"\s*(?:=|is|to|in|->)\s*\d", step[m.end() :], re.IGNORECASE)
    ]
    if len(amounts) != 1:
        return None
    old = amounts[0]
    count = _COUNTS.get(said["n"].lower()) or int(said["n"])
    total = Decimal(old["a"]) + count * Decimal(said["x"])
    new = f"{step[: old.start('a')]}{total.normalize():f}{step[old.end('a') :]}"
    return [new], f"{old['a']} + {count} x {said['x']} = {total.normalize():f} {said['cur']}"
