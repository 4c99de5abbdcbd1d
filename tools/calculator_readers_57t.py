"""Narrow whole forms of blind set 49 (turns49), each read whole or not at all.

- A price with an amount paid first and the rest spread over months, the monthly payment
  asked: "노트북 180만원인데 계약금 30만원 먼저 내고 나머지는 10개월 할부면 한달에 얼마" is
  (1,800,000 − 300,000) / 10 = 150,000원; "car is 24k, i put 4k down and pay the rest over
  36 months, monthly?" is (24,000 − 4,000) / 36 = 555.56. Set 49 sent both to the cloud, and
  the English thread's "and with no down payment at all" was then answered with the
  clinic's payment methods. Read only when the sentence holds those three figures and
  nothing else; interest said at a rate (a fourth figure) is a model's to read.
- Hours a day over a number of days at an hourly rate: "worked 7.5 hrs a day for 12 days at
  13.40/hr, whats that before tax" is 7.5 × 12 × 13.40 = 1,206 (set 49 declined it as a
  document question).

Each reads only a sentence whose every figure has its role.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["DEPOSIT_FORMS", "deposit_then_monthly", "hours_days_at_rate", "readers_57t"]

_N = r"\d+(?:\.\d+)?"
_FIGURE = re.compile(rf"(?<![\d.]){_N}(?![\d.])")
# The price: "180만원인데", "is 24000,", "costs 24000 and".
_PRICE_KO = rf"(?P<p>{_N})\s*원?\s*(?:인데|이고|짜리(?:인데)?|이면)\s*,?\s*"
_PAID_KO = (
    r"(?:계약금|선금|착수금|선납금|먼저)\s*(?:으로|로|을|를|은|는)?\s*"
    rf"(?P<d>{_N})\s*원?\s*(?:을|를|만)?\s*(?:먼저\s*)?(?:내|넣|걸|주)[가-힣]*\s*"
)
_REST_KO = (
    r"(?:나머지|잔금|남은\s*(?:돈|금액|거))\s*(?:는|은|를|을)?\s*"
    rf"(?P<m>{_N})\s*개월\s*(?:무이자\s*)?(?:할부|분할|분납|동안|에\s*나눠)"
)
_MONTHLY_KO = r".*?(?:한\s*달에|달에|월에|매달|매월|월)\s*(?:얼마|몇)"
_DEPOSIT_THEN_MONTHLY_KO = re.compile(_PRICE_KO + _PAID_KO + r".*?" + _REST_KO + _MONTHLY_KO)
_DEPOSIT_THEN_MONTHLY_EN = re.compile(
    rf"\b(?:is|costs?|was|for)\s+\$?(?P<p>{_N})\b[^\d]*?"
    rf"\b(?:put|pay|paying|putting)\s+\$?(?P<d>{_N})\s+down\b[^\d]*?"
    rf"\b(?:the\s+)?(?:rest|remainder|balance)\s+(?:over|in|across)\s+(?P<m>{_N})\s+"
    r"(?:months?|monthly\s+(?:payments|instal?ments))\b"
    r"(?:\s*,?\s*(?:with\s+)?(?:no|zero|0%?)\s+interest)?"
    r"[^\d]*?\b(?:monthly|a\s+month|per\s+month|each\s+month|every\s+month)\b",
    re.IGNORECASE,
)
#: The two forms, each with its price (p), amount paid first (d) and months (m).
DEPOSIT_FORMS = (_DEPOSIT_THEN_MONTHLY_KO, _DEPOSIT_THEN_MONTHLY_EN)
# Interest charged at all ("이자 있", "with interest") is no plain split of the rest.
_INTEREST_CHARGED = re.compile(
    r"이자\s*(?:가|는)?\s*(?:있|붙|포함)|\bwith\s+interest\b|\bapr\b", re.I
)


def deposit_then_monthly(digits: str) -> str | None:
    """ "180만원인데 계약금 30만원 먼저 내고 나머지 10개월 할부면 한달에 얼마": ``(P - D) / M``.

    Args:
        digits: The question with its numerals as digits.
    """
    text = digits.replace(",", "")
    if _INTEREST_CHARGED.search(text):
        return None
    m = next((f for form in DEPOSIT_FORMS if (f := form.search(text))), None)
    if m is None or sorted(_FIGURE.findall(text)) != sorted([m["p"], m["d"], m["m"]]):
        return None
    price, paid, months = float(m["p"]), float(m["d"]), float(m["m"])
    if not 0 <= paid < price or months < 1 or months != int(months):
        return None
    return f"({m['p']} - {m['d']}) / {m['m']}"


_HOURS_DAYS_RATE_EN = re.compile(
    rf"\b(?:worked|work|working|i\s+did|doing)?\s*(?P<h>{_N})\s*(?:hrs?|hours?)\s+(?:a|per|each)\s+day"
    rf"\s*,?\s*(?:for\s+)?(?P<d>{_N})\s+days?\s*,?\s*(?:at|@)\s*\$?(?P<r>{_N})\s*"
    r"(?:/\s*(?:hr|hour|h)\b|an?\s+hour\b|per\s+hour\b|hourly\b)",
    re.IGNORECASE,
)


def hours_days_at_rate(digits: str) -> str | None:
    """ "worked 7.5 hrs a day for 12 days at 13.40/hr": ``7.5 * 12 * 13.40``.

    Read only with those three figures and no other (a tax or a deduction said with a rate
    is a fourth figure, left to the follow-up or a model).
    """
    text = digits.replace(",", "")
    m = _HOURS_DAYS_RATE_EN.search(text)
    if m is None or sorted(_FIGURE.findall(text)) != sorted([m["h"], m["d"], m["r"]]):
        return None
    return f"{m['h']} * {m['d']} * {m['r']}"


def readers_57t(digits: str) -> tuple[tuple[Callable[[str], str | None], str | None], ...]:
    """``(reader, unit)`` pairs for the question ``digits`` (numerals as digits).

    Looked up at call time, so a test can switch one reader off in this module.
    """
    return (
        (deposit_then_monthly, "원" if re.search(r"[가-힣]", digits) else None),
        (hours_days_at_rate, None),
    )
