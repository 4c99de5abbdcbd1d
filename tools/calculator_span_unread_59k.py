"""A monthly price kept for a span whose reading leaves the span out is no answer.

"넷플 월 13,500 유튭프리미엄 14,900 둘다 일년 구독하면 3명이 나누면" was read as
(13,500 + 14,900) / 3 = 9,466.67: the split read, the year dropped without a word (calc59;
the right figure is 113,600원 a head). When a question says a price per month and a span
of months or years ("일년", "6개월", "for a year", "over 2 years"), a reading whose
expression has no factor for that span (12, 24, 6, ...) read a part of the question, and
the calculator refuses it; the turn goes on to a model or a decline, never that figure.
"""

from __future__ import annotations

import re

from core.errors import ToolInputError
from core.lazy_regex import LazyPattern

__all__ = ["refuse_a_span_unread"]

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
_FACTOR = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")


def _months(question: str) -> int | None:
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
    if _PER_MONTH.search(question) is None:
        return
    months = _months(question)
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
