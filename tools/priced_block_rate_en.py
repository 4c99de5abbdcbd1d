"""An English price per a block of units: "0.75 per 10 minutes", "3 for every 100 grams".

Blind set 31: "street parking is 0.75 per 10 minutes and I parked for 1 hour 40 minutes"
was declined as "not in the documents": the reader knew "a minute" and "per hour" but
took "0.75 per" as a count and "10 minutes" as another. Korean blocks ("30분에 1,500원")
were read already; this reads the English ones into the same rate per a block, which the
total then meets with whole blocks only.
"""

from __future__ import annotations

import re

from tools.priced_figures import NUMBER, Claims, Priced, Rate, money, unit_name

__all__ = ["read_block_rates_en"]

_BLOCK_RATE_EN = re.compile(
    rf"(?:\$\s*)?(?P<v>{NUMBER})(?:\s*(?P<cur>dollars?|bucks|cents?))?\s+"
    rf"(?:per|for\s+(?:each|every)|every|a)\s+(?P<b>{NUMBER})\s+"
    r"(?P<u>minutes?|mins?|hours?|grams?|g|ml|kilometers?|kilometres?|km|miles?|pages?)\b",
    re.IGNORECASE,
)


def read_block_rates_en(s: str, claims: Claims, found: Priced) -> None:
    """Add each "N per M units" of ``s`` to ``found.rates`` as a rate per a block of M.

    Args:
        s: The request as the price reader has it (numerals as digits).
        claims: The figures not yet read.
        found: The reading so far.
    """
    for m in _BLOCK_RATE_EN.finditer(s):
        if not claims.free(m, "v", "b"):
            continue
        unit = unit_name(m["u"])
        block = claims.take(m, "b")
        value = claims.take(m, "v", "rate", unit)
        if block is None or value is None or block <= 0:
            continue
        found.rates.append(Rate(money(value, m["cur"]), unit, per=block))
