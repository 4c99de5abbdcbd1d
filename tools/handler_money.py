"""The deterministic matchers for money: a conversion at a stated rate, shares in a ratio,
prices per unit, two figures asked together, the cheaper pack.
"""

from __future__ import annotations

import dataclasses
import re

from core.lazy_regex import LazyPattern
from tools.calculator_gap_to_target_64m import ASKS_GAP
from tools.calculator_split_one_pays_more import split_one_pays_more
from tools.calculator_spoken_amounts_en import spoken_amounts_as_digits
from tools.calculator_tax_parts import tax_parts
from tools.calculator_wrongs_65m import implausible_won_rate
from tools.currency import (
    MoneyResult,
    convert_currency,
    describe_request,
    parse_currency_request,
)
from tools.currency_fee import fee_on_conversion
from tools.currency_flat_fee import flat_fee_on_conversion, flat_fee_on_top_in_won
from tools.currency_preferential_fee_51b import preferential_said_as_fee
from tools.handler_result import HandlerResult
from tools.korean_numbers import normalize_numerals
from tools.ratio_split import split_in_ratio
from tools.two_figures_52b import two_figures_52b
from tools.unit_price_cheaper import cheaper_pack
from tools.unit_prices_each import prices_per_unit_each

_CURRENCY_UNIT = {"KRW": "원", "USD": "$"}

__all__ = [
    "read_cheaper_pack",
    "read_currency",
    "read_prices_each",
    "read_ratio",
    "read_two_figures",
]


# "89달러짜리 샀는데 환율 1380원이면 원화로 얼마": a thing priced in a foreign currency is
# that amount to convert (set 42); the conversion reader does not take 짜리.
_PERCENT = LazyPattern(r"\d\s*(?:%|퍼센트|프로|percent\b)", re.IGNORECASE)
_PRICED_ABROAD = LazyPattern(r"(?<=\d)\s*(달러|유로|엔|위안|파운드|불)\s*짜리")


#: Switch for tests (tests/tools/test_wrongs_56.py).
USE_GAP_GUARD_ON_CURRENCY = True
#: Switch for tests (tests/tools/test_wrongs_57.py).
USE_WON_RATE_GUARD = True


def read_currency(text: str) -> HandlerResult | None:
    if USE_GAP_GUARD_ON_CURRENCY and ASKS_GAP.search(text):
        # "free shipping over 35 dollars and my cart is at 27.80, how much more do i need":
        # a target and what one has, no rate (973원 for 35 x 27.80; blind56m).
        return None
    text = preferential_said_as_fee(text)  # "수수료 1.75%인데 80% 우대 받으면" (set 35)
    text = spoken_amounts_as_digits(text)  # "convert two hundred dollars at …" (opens62)
    req = parse_currency_request(text)
    if req is None and _PRICED_ABROAD.search(text):
        req = parse_currency_request(_PRICED_ABROAD.sub(r"\1", text))
    if req is None:
        return flat_fee_on_top_in_won(text, read_currency)  # "수수료 3천원은 따로" (set 49)
    if USE_WON_RATE_GUARD and implausible_won_rate(req.from_currency, req.to_currency, req.rate):
        # "60 dollars. buying 4 coffees at 4.85": a unit price read as the rate (291원, blind57m).
        return None
    fee = fee_on_conversion(normalize_numerals(text))
    if fee is False:
        return None  # a fee named, its direction not: the rate alone would drop it
    if fee is None and _PERCENT.search(normalize_numerals(text)):
        # "… at 1,402 won per dollar plus 1.5%": a percent no fee reading took was dropped
        # (280,400원 for 284,606원, opens62); never the rate alone.
        return None
    flat = flat_fee_on_conversion(normalize_numerals(text))
    if flat is False and fee is None:
        # "plus theres a 4,000 won service charge" with no order said: on top in won, if so
        # said to a conversion into won (opens62).
        return flat_fee_on_top_in_won(text, read_currency)
    if flat is False or (flat is not None and (fee is not None or flat >= req.amount)):
        return None  # a flat fee whose order is unsaid (or beside a percent): no one figure
    if flat is not None:
        req = dataclasses.replace(req, amount=req.amount - flat)
    result = convert_currency(req.amount, req.from_currency, req.to_currency, req.rate)
    detail = describe_request(req)
    if flat is not None:
        detail = f"{detail} ({flat} {req.from_currency} flat fee taken off first)"
    if fee is not None:
        factor = 1 + fee[0] / 100 if fee[1] == "added" else 1 - fee[0] / 100
        result = MoneyResult(result.amount * factor, result.currency)
        detail = f"{detail}; {'+' if fee[1] == 'added' else '-'} {fee[0]}% fee"
    return HandlerResult(
        handler="currency",
        answer=result.display,
        value=float(result.amount),
        detail=detail,
        unit=_CURRENCY_UNIT.get(result.currency, result.currency),
    )


def read_ratio(text: str) -> HandlerResult | None:
    split = split_in_ratio(text)
    if split is None:
        return None
    # Several shares are no one value a follow-up could carry on from.
    return HandlerResult(handler="calculator", answer=split[0], value=None, detail=split[1])


def read_prices_each(text: str) -> HandlerResult | None:
    each = prices_per_unit_each(text)
    if each is None:
        return None
    # Several prices are no one value a follow-up could carry on from.
    return HandlerResult(handler="calculator", answer=each[0], value=None, detail=each[1])


def read_two_figures(text: str) -> HandlerResult | None:
    """Questions whose answer is two figures, both asked (set 38): never one of them alone.

    "부가세 포함 33만원 … 공급가랑 부가세 각각" (the net and the tax) and "rent is 1450 split 3
    ways but i pay 100 more than the other two" (the others' share and the one's).
    """
    parts = tax_parts(text)
    split = split_one_pays_more(text) if parts is None else None
    more = two_figures_52b(text) if parts is None and split is None else None  # sets 36-43
    if parts is not None:
        answer, value, korean = parts.answer, parts.net, parts.korean
        detail = f"tax-included amount split: net {parts.net}, tax {parts.tax}"
    elif split is not None:
        answer, value, korean = split.answer, split.one, split.korean
        detail = f"even split less the difference: others {split.others}, one {split.one}"
    elif more is not None:
        answer, value, korean, detail = more.answer, more.value, more.korean, more.detail
    else:
        return None
    unit = "원" if korean else None
    return HandlerResult(
        handler="calculator", answer=answer, value=float(value), detail=detail, unit=unit
    )


def read_cheaper_pack(text: str) -> HandlerResult | None:
    cheaper = cheaper_pack(text)
    if cheaper is None:
        return None
    # Two prices and a verdict are no one value a follow-up could carry on from.
    return HandlerResult(handler="calculator", answer=cheaper[0], value=None, detail=cheaper[1])
