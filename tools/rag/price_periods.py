"""A price asked for one period is answered only by a sum stated for that period.

"How much does it cost to work at Maple Loft for just one day?" asks the price of a day:
"a late fee of 3% is added" or "an administration fee of 50,000 won" state sums for
other things, and "Members may bring up to two guests a day at no charge" writes "a day"
for the guests, not for the sum. When no retrieved sentence states a sum per day (the
day-pass row, "22,000 won per day"), the question is declined rather than answered with
another sum. A sum is stated per a period when the period is written right after it
("22,000 won per day", "$45 a year"), before it in a Korean sentence ("하루 10,000원"), or
before it as a label ("Daily fee: $5") or as the adjective of what is priced ("The monthly
membership costs $45"); a pass for one period ("day pass", "일일권")
states its price too.

An hour is asked only as a rate ("per hour", "hourly", "시간당"): "how much is the hall on
a Saturday per hour?" is not answered by a full-day rate "(up to 10 hours …) is £2,100",
whose "hours" count how long the day is. "For one hour" is left alone: "one hour of
free parking" answers it.
"""

from __future__ import annotations

import re

from tools.rag.minute_rates import asks_per_minute, minute_markers
from tools.rag.prices import asks_how_much_it_is, asks_price, money_spans
from tools.rag.sentence_checks import rate_markers
from tools.rag.textutil import language_of

__all__ = ["asked_periods", "misses_asked_period"]

_PERIODS = ("day", "week", "month", "year")
_EN_PERIOD_WORDS = {"day": "day|night", "week": "week", "month": "month", "year": "year"}
_EN_ADVERBS = {"day": "daily|nightly", "week": "weekly", "month": "monthly", "year": "yearly"}


def _asked_pattern(period: str) -> re.Pattern[str]:
    words = _EN_PERIOD_WORDS[period]
    return re.compile(
        rf"\bfor\s+(?:just\s+|only\s+)?(?:one|a|1|a single)\s+(?:{words})\b|"
        rf"\b(?:one|1)[- ](?:{words})\b|\b(?:per|a|each)\s+(?:{words})\b|"
        rf"\b(?:{_EN_ADVERBS[period]})\b",
        re.IGNORECASE,
    )


_ADVERB = re.compile("|".join(_EN_ADVERBS.values()) + "|annual", re.IGNORECASE)
_ASKED = {period: _asked_pattern(period) for period in _PERIODS}
# A pass or ticket for one period: its price is the price of that period.
_PASSES = {
    "day": re.compile(
        r"\b(?:day|daily|one-day)[- ]?(?:pass|ticket)s?\b|일일권|1일권|하루\s*이용권", re.I
    ),
    "week": re.compile(r"\b(?:week|weekly)[- ]?(?:pass|ticket)s?\b|주간권|1주일권", re.I),
    "month": re.compile(r"\b(?:month|monthly)[- ]?(?:pass|ticket)s?\b|월간권|1개월권", re.I),
    "year": re.compile(r"\b(?:year|annual)[- ]?(?:pass|ticket)s?\b|연간권|1년권", re.I),
    "hour": re.compile(r"\b(?:hour|hourly)[- ]?(?:pass|ticket)s?\b|시간권", re.I),
}
# Between a period written as a label and its sum: separators and price nouns only.
_LABEL_GAP = re.compile(
    r"[\s|:–—-]*(?:(?:price|fee|rate|charge|cost|pass|ticket|is|costs)[\s|:–—-]*){0,3}",
    re.IGNORECASE,
)
# "The monthly membership costs $45": the period word is an adjective of the thing priced,
# and the sum follows in the same clause after at most two more words and a verb (the sum
# may start at the verb: "costs 8,000" is read as one span).
_ADJECTIVE_GAP = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:(?:costs?|is|are|runs?|comes?\s+to)\s+(?:only\s+|just\s+)?)?",
    re.IGNORECASE,
)
_AFTER_SUM = 1  # "22,000 won per day": the period follows the sum's currency word
# "costs 8,000 won per day" is read as the sum "costs 8,000": its currency word follows.
_CURRENCY_TAIL = re.compile(r"\s*(?:won|dollars?|euros?|pounds?|cents?|원)?\s*", re.IGNORECASE)
_KO_BEFORE_SUM = 12  # "하루 10,000원", "1일 이용료 5,000원"


# An hourly rate, asked or stated; never a duration ("10 hours", "1시간 동안").
_HOURLY = re.compile(r"\b(?:per|each|an)\s+hour\b|\bhourly\b|\bby\s+the\s+hour\b|시간당", re.I)
_HOURLY_ASKED = re.compile(r"\b(?:per|each)\s+hour\b|\bhourly\b|\bby\s+the\s+hour\b|시간당", re.I)


def _markers(period: str, text: str) -> list[tuple[int, int]]:
    if period == "hour":
        return [m.span() for m in _HOURLY.finditer(text)]
    if period == "minute":  # "분당 얼마" (tools.rag.minute_rates)
        return minute_markers(text)
    return rate_markers(period, text)


def asked_periods(question: str) -> set[str]:
    """The periods a price question asks the price of ("for one day", "하루", "per hour")."""
    # "how much is the hall per hour?" asks what it costs, as "price" would.
    if not (asks_price(question) or asks_how_much_it_is(question)):
        return set()
    found = {p for p, pattern in _ASKED.items() if pattern.search(question)}
    hourly = {"hour"} if _HOURLY_ASKED.search(question) else set()
    hourly |= {"minute"} if asks_per_minute(question) else set()
    return (
        found
        | hourly
        | {p for p in _PERIODS if rate_markers(p, question) and not question.isascii()}
    )


def _states_sum_per(period: str, sentence: str) -> bool:
    if period in _PASSES and _PASSES[period].search(sentence):
        return True
    sums = money_spans(sentence)
    korean = language_of(sentence) == "ko"
    for start, end in _markers(period, sentence):
        for sum_start, sum_end in sums:
            if sum_start <= start < sum_end:
                return True  # "18.00 a month": read as one sum with its period
            tail = _CURRENCY_TAIL.match(sentence, sum_end)
            if 0 <= start - (tail.end() if tail else sum_end) <= _AFTER_SUM:
                return True
            gap = sentence[end:sum_start]
            if sum_start >= end and (
                (korean and len(gap) <= _KO_BEFORE_SUM)
                or _LABEL_GAP.fullmatch(gap)
                or (_ADVERB.fullmatch(sentence[start:end]) and _ADJECTIVE_GAP.fullmatch(gap))
            ):
                return True
    return False


def misses_asked_period(
    question: str, sentence: str, headings: str = "", *, row: bool = False
) -> bool:
    """Whether a price question asks for a period the sentence states no sum for.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.
        headings: The column headings of the table row ``sentence`` is ("Monthly price"
            says per what period every sum of its column is).
        row: ``sentence`` is a table row: a period in any cell ("통합 1개월 | … |
            120,000원") says what its sums are for.

    Returns:
        True when the question asks the price of a day, week, month or year (or per hour) and the
        sentence states no sum per that period.
    """
    periods = asked_periods(question)
    return bool(periods) and not any(
        _states_sum_per(p, sentence)
        or (
            money_spans(sentence)
            and (
                (p in _ASKED and _ASKED[p].search(headings))
                or _markers(p, f"{headings} {sentence if row else ''}")
            )
        )
        for p in periods
    )
