"""Won for an amount said in 만/억 without 원 when the words make it money.

"전세 보증금 2억인데 계약금 10% 냈으면 잔금 얼마": no 원 is written, but a deposit, a
balance or a salary counted in 만/억 is won; the answer is labelled so ("180,000,000원")
rather than left a bare figure. Only a Korean big-unit amount next to a money word
counts: "5천만 명" or "3억 년" are no money, and an English question keeps its own unit.
"""

from __future__ import annotations

import re

from core.errors import ToolInputError

__all__ = ["pay_in_man_said", "refuse_bare_thousands_as_big_money", "won_by_money_words"]

# A figure counted in 만/억 (as typed), not a count of people, things, years or area.
_BIG_UNIT_AMOUNT = re.compile(r"\d\s*(?:천\s*)?(?:만|억)(?!\s?(?:명|개|년|살|세|km|킬로|평|m\b))")
_MONEY_WORD = re.compile(
    r"보증금|잔금|계약금|중도금|월세|전세|매매가|집값|연봉|월급|급여|대출|적금|예금|용돈|"
    r"가격|비용|금액|예산|수입|지출|원금|이자|할부|수수료"
)


def won_by_money_words(text: str, unit: str | None) -> str | None:
    """ "원" when ``text`` states a 만/억 amount beside a money word and no unit was read."""
    if unit is not None:
        return None
    if _BIG_UNIT_AMOUNT.search(text) and _MONEY_WORD.search(text):
        return "원"
    return None


# Money counted in 천만 by habit: a deposit, a price, a salary or a loan said "5천" alone.
_BIG_MONEY_WORD = re.compile(r"보증금|전세|매매가|집값|연봉|대출|잔금|계약금|중도금")
# "5천" with neither 만 nor 원 after it, and no 억 before it ("1억5천" is 1억5천만).
# ("3천 5백" is 3,500 all the same; "5천5백만" goes on to 만.)
_BARE_THOUSANDS = re.compile(
    r"(?<![\d억.])(?<!억\s)\d+\s*천(?!\s*(?:\d+\s*[백십]\s*)?(?:\d+\s*)?(?:만|원|억))"
)


def refuse_bare_thousands_as_big_money(text: str) -> None:
    """Raise ToolInputError on "보증금 5천": said for 5천만원, written as 5,000.

    Read as written the answer is off by ten thousand times; which one is meant is a
    guess, so the calculator declines.
    """
    if _BIG_MONEY_WORD.search(text) and _BARE_THOUSANDS.search(text):
        raise ToolInputError(f"{text!r}: is the 천 amount 천원 or 천만원? say it with 만 or 원")


# A pay said in 만 left unsaid: "연봉 4200", "월급 280" (set 46). Koreans state a salary in
# 만원 by habit; the range keeps a figure that could be won or 천 out ("연봉 4200만원" has 만).
_PAY_BARE = re.compile(
    r"^(?P<lead>\s*(?:내\s*)?(?P<w>연봉|월급|급여|실수령액?|세후|세전)\s*(?:이|은|는|가)?\s*)"
    r"(?P<n>\d{2,5})(?![\d.,]|\s*(?:원|만|천|억|%|퍼|프로|달러|개|명|년|살|시간|일|시))"
)
# A cost beside it, labelled and bare: "월세60", "통신비 8", "보험15".
_COST_LABEL = (
    r"월세|관리비|통신비|폰비|핸드폰비|보험료?|식비|교통비|적금|용돈|공과금|대출이자|이자|"
    r"카드값|학원비|구독료|세금|생활비|저축|주유비|기름값|가스비|전기세|수도세"
)
_COST_BARE = re.compile(
    rf"(?P<label>{_COST_LABEL})\s*(?:이|가|은|는)?\s*(?P<n>\d{{1,4}})(?![\d.,]|\s*(?:원|만|천|억|%))"
)
_ANY_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
# The range a pay is said in 만 in: a year's 1000-99999, a month's 50-9999.
_PAY_RANGE = {"연봉": (1000, 99999)}


def pay_in_man_said(text: str) -> str:
    """``text`` with a bare pay and the bare labelled costs beside it said in 만원.

    Only when the sentence opens with the pay word and its figure, in the range a pay in
    만 is said in, and every other figure is a bare cost after its label: "월급 280에서
    월세60 통신비8 빠지면" becomes "월급 280만원에서 월세60만원 통신비8만원 빠지면". Any
    other figure (a percent, a count, an amount with its unit) leaves the text as typed.
    """
    pay = _PAY_BARE.match(text)
    if pay is None:
        return text
    low, high = _PAY_RANGE.get(pay["w"], (50, 9999))
    if not low <= int(pay["n"]) <= high:
        return text
    rest = text[pay.end() :]
    costs = list(_COST_BARE.finditer(rest))
    taken = {c.start("n") for c in costs}
    if any(f.start() not in taken for f in _ANY_FIGURE.finditer(rest)):
        return text  # a figure that is no bare labelled cost: not said in 만 by habit
    for cost in reversed(costs):
        rest = f"{rest[: cost.end('n')]}만원{rest[cost.end('n') :]}"
    return f"{pay['lead']}{pay['n']}만원{rest}"
