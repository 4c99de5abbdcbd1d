"""A package of N sessions at one price beside the price of one session.

Blind set 37: "PT 회당 6만원인데 10회 패키지가 50만원이면 패키지가 얼마 이득임" was answered
'1,100,000원': the price reader took the package's price for a fee on top of ten sessions
(500,000 + 60,000 × 10). "10회 패키지" names what the package holds; its price is the other
way to pay for those sessions, not a charge besides them. The saving asked is the sessions
bought one by one less the package (60,000 × 10 − 500,000 = 100,000원); the price per
session of the package is its price over its count.

Read only with the three figures and an ask this reader settles (이득/아끼/싸/차이, or 회당/
per session); any other ask of such a sentence ("… 50만원이면 얼마야") is declined, so the
fee reading never answers it.
"""

from __future__ import annotations

import re

from core.errors import ToolInputError
from core.lazy_regex import LazyPattern

__all__ = ["package_against_single", "package_in_won", "package_unnamed"]

_N = r"\d+(?:\.\d+)?"
_SESSIONS = r"(?:회|번|세션|타임)"
_BUNDLE = r"(?:패키지|이용권|회권|권|묶음|패스)"
_SINGLE = LazyPattern(
    rf"(?:회당|1\s*회(?:에|당)?|한\s*번에?|한\s*회(?:에|당)?|1\s*번(?:에|당)?)\s*(?P<a>{_N})\s*원?"
    rf"|(?P<a2>{_N})\s*원?\s*(?:씩\s*)?(?:회당|한\s*번에)"
    rf"|\b(?:a|one|per|each)\s+(?:session|class|lesson)\s+(?:is|costs?|for|at)?\s*(?P<a3>{_N})"
    rf"|(?P<a4>{_N})\s+(?:a|per|each)\s+(?:session|class|lesson)\b",
    re.I,
)
_PACKAGE = LazyPattern(
    rf"(?P<n>{_N})\s*{_SESSIONS}\s*(?:짜리\s*)?{_BUNDLE}\s*(?:이|가|은|는|을|를|도)?\s*"
    rf"(?:(?:총|한번에)\s*)?(?P<p>{_N})\s*원?"
    rf"|(?P<n2>{_N})\s+(?:sessions|classes|lessons)\s+(?:for|at|is|costs?)\s+(?P<p2>{_N})\b",
    re.I,
)
_ASKS_SAVING = LazyPattern(
    r"이득|아끼|아껴|절약|싸|저렴|차이|save|saving|cheaper|better\s+deal|difference", re.I
)
_ASKS_PER_SESSION = LazyPattern(
    r"회당|1회에?|한\s*번에?|per\s+session|each\s+session|a\s+session", re.I
)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def _group(m: re.Match[str], *names: str) -> tuple[str, tuple[int, int]]:
    name = next(n for n in names if m[n] is not None)
    return m[name], m.span(name)


def package_against_single(question: str) -> str | None:
    """The arithmetic of a package beside a single session's price, or None.

    Args:
        question: The question with its numerals as digits.

    Raises:
        ToolInputError: Such a package and single price with an ask this reader cannot settle.
    """
    package = _PACKAGE.search(question)
    if package is None:
        return None
    single = _SINGLE.search(question)
    if single is None:
        return None
    count, count_at = _group(package, "n", "n2")
    price, price_at = _group(package, "p", "p2")
    each, each_at = _group(single, "a", "a2", "a3", "a4")
    placed = [count_at, price_at, each_at]
    one = re.match(r"1(?=\s*(?:회|번))", single.group(0))
    if one is not None:
        placed.append((single.start(), single.start() + 1))  # the 1 of "1회 2만원"
    figures = [f.span() for f in _FIGURE.finditer(question)]
    if sorted(placed) != figures:
        raise ToolInputError("패키지와 회당 가격 말고 다른 숫자가 있어 계산하지 않았습니다")
    rest = question[max(package.end(), single.end()) :]
    if _ASKS_SAVING.search(rest):
        return f"{each} * {count} - {price}"
    if _ASKS_PER_SESSION.search(rest):
        return f"{price} / {count}"
    raise ToolInputError(
        "패키지 가격은 회당 가격과 따로 내는 요금이 아니라, 무엇을 물었는지 알 수 없습니다"
    )


def package_in_won(question: str) -> str | None:
    """:func:`package_against_single` of a question in won ("6만원", "50만원")."""
    return package_against_single(question) if "원" in question else None


def package_unnamed(question: str) -> str | None:
    """:func:`package_against_single` of a question naming no currency."""
    return None if "원" in question else package_against_single(question)
