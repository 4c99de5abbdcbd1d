"""Set 57's wrong calculator readings (blind57m), each declined by a rule of its own.

- A comparison asked with its other side unstated: "정가 8만5천원짜리면 30% 할인이랑 얼마
  차이나" (after "20% 할인에 추가 10%"), "on a 240 coat how much more do i pay compared to
  straight 35% off" were read as the one rate's price or discount (25,500원, 156). A
  difference is a subtraction of two totals; a reading that subtracts nothing beyond a rate
  off ("(1 - 35 / 100)") answers one side only (:func:`comparison_side_unread`).
- A rate alone read as a fraction: "세후로는? 이자소득세 15.4%" was 0.154. A percent with
  nothing to take it of is no answer to an amount asked (:func:`lone_rate_as_fraction`).
- A count of days said in native words left unread: "일당 13만원으로 열이틀 일했는데 3.3%
  떼면" was 130000 x 0.967 (the twelve days dropped); so was "이틀" (:func:`days_unread`).
- A unit price read as an exchange rate: "i have 60 dollars. buying 4 coffees at 4.85 …"
  was 60 dollars at 4.85 won (291원). A won rate for a dollar, euro or pound is hundreds to
  thousands of won (:func:`implausible_won_rate`).
"""

from __future__ import annotations

import re
from decimal import Decimal

from tools.calculator_unread_guard import Reading, UnreadGuard

__all__ = [
    "ASKS_COMPARISON",
    "LONE_RATE",
    "NATIVE_DAY_COUNT",
    "SET57_GUARD",
    "comparison_side_unread",
    "days_unread",
    "implausible_won_rate",
    "lone_rate_as_fraction",
    "refuse_set57_wrongs",
]

#: A rate named as the other side of a comparison: "30% 할인이랑 얼마 차이", "how much more do
#: i pay compared to straight 35% off", "the difference versus 30% off". (A rate applied,
#: "raised the 1200 price by 5%, how much more do i pay", "15% 할인받아서 … 차이는", is the
#: change itself: its amount answers.)
ASKS_COMPARISON = re.compile(
    r"\d(?:[\d.,]*\d)?\s*(?:%|퍼센트|퍼|프로)\s*(?:할인|세일|인상|적립)?\s*"
    r"(?:(?:이랑|랑|과|와|하고)(?=.*(?:차이|비교|다르))|보다|대비)(?![가-힣])"
    r"|\b(?:compared\s+(?:to|with)|versus|vs\.?|than)\s+(?:(?:a|an|the|straight|just|plain|"
    r"only|flat)\s+)*\d(?:[\d.,]*\d)?\s*(?:%|percent\b)",
    re.IGNORECASE,
)
_RATE = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:%|퍼센트|퍼|프로|percent\b)", re.IGNORECASE)
# A rate taken off or put on, "(1 - 35 / 100)", "* (1 + 10 / 100)": one side's price.
_RATE_FACTOR = re.compile(r"\(\s*1\s*[-+]\s*[\d.]+\s*/\s*100\s*\)")


def comparison_side_unread(r: Reading) -> str | None:
    """The rate named as a comparison's other side when the reading prices that side only
    (one rate said, nothing subtracted beyond a rate off)."""
    asked = ASKS_COMPARISON.search(r.question)
    if asked is None or len(_RATE.findall(r.question)) != 1:
        return None
    if "-" in _RATE_FACTOR.sub("", r.expression):
        return None
    return asked.group(0)


#: A reading that is a rate alone written as a fraction: "15.4 / 100".
LONE_RATE = re.compile(r"^\s*\(?\s*[\d.]+\s*/\s*100\s*\)?\s*$")
_FRACTION_ASKED = re.compile(r"소수|분수|\bdecimal\b|\bfraction\b", re.IGNORECASE)


def lone_rate_as_fraction(r: Reading) -> str | None:
    """The rate when the reading is that rate alone as a fraction, none being asked."""
    if LONE_RATE.search(r.expression) is None or _FRACTION_ASKED.search(r.question):
        return None
    rate = _RATE.search(r.question)
    return None if rate is None else rate.group(0)


#: Native Korean counts of days, to 스무날: "이틀" 2 … "열이틀" 12, "보름" 15.
_NATIVE_ONES = {
    "하루": 1,
    "이틀": 2,
    "사흘": 3,
    "나흘": 4,
    "닷새": 5,
    "엿새": 6,
    "이레": 7,
    "여드레": 8,
    "아흐레": 9,
}
_NATIVE_DAYS = {
    **{w: n for w, n in _NATIVE_ONES.items() if n > 1},
    "열흘": 10,
    **{f"열{w}": 10 + n for w, n in _NATIVE_ONES.items()},
    "보름": 15,
    "스무날": 20,
}
_WORKED = (
    r"(?=\s*(?:동안|간|을|를|이나|씩|만)?\s*"
    r"(?:일[하했해한할]|근무|출근|알바|작업|묵|자고|잤|쉬|쉰|머물))"
)
NATIVE_DAY_COUNT = re.compile(
    r"(?<![가-힣])(?P<word>"
    + "|".join(sorted(_NATIVE_DAYS, key=len, reverse=True))
    + r"|(?<![\d.])\d+\s*일)"
    + _WORKED
)


def days_unread(r: Reading) -> str | None:
    """A native count of days worked or stayed that the reading never uses."""
    for said in NATIVE_DAY_COUNT.finditer(r.question):
        word = said["word"]
        days = _NATIVE_DAYS.get(word) or int(re.sub(r"\D", "", word))
        if days > 1 and Decimal(days) not in r.used:
            return word
    return None


_WON_PRICED = frozenset({"USD", "EUR", "GBP", "CHF", "CAD", "AUD", "SGD", "NZD"})


def implausible_won_rate(from_currency: str, to_currency: str, rate: Decimal) -> bool:
    """Whether ``rate`` (to per from) is no won rate for a dollar, euro or pound: a unit
    price ("4 coffees at 4.85") read as the rate."""
    if from_currency == "KRW" and to_currency in _WON_PRICED and rate > 0:
        rate = 1 / rate
    elif not (to_currency == "KRW" and from_currency in _WON_PRICED):
        return False
    return Decimal("0.01") < rate < Decimal(100)


#: Set 57's rules, in the order they are tried, in either language.
SET57_GUARD = UnreadGuard(
    covers=lambda question: True,
    rules=(comparison_side_unread, lone_rate_as_fraction, days_unread),
    example="130000 * 12 * (1 - 3.3 / 100)",
)


def refuse_set57_wrongs(question: str, expression: str) -> None:
    """Raise ``ToolInputError`` when ``expression`` leaves a comparison's other side, a
    rate's base or a native count of days unread.

    Args:
        question: The question with its numerals as digits.
        expression: The arithmetic a form read from it.
    """
    SET57_GUARD.refuse(question, expression)
