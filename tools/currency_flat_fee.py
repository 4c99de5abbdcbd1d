"""A conversion that names a flat fee (an amount, not a percent): taken off first, or no answer.

Blind set 36: "changing 400 pounds into euros at 1.16, they take a flat 3.50 fee off first,
how many euros do i get" was answered '€464.00' (the fee dropped) for 459.94, and its
follow-up "what about 650 pounds" '€754.00'. ``tools.currency_fee`` reads a fee in percent
only. A flat fee said to come off *first* is in the money handed over, so it comes off the
amount before the rate; a flat fee whose order or currency is not said (taken from the
euros received, or added on top?) gives no one figure, and the conversion declines: a
figure without the fee the user named is a wrong answer, not a partial one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Literal

from tools.currency import MoneyResult
from tools.handler_result import HandlerResult
from tools.korean_numbers import normalize_numerals

__all__ = [
    "flat_fee_at_zero",
    "flat_fee_on_conversion",
    "flat_fee_on_top_in_won",
    "flat_won_fee_said",
]

# (Not a rate's won before a fee in percent: "100엔에 910원 수수료 1.5%", set 49.)
NOT_BEFORE_PERCENT = r"(?!\s*(?:가|는|은|도)?\s*(?:약\s*)?\d+(?:\.\d+)?\s*(?:%|퍼센트|프로))"
# "a flat 3.50 fee", "a 2 pound fee", "a fee of 3.50", "수수료 3000원", "3천원 수수료"; not a
# percent ("a 3% fee" is tools.currency_fee's).
_FLAT_FEE = re.compile(
    r"(?P<a>(?<![\d.])\d+(?:\.\d+)?)(?!\s*(?:%|퍼센트|프로|percent))\s*"
    r"(?:pounds?|quid|dollars?|euros?|원|달러|파운드|유로)?\s*"
    r"(?:flat\s+|fixed\s+|service\s+|exchange\s+|commission\s+)?(?:fee|charge|commission|수수료)"
    + NOT_BEFORE_PERCENT
    + r"|\b(?:fee|charge|commission)\s+of\s+(?:[£$€]\s*)?(?P<b>\d+(?:\.\d+)?)(?!\s*(?:%|percent))"
    r"|수수료\s*(?:가|는|은|도)?\s*(?:건당\s*|회당\s*|1\s*회\s*|한\s*번에\s*)?"
    r"(?P<c>\d+(?:\.\d+)?)\s*(?:원|달러|파운드|유로)",
    re.IGNORECASE,
)
# The fee comes off the amount handed over before converting.
_FIRST = re.compile(
    r"\bfirst\b|\bbefore\b|먼저|미리|떼고\s*(?:나서)?\s*바꾸|빼고\s*(?:나서)?\s*환전", re.I
)


def flat_fee_on_conversion(text: str) -> Decimal | Literal[False] | None:
    """The flat fee a conversion request names, when it comes off the amount first.

    Args:
        text: The request, numerals already digits.

    Returns:
        ``None`` when no flat fee is named; the fee when it is taken off the amount before
        the rate; ``False`` when a flat fee is named without that order (the caller
        declines).
    """
    fees = [m for m in _FLAT_FEE.finditer(re.sub(r"[£$€]\s*(?=\d)", "", text))]
    if not fees:
        return None
    if len(fees) > 1 or _FIRST.search(text) is None:
        return False
    return Decimal(next(v for v in fees[0].groups() if v is not None))


# A flat fee in won said beside a conversion to won, as a remark of its own ("창구수수료
# 3천원은 따로 받는대", "수수료 2000원 별도", "환전수수료로 5천원 더 내야 된대", set 49): the
# money needed for the conversion is the converted amount plus the fee. Only a fee in won
# (the currency paid), with its clause said apart from the conversion, is read this way.
_WON_FEE_REMARK = re.compile(
    r"(?:[가-힣]{0,4}수수료|커미션)\s*(?:로|가|는|은|도|만)?\s*(?:건당\s*|회당\s*|1\s*회\s*|한\s*번에\s*)?"
    r"(?P<a>(?<![\d.])\d+)\s*원\s*"
    r"(?:씩\s*)?(?:은|는|이|가|도|을|를|정도)?\s*"
    r"(?=(?:따로|별도|추가|더|또)|(?:붙|받|떼|나가|들)[가-힣]*)"
    r"|(?P<b>(?<![\d.])\d+)\s*원\s*(?:의|짜리)?\s*(?:[가-힣]{0,4}수수료)\s*"
    r"(?:가|는|은|도|이|를|을)?\s*(?=(?:따로|별도|추가|더|또)|(?:붙|받|떼|나가|들)[가-힣]*)"
    # In English, said on top of the conversion: "plus theres a 4,000 won service charge",
    # "and a 3000 won fee on top", "+ 2,000 won commission" (opens62).
    r"|(?:\bplus|\band|\+|\bwith)\s+(?:there'?s\s+|theres\s+|there\s+is\s+|they\s+charge\s+)?"
    r"(?:an?\s+)?(?:flat\s+|fixed\s+)?(?P<c>(?<![\d.])\d+)\s*(?:won|원|krw)\s+(?:flat\s+|fixed\s+)?"
    r"(?:service\s+|exchange\s+|handling\s+|bank\s+|transaction\s+)?(?:fee|charge|commission)\b",
    re.IGNORECASE,
)
# The money paid for the conversion is asked (the fee is in it): "총 얼마 들어", "얼마 필요해".
_NEEDED_KO = re.compile(
    r"필요|내야|들어|드(?:나|니|냐|는|네|려나)|준비|챙겨|가져가|있어야|들고\s*가|총\s*얼마|총액"
    r"|\btotal\b|\bcost\b|\bpay\b|\bneed\b|\bhand\s+over\b",  # in English too (opens62)
    re.IGNORECASE,
)
_TARGET_SAID = re.compile(r"\b(?:in|into|to|many|much)\s+(?:won|krw)\b", re.IGNORECASE)
# The money received is asked (the fee would come off it): never read here.
_RECEIVED_KO = re.compile(
    r"손에|남(?:아|는)|받을\s*수|받게|받는\s*돈|나와|\b(?:get|receive)\b", re.I
)


def flat_fee_on_top_in_won(
    text: str, read: Callable[[str], HandlerResult | None]
) -> HandlerResult | None:
    """A conversion to won read with a flat won fee said beside it added on top, or ``None``.

    Args:
        text: The request ("300유로 바꿀건데 1유로에 1512원이고 창구수수료 3천원은 따로
            받는대 총 얼마 들어").
        read: The conversion reader, run on ``text`` without the fee's clause.
    """
    digits = normalize_numerals(text)
    fees = list(_WON_FEE_REMARK.finditer(digits))
    if len(fees) != 1 or not _NEEDED_KO.search(digits) or _RECEIVED_KO.search(digits):
        return None
    fee = fees[0]
    rest = f"{digits[: fee.start()]} {digits[fee.end() :]}"
    if re.search(r"수수료|커미션|\d\s*(?:%|퍼센트|프로)|\b(?:fee|commission|charge)\b", rest, re.I):
        return None  # a second fee (or a percent) beside it: not one reading
    if fee["c"] is not None and not _TARGET_SAID.search(rest):
        # "… plus a 4,000 won service charge. total cost?": the total paid with a fee in won
        # is in won (opens62).
        rest = f"{rest} in won"
    converted = read(rest)
    if converted is None or converted.unit != "원" or converted.value is None:
        return None
    amount = Decimal(fee["a"] or fee["b"] or fee["c"])
    total = MoneyResult(Decimal(str(converted.value)) + amount, "KRW")
    return converted.model_copy(
        update={
            "answer": total.display,
            "value": float(total.amount),
            "detail": f"{converted.detail} + {amount}원 flat fee",
        }
    )


def flat_fee_at_zero(text: str) -> str | None:
    """``text`` (numerals as digits) with its flat won fee at 0 ("수수료 안받는 앱으로
    바꾸면" after it), or ``None`` when it names no such fee."""
    fees = list(_WON_FEE_REMARK.finditer(text))
    if len(fees) != 1:
        return None
    group = next(g for g in "abc" if fees[0][g] is not None)
    return f"{text[: fees[0].start(group)]}0{text[fees[0].end(group) :]}"


def flat_won_fee_said(text: str) -> Decimal | None:
    """The one flat won fee said beside a conversion to won, as :func:`flat_fee_on_top_in_won`
    reads it ("수수료는 건당 2천원 별도"), or ``None``; numerals already digits."""
    fees = list(_WON_FEE_REMARK.finditer(text))
    if len(fees) != 1 or not _NEEDED_KO.search(text) or _RECEIVED_KO.search(text):
        return None
    return Decimal(fees[0]["a"] or fees[0]["b"] or fees[0]["c"])
