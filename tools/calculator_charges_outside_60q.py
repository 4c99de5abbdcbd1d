"""A charge (tax, tip, GST) said to sit outside the amount given, or the price without it
asked, and the period of a one-off amount asked (calc wrongs of coord60, probed).

- "the 45 doesn't include 8% tax, price before tax?", "45 plus 8% tax, what's the price
  before tax": the amount is the price before the charge, so no share of it (3.6) and no
  division by the charge (41.67) answers; code cannot say a figure back, so it declines
  (:func:`asks_price_without_charge`, :func:`charge_outside_amount`).
- "dinner was 90, split 3 ways, what do we each pay a year", "한명당 매달 얼마? 5만원
  보증금도": a period asked of an amount paid once, with no period given for it; the split
  alone (30, 16,667) is no yearly or monthly figure (:func:`refuse_period_of_one_off`).
"""

from __future__ import annotations

import re

from core.errors import ToolInputError
from core.lazy_regex import LazyPattern

__all__ = ["asks_price_without_charge", "charge_outside_amount", "refuse_period_of_one_off"]

_CHARGE = (
    r"(?:(?:sales\s+)?tax(?:es)?|vat|gst|hst|tip|gratuity|service\s+charge|fees?|surcharge"
    r"|부가세|부가가치세|세금|팁|봉사료|수수료)"
)
#: A rate said between the word and the charge ("excluding 8% tax"; switched off in tests).
_RATE_BETWEEN = r"(?:an?\s+)?\d+(?:\.\d+)?\s*%\s*"
# The price without the charge asked: "price before tax", "excluding the gst", "세전은".
# 공급가 said with its amount ("공급가250만원에 부가세 붙이면") is the given, not the asked.
_ASKS_WITHOUT = LazyPattern(
    # ("108 excluding 8% tax": the rate said between, calc64 — 8.64 was given.)
    rf"\b(?:before|without|excluding|excl\.?|ex\.?|minus|less|pre-?|not\s+including)\s*"
    rf"(?:the\s+|any\s+)?"
    rf"(?:{_RATE_BETWEEN})?{_CHARGE}\b|세전|공급가(?!\s*(?:가|는|이)?\s*[\d일이삼사오육칠팔구십백천만])|{_CHARGE}\s*(?:를|을)?\s*(?:빼|뺀|제외|없이|전\b|전\s*(?:가격|금액))",
    re.IGNORECASE,
)
# The charge said to be outside the amount: added on top, not included, excluded.
_OUTSIDE = LazyPattern(
    r"\bplus\b|\+|\badd(?:ed|ing|s)?\b|\bon\s+top\b|\bextra\b|\bseparate(?:ly)?\b"
    r"|(?:\bnot|n'?t)\s+(?:\w+\s+)?includ|\bexclud(?:es|ed|ing)\b|\bexcl\.?\s"
    r"|별도|따로|미포함|포함\s*(?:안|되지\s*않)|붙(?:으면|이면|여|고|는)|더하|더해|추가",
    re.IGNORECASE,
)


def asks_price_without_charge(text: str) -> bool:
    """Whether ``text`` asks the price without a named charge ("before tax", "세전은")."""
    return _ASKS_WITHOUT.search(text) is not None


def charge_outside_amount(text: str) -> bool:
    """Whether ``text`` says a charge is outside the amount and asks the price without it:
    the amount given is that price ("45 plus 8% tax, price before tax")."""
    return asks_price_without_charge(text) and _OUTSIDE.search(text) is not None


# A period asked of each one's part: "a year", "per month", "매달", "일년에".
_PERIOD = (
    r"\b(?:a|per|each|every|the)\s+(?:year|month|week)\b|\b(?:yearly|annually|monthly|weekly)\b"
    r"|매\s*(?:달|월|년|주)|(?:한\s*|1\s*)달\s*에?|(?:일|1)\s*년\s*에|연간|월간|주마다|달마다"
)
_PERIOD_WORD = LazyPattern(_PERIOD, re.IGNORECASE)
# A figure said with its own period ("90 a month", "월 5만원", "월세 62만원", "weekly 40").
_ANY_PERIOD = LazyPattern(
    _PERIOD
    + r"|\b(?:month|year|week|mo|yr|wk|quarter|day|night)s?\b|\b(?:quarterly|daily|nightly)\b|분기"
    r"|\b(?:month|year|week|mo|yr|wk)s?\b|/\s*(?:mo|month|yr|year|wk|week)|월세|월급"
    r"|연봉|월\s*\d|주\s*\d|\brent\b|\bsalary\b|subscription|구독",
    re.IGNORECASE,
)
# The amount named as paid once: a meal out, a bill, a deposit.
_ONE_OFF = LazyPattern(
    r"\b(?:dinner|lunch|breakfast|brunch|meal|bill|tab|check|cab|taxi|ride|ticket|gift)s?\b"
    r"|\bcame\s+to\b|보증금|\bdeposit\b|밥값|식사|회식|저녁|점심|택시|선물",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"^\(?\d+(?:\.\d+)?\)? / \d+(?:\.\d+)?$")


def refuse_period_of_one_off(question: str, expression: str) -> None:
    """Decline a split of a one-off amount read as each one's part over a period asked.

    Raises:
        ToolInputError: when a period is asked once, no figure carries a period, the
            amount is named as paid once and the reading is that amount split.
    """
    if not _SPLIT.match(expression.strip()) or not _ONE_OFF.search(question):
        return
    asked = list(_PERIOD_WORD.finditer(question))
    if len(asked) == 1 and len(list(_ANY_PERIOD.finditer(question))) == 1:
        raise ToolInputError(f"{question!r} asks a period of an amount paid once")
