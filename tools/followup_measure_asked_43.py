"""A follow-up that asks for a count or a measure is never answered with a sum of money.

"5만원어치 넣으면 몇리터야?" asks litres; set 43's first run put the 50,000원 in the price's
place and answered 2,250,000원, a sum of money for a question about litres. Whatever rule
resolved the turn, a result in money for a turn asking "몇 리터", "몇 개" or "how many
gallons" (and not how much) is a misreading, so the turn is declined (a model gets it).
"""

from __future__ import annotations

import re

from core.errors import ToolInputError
from tools.currency import resolve_currency
from tools.handler_result import HandlerResult

__all__ = ["asks_english_measure_got_money", "asks_measure_got_money"]

_ASKS_MEASURE_KO = re.compile(
    r"몇\s*(?:리터|개(?!월)|키로|킬로|kg|그램|g\b|시간|분|일|명|장|병|잔|박|번|회|달(?!러)|개월|주|년|km|미터|m\b"
    r"|인분|마리|봉지|상자|통|판|권|벌|켤레|평)",
    re.IGNORECASE,
)
_ASKS_MEASURE_EN = re.compile(r"\bhow\s+many\s+(?P<what>[a-z]+)", re.I)
# Money asked by its name is no measure ("how many yen", "how many bucks").
_MONEY_WORDS = frozenset({"bucks", "buck", "cents", "cent", "quid", "grand", "k"})


def _names_money(word: str) -> bool:
    if word.lower() in _MONEY_WORDS:
        return True
    try:
        resolve_currency(word.lower())
    except ToolInputError:
        return word.lower().endswith("s") and _names_money(word[:-1]) if len(word) > 2 else False
    return True


_ASKS_MONEY = re.compile(r"얼마|\bhow\s+much\b|\bcost\b|\bprice\b", re.IGNORECASE)
_MONEY_UNITS = frozenset({"원", "$", "USD", "KRW", "EUR", "JPY", "GBP", "CNY"})


def asks_measure_got_money(text: str, result: HandlerResult) -> bool:
    """Whether ``text`` asks a count or measure and ``result`` is a sum of money."""
    return _asks_measure(text, korean=True) and _is_money(result)


def asks_english_measure_got_money(text: str, result: HandlerResult) -> bool:
    """The same for "how many gallons …" alone (a Korean count asked of a budget, "8만원으로
    2500원짜리 몇개", is the calculator guards' to decline, tools.calculator_guards_50w_ko)."""
    return _asks_measure(text, korean=False) and _is_money(result)


def _asks_measure(text: str, *, korean: bool) -> bool:
    english = _ASKS_MEASURE_EN.search(text)
    if english is not None and _names_money(english["what"]):
        english = None
    asked = english is not None or (korean and _ASKS_MEASURE_KO.search(text) is not None)
    return asked and _ASKS_MONEY.search(text) is None


def _is_money(result: HandlerResult) -> bool:
    answer = result.answer.strip()
    return result.unit in _MONEY_UNITS or answer.endswith("원") or answer.startswith("$")
