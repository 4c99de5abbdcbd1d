"""A share paid up front and the rest asked for: the balance, never the share paid.

"돌잔치 총 180만원인데 계약금 30% 냈으면 잔금 얼마 남았어" was answered '540,000원' (blind
set 33): the calculator read "30% of 180만원", which is the deposit already paid, while the
question asks what is left to pay (1,260,000원). When the question names a share paid
first (계약금, 선금, 착수금, 예약금, a deposit, a down payment) and asks for what remains
(잔금, 잔액, 나머지, 남은 돈, the balance, the rest, what is left), and the reading is exactly
that share of one amount, the share left is read instead: ``T * (100 - P) / 100``.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["SHARE_OF_AMOUNT", "balance_after_deposit"]

_PAID = (
    r"(?:계약금|선금|착수금|예약금|예치금|선불금?|deposit|down\s*-?\s*payment|up\s*-?\s*front"
    r"|in\s+advance)"
)
# The share paid, said next to what it is: "계약금 30%", "30% 계약금", "a 30% deposit",
# "30% down", "put down 25%".
_SHARE_PAID = LazyPattern(
    rf"{_PAID}\s*(?:은|는|을|를|으로|로|of|is|was)?\s*(?P<a>\d+(?:\.\d+)?)\s*(?:%|퍼센트|프로|percent)"
    rf"|(?P<b>\d+(?:\.\d+)?)\s*(?:%|퍼센트|프로|percent)\s*(?:를|을|은|는|만)?\s*(?:\S+\s+)?{_PAID}"
    r"|(?P<c>\d+(?:\.\d+)?)\s*(?:%|percent)\s+down\b|\bput\s+down\s+(?P<d>\d+(?:\.\d+)?)\s*(?:%|percent)",
    re.IGNORECASE,
)
_REST_ASKED = LazyPattern(
    r"잔금|잔액|나머지|남은\s*(?:돈|금액|거)|남았|더\s*내야|balance|the\s+rest\b|remaining"
    r"|left\s+to\s+pay|still\s+(?:owe|have\s+to\s+pay)|\bowe\b",
    re.IGNORECASE,
)
#: The reading of "P% of T" (a share of one amount: here the share paid).
SHARE_OF_AMOUNT = re.compile(
    r"^\s*\(?(?P<t>\d+(?:\.\d+)?)\)?\s*\*\s*(?P<p>\d+(?:\.\d+)?)\s*/\s*100\s*$"
)


def balance_after_deposit(question: str, source: str) -> str | None:
    """The share left to pay when ``question`` asks it and ``source`` is the share paid.

    Args:
        question: The question as the user typed it (numerals already digits).
        source: The arithmetic a form read from it.

    Returns:
        The expression of the balance, or None when this rule does not apply.
    """
    read = SHARE_OF_AMOUNT.match(source)
    if read is None or not _REST_ASKED.search(question):
        return None
    paid = _SHARE_PAID.search(question)
    if paid is None:
        return None
    share = next(g for g in (paid["a"], paid["b"], paid["c"], paid["d"]) if g)
    if float(share) != float(read["p"]):
        return None  # another percentage was read: not this rule's reading
    return f"{read['t']} * (100 - {read['p']}) / 100"
