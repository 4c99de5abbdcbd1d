"""The readers and checks set 46 added to the calculator (turns46).

Set 46's first run answered these wrongly, with confidence, from code:

- A percent coupon used on a price, "39900원짜리 운동화에 15%쿠폰 먹이면 얼마야": read as
  "39900의 15%" (5,985원, the coupon's worth, not the price paid); "a 79.99 jacket with a
  15% coupon, how much" likewise (11.9985). A percent coupon applied, the price asked, is
  the price less the percent (:func:`percent_coupon_applied`). Asked for the coupon's
  worth ("얼마 할인돼", "how much do i save") it is not this form.
- Gifts to groups counted in native words, "조카 셋한테 5만원씩 둘한테 3만원씩 주면 총
  얼마": read as 50000 + 30000 (80,000원), the counts 셋 and 둘 dropped. Each group's
  count times its amount, summed (:func:`amounts_each_to_counted_groups`).
- An added part asked as a "new total", "we might add 2 more nights at 160 euros each, new
  total in usd": read alone as 2 * 160 (320). The earlier total is not in the text, so the
  text alone never gives the new one; and a conversion asked with no rate said cannot be
  read by the calculator either (:func:`refuse_unstated_base_or_rate`).
- The part paid oneself, "i stayed 3 nights at 110,000 a night, how much comes out of my
  own pocket": read as 3 * 110,000 (330,000), the whole stay. What is left to pay oneself
  needs the part covered; with none stated the text is no calculation
  (:func:`refuse_unstated_base_or_rate`).

The checks run in :func:`tools.handler_calculation.read_calculation` (the request read on
its own), not in :func:`tools.calculator.calculate`, which follow-up rules also call on a
turn's words next to the figures they carry over.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from core.errors import ToolInputError
from tools.korean_numbers import normalize_numerals

__all__ = [
    "amounts_each_to_counted_groups",
    "percent_coupon_applied",
    "readers_54t",
    "refuse_unstated_base_or_rate",
]

_N = r"\d+(?:\.\d+)?"
_FIGURE = re.compile(rf"(?<![\d.]){_N}(?![\d.])")


def _figures(text: str) -> list[str]:
    return _FIGURE.findall(text.replace(",", ""))


# --- a percent coupon used on a price -----------------------------------------------------
_COUPON_KO = re.compile(
    rf"(?P<pct>{_N})\s*(?:%|퍼센트|프로)\s*(?:할인\s*)?쿠폰\s*(?:을|를|으로|로)?\s*"
    r"(?:먹이|먹여|쓰|써|적용|사용|넣|받|붙이|박)"
)
_COUPON_EN = re.compile(
    rf"(?P<pct>{_N})\s*(?:%|percent)\s*(?:off\s+)?(?:coupon|promo\s+code|voucher)\b", re.I
)
# The price paid is asked; the coupon's worth is a different question.
_PRICE_ASKED_KO = re.compile(r"얼마")
_WORTH_ASKED_KO = re.compile(
    r"얼마\s*(?:나\s*)?(?:할인|깎|아끼|아껴|절약|빠지|빠져|세이브|이득)|할인\s*(?:액|금액)"
)
_PRICE_ASKED_EN = re.compile(
    r"\bhow\s+much\b|\bwhat(?:'?s|\s+is|\s+do\s+i\s+pay|\s+will\s+i\s+pay)\b|\btotal\b|\bprice\b|"
    r"\bcost\b",
    re.I,
)
_WORTH_ASKED_EN = re.compile(
    r"\bhow\s+much\s+(?:off|do\s+i\s+save|will\s+i\s+save|would\s+i\s+save|is\s+the\s+discount)|"
    r"\bsav(?:e|es|ing|ings)\b|\bdiscount\s+amount\b",
    re.I,
)


def percent_coupon_applied(digits: str) -> str | None:
    """ "39900원짜리 운동화에 15%쿠폰 먹이면 얼마", "a 79.99 jacket with a 15% coupon, how
    much": the price less the percent (two figures only: the price and the percent)."""
    figures = _figures(digits)
    if len(figures) != 2:
        return None
    korean = _COUPON_KO.search(digits)
    if korean is not None:
        if not _PRICE_ASKED_KO.search(digits) or _WORTH_ASKED_KO.search(digits):
            return None
        found = korean
    else:
        english = _COUPON_EN.search(digits)
        if english is None or not _PRICE_ASKED_EN.search(digits):
            return None
        if _WORTH_ASKED_EN.search(digits):
            return None
        found = english
    pct = found.group("pct")
    price = next((f for f in figures if f != pct), None)
    if price is None or float(pct) >= 100:
        return None
    return f"{price} * (1 - {pct} / 100)"


# --- amounts each to groups counted in words ----------------------------------------------
_NATIVE = {
    "하나": 1, "한": 1, "둘": 2, "두": 2, "셋": 3, "세": 3, "넷": 4, "네": 4, "다섯": 5,
    "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10,
}  # fmt: skip
_COUNT = r"(?P<count>\d+|하나|둘|셋|넷|다섯|여섯|일곱|여덟|아홉|열|한|두|세|네)"
GIVEN_GROUP = _GROUP = re.compile(
    rf"(?<![가-힣\d]){_COUNT}\s*(?:명|사람|분)?\s*(?:한테|에게|에게는|한테는|씩은)\s*"
    rf"(?P<amount>{_N})\s*원?\s*씩"
)
# A group counted in words given an amount ("둘한테 3만원", 씩 or not).
_GIVEN_IN_WORDS = re.compile(
    r"(?<![가-힣\d])(?:하나|둘|셋|넷|다섯|여섯|일곱|여덟|아홉|열|한|두|세|네)\s*(?:명|사람|분)?\s*"
    r"(?:한테|에게)\s*\d"
)
# A total asked, never a split ("나누면", "명이서"): the givers pay, nobody shares.
_TOTAL_ASKED = re.compile(r"총|합|모두|전부|다\s*해서|얼마\s*(?:나가|들|필요|드|줘야|써|쓰)")
_SPLIT = re.compile(r"나누|나눠|명이서|엔빵|더치")


def amounts_each_to_counted_groups(digits: str) -> str | None:
    """ "조카 셋한테 5만원씩 둘한테 3만원씩 주면 총 얼마": 3 * 50000 + 2 * 30000.

    Every figure of the text is a group's count or its amount (nothing else is dropped),
    and at least one count is said in words (digits with 명 are read elsewhere already).
    """
    groups = list(_GROUP.finditer(digits))
    if not groups or not _TOTAL_ASKED.search(digits) or _SPLIT.search(digits):
        return None
    if not any(not g.group("count").isdigit() for g in groups):
        return None
    used = sum(1 + g.group("count").isdigit() for g in groups)
    if used != len(_figures(digits)):
        return None
    terms = []
    for g in groups:
        count = g.group("count")
        n = int(count) if count.isdigit() else _NATIVE[count]
        terms.append(f"{n} * {g.group('amount')}")
    return " + ".join(terms)


def readers_54t(digits: str) -> tuple[tuple[Callable[[str], str | None], str | None], ...]:
    """``(reader, unit)`` pairs for the question ``digits`` (numerals as digits).

    Looked up at call time, so a test can switch one reader off in this module.
    """
    won = "원" if "원" in digits else None
    dollars = "$" if "$" in digits else None
    return (
        (percent_coupon_applied, won or dollars),
        (amounts_each_to_counted_groups, "원"),
    )


# --- what the text alone cannot give --------------------------------------------------------
# "new total", "the total now": the earlier total is not in this text.
_NEW_TOTAL = re.compile(
    r"\bnew\s+total\b|\btotal\s+now\b|\bupdated\s+total\b|새\s*총액|바뀐\s*총액|총액이\s*얼마로",
    re.I,
)
# A currency asked for ("in usd", "to dollars", "원화로").
_TARGET = re.compile(
    r"\b(?:in|to|into)\s+(?P<en>usd|dollars?|bucks|eur|euros?|yen|jpy|won|krw|gbp|pounds?)\b|"
    r"(?P<ko>달러|원화|엔화|유로화?|위안화?|파운드)\s*로",
    re.I,
)
# The currency the figures are in ("160 euros", "3만엔").
_FIGURE_CURRENCY = re.compile(
    rf"{_N}\s*(?P<cur>usd|dollars?|bucks|eur|euros?|yen|jpy|won|krw|gbp|pounds?|달러|엔|유로|"
    r"위안|파운드|원)(?![a-z가-힣])",
    re.I,
)
_CURRENCY_KEY = {
    "usd": "usd", "dollar": "usd", "dollars": "usd", "bucks": "usd", "달러": "usd",
    "eur": "eur", "euro": "eur", "euros": "eur", "유로": "eur", "유로화": "eur",
    "yen": "jpy", "jpy": "jpy", "엔": "jpy", "엔화": "jpy",
    "won": "krw", "krw": "krw", "원": "krw", "원화": "krw",
    "gbp": "gbp", "pound": "gbp", "pounds": "gbp", "파운드": "gbp",
    "위안": "cny", "위안화": "cny",
}  # fmt: skip
# A rate said: "환율", "rate", "1 eur = 1.09", "per dollar", "달러당 1380".
_RATE_SAID = re.compile(
    r"환율|\brate\b|=|\b1\s*(?:usd|dollar|eur|euro|yen|pound|won)\b|"
    r"\b(?:per|a|an|each)\s+(?:dollar|euro|yen|pound)\b|(?:달러|유로|엔|위안|파운드)\s*(?:당|에)\s*\d",
    re.I,
)
# The part paid oneself: needs the part covered, a cap, a limit or the share paid.
# ("초과분", the part above a limit, says nothing of who pays it: a tiered water bill.)
_OWN_PART = re.compile(
    r"\bout\s+of\s+(?:my|our|your)\s+(?:own\s+)?pocket\b|\bout[- ]of[- ]pocket\b|"
    r"\bon\s+my\s+own\s+dime\b|본인\s*부담|자비로|사비로|내\s*돈으로|개인\s*부담",
    re.I,
)
_COVER_SAID = re.compile(
    r"\bcap\b|\blimit\b|\bup\s+to\b|\bcovers?\b|\breimburs|\ballowance\b|\bmax(?:imum)?\b|"
    # A share said as a percent ("본인부담 30%") is the part paid oneself, stated.
    r"한도|지원|상한|보전|최대|%|퍼센트|프로|\bpercent\b",
    re.I,
)


def _asked_currency(text: str) -> str | None:
    found = _TARGET.search(text)
    if found is None:
        return None
    word = (found.group("en") or found.group("ko") or "").casefold()
    return _CURRENCY_KEY.get(word)


def refuse_unstated_base_or_rate(question: str, expression: str) -> None:
    """Decline a reading of ``question`` alone that needs a figure the text does not give.

    - "new total": the earlier total is not in the text (the added part alone is no total);
    - a currency asked of figures in another currency with no rate said;
    - the part paid oneself ("out of my own pocket", "본인 부담") with no cap or part
      covered said (the whole cost is no answer).

    Raises:
        ToolInputError: when the reading cannot be the answer.
    """
    if not expression:
        return
    if _NEW_TOTAL.search(question):
        raise ToolInputError(f"{question!r} asks a new total, but the earlier total is not in it")
    asked = _asked_currency(question)
    named = {
        _CURRENCY_KEY.get(m.group("cur").casefold()) for m in _FIGURE_CURRENCY.finditer(question)
    }
    named.discard(None)
    if asked is not None and named and asked not in named and not _RATE_SAID.search(question):
        raise ToolInputError(f"{question!r} asks a conversion but says no rate")
    if _OWN_PART.search(question) and not _COVER_SAID.search(question):
        raise ToolInputError(f"{question!r} asks the part paid oneself, but not what is covered")
    digits = normalize_numerals(question)
    if _GIVEN_IN_WORDS.search(digits) and amounts_each_to_counted_groups(digits) is None:
        # "셋한테 5만원씩 둘한테 3만원씩 하나한테 5만원": a group's amount without 씩 (each or
        # all?) made the groups reader decline, and the plain sum dropped the counts
        # (130,000원 for 260,000원; opens55k).
        raise ToolInputError(f"{question!r} gives amounts to groups counted in words not read")
