"""One price a period shared N ways, each one's share asked: "22.99 a month and we split it 4
ways, how much each per month".

Set 33: that sentence went to the cloud, while "… 22.99 a month split 4 ways, how much each"
is read (5.7475): "we split it" and the period asked again after "each" ("per month") were
words no form expected. The share is the price over the sharers, and only when the sentence
holds those two figures and nothing else: the period, if asked again, must be the price's
own ("per month" of "a month"); another period ("for a year", "each week") would ask for a
multiple the two figures do not give, so it declines.
"""

from __future__ import annotations

import re

__all__ = ["amounts_split_by_heads", "period_price_split_ways"]

_NUM = r"\d+(?:\.\d+)?"
_PERIOD = r"month|year|week|day|night"
_PRICE_A_PERIOD = re.compile(
    rf"\$?\s*(?P<a>{_NUM})\s*(?:dollars?|bucks|quid|pounds|euros?|eur)?\s+(?:a|per|each|every)\s+"
    rf"(?P<p>{_PERIOD})\b",
    re.IGNORECASE,
)
_SPLIT = re.compile(
    r"\b(?:split|share|divide)(?:s|d)?\s+(?:it|that|this|the\s+cost|the\s+bill)?\s*"
    r"(?:(?P<n>\d+)\s+ways|(?:between|among)\s+(?P<n2>\d+)(?:\s+(?:people|of\s+us|friends))?)\b",
    re.IGNORECASE,
)
_EACH_ASKED = re.compile(
    r"how\s+much\s+(?:is\s+(?:that|it)\s+)?(?:each|per\s+person|a\s+head|per\s+head|apiece)"
    r"|what(?:'s|\s+is|\s+do)\s+(?:each|every)\s+(?:one|person)"
    # "whats my half", "what's my share": one's own part of the split (set 54, opens63).
    r"|\bwhat(?:'s|s|\s+is)\s+my\s+(?:half|share|part|cut)\b",
    re.IGNORECASE,
)
_ANY_PERIOD = re.compile(
    rf"\b(?:{_PERIOD})s?\b|\b(?:monthly|yearly|annual(?:ly)?|weekly|daily)\b", re.I
)
_FIGURE = re.compile(_NUM)


def period_price_split_ways(digits: str) -> str | None:
    """``price / sharers`` for a price a period split N ways, each share asked; else ``None``.

    Args:
        digits: The question with its numerals as digits.
    """
    text = digits.replace(",", "")
    prices = list(_PRICE_A_PERIOD.finditer(text))
    splits = list(_SPLIT.finditer(text))
    if len(prices) != 1 or len(splits) != 1 or not _EACH_ASKED.search(text):
        return None
    if len(_FIGURE.findall(text)) != 2:
        return None
    price, split = prices[0], splits[0]
    if split.start() < price.end():
        return None  # the split told before the price: not the order this reading knows
    period = price["p"].lower()
    others = [
        m.group(0).lower()
        for m in _ANY_PERIOD.finditer(text)
        if not (price.start() <= m.start() < price.end())
    ]
    if any(o.rstrip("s") != period and o != f"{period}ly" for o in others):
        return None  # "for a year", "each week": a multiple the two figures do not give
    sharers = split["n"] or split["n2"]
    if sharers is None or float(sharers) < 2:
        return None
    return f"{price['a']} / {sharers}"


# A price and the fees beside it, then the heads said bare and each one's share asked
# (opens55e, set 46): "lake house is 2380 for the week + 175 cleaning, 7 of us. per
# person?" is (2380 + 175) / 7. The price may name the span it is for ("for the week");
# any other figure, or a period asked of the share ("per night"), is no reading here.
_PRICE_SPAN = (
    r"(?:\s+(?:for\s+(?:the|a|one)\s+(?:week|weekend|day|night|stay|trip|month)|total|in\s+total))?"
)
_FEE = rf"\s*(?:\+|plus|and)\s*\$?\s*{_NUM}(?:\s+(?:for\s+)?[a-z]+){{0,2}}(?:\s+fee)?"
_HEADS_SPLIT = re.compile(
    rf"^(?:[a-z']+\s+){{0,4}}(?:is|was|costs?|comes\s+to|are|=)\s+\$?\s*(?P<a>{_NUM}){_PRICE_SPAN}"
    rf"(?P<fees>(?:{_FEE})+)\s*[,.;]\s*(?:and\s+)?(?:there(?:'s|\s+are|re)\s+|we(?:'re|\s+are|re)\s+)?"
    r"(?P<n>\d+)\s+(?:of\s+us|people|friends|guys|ppl|adults)\s*[,.;]?\s*(?:so\s+)?"
    r"(?:how\s+much\s+(?:is\s+(?:that|it)\s+)?)?(?:per\s+person|each|a\s+head|per\s+head|apiece|a\s+person)"
    r"\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_FEE_FIGURE = re.compile(rf"(?:\+|plus|and)\s*\$?\s*(?P<f>{_NUM})", re.I)


def amounts_split_by_heads(digits: str) -> str | None:
    """ "(2380 + 175) / 7" for a price with fees split by the heads said, or ``None``."""
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", digits).strip()  # "2,380", not ", 7 of us"
    m = _HEADS_SPLIT.match(text)
    if m is None or int(m["n"]) < 2:
        return None
    fees = [f["f"] for f in _FEE_FIGURE.finditer(m["fees"])]
    if len(_FIGURE.findall(text)) != 2 + len(fees):
        return None  # a figure the reading leaves out
    return f"({' + '.join([m['a'], *fees])}) / {m['n']}"
