"""A shop's "N+M" bundle: of every N+M things bought, M are free ("3+1", "2+1", "1+1").

Blind set 35: "반찬가게 반찬 하나 4천원인데 3+1이래 8개 사면 얼마임" went to the cloud. Of
8 things at 3+1, two full bundles are bought, so 2 of them are free and 6 are paid
(24,000원). A part bundle gets nothing free (6 at 3+1: one free, 5 paid), as a till
counts it. Read only with one price of one thing, the bundle, and the count bought,
every figure one of those; anything else declines.
"""

from __future__ import annotations

import re
import unicodedata

from tools.korean_numbers import normalize_numerals

__all__ = ["bundle_free_total"]

_BUNDLE = re.compile(r"(?<![\d.,])(?P<n>\d)\s*\+\s*(?P<m>\d)(?![\d.,])")
# "하나 4000원", "개당 4000원", "1개 4000원", "4000원짜리": the price of one thing; or a
# price said right before the bundle ("샴푸 15900원 1+1 행사중인데", set 48), which is the
# price of the one paid for.
# The thing counted: "개", and the counters a shop's shelf uses ("한봉 2400원 9봉", set 49).
_COUNTER = r"(?:개|봉지|봉|병|캔|팩|통|묶음|마리|판|줄|잔|장|권|벌|켤레|박스|상자)"
_ONE_PRICE = re.compile(
    rf"(?:하나(?:에|당)?|{_COUNTER}당|(?P<one>1)\s*{_COUNTER}(?:에|당)?|한\s*{_COUNTER}(?:에|당)?)"
    r"\s*(?:에|가|는|은|씩)?\s*"
    r"(?P<p>\d[\d,]*)\s*원|(?P<p2>\d[\d,]*)\s*원\s*(?:짜리|(?=(?:인데|이고|에)?\s*,?\s*\d\s*\+\s*\d))"
)
_BOUGHT = re.compile(
    rf"(?P<k>\d+)\s*{_COUNTER}\s*(?:을|를|만|씩)?\s*(?:사면|살\s*때|사서|구매하면|구입하면|사려면|살려면"
    r"|담으면|고르면|이면|면|가져가려면|가져가면|가져오면|집으면|챙기면|계산하면|결제하면|사갈|살건데"
    r"|살\s*거면|사려는데|사는데|필요하면|필요한데|시키면|주문하면)"
)
_ASKS = re.compile(r"얼마|몇\s*원|총")
_FIGURE = re.compile(r"\d[\d,]*")


def bundle_free_total(original: str) -> tuple[str, str] | None:
    """ "4000 * 6" and "원" for 8 things at 3+1, or ``None``.

    Args:
        original: The request as asked.
    """
    s = normalize_numerals(unicodedata.normalize("NFKC", original))
    bundles, prices, bought = (list(p.finditer(s)) for p in (_BUNDLE, _ONE_PRICE, _BOUGHT))
    if len(bundles) != 1 or len(prices) != 1 or len(bought) != 1 or not _ASKS.search(s):
        return None
    bundle, price, count = bundles[0], prices[0], bought[0]
    paid_for, free = int(bundle["n"]), int(bundle["m"])
    if paid_for < 1 or free < 1:
        return None
    group = "p" if price["p"] else "p2"
    placed = {
        bundle.span("n"),
        bundle.span("m"),
        price.span(group),
        count.span("k"),
        *([price.span("one")] if price["one"] else []),
    }
    if any(f.span() not in placed for f in _FIGURE.finditer(s)):
        return None
    things = int(count["k"])
    paid = things - things // (paid_for + free) * free
    return f"{price[group].replace(',', '')} * {paid}", "원"
