"""A question asking whether one thing costs the same as another: "X same price as Y?".

"cargo bike service same price as normal bike?" asks whether a cargo bike is priced like a
standard one. The price table's rows ("Basic service £55 £75") name the service and state
sums, and so out-score the one sentence that answers ("Cargo bikes and tandems are priced as
e-bikes"); but a row that never names the cargo bike says nothing about it, only about the
bikes it is compared with. The thing compared is the most specific word on the left of "same
price as" that the right side does not share (the fewest chunks hold it): a sentence must
name it itself to answer. The one before it does not lend it: the cargo-bike sentence just
above "Children's bikes … get a basic service for a flat £30" does not make that the cargo
bike's price.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from tools.rag.textutil import tokenize

__all__ = ["compared_item_unnamed"]

_SAME_PRICE = re.compile(
    r"(?P<left>[^?.!;]*?)\b(?:(?:the\s+)?same\s+(?:price|cost|fee|rate|charge)\s+as|"
    r"costs?\s+the\s+same\s+as|priced\s+the\s+same\s+as|as\s+much\s+as)\b(?P<right>[^?.!;]*)",
    re.IGNORECASE,
)


def compared_item_unnamed(
    question: str,
    terms: Sequence[str],
    groups: Sequence[frozenset[str]],
    tokens: set[str],
    frequency: Callable[[str], int] | None,
) -> bool:
    """Whether a same-price question's compared item is missing from the sentence.

    Args:
        question: The user's question.
        terms: The question's analysed terms.
        groups: Each term's concept group, as ``terms``.
        tokens: The index tokens of the sentence.
        frequency: How many chunks of the collection hold a token.

    Returns:
        True when the question compares prices and ``tokens`` lack the rarest held term
        written only on the left of "same price as".
    """
    found = _SAME_PRICE.search(question)
    if found is None or frequency is None:
        return False
    left, right = set(tokenize(found["left"])), set(tokenize(found["right"]))
    group_of = dict(zip(terms, groups, strict=True))
    # How many chunks hold a term in its most used form (its group adds forms, not chunks).
    held = {t: max(map(frequency, group_of[t]), default=0) for t in terms}
    compared = [t for t in terms if t in left and t not in right and held[t] > 0]
    if not compared:
        return False
    rarest = min(compared, key=lambda t: held[t])
    return not group_of[rarest] & tokens
