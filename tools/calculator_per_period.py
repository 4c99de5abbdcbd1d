"""A figure per period asked per another period of fixed length ("660,000 won a year, how
much is that each quarter", "연 66만원이면 분기마다 얼마").

The month-and-year pair has forms of its own (``tools.calculator_period_forms``); this
rule reads the other pairs whose lengths are fixed: 4 quarters or 52 weeks or 365 days a
year, 3 months a quarter, 7 days a week. A day per month (or a week per month) has no
fixed count and is left alone. Found by the fifteenth unseen set, where "how much is that
each quarter" of a yearly figure went to a model.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.calculator_forms import NUMBER

__all__ = ["per_period_expression"]

# How many of the first period one of the second holds (fixed lengths only).
_HOLDS: dict[tuple[str, str], int] = {
    ("day", "week"): 7,
    ("day", "year"): 365,
    ("week", "year"): 52,
    ("month", "quarter"): 3,
    ("month", "year"): 12,
    ("quarter", "year"): 4,
}
_EN_PERIOD = r"day|week|month|quarter|year"
_EN = LazyPattern(
    rf"^[^\d]*?(?P<a>{NUMBER})\s*(?:a|per|each|every)\s+(?P<given>{_EN_PERIOD})\b[^?\d]*?"
    rf"\b(?:per|a|each|every|in\s+a|for\s+a)\s+(?P<asked>{_EN_PERIOD})\s*[?.!]*$",
    re.IGNORECASE,
)
# Slots (set 51's "water bill is 87.60 every quarter, hows much is that monthly"): the one
# figure with its period in rate form ("every quarter", "a quarter", "/qtr", "quarterly")
# before the question, and the asked period in rate form after it. A period said any other
# way ("last quarter", "for 3 months") or a second figure leaves the sentence unread.
_ADVERB = {"daily": "day", "weekly": "week", "monthly": "month", "quarterly": "quarter"}
_ADVERB |= {"yearly": "year", "annually": "year", "annual": "year"}
_SHORT = {"wk": "week", "mo": "month", "mth": "month", "qtr": "quarter", "yr": "year"}
_RATE_PERIOD = LazyPattern(
    rf"(?:\b(?:a|an|per|each|every|in\s+a|for\s+(?:a|the|one)|by\s+the)\s+|/\s*)"
    rf"(?P<word>{_EN_PERIOD}|{'|'.join(_SHORT)})\b"
    rf"|\b(?P<adverb>{'|'.join(_ADVERB)})\b",
    re.IGNORECASE,
)
_ANY_PERIOD = LazyPattern(
    rf"\b(?:{_EN_PERIOD}|{'|'.join(_SHORT)})s?\b|\b(?:{'|'.join(_ADVERB)})\b", re.IGNORECASE
)
_ASKS = LazyPattern(
    r"\b(?:how'?s?\s+much|what'?s|whats|wats|what\s+(?:is|does|would|will)|how\s+much)\b",
    re.IGNORECASE,
)
# Words that make the asked figure something else than the same money per another period.
_OTHER_ASK = LazyPattern(
    r"\b(?:split|share|shared|each\s+of|person|people|us|more|less|left|save|saved|saving"
    r"|after|tax|tip|off|discount|difference|between|increase|rise|raise)\b|%",
    re.IGNORECASE,
)
_FIGURE = LazyPattern(NUMBER)


def _one_rate_period(clause: str) -> str | None:
    """The one period ``clause`` says, when it says it in rate form; else ``None``."""
    said = list(_ANY_PERIOD.finditer(clause))
    rates = list(_RATE_PERIOD.finditer(clause))
    if len(said) != 1 or len(rates) != 1:
        return None
    word = rates[0]["word"]
    if word is not None:
        return _SHORT.get(word.lower(), word.lower())
    return _ADVERB[rates[0]["adverb"].lower()]


# A rate of something other than a period, or a count of times ("22 per walk, twice a day
# every weekday": set 25): the figure is no amount of one period, so another reader's.
_OTHER_COUNT = LazyPattern(
    r"\b(?:twice|thrice|times|weekdays?|weekends?)\b"
    r"|\b(?:per|each|a|an)\s+(?!day\b|week\b|month\b|quarter\b|year\b|fortnight\b)[a-z]{3,}\b"
    r"(?=[^a-z]*(?:,|$))",
    re.IGNORECASE,
)


def _slots(text: str) -> tuple[str, str, str] | None:
    """``(figure, given period, asked period)`` read by slots, or ``None``."""
    asks = list(_ASKS.finditer(text))
    if len(asks) != 1 or len(_FIGURE.findall(text)) != 1:
        return None
    given_clause, asked_clause = text[: asks[0].start()], text[asks[0].end() :]
    figure = _FIGURE.search(given_clause)
    if figure is None or _OTHER_ASK.search(asked_clause) or _OTHER_COUNT.search(given_clause):
        return None
    given, asked = _one_rate_period(given_clause), _one_rate_period(asked_clause)
    if given is None or asked is None or given == asked:
        return None
    return figure[0], given, asked


_KO_PERIOD = {
    "day": r"하루|1\s*일|매일",
    "week": r"일주일|1\s*주일?|한\s*주|매주|주",
    "month": r"한\s*달|1\s*달|1\s*개월|매달|매월|월",
    "quarter": r"한\s*분기|1\s*분기|분기|매\s*분기",
    "year": r"1\s*년|일\s*년|한\s*해|매년|연|년",
}
_KO_ANY = "|".join(_KO_PERIOD.values())
_KO = LazyPattern(
    rf"^(?:[가-힣]{{1,6}}\s+)?(?P<given>{_KO_ANY})\s*(?:에|마다|당)?\s*(?:[가-힣]{{1,6}}\s+)?"
    rf"(?P<a>{NUMBER})\s*(?:이면|인데|일\s*때|라면)?\s*,?\s*(?:[가-힣]{{1,4}}\s+)?"
    rf"(?P<asked>{_KO_ANY})\s*(?:에|마다|당|별로|으로\s*치면|로\s*치면)\s*(?:는|은)?\s*"
    # (the calculator has taken "얼마" off the end before this rule reads the request)
    r"(?:(?:얼마씩|얼마)\s*(?:야|예요|이야|인가요|일까|씩)?)?\s*[?？]?$"
)


def _kind(word: str, table: dict[str, str]) -> str | None:
    return next((k for k, form in table.items() if re.fullmatch(form, word.strip())), None)


def _factor(given: str, asked: str) -> tuple[str, int] | None:
    if (asked, given) in _HOLDS:
        return "/", _HOLDS[(asked, given)]  # a year's figure per quarter: divided by 4
    if (given, asked) in _HOLDS:
        return "*", _HOLDS[(given, asked)]  # a week's figure per year: times 52
    return None


def per_period_expression(text: str) -> str | None:
    """``"660000 / 4"`` for a yearly 660000 asked per quarter, or ``None``.

    Args:
        text: A normalised request (numerals as digits, currency markers removed).
    """
    match = _EN.match(text)
    slots = None if match is not None else _slots(text)
    if slots is not None:
        figure, given, asked = slots
    elif match is not None:
        figure, given, asked = match["a"], match["given"].lower(), match["asked"].lower()
    else:
        match = _KO.match(text)
        if match is None:
            return None
        given_kind = _kind(match["given"], _KO_PERIOD)
        asked_kind = _kind(match["asked"], _KO_PERIOD)
        if given_kind is None or asked_kind is None:
            return None
        figure, given, asked = match["a"], given_kind, asked_kind
    factor = _factor(given, asked)
    if factor is None:
        return None
    op, count = factor
    return f"{figure} {op} {Decimal(count)}"
