"""One amount and the rates applied to it, read when no sentence form of the calculator did.

The rule: a request that states exactly one amount and one or more percentages (and at
most one count of years) is arithmetic on that amount. A rate named with a cut ("30%
할인", "10% 더 깎으면", "15% off") or a rise ("5% 오르면", "a 3% raise") moves the amount,
each in turn ("30% 할인하고 거기서 10% 더" is 0.7 then 0.9 of it); a rate with neither asks
for that share of the amount ("그중 28%를 월세로", "an 18% tip", "계약금 10%"); a rate
with 이자/interest asks for the interest, simple, over the years stated (one if none).

Found by the fifth unseen set, whose amounts came in sentences no fixed form matched
("월급이 320만 원인데 그중 28%를 월세로 내면", "연봉 4,200만 원에서 5% 오르면 얼마 돼?").
``tools.calculator`` calls :func:`rate_expression` only on a request no other form read,
so a request the forms already answer keeps its reading.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["rate_expression"]

# A number as the calculator writes it after normalising, not part of a longer figure.
_FIGURE = LazyPattern(r"(?<![\d.])\d+(?:\.\d+)?(?!\d|\.\d)")
# Digit groups joined by hyphens ("110-345-678901", "4518-2231"): an account, card or
# phone number is never an operand.
_IDENTIFIER = LazyPattern(r"\d+(?:-\d+){2,}|\d{4}(?:\s\d{4}){1,3}(?!\d)")
_PERCENT_AFTER = LazyPattern(r"\s*(?:%|퍼센트|프로|percent\b|pct\b)", re.I)
_YEARS_AFTER = LazyPattern(r"\s*(?:년|years?\b)", re.I)
# Words after a rate that cut the amount by it, or raise it.
_CUT = LazyPattern(
    r"^[^\d]{0,12}?(?:할인|깎|내리|내려|내린|떨어|줄어|줄면|인하|세일|off\b|discount|cut\b|drops?\b|falls?\b"
    r"|decrease|lower|less\b|cheaper)",
    re.I,
)
_RISE = LazyPattern(
    r"^[^\d]{0,12}?(?:오르|올라|오른|인상|늘어|늘면|늘리|증가|raise|rise|rises|increase|goes\s+up|up\b)",
    re.I,
)
# The share itself is asked even after a cut word: "할인 금액", "how much do I save".
_ASKS_SHARE = LazyPattern(r"할인\s*(?:금액|액)|아끼|절약|\bsav(?:e|ing)", re.I)
_INTEREST = LazyPattern(r"이자|interest", re.I)
# A request that divides, counts or compares needs more than one amount: not this rule.
# (A second figure, a count of people or months, already fails the one-amount test.)
_OTHER_OPERATION = LazyPattern(r"나누|나눠|split|divid|shared?\b|per\s+person|인당|각자", re.I)


def _fmt(value: str) -> str:
    return value.rstrip("0").rstrip(".") if "." in value else value


def rate_expression(text: str) -> str | None:
    """Read one amount with its rates as an expression, or ``None`` if the rule does not fit.

    Args:
        text: A request already normalised by the calculator (numerals as digits,
            currency markers removed), e.g. "42000000에서 5% 오르면 얼마 돼".

    Returns:
        An arithmetic expression such as "42000000 * (1 + 5 / 100)", or ``None``.
    """
    s = _IDENTIFIER.sub(" ", text)
    if _OTHER_OPERATION.search(s):
        return None
    amounts: list[str] = []
    rates: list[tuple[str, str]] = []  # (rate, the words after it up to the next figure)
    years: list[str] = []
    figures = list(_FIGURE.finditer(s))
    for i, m in enumerate(figures):
        rest = s[m.end() : figures[i + 1].start() if i + 1 < len(figures) else len(s)]
        percent = _PERCENT_AFTER.match(rest)
        if percent:
            rates.append((m.group(), rest[percent.end() :]))
        elif _YEARS_AFTER.match(rest):
            years.append(m.group())
        else:
            amounts.append(m.group())
    if len(amounts) != 1 or not rates or len(years) > 1:
        return None
    amount = amounts[0]
    if _INTEREST.search(s):
        if len(rates) != 1:
            return None
        span = years[0] if years else "1"
        return f"{amount} * {_fmt(rates[0][0])} / 100 * {span}"
    if years:
        return None  # a count of years without interest: compounding, a model's to read
    moves: list[str] = []
    for rate, after in rates:
        if _CUT.search(after) and not _ASKS_SHARE.search(s):
            moves.append(f"(1 - {_fmt(rate)} / 100)")
        elif _RISE.search(after):
            moves.append(f"(1 + {_fmt(rate)} / 100)")
        elif len(rates) == 1:
            return f"{amount} * {_fmt(rate)} / 100"
        else:
            return None  # a share among several rates: which one is asked is unclear
    return " * ".join([amount, *moves])
