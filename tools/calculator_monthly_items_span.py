"""Several things paid monthly, kept for a span: (each monthly price summed) × months.

"넷플릭스 월 13,500원 유튜브프리미엄 14,900원 둘다 1년 쓰면 얼마" went to the cloud tier (blind
set 33) while "월 28400원 1년이면 얼마" is read. A question that says "월" (or 한달/매달) before
the first of two or more prices in won, then one span in years or months ("1년", "6개월")
and nothing else in figures, costs the sum of the prices for each month of the span
((13,500 + 14,900) × 12 = 340,800원). A price said "per year" or a figure that is no price
or span (a count, a discount) makes it another question, and nothing is read.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["monthly_items_for_span"]

_N = r"\d[\d,]*(?:\.\d+)?"
# (Prices may be said without 원 when they are plainly won, a thousand or more: "넷플 월
# 13,500 유튭프리미엄 14,900", set 50; "월 60" is 만원 by habit and stays unread.)
_BARE_WON = r"(?=\d{1,3},\d{3}|\d{4})"
_MONTHLY = LazyPattern(
    rf"(?:월|한\s*달에?|매달|매월|달마다)\s*(?:(?P<p>{_N})\s*원|{_BARE_WON}(?P<q>{_N})(?![\d가-힣]))"
)
_PRICE = re.compile(rf"(?P<p>{_N})\s*원|(?<![\d.]){_BARE_WON}(?P<q>{_N})(?![\d가-힣])")
_SPAN = LazyPattern(
    # ("일년", "한해" are 12 months: set 50's "둘다 일년 구독하면".)
    rf"(?:(?P<n>{_N})\s*(?P<u>년|개월|달)|(?P<y>일\s*년|한\s*해))\s*(?:동안\s*)?(?:다\s*)?"
    r"(?:쓰면|쓸\s*때|이면|면|구독하면|내면|유지하면|보면|다니면|등록하면|하면|동안"
    # The span's sum asked as a noun: "일년 합계", "1년 총액" (opens62).
    r"|합계|총액|총합|합산)"
)
# The month said after the prices, with what they do each month: "10900원 7890원 매달
# 빠져나가는데", "… 매월 결제되는데" (opens62): every price before it is monthly.
_MONTHLY_AFTER = LazyPattern(
    r"(?:월마다|매달|매월|달마다|한\s*달에?)\s*"
    r"(?:빠져\s*나가|나가|결제되|결제하|청구되|자동\s*이체되|이체되|내|들어가|새어\s*나가)"
)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")
# A split said last, after the span ("… 일년 구독하면 3명이 나누면", "셋이서 나눠 내면", "4분의1"):
# the span's total shared (calc59); its figure is the head count.
_SPLIT_LAST = LazyPattern(
    r"(?P<h>\d+)\s*(?:명이서|명이|명|이서|이)?\s*(?:(?:똑같이|같이|각각)\s*)?"
    r"(?:나누면|나눠\s*(?:서\s*)?내면|나눠내면|나눠서|엔빵|n빵|더치)[가-힣\s]{0,12}[?？]*\s*$"
    r"|(?P<f>\d+)\s*분의\s*1\s*(?:씩\s*)?(?:하면|내면|이면)?[가-힣\s]{0,12}[?？]*\s*$",
    re.IGNORECASE,
)
_YEARLY = LazyPattern(r"연\s*\d|1년에\s*\d|년\s*\d[\d,]*\s*원")


def monthly_items_for_span(question: str) -> str | None:
    """``(p1 + p2 + …) * months`` for such a question, else None.

    Args:
        question: The question with its numerals as digits.
    """
    first = _MONTHLY.search(question)
    span = _SPAN.search(question)
    after = _MONTHLY_AFTER.search(question) if first is None else None
    if after is not None and span is not None and after.end() <= span.start():
        # The prices all said before the month that covers them.
        first, span_from, prices_to = after, 0, after.start()
    elif first is None or span is None or span.start() < first.end():
        return None
    else:
        span_from, prices_to = first.start(), span.start()
    if _YEARLY.search(question):
        return None
    found = list(_PRICE.finditer(question, span_from, prices_to))
    if after is not None and any(m["q"] for m in found):
        return None  # bare figures before the month: the labelled list readers' (set 45)
    prices = [(m["p"] or m["q"]).replace(",", "") for m in found]
    said = 0 if span["y"] else 1  # the span's own figure, when it has one
    split = _SPLIT_LAST.search(question, span.end())
    heads = int(split["h"] or split["f"]) if split else 1
    said += 1 if split else 0
    if len(prices) < 2 or len(_FIGURE.findall(question)) != len(prices) + said or heads < 1:
        return None
    if span["y"]:
        months = 12
    else:
        months = int(float(span["n"].replace(",", "")) * (12 if span["u"] == "년" else 1))
    if months <= 0 or months > 600:
        return None
    total = f"({' + '.join(prices)}) * {months}"
    return f"{total} / {heads}" if split else total
