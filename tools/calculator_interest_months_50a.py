"""Simple interest at a yearly rate over a number of months: "2,400 at 4.5% simple interest,
how much interest after 8 months" is 2,400 x 4.5% x 8/12 = 72.

The yearly forms read "after 2 years"; a span in months went to the cloud (set 26). Read
only with simple interest said, exactly the three figures (an amount, a percent, the
months), and the interest asked; the rate is taken as yearly (a rate said per month is
another question, declined here).
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["simple_interest_loan_monthly", "simple_interest_over_months"]

_N = r"\d+(?:\.\d+)?"
_RATE = LazyPattern(
    rf"(?P<r>{_N})\s*%\s*(?:a\s+year\s+|per\s+year\s+|annual(?:ly)?\s+|yearly\s+)?simple\s+interest"
    r"(?:\s+(?:a|per)\s+year|\s+annually)?",
    re.I,
)
_MONTHS = LazyPattern(r"\b(?:after|for|over|in)\s+(?P<m>\d+)\s+months?\b", re.I)
_PER_MONTH = LazyPattern(r"\b(?:a|per|each)\s+month\b|\bmonthly\b", re.I)
_INTEREST_ASKED = LazyPattern(
    r"\bhow\s+much\s+interest\b|\bwhat(?:'s|\s+is)\s+the\s+interest\b", re.I
)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def simple_interest_over_months(question: str) -> str | None:
    """ "2400 * 4.5 / 100 * 8 / 12" for simple interest over months, or ``None``.

    Args:
        question: The question with its numerals as digits.
    """
    s = question.replace(",", "")
    rate, months = _RATE.search(s), _MONTHS.search(s)
    if rate is None or months is None or _PER_MONTH.search(s):
        return None
    if not _INTEREST_ASKED.search(s):
        return None
    figures = [f for f in _FIGURE.finditer(s)]
    roles = {rate.span("r"), months.span("m")}
    amounts = [f for f in figures if f.span() not in roles]
    if len(figures) != 3 or len(amounts) != 1 or amounts[0].start() > rate.start():
        return None  # the amount is said before its rate, and no other figure
    return f"{amounts[0].group()} * {rate['r']} / 100 * {months['m']} / 12"


# A loan at simple interest paid back in equal monthly payments (calc60, set 51): "borrowing
# 12,000 at 5% simple interest a year for 2 years, paid back monthly over the 24 months.
# monthly payment?" is (12,000 + 12,000 x 5% x 2) / 24 = 550. The amount borrowed, the
# yearly rate with simple interest said, the term in years and/or months (both said must
# agree), and the monthly payment asked; no other figure.
_BORROWED = LazyPattern(
    rf"\b(?:borrow(?:ing|ed)?|loan\s+of|take\s+out|taking\s+out|took\s+out)\s+\$?(?P<a>{_N})\b",
    re.I,
)
_TERM_YEARS = LazyPattern(rf"\b(?:for|over)\s+(?P<y>{_N})\s+years?\b", re.I)
_TERM_MONTHS = LazyPattern(
    r"\b(?:over|in|for)\s+(?:the\s+|a\s+)?(?P<m>\d+)\s+(?:monthly\s+)?(?:months?|payments?)\b"
    r"|\b(?P<m2>\d+)\s+monthly\s+payments?\b",
    re.I,
)
_PAYMENT_ASKED = LazyPattern(
    r"\bmonthly\s+(?:payment|installment|instalment|repayment)s?\b"
    r"|\b(?:pay|payment|repayment)s?\s+(?:a|per|each)\s+month\b|\bhow\s+much\s+(?:a|per|each)\s+month\b",
    re.I,
)
#: Whether a loan at simple interest paid monthly is read.
LOAN_PAID_MONTHLY = True


def simple_interest_loan_monthly(question: str) -> str | None:
    """ "(12000 + 12000 * 5 / 100 * 2) / 24" for such a loan's monthly payment, or ``None``.

    Args:
        question: The question with its numerals as digits.
    """
    if not LOAN_PAID_MONTHLY:
        return None
    s = question.replace(",", "")
    rate, borrowed = _RATE.search(s), _BORROWED.search(s)
    years, months = _TERM_YEARS.search(s), _TERM_MONTHS.search(s)
    if rate is None or borrowed is None or not _PAYMENT_ASKED.search(s):
        return None
    if years is None and months is None:
        return None
    month_group = ("m" if months["m"] else "m2") if months else None
    count = int(months[month_group]) if months and month_group else None
    term_years = float(years["y"]) if years else None
    if count is not None and term_years is not None and count != term_years * 12:
        return None  # the two terms said disagree
    roles = {rate.span("r"), borrowed.span("a")}
    if years:
        roles.add(years.span("y"))
    if months and month_group:
        roles.add(months.span(month_group))
    if {f.span() for f in _FIGURE.finditer(s)} != roles:
        return None  # a figure with no role (a fee, a deposit)
    # (The year shows as its 12 months: "a year" said is read, and the months agree.)
    span_years = years["y"] if years else f"{count} / 12"
    span_months = f"({years['y']} * 12)" if years else str(count)
    a = borrowed["a"]
    return f"({a} + {a} * {rate['r']} / 100 * {span_years}) / {span_months}"
