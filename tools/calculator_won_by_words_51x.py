"""Won for an amount said in 만/억 without 원 when the words make it money.

"전세 보증금 2억인데 계약금 10% 냈으면 잔금 얼마": no 원 is written, but a deposit, a
balance or a salary counted in 만/억 is won; the answer is labelled so ("180,000,000원")
rather than left a bare figure. Only a Korean big-unit amount next to a money word
counts: "5천만 명" or "3억 년" are no money, and an English question keeps its own unit.
"""

from __future__ import annotations

import re

from core.errors import ToolInputError

__all__ = ["refuse_bare_thousands_as_big_money", "won_by_money_words"]

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
