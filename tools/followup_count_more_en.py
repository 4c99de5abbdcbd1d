"""More of what a price times a count counted: "plus a couple more for the neighbours kids".

After "tickets r twelve fifty each and we need half a dozen, total?" (75), blind set 37's
"plus a couple more for the neighbours kids" reached the local model, which answered 'teny
five'; "plus 2 more" was read as 2 added to the total (77). The first turn is a price each
times a count the price reader leaves to the calculator ("we need 6": no noun after the
count), so no typed slot takes the new count. Here the previous step must be read as one
price times one count, the price marked as such ("12.50 each", "at 12.50") and the count
the other figure; "N more" grows that count and the step is re-run. Anything else (two
counts, no price marked, a figure in the turn besides N) is left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from core.text import ENGLISH_DIGITS
from tools.handlers import match_deterministic
from tools.spoken_prices_en import spoken_prices_as_decimals

__all__ = ["count_grown_by_more"]

_MORE = re.compile(
    r"^\s*(?:oh\s+|and\s+|plus\s+|oh\s+and\s+|actually\s+)*(?:we\s+need\s+|make\s+it\s+)?"
    r"(?P<n>\d+|a\s+couple|two|three|four|five|six|seven|eight|nine|ten)\s+more\b"
    r"(?:\s+(?:for|of|tickets?|people|kids?|seats?|passes|for\s+the)\b[a-z'\s]*)?\s*[?.!]*\s*$",
    re.I,
)
_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")
_PRICE_AFTER = re.compile(r"^\s*(?:each|apiece|a\s+piece|per\b|a\s+(?:ticket|head|person))", re.I)
_PRICE_BEFORE = re.compile(r"(?:\bat|@|\bfor|\bis|\bare|\br|\$|£)\s*$", re.I)
_PRODUCT = re.compile(r"^(?P<a>\d+(?:\.\d+)?) \* (?P<b>\d+(?:\.\d+)?)$")


def _how_many(said: str) -> int:
    word = said.lower()
    if word.startswith("a"):
        return 2  # "a couple more"
    return int(word) if word.isdigit() else int(ENGLISH_DIGITS[word])


def count_grown_by_more(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The one step with its count grown by the turn's "N more", or ``None``.

    Args:
        text: The follow-up ("plus a couple more for the neighbours kids").
        steps: The previous turn's step texts.
    """
    asked = _MORE.match(text)
    if asked is None or len(steps) != 1:
        return None
    before = match_deterministic(steps[0])
    if before is None or before.handler != "calculator":
        return None
    product = _PRODUCT.match(before.detail)
    if product is None:
        return None
    plain = spoken_prices_as_decimals(steps[0])
    figures = list(_FIGURE.finditer(plain))
    read = {Decimal(product["a"]), Decimal(product["b"])}
    if len(figures) != 2 or {Decimal(f.group(0)) for f in figures} != read:
        return None
    prices = [
        f
        for f in figures
        if _PRICE_AFTER.match(plain[f.end() :]) or _PRICE_BEFORE.search(plain[: f.start()])
    ]
    counts = [f for f in figures if f not in prices]
    if len(prices) != 1 or len(counts) != 1 or "." in counts[0].group(0):
        return None
    count = counts[0]
    new = Decimal(count.group(0)) + _how_many(asked["n"])
    changed = f"{plain[: count.start()]}{new}{plain[count.end() :]}"
    after = match_deterministic(changed)
    if after is None or after.handler != "calculator":
        return None
    return [changed], f"{count.group(0)} → {new}"
