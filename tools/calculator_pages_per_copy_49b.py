"""Printing priced per page and binding per copy, for copies of a document of some pages.

Set 31: "인쇄 한 페이지 50원이고 제본 한 권에 2,000원인데 120페이지짜리 열 권 만들면 얼마" and
"printing is 0.10 a page and binding is 3.50 a copy, I need 25 copies of a 60-page report"
went to the cloud: two prices, each per its own unit, and two counts, the pages of one copy
and the copies. Each copy is its pages printed plus its binding, so the bill is
(page price x pages + copy price) x copies: (50 x 120 + 2,000) x 10 = 80,000원;
(0.10 x 60 + 3.50) x 25 = 237.50.

Read only when exactly these four figures are said, the pages as the size of one copy
("120페이지짜리", "a 60-page report", "60 pages each") and the copies in the unit the binding
is priced in; anything else declines.
"""

from __future__ import annotations

import re

from tools.korean_numbers import normalize_numerals

__all__ = ["pages_per_copy_total"]

_N = r"\d+(?:\.\d+)?"
_PAGE_KO = re.compile(rf"(?:한\s*|1\s*)?(?:페이지|쪽|장)\s*(?:당|에)?\s*(?P<v>{_N})\s*원")
_COPY_KO = re.compile(rf"(?:한\s*|1\s*)?(?P<u>권|부)\s*(?:당|에)\s*(?P<v>{_N})\s*원")
_SIZE_KO = re.compile(rf"(?P<v>{_N})\s*(?:페이지|쪽|장)\s*짜리")
_COPIES_KO = re.compile(rf"(?P<v>{_N})\s*(?P<u>권|부)(?!\s*(?:당|에\s*\d))")
_ASKS_KO = re.compile(r"얼마")
_PAGE_EN = re.compile(rf"\$?(?P<v>{_N})\s+(?:a|per|each)\s+page\b", re.I)
_COPY_EN = re.compile(rf"\$?(?P<v>{_N})\s+(?:a|per|each)\s+(?P<u>copy|book|report|booklet)\b", re.I)
_SIZE_EN = re.compile(
    rf"(?:\b(?:a|an|one)\s+(?P<v>{_N})[- ]page\b"
    rf"|\b(?P<w>{_N})\s+pages\s+(?:each|apiece|per\s+copy|long))",
    re.I,
)
_COPIES_EN = re.compile(rf"\b(?P<v>{_N})\s+(?:copies|books|booklets)\b", re.I)
_ASKS_EN = re.compile(r"\bhow\s+much\b|\bcost\b|\btotal\b|\bwhat'?s\s+(?:that|the\s+bill)\b", re.I)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def _one_each(s: str, *patterns: re.Pattern[str]) -> list[re.Match[str]] | None:
    found = [list(p.finditer(s)) for p in patterns]
    return None if any(len(f) != 1 for f in found) else [f[0] for f in found]


def pages_per_copy_total(original: str) -> tuple[str, str | None] | None:
    """ "(50 * 120 + 2000) * 10" for printing per page and binding per copy, or ``None``.

    Args:
        original: The request as asked.
    """
    s = normalize_numerals(original).replace(",", "")
    korean = re.search(r"[가-힣]", s) is not None
    if korean:
        read = _one_each(s, _PAGE_KO, _COPY_KO, _SIZE_KO, _COPIES_KO)
        asks = _ASKS_KO
    else:
        read = _one_each(s, _PAGE_EN, _COPY_EN, _SIZE_EN, _COPIES_EN)
        asks = _ASKS_EN
    if read is None or not asks.search(s):
        return None
    page, copy, size, copies = read
    if korean and copy["u"] != copies["u"]:
        return None  # binding priced per 권, copies counted in 부: not one unit
    size_group = "v" if size["v"] is not None else "w"
    placed = sorted([page.span("v"), copy.span("v"), size.span(size_group), copies.span("v")])
    ones = [m.span() for m in re.finditer(r"(?<![\d.])1(?=\s*(?:페이지|쪽|장|권|부))", s)]
    if sorted(placed + ones) != [f.span() for f in _FIGURE.finditer(s)]:
        return None  # a figure with no role here
    expression = f"({page['v']} * {size[size_group]} + {copy['v']}) * {copies['v']}"
    return expression, "원" if korean else ("$" if "$" in original else "")
