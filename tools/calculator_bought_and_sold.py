"""The profit (or loss) on things bought at one price and sold at another.

Blind set 39: "bought 40 shares at 12.50 and sold them at 15.75, how much did i make" went
to a model. A count bought at a price each and sold (all of them) at another, asked what
was made, gained or lost, is the count sold times the difference: 40 x (15.75 - 12.50) =
130; "sold 5 of them" counts those 5 (main answered 325 for "bought 10 shares at 20 and
sold 5 of them at 25, profit?"). A fee said beside the prices is left to other readers.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["bought_and_sold"]

_N = r"\d+(?:\.\d+)?"
_BOUGHT_SOLD = LazyPattern(
    rf"\b(?:i\s+|we\s+)?(?:bought|buy|got)\s+(?P<n>\d+)\s+(?:[a-z]+\s+){{0,2}}?(?:at|for)\s+\$?"
    rf"(?P<buy>{_N})\s*(?:each|apiece|a\s+share|per\s+share|a\s+piece)?\s*,?\s*(?:and|then)\s+"
    r"(?:i\s+|we\s+)?(?:sold|sell|sale)\s+"
    r"(?:(?P<k>\d+)\s+of\s+them|them|it|those|all(?:\s+of\s+them)?|them\s+all)?\s*"
    rf"(?:at|for)\s+\$?(?P<sell>{_N})\s*(?:each|apiece|a\s+share|per\s+share|a\s+piece)?\b",
    re.IGNORECASE,
)
_ASKS_PROFIT = LazyPattern(
    r"\b(?:make|made|profit|gain|earn|earned|lose|lost|loss)\b", re.IGNORECASE
)
_ASKS_LOSS = LazyPattern(r"\b(?:lose|lost|loss)\b", re.IGNORECASE)
_FEE = LazyPattern(r"\b(?:fee|fees|commission|tax)\b", re.IGNORECASE)


def bought_and_sold(text: str) -> str | None:
    """``"40 * (15.75 - 12.50)"`` for a count bought and sold, the gain asked; else None.

    Args:
        text: The question with numerals as digits.
    """
    found = _BOUGHT_SOLD.search(text)
    if found is None or not _ASKS_PROFIT.search(text) or _FEE.search(text):
        return None
    sold = found["k"] or found["n"]
    if len(re.findall(r"(?<![\d.])\d+(?:\.\d+)?", text)) != (4 if found["k"] else 3):
        return None  # a figure this reading does not place
    if float(sold) > float(found["n"]):
        return None  # more sold than bought: not this question
    if _ASKS_LOSS.search(text):
        return f"{sold} * ({found['buy']} - {found['sell']})"  # the loss, asked as such
    # Only what was sold made or lost anything ("sold 5 of them": main had 325 for 10 at
    # 20 and 5 sold at 25, the sale added to the cost).
    return f"{sold} * ({found['sell']} - {found['buy']})"


# Some of the things bought taken back (opens56e, set 47): "bought 3 shirts at 24.99 and
# returned 1 of them, what did i end up spending" is (3 - 1) x 24.99; the refund is the
# price each of the ones returned. Read only with those three figures, fewer returned than
# bought, and the amount spent or paid asked; a fee, a tax or a restocking charge said
# (the refund may be less) is left to other readers.
_BOUGHT_RETURNED = LazyPattern(
    rf"\b(?:i\s+|we\s+)?(?:bought|got|ordered|purchased)\s+(?P<n>\d+)\s+(?:[a-z]+\s+){{0,2}}?"
    rf"(?:at|for)\s+\$?(?P<price>{_N})\s*(?:each|apiece|a\s+piece|ea)?\s*,?\s*(?:and|but|then)\s+"
    r"(?:i\s+|we\s+)?(?:then\s+)?(?:returned|took\s+back|sent\s+back|brought\s+back|return)\s+"
    r"(?P<k>\d+)(?:\s+of\s+(?:them|those|the\s+[a-z]+))?\b",
    re.IGNORECASE,
)
_ASKS_SPENT = LazyPattern(
    r"\b(?:spend|spent|spending|pay|paid|paying|cost|total|out\s+of\s+pocket)\b", re.IGNORECASE
)
_NOT_THE_PRICE_BACK = LazyPattern(r"\b(?:fee|fees|tax|restocking|credit|%|percent)", re.I)


def bought_less_returned(text: str) -> str | None:
    """``"(3 - 1) * 24.99"`` for things bought less some returned, the spend asked; else None.

    Args:
        text: The question with numerals as digits.
    """
    found = _BOUGHT_RETURNED.search(text)
    if found is None or not _ASKS_SPENT.search(text[found.end() :]):
        return None
    if _NOT_THE_PRICE_BACK.search(text):
        return None
    if len(re.findall(r"(?<![\d.])\d+(?:\.\d+)?", text)) != 3:
        return None  # a figure this reading does not place
    if not 0 < float(found["k"]) < float(found["n"]):
        return None  # all or more returned: nothing spent, or not this question
    return f"({found['n']} - {found['k']}) * {found['price']}"
