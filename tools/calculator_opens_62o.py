"""Set 52's Korean calculation forms no reader read (opens62), each read by its slots.

- A cost each person pays beside a cost the group shares: "항공권 1인 42만원이고 숙소 3박 총
  36만원을 넷이 나누면 한명당 총 경비" is 420,000 + 360,000 / 4 = 510,000 (never (420,000 +
  360,000) / 4: the flight is already each one's). Slots: one amount marked per head (1인,
  인당, 한명당, 각자), one amount with a label of its own (a count of nights or days of it
  may stand before it: "3박 총"), the people it is shared by (나누면, 나눠 내면), a share
  asked (한명당, 1인당, 각자); no other figure.
- Amounts taken off one price: "팔만구천원짜리 사는데 쿠폰 만오천원이랑 적립금 3천원 쓰면
  얼마 결제돼" is 89,000 − 15,000 − 3,000 = 71,000. Slots: the price said first (짜리, 어치,
  "… 사는데"), one or more amounts each named by what takes it off (쿠폰, 적립금, 포인트,
  상품권, 마일리지, 기프티콘), a verb of using them, the payment asked; no percent, no other
  figure, the amounts together under the price.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from core.lazy_regex import LazyPattern
from tools.english_money_unit_58e import english_money_unit

__all__ = [
    "FIRST_MONTH_EN_62O",
    "PER_HEAD_PLUS_SHARED_62O",
    "PRICE_LESS_AMOUNTS_62O",
    "SPAN_EN",
    "first_month_then_monthly_en",
    "per_head_plus_shared",
    "price_less_amounts",
    "readers_62o",
]

PER_HEAD_PLUS_SHARED_62O = True
PRICE_LESS_AMOUNTS_62O = True

_N = r"\d+(?:\.\d+)?"
_LABEL = r"[가-힣A-Za-z]{1,8}"
_HEAD = r"(?:1\s*인당?|인당|1\s*명당|한\s*명당|한\s*사람당|각자)"
# The amount each pays: "항공권 1인 42만원", "1인당 입장료 2만원", "입장권 각자 3만원".
_EACH_PAYS = (
    rf"(?:{_LABEL}\s*{_HEAD}\s*(?P<a>{_N})\s*원"
    rf"|{_HEAD}\s*{_LABEL}\s*(?:은|는|이|가)?\s*(?P<a2>{_N})\s*원)"
)
# The amount the group shares, after it: "숙소 3박 총 36만원을", "택시비 4만원은".
_SHARED = (
    rf"\s*(?:이고|이랑|랑|하고|에|에다|인데|,)?\s*,?\s*(?P<l2>{_LABEL})\s*(?:은|는)?\s*"
    rf"(?:(?P<k>\d+)\s*(?:박|일|시간|회)\s*)?(?:총\s*|전체\s*|합쳐서\s*)?(?P<b>{_N})\s*원\s*"
    r"(?:은|는|을|를|이|가)?\s*(?:다\s*같이\s*|같이\s*)?"
)
_SPLIT = (
    r"(?P<n>\d+)\s*(?:명이서|명이|명으로|명|사람이)\s*(?:똑같이\s*|같이\s*|n\s*분의\s*1\s*로\s*)?"
    r"(?:나누면|나눠\s*내면|나눠내면|나눠서\s*내면|엔빵하면|n빵하면|더치하면)"
)
_SHARE_ASKED = (
    rf"\s*,?\s*(?:{_HEAD}|한\s*사람|각각|한명)\s*(?:이|은|는)?\s*(?:총\s*)?"
    r"(?:경비|비용|금액|부담|돈)?\s*(?:은|는|이)?\s*(?:얼마[가-힣]*|몇\s*원[가-힣]*)?\s*[?？.]*\s*$"
)
_PER_HEAD_PLUS_SHARED = LazyPattern(
    rf"^\s*(?:{_LABEL}\s+)?{_EACH_PAYS}{_SHARED}{_SPLIT}{_SHARE_ASKED}"
)
_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?")


def per_head_plus_shared(digits: str) -> str | None:
    """``a + b / n`` for an amount each pays beside one the group of n shares, or ``None``.

    Args:
        digits: The question with its numerals as digits ("항공권 1인 420000원이고 숙소 3박
            총 360000원을 4명이 나누면 한명당 총 경비").
    """
    if not PER_HEAD_PLUS_SHARED_62O:
        return None
    text = re.sub(r"(?<=\d),(?=\d{3})", "", digits)
    said = _PER_HEAD_PLUS_SHARED.match(text)
    if said is None or int(said["n"]) < 2:
        return None
    each = said["a"] or said["a2"]
    placed = [each, said["b"], said["n"]] + ([said["k"]] if said["k"] else [])
    # ("1인", "1명당": the head's own one is no figure of the sum.)
    figures = _FIGURE.findall(re.sub(r"1\s*(?=인|명당)", "", text))
    if sorted(figures) != sorted(placed):
        return None
    return f"{each} + {said['b']} / {said['n']}"


_TAKER = r"(?:쿠폰|적립금|포인트|상품권|마일리지|기프티콘|할인권|예치금|바우처)"
# The price first: "89000원짜리 사는데", "5만원어치 샀는데", "89000원 결제할 건데".
_PRICE_FIRST = LazyPattern(
    rf"^\s*(?:{_LABEL}\s+)?(?P<a>{_N})\s*원\s*(?:짜리|어치)?\s*(?:{_LABEL}\s*)?(?:을|를)?\s*"
    r"(?:사는데|샀는데|살\s*건데|시켰는데|주문했는데|결제하는데|결제할\s*건데|인데|이고|,)\s*"
)
_TAKEN = LazyPattern(
    rf"{_TAKER}\s*(?:으로|로|을|를|은|는|도)?\s*(?P<d>{_N})\s*(?:원|점)"
    rf"|(?P<e>{_N})\s*(?:원|점)\s*(?:짜리\s*)?{_TAKER}"
)
_JOIN = r"\s*(?:이랑|랑|하고|과|와|에|,|\+|그리고)?\s*"
_USE_ASKED = LazyPattern(
    r"^\s*(?:을|를|까지|도|다)?\s*(?:다\s*)?(?:쓰면|사용하면|적용하면|빼면|차감하면|쓰고\s*나면)\s*"
    r"(?:최종\s*)?(?:얼마\s*(?:결제돼|결제되|내|나와|야|임|지)?[가-힣]*|결제\s*(?:금액|액)[가-힣]*"
    r"|몇\s*원[가-힣]*|실\s*결제[가-힣\s]*)\s*[?？.]*\s*$"
)


def price_less_amounts(digits: str) -> str | None:
    """``a - d1 - d2 …`` for amounts named by what takes them off one price, or ``None``.

    Args:
        digits: The question with its numerals as digits ("89000원짜리 사는데 쿠폰 15000원이랑
            적립금 3000원 쓰면 얼마 결제돼").
    """
    if not PRICE_LESS_AMOUNTS_62O:
        return None
    text = re.sub(r"(?<=\d),(?=\d{3})", "", digits)
    if "%" in text or "퍼" in text or "프로" in text:
        return None  # a percent off too: the coupon-order readers' form
    price = _PRICE_FIRST.match(text)
    if price is None:
        return None
    taken: list[str] = []
    at = price.end()
    while (one := _TAKEN.match(text, at)) is not None:
        taken.append(one["d"] or one["e"])
        joined = re.compile(_JOIN).match(text, one.end())
        at = joined.end() if joined else one.end()
    if not taken or _USE_ASKED.match(text[at:]) is None:
        return None
    if sorted(_FIGURE.findall(text)) != sorted([price["a"], *taken]):
        return None
    if sum(float(t) for t in taken) >= float(price["a"]):
        return None  # more taken off than the price: not a payment
    return " - ".join([price["a"], *taken])


def readers_62o(digits: str) -> tuple[tuple[Callable[[str], str | None], str | None], ...]:
    """``(reader, unit)`` pairs of this module, looked up at call time (a test may switch one
    off)."""
    return (
        (per_head_plus_shared, "원"),
        (price_less_amounts, "원"),
        (first_month_then_monthly_en, english_money_unit(digits)),
    )


# --- A first month priced apart from the months after it, in English (probes58) ------------
# "10 dollars the first month", "50 for the first month", "the first month is 10", "first
# month free".
_FIRST_EN = (
    rf"(?:\$?(?P<a>{_N})\s*(?:dollars?|bucks)?\s*(?:for\s+|in\s+)?(?:the\s+)?first\s+month"
    rf"|(?:the\s+)?first\s+month\s+(?:is\s+|costs?\s+|at\s+|for\s+)?"
    rf"(?:\$?(?P<a2>{_N})\s*(?:dollars?|bucks)?|(?P<free>free))"
    r")"
)
# "and 35 a month after that", "then 30/month after", ", 35 monthly from then on".
# (Said after, or "then" before: "then 30 a month" is every month after the first.)
_AFTER_EN = (
    r"\s*[,.]?\s*(?:and\s+|but\s+)?(?P<then>then\s+|after\s+that\s+)?"
    r"(?:it'?s\s+|its\s+|it\s+goes\s+(?:up\s+)?to\s+)?"
    rf"\$?(?P<b>{_N})\s*(?:dollars?|bucks)?\s*(?:a|per|/|each|every)\s*(?:month|mo)\b\s*"
    r"(?(then)|(?:after\s+that|after|afterwards|thereafter|from\s+then\s+on"
    r"|from\s+(?:the\s+)?(?:second|2nd)\s+(?:month\s+)?on|every\s+month\s+after))"
)
_FIRST_MONTH_EN = LazyPattern(_FIRST_EN + _AFTER_EN, re.IGNORECASE)
# The span: "over a year", "for 2 years", "in 18 months", "for the year".
SPAN_EN = LazyPattern(
    r"\b(?:over|for|in|across|during)\s+(?:a|one|the|(?P<n>\d+))\s+(?P<u>years?|months?)\b",
    re.IGNORECASE,
)
_TOTAL_ASKED_EN = LazyPattern(
    r"\bwhat\s+do\s+(?:i|we)\s+pay\b|\bhow\s+much\b|\btotal\b|\bcost\b|\bspend\b|\bpay\b", re.I
)
FIRST_MONTH_EN_62O = True


def first_month_then_monthly_en(digits: str) -> str | None:
    """``a + b * (months - 1)`` for a first month at a and every one after at b, over a span
    said once, or ``None``.

    Args:
        digits: The question with its numerals as digits ("phone plan is 10 dollars the first
            month and 35 a month after that. what do i pay over a year").
    """
    if not FIRST_MONTH_EN_62O:
        return None
    text = re.sub(r"(?<=\d),(?=\d{3})", "", digits)
    form = _FIRST_MONTH_EN.search(text)
    spans = list(SPAN_EN.finditer(text))
    if form is None or len(spans) != 1 or not _TOTAL_ASKED_EN.search(text, form.end()):
        return None
    if re.search(r"%|\bpercent\b|\binterest\b|\bfee\b|\bdeposit\b", text, re.IGNORECASE):
        return None  # another charge beside the two: not this form alone
    span = spans[0]
    count = int(span["n"] or 1)
    months = count * 12 if span["u"].lower().startswith("year") else count
    first = form["a"] or form["a2"] or "0"
    placed = [form["a"] or form["a2"], form["b"]] + ([span["n"]] if span["n"] else [])
    if sorted(_FIGURE.findall(text)) != sorted(p for p in placed if p) or months < 2:
        return None
    return f"{first} + {form['b']} * ({months} - 1)"
