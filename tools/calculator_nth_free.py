"""A loyalty card or a baker's dozen: after N paid, one more is free ("every 10th free").

Blind sets 34 and 36 sent these to the cloud: "lattes are 4.60 and every 10th one is free,
I'll buy 20" (of every 10, 9 are paid: 18 x 4.60), "muffins are 2.75 each and if you buy
a dozen the 13th is free, what do 13 cost" (12 x 2.75) and "스탬프 10개 찍으면 한잔 공짜인데
한잔 4500원이면 33잔 마실때" (of every 11, 10 are paid: 30 x 4,500). A cycle that is not
complete gets nothing free, as a card counts it. The three phrasings say the cycle in
different ways, so each is read by its own pattern; then, as in
``tools.calculator_bundle_free``, it answers only with one price of one thing and one count
bought, every figure one of those, and declines anything else.
"""

from __future__ import annotations

import re
import unicodedata

from tools.korean_numbers import normalize_numerals

__all__ = ["nth_free_total"]

_N = r"\d+(?:\.\d+)?"
_FIGURE = re.compile(r"(?<![\d.,])\d+(?:,\d{3})*(?:\.\d+)?")

# --- English ------------------------------------------------------------------------------
# "every 10th one is free": a cycle of 10, the last of it free.
_EVERY_NTH_EN = re.compile(
    r"\bevery\s+(?P<nth>\d+)(?:st|nd|rd|th)\s+(?:one\s+|coffee\s+|cup\s+|drink\s+)?"
    r"(?:is\s+|'s\s+|comes\s+)?free\b",
    re.I,
)
# "buy a dozen (and) the 13th is free", "buy 5 the 6th is free": a cycle of paid + 1.
# "buy 2 get the 3rd half off", "buy 3 get the 4th 50% off" (opens55e, set 46): the last
# of the cycle discounted rather than free.
_BUY_THEN_NTH_EN = re.compile(
    r"\bbuy\s+(?:(?P<dozen>a\s+dozen)|(?P<paid>\d+))\s*,?\s*(?:and\s+)?(?:then\s+)?(?:get\s+)?"
    r"the\s+(?P<nth>\d+)(?:st|nd|rd|th)\s+(?:one\s+)?(?:is\s+|'s\s+|comes\s+)?(?:for\s+)?"
    r"(?:(?P<free>free)|(?P<half>half\s+(?:off|price))|(?P<pct>\d+(?:\.\d+)?)\s*%\s*off)(?![\w%])",
    re.I,
)
_PRICE_EN = re.compile(
    rf"\b(?:are|is|cost|costs|at)\s+[$£€]?(?P<p>{_N})(?:\s+each|\s+a\s+piece|\s+apiece)?\b",
    re.I,
)
_BOUGHT_EN = re.compile(
    r"\b(?:buy|buying|get|getting|order|ordering|need)\s+(?P<k>\d+)\b(?!\s*(?:st|nd|rd|th)\b)"
    r"|\bwhat\s+(?:do|would|will)\s+(?P<k2>\d+)\s+(?:\w+\s+)?cost\b"
    r"|\bfor\s+(?P<k3>\d+)\s*\??\s*$",
    re.I,
)
_ASKS_EN = re.compile(r"\bhow\s+much\b|\bcost\b|\bspend\b|\bpay\b|\btotal\b", re.I)

# --- Korean -------------------------------------------------------------------------------
# "스탬프 10개 찍으면 한잔 공짜", "10잔 사면 1잔 무료", "10개 모으면 하나 무료": paid + 1.
_PAID_THEN_ONE_KO = re.compile(
    r"(?P<paid>\d+)\s*(?:개|잔|번|회|장)\s*(?:찍으면|모으면|사면|마시면|채우면)\s*"
    r"(?:[가-힣]+\s+)?(?:한\s*잔|한\s*개|하나|1\s*잔|1\s*개)(?:가|는|이|를)?\s*(?:공짜|무료|서비스)"
)
_PRICE_KO = re.compile(
    r"(?:한\s*잔|한\s*개|하나|1\s*잔|1\s*개|개당|잔당)\s*(?:에|당|가|은|는)?\s*(?P<p>\d+(?:,\d{3})*)\s*원"
)
_BOUGHT_KO = re.compile(
    r"(?P<k>\d+)\s*(?:잔|개)\s*(?:마실\s*때|마시면|마실\s*경우|사면|살\s*때|사서|주문하면|시키면|이면)"
)
_ASKS_KO = re.compile(r"얼마|몇\s*원|총")


def _cycle_en(s: str) -> tuple[int, int, list[tuple[int, int]], str] | None:
    """(paid per cycle, cycle length, the spans of the cycle's figures, the share of the
    last one's price still paid: "0" free, "1 / 2" half off), or ``None``."""
    every = list(_EVERY_NTH_EN.finditer(s))
    buy_then = list(_BUY_THEN_NTH_EN.finditer(s))
    if len(every) + len(buy_then) != 1:
        return None
    if every:
        nth = int(every[0]["nth"])
        return nth - 1, nth, [every[0].span("nth")], "0"
    match = buy_then[0]
    paid = 12 if match["dozen"] else int(match["paid"])
    nth = int(match["nth"])
    if nth != paid + 1:
        return None  # "buy 10 the 12th is free": not a cycle this reader knows
    spans = [match.span("nth")] + ([] if match["dozen"] else [match.span("paid")])
    last_paid = last_one_paid(match)
    if last_paid is None:
        return None
    if match["pct"] is not None:
        spans.append(match.span("pct"))
    return paid, nth, spans, last_paid


def last_one_paid(match: re.Match[str]) -> str | None:
    """The share of the cycle's last one still paid: "0" free, "1 / 2" half off, or a
    percent off's rest (set 46: "buy 2 get the 3rd half off"); ``None`` for no share."""
    if match["free"]:
        return "0"
    if match["half"]:
        return "1 / 2"
    pct = match["pct"]
    return f"(100 - {pct}) / 100" if pct is not None and 0 < float(pct) < 100 else None


def _read_en(s: str) -> tuple[str, int, int, int, str] | None:
    cycle = _cycle_en(s)
    if cycle is None:
        return None
    paid, length, spans, last_paid = cycle
    # "buy 12 the 13th is free" (a dozen as digits) says the cycle, not the count bought.
    bought = [
        b for b in _BOUGHT_EN.finditer(s) if not any(b.start() <= a < b.end() for a, _ in spans)
    ]
    prices = list(_PRICE_EN.finditer(s))
    if len(prices) != 1 or len(bought) != 1 or not _ASKS_EN.search(s):
        return None
    group = next(g for g in ("k", "k2", "k3") if bought[0][g])
    placed = {*spans, prices[0].span("p"), bought[0].span(group)}
    if any(f.span() not in placed for f in _FIGURE.finditer(s)):
        return None
    return prices[0]["p"], int(bought[0][group]), paid, length, last_paid


def _read_ko(s: str) -> tuple[str, int, int, int, str] | None:
    cycles = list(_PAID_THEN_ONE_KO.finditer(s))
    prices, bought = list(_PRICE_KO.finditer(s)), list(_BOUGHT_KO.finditer(s))
    if len(cycles) != 1 or len(prices) != 1 or len(bought) != 1 or not _ASKS_KO.search(s):
        return None
    paid = int(cycles[0]["paid"])
    placed = {cycles[0].span("paid"), prices[0].span("p"), bought[0].span("k")}
    # "1잔 무료", "1개 4500원": the one of a count, not a figure of its own.
    ones = {
        (m.start(), m.start() + 1)
        for m in re.finditer(r"(?<![\d.,])1(?=\s*(?:잔|개))", s)
        if m.start() in range(cycles[0].start(), cycles[0].end())
        or m.start() in range(prices[0].start(), prices[0].end())
    }
    if any(f.span() not in placed | ones for f in _FIGURE.finditer(s)):
        return None
    return prices[0]["p"].replace(",", ""), int(bought[0]["k"]), paid, paid + 1, "0"


def nth_free_total(original: str) -> tuple[str, str | None] | None:
    """ "4.60 * 18" for 20 lattes with every 10th free, or ``None``.

    Args:
        original: The request as asked.

    Returns:
        The expression and its unit ("원" for a Korean request, ``None`` for the text's own),
        or ``None`` when the sentence is not read whole.
    """
    s = normalize_numerals(unicodedata.normalize("NFKC", original))
    korean = re.search(r"[가-힣]", s) is not None
    reading = _read_ko(s) if korean else _read_en(s)
    if reading is None:
        return None
    price, things, paid_per_cycle, length, last_paid = reading
    if paid_per_cycle < 1 or things < 1:
        return None
    discounted = things // length * (length - paid_per_cycle)
    paid = things - discounted
    unit = "원" if korean else None
    if last_paid == "0" or discounted == 0:
        return f"{price} * {paid}", unit
    # The discounted ones at their share of the price (set 46: 24 x 2 + 24 x 1 / 2).
    return f"{price} * {paid} + {price} * {discounted} * {last_paid}", unit
