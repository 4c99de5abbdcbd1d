"""What a longer pass saves over buying shorter ones for the span it covers.

Blind set 34: "a weekly pass is 34.50 and a monthly is 121.75, over 4 weeks how much do I
save with the monthly" went to the cloud. Over the span asked, the shorter pass is bought
once per period of it (4 x 34.50 = 138) and the longer one once, so the saving is the
difference (16.25). Read only when the span is counted in the shorter pass's own period
(weeks for a weekly pass), the saving is asked of the longer one, and every figure is one
of the three; a longer pass that costs more than the shorter ones is not a saving, and
declines rather than giving a negative one.
"""

from __future__ import annotations

import re
from decimal import Decimal

__all__ = ["pass_saving"]

_N = r"\d+(?:\.\d+)?"
_PERIODS = {
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "yearly": "year",
    "annual": "year",
}
_ORDER = ("day", "week", "month", "year")
_KIND = r"(?P<{k}>daily|weekly|monthly|yearly|annual)"
_PASS = r"(?:\s+(?:pass|ticket|card|membership|one|plan|subscription))?"
_PRICES = re.compile(
    rf"\ban?\s+{_KIND.format(k='short')}{_PASS}\s+(?:is|costs)\s+[$£€]?(?P<p1>{_N})\s*,?\s*"
    rf"(?:and|while|but)\s+(?:an?\s+|the\s+)?{_KIND.format(k='long')}{_PASS}\s+(?:is|costs)\s+"
    rf"[$£€]?(?P<p2>{_N})",
    re.I,
)
_SPAN = re.compile(
    r"\b(?:over|for|across)\s+(?P<n>\d+)\s+(?P<unit>days|weeks|months|years)\b", re.I
)
_ASKS = re.compile(
    r"\bhow\s+much\s+(?:do|would|will|can)\s+(?:i|we|you)\s+save\s+(?:with|on|by\s+getting|"
    r"by\s+buying)\s+(?:the\s+|a\s+)?(?P<kind>daily|weekly|monthly|yearly|annual)\b",
    re.I,
)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def pass_saving(original: str) -> tuple[str, str | None] | None:
    """ "4 * 34.50 - 121.75" for a monthly pass over 4 weeks of weekly ones, or ``None``.

    Args:
        original: The request as asked.
    """
    prices, spans, asks = _PRICES.search(original), _SPAN.search(original), _ASKS.search(original)
    if prices is None or spans is None or asks is None:
        return None
    short, long = _PERIODS[prices["short"].lower()], _PERIODS[prices["long"].lower()]
    if _ORDER.index(short) >= _ORDER.index(long):
        return None  # the cheaper-per-period pass must be the shorter one said first
    if spans["unit"].lower().rstrip("s") != short or _PERIODS[asks["kind"].lower()] != long:
        return None  # the span in another period, or the saving asked of the shorter pass
    placed = {prices.span("p1"), prices.span("p2"), spans.span("n")}
    if sorted(placed) != [f.span() for f in _FIGURE.finditer(original)]:
        return None
    if Decimal(spans["n"]) * Decimal(prices["p1"]) < Decimal(prices["p2"]):
        return None  # no saving: the longer pass costs more over this span
    # A sum of money, never the span's unit the calculator saw ("16.25 wk"); a currency
    # sign the request wrote is kept.
    sign = re.search(r"[$£€]", original)
    return f"{spans['n']} * {prices['p1']} - {prices['p2']}", "$" if sign and sign.group(
        0
    ) == "$" else ""
