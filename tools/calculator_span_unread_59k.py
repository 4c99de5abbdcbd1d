"""A monthly price kept for a span whose reading leaves the span out is no answer.

"넷플 월 13,500 유튭프리미엄 14,900 둘다 일년 구독하면 3명이 나누면" was read as
(13,500 + 14,900) / 3 = 9,466.67: the split read, the year dropped without a word (calc59;
the right figure is 113,600원 a head). When a question says a price per month and a span
of months or years ("일년", "6개월", "for a year", "over 2 years"), a reading whose
expression has no factor for that span (12, 24, 6, ...) read a part of the question, and
the calculator refuses it; the turn goes on to a model or a decline, never that figure.

The same slot rule holds for a price per one period asked per another (wrongs59b): "water
bill is 87.60 every quarter, how much is that split between 4 of us monthly" was read as
87.60 / 4 = 21.90, the quarter's share, the month asked dropped (7.30 is right). A bill
said per quarter, week or year and asked per month (or year), whose reading has no factor
between the two periods (3 months a quarter, 4 or 52 weeks, 4 quarters), is refused too
(:func:`refuse_a_period_unconverted`; a year against a month is the span rule's above and
:mod:`tools.calculator_unread_cues_50w_en`'s).
"""

from __future__ import annotations

import re
from collections import Counter

from core.errors import ToolInputError
from core.lazy_regex import LazyPattern

__all__ = ["months_spanned", "refuse_a_period_unconverted", "refuse_a_span_unread"]

# A price said per month: "월 13,500", "매달 9900원", "a month", "per month", "monthly", "/mo".
_PER_MONTH = LazyPattern(
    r"(?<![가-힣])월\s*\d|매\s*달|매\s*월|한\s*달에|달마다|\d\s*(?:원\s*)?씩\s*매달"
    r"|\b(?:a|per|each|every)\s+month\b|\bmonthly\b|\d\s*/\s*mo(?:nth)?\b|\bmo\b",
    re.IGNORECASE,
)
# A span of months or years: "일년", "한해", "2년", "6개월", "for a year", "over 2 years".
_SPAN = LazyPattern(
    r"(?P<one>일\s*년|한\s*해|(?<![\d.])1\s*년(?!\s*에)|\b(?:for|over|in)\s+(?:a|one|the\s+whole"
    r"|a\s+whole|a\s+full|the\s+full|the)\s+year\b|\bwhole\s+year\b|\bfull\s+year\b)"
    r"|(?<![\d.])(?P<n>\d+)\s*(?P<u>년(?!\s*에)|개월|years?\b|months?\b)",
    re.IGNORECASE,
)
# Periods a bill is said or asked by ("a quarter" only after an amount: "a quarter of the
# bill" is a share, and "a quarter" alone may be a coin).
_PERIOD_WORDS: dict[str, LazyPattern] = {
    "month": LazyPattern(
        r"\bmonthly\b|\b(?:a|per|each|every)\s+month\b|/\s*mo\b|한\s*달(?:에|당|마다|씩)"
        r"|매\s*달|매\s*월|월\s*(?:별|마다)|달마다|월에|월\s*평균",
        re.IGNORECASE,
    ),
    "quarter": LazyPattern(
        r"\bquarterly\b|\b(?:per|each|every)\s+quarter\b|\d\s*(?:dollars?|bucks)?\s+a\s+quarter\b"
        r"(?!\s+of)|분기",
        re.IGNORECASE,
    ),
    "week": LazyPattern(
        r"\bweekly\b|\b(?:a|per|each|every)\s+week\b|매\s*주|주마다|일주일(?:에|마다|씩)|주\s*당",
        re.IGNORECASE,
    ),
    "year": LazyPattern(
        r"\byearly\b|\bannual(?:ly)?\b|\b(?:a|per|each|every)\s+year\b|매\s*년|해마다|연간",
        re.IGNORECASE,
    ),
}
# The factors between two periods a reading must show one of (weeks in a month as the
# calculator and people take it: 4, 4.3, 4.33, 4.345, or 52 with 12).
_BETWEEN: dict[frozenset[str], frozenset[float]] = {
    frozenset({"month", "quarter"}): frozenset({3.0}),
    frozenset({"month", "week"}): frozenset({4.0, 4.3, 4.33, 4.345, 4.35, 52.0}),
    frozenset({"quarter", "year"}): frozenset({4.0}),
    frozenset({"week", "year"}): frozenset({52.0}),
}
_AS_PERIODS = re.compile(
    r"(?<![\d.])\d+(?:\.\d+)?\s*(?:weeks?|months?|quarters?|주(?!당|마다)|개월|달)", re.IGNORECASE
)
_FACTOR = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")


def months_spanned(question: str) -> int | None:
    """The months of the first span ``question`` says ("일년" 12, "6개월" 6), else None."""
    span = _SPAN.search(question)
    if span is None:
        return None
    if span["one"]:
        return 12
    count = int(span["n"])
    return count * 12 if span["u"].startswith(("년", "y", "Y")) else count


def refuse_a_span_unread(question: str, expression: str) -> None:
    """Raise ``ToolInputError`` when a monthly price's span is left out of ``expression``.

    Args:
        question: The question with its numerals as digits.
        expression: The expression a reader gave for it.
    """
    refuse_a_period_unconverted(question, expression)
    if _PER_MONTH.search(question) is None:
        return
    months = months_spanned(question)
    if months is None or months <= 1:
        return
    factors = {float(f) for f in _FACTOR.findall(expression)}
    # (Months less some said apart, "첫달 5천원 담달부터 월 만7천원 1년": 1 + 11, also hold.)
    apart = {float(f) for f in _FACTOR.findall(question)} | {1.0}
    spans = {float(months)} | {months - n for n in apart if 0 < n < months}
    # (A monthly saving's simple interest counts its months 1 + 2 + … + n: "* 300" for 24.)
    spans.add(float(months * (months + 1) // 2))
    years = months / 12
    if factors & spans or (years >= 1 and years in factors and 12.0 in factors):
        return
    raise ToolInputError(
        f"could not read {question!r} as one sum: the reading {expression!r} leaves out "
        f"the span of {months} months said with a monthly price"
    )


def refuse_a_period_unconverted(question: str, expression: str) -> None:
    """Raise ``ToolInputError`` when two periods are said and ``expression`` links neither.

    Args:
        question: The question with its numerals as digits.
        expression: The expression a reader gave for it.
    """
    said = {name for name, pattern in _PERIOD_WORDS.items() if pattern.search(question)}
    if len(said) != 2:
        # ("62k a year, 40 hrs a week … per month": a third period says what else is counted
        # by the week, hours here; which two the amount links is not read, so left alone.)
        return
    # A factor counts only beyond the question's own figures: "분기에 12만원 3명이 … 한달에"
    # read as 120000 / 3 used the 3 heads, never the 3 months of a quarter.
    factors = Counter(float(f) for f in _FACTOR.findall(expression))
    # (A figure said as periods, "if a month is 4 weeks", is the link itself: not taken off.)
    counts = _AS_PERIODS.sub(" ", question)
    factors.subtract(Counter(float(f) for f in _FACTOR.findall(counts)))
    linked = {value for value, count in factors.items() if count > 0}
    if linked & {float(f) for said in _AS_PERIODS.findall(question) for f in _FACTOR.findall(said)}:
        return  # "40 hours a week, 50 weeks": the weeks said are the link between the periods
    for pair, between in _BETWEEN.items():
        # (A period written as its figure, "every 3 months", is the span rule's.)
        if pair <= said and not linked & between:
            first, second = sorted(pair)
            raise ToolInputError(
                f"could not read {question!r} as one sum: the reading {expression!r} says "
                f"nothing of how a {first} and a {second} are related"
            )
