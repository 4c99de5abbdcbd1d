"""A conversion that names a fee in percent: the fee belongs in the answer, or no answer.

"환율 1380원이고 환전 수수료 1% 붙으면 500달러 바꾸는데 원화 얼마 필요해" was answered
'690,000원' and "changing 600 dollars to euros at 0.92 and the booth takes a 3% fee, how many
euros do I get" '€552.00' (set 32): the rate was read, the fee dropped. Which way a fee goes
depends on what is asked: the money *needed* for the conversion grows by it (696,900원), the
money *received* shrinks by it (€535.44). When the question says which, the fee is applied;
when it does not, the conversion declines (a figure without the fee the user named would be
a wrong answer, not a partial one).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Literal

__all__ = ["FeeReading", "fee_on_conversion", "with_fee_at_zero"]

FeeReading = tuple[Decimal, Literal["added", "taken"]]

# "수수료 1%", "수수료가 1.5프로", "1% 수수료", "a 3% fee", "3% commission", "a fee of 2%".
_FEE = re.compile(
    r"(?:수수료|커미션)\s*(?:가|는|은|도)?\s*(?:약\s*)?(?P<a>\d+(?:\.\d+)?)\s*(?:%|퍼센트|프로)"
    r"|(?P<b>\d+(?:\.\d+)?)\s*(?:%|퍼센트|프로)\s*(?:의\s*)?(?:환전\s*)?(?:수수료|커미션)"
    r"|(?P<c>\d+(?:\.\d+)?)\s*(?:%|percent)\s+(?:service\s+|exchange\s+|conversion\s+)?"
    r"(?:fee|commission|charge|cut)"
    r"|\b(?:fee|commission)\s+(?:is\s+|of\s+)(?P<d>\d+(?:\.\d+)?)\s*(?:%|percent)"
    r"|\b(?:takes?|taking|charges?|charging|adds?|adding|keeps?)\s+(?:a\s+|an?\s+extra\s+)?"
    r"(?P<e>\d+(?:\.\d+)?)\s*(?:%|percent)",
    re.IGNORECASE,
)
# What is asked is the money paid for the conversion: the fee comes on top. (A card's
# charge: "원화로 얼마 빠져나가", "얼마 청구돼", "what will I be charged", set 48, opens57k.)
_ASKS_NEEDED = re.compile(
    r"필요|내야|들어|있어야|챙겨|가져가|들고\s*가|드(?:나|니|냐)|준비|빠져\s*나|청구|\bneed\b|\bpay\b|\bcost\b|\bhand\s+over\b"
    r"|(?:살|사)\s*(?:때|려면|면)(?![가-힣])"  # "200달러 살때 원화로 얼마" (probes, cal58k3)
    r"|\b(?:be|get|gets|getting)\s+(?:charged|billed)\b",
    re.IGNORECASE,
)
# What is asked is the money the conversion gives: the fee comes off.
_ASKS_RECEIVED = re.compile(
    r"받(?:아|는|을|나|니|냐|으)|손에|남(?:아|는)|\bget\b|\breceive\b|\bend\s+up\s+with\b"
    r"|\bwalk\s+away\s+with\b",
    re.IGNORECASE,
)


# After the fee: "on top", "extra", "added"; before it: "plus", "+", "with an extra".
_ADDED_AFTER = re.compile(
    r"\s*(?:fee\s+|commission\s+|charge\s+)?(?:on\s+top\b|extra\b|added\b|more\b|additional\b"
    r"|in\s+addition\b|더|추가|얹|붙여서)",
    re.IGNORECASE,
)
_ADDED_BEFORE = re.compile(
    r"(?:\bplus|\+|\bon\s+top\s+of\s+(?:that|it)|\bwith\s+an?\s+(?:extra|additional))\s*,?\s*"
    r"(?:an?\s+|the\s+)?(?:(?:fee|commission|charge)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
_TAKEN_AFTER = re.compile(
    r"\s*(?:fee\s+|commission\s+|cut\s+)?(?:off\b|out\b|taken\s+(?:off|out)\b|deducted\b)",
    re.IGNORECASE,
)


# A fee whose verb says it goes on: "my card adds 1.5%", "adding 2%" (opens62).
_ADDS = re.compile(r"\badd(?:s|ing)?\s", re.IGNORECASE)


def _way_said(text: str, fee: re.Match[str]) -> Literal["added", "taken"] | None:
    added = bool(
        _ADDED_AFTER.match(text, fee.end())
        or _ADDED_BEFORE.search(text[: fee.start()])
        or (fee["e"] is not None and _ADDS.match(fee.group()))
    )
    taken = _TAKEN_AFTER.match(text, fee.end())
    if bool(added) == bool(taken):
        return None  # neither said (or both): what is asked tells
    return "added" if added else "taken"


def fee_on_conversion(text: str) -> FeeReading | Literal[False] | None:
    """The fee a conversion request names and which way it goes.

    Args:
        text: The request, numerals already digits.

    Returns:
        ``None`` when no fee is named; ``(percent, "added")`` when the money needed is asked,
        ``(percent, "taken")`` when the money received is asked; ``False`` when a fee is
        named but the question does not say which of the two it asks (the caller declines).
    """
    fees = [m for m in _FEE.finditer(text)]
    if not fees:
        return None
    if len(fees) > 1:
        return False  # two fees (a flat one and a rate, or two rates): not one reading
    m = fees[0]
    percent = Decimal(next(v for v in m.groups() if v is not None))
    # The fee's own words say its way ("the bank takes 2% on top", "plus a 2% fee", set 49):
    # on top is added whatever is asked; "taken off" is taken.
    said_way = _way_said(text, m)
    if said_way is not None:
        return percent, said_way
    needed = _ASKS_NEEDED.search(text) is not None
    received = _ASKS_RECEIVED.search(text) is not None
    if needed == received:
        return False
    return percent, "added" if needed else "taken"


def with_fee_at_zero(text: str) -> str | None:
    """``text`` (numerals as digits) with the one fee it names at 0%, or ``None`` when it
    names no fee that :func:`fee_on_conversion` reads ("수수료 없었으면" after a conversion
    with a fee, set 48)."""
    if not fee_on_conversion(text):
        return None
    fee = next(_FEE.finditer(text))
    group = next(g for g in "abcde" if fee[g] is not None)
    return f"{text[: fee.start(group)]}0{text[fee.end(group) :]}"
