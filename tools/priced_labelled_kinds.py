"""Prices of named kinds, then a count of each kind by its name: "어른 12,000원 아이 8,000원
인데 어른 둘 아이 셋이면 얼마" is 12,000 x 2 + 8,000 x 3.

Blind set 30's sauna ticket question was summed once per price (20,000원) while its counts
were bare native words; now such words are unread figures and the question declines,
unless this reader pairs every count with the one price of the same name. It reads only
when each name has exactly one price and one count, every figure of the sentence is one of
them, and nothing else is asked (no share, discount, percent or fee besides).
"""

from __future__ import annotations

import re

from core.text import KOREAN_NATIVE_DIGITS
from tools.priced_kind_synonyms import kind_of
from tools.priced_quantities import plain_text

__all__ = ["kind_counts", "labelled_kinds_total"]

_NATIVE = re.compile(
    r"(?<![가-힣])(" + "|".join(w for w in KOREAN_NATIVE_DIGITS if w != "하나") + r")"
    r"(?=\s|$|[?,.!]|이면|이랑|하고|랑|이요|명)"
)
_PRICE = re.compile(
    r"(?P<label>[가-힣]{1,4})(?:은|는)?\s+(?:(?P<one>1)\s*(?:명|인)\s*)?(?P<v>\d+)\s*원"
)
_COUNT = re.compile(
    r"(?P<label>[가-힣]{1,4})\s+(?P<n>\d+)\s*(?:명|인|장|매)?(?=\s|$|[?,.!]|이면|이랑|하고|랑|이요)"
)
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_OTHER_ASKS = re.compile(r"%|할인|나눠|나누|인당|명당|각자|더치|엔빵|배달|수수료|따로|별도|추가|빼")
_ASKS = re.compile(r"얼마|총|[가-힣](?:으면|면)\s*[?？]*\s*$")


def labelled_kinds_total(original: str) -> tuple[str, str] | None:
    """ "12000 * 2 + 8000 * 3" and "원", or ``None`` unless every figure pairs by name."""
    if not _ASKS.search(original) or _OTHER_ASKS.search(original):
        return None
    s = _NATIVE.sub(lambda m: KOREAN_NATIVE_DIGITS[m[1]], plain_text(original))
    # Labels by their kind: "대인 8만원 … 어른 둘" pairs (tools.priced_kind_synonyms).
    prices = {kind_of(m["label"]): m for m in _PRICE.finditer(s)}
    if len(prices) < 2 or len(prices) != len(list(_PRICE.finditer(s))):
        return None
    last_price = max(m.end() for m in prices.values())
    counts = [m for m in _COUNT.finditer(s, last_price) if kind_of(m["label"]) in prices]
    if sorted(kind_of(m["label"]) for m in counts) != sorted(prices):
        return None
    used = {m.start("v") for m in prices.values()} | {m.start("n") for m in counts}
    used |= {m.start("one") for m in prices.values() if m["one"]}  # "어른 1인 15000원"
    if {m.start() for m in _FIGURE.finditer(s)} != used:
        return None  # a figure left over: a size, a date, a fee this reader does not know
    by_label = {kind_of(m["label"]): m["n"] for m in counts}
    terms = [f"{prices[label]['v']} * {by_label[label]}" for label in prices]
    return " + ".join(terms), "원"


def kind_counts(original: str) -> tuple[str, dict[str, re.Match[str]]] | None:
    """The request as read and each kind's count match, when this reader prices it.

    Args:
        original: A request :func:`labelled_kinds_total` reads.

    Returns:
        The text the matches point into, and the count of each kind (by
        :func:`~tools.priced_kind_synonyms.kind_of`), or ``None``.
    """
    if labelled_kinds_total(original) is None:
        return None
    s = _NATIVE.sub(lambda m: KOREAN_NATIVE_DIGITS[m[1]], plain_text(original))
    last_price = max(m.end() for m in _PRICE.finditer(s))
    return s, {kind_of(m["label"]): m for m in _COUNT.finditer(s, last_price)}
