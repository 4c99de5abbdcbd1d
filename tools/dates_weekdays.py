"""How many weekdays (business days) lie between two dates.

"how many business days from dec 14 2026 to jan 8 2027" and "2026년 12월 14일부터 2027년
1월 8일까지 평일 며칠" count Monday to Friday, both dates included, as people count working
days for a deadline. Public holidays differ by country and year and are not known here:
the answer says it did not take them out, rather than pass a plain weekday count off as
a count of working days.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from tools.dates_shared_year import end_after_start, start_in_end_year

__all__ = ["count_weekdays", "weekdays_between"]

_EN = re.compile(
    r"^how\s+many\s+(?:business|working|work|week)\s*days\s+(?:are\s+there\s+)?"
    r"(?:from|between)\s+(?P<a>.+?)\s+(?:to|and|until|till)\s+(?P<b>.+?)\s*\??$"
)
_KO = re.compile(
    r"^(?P<a>.+?)\s*부터\s*(?P<b>.+?)\s*까지\s*(?:평일|영업일|근무일|working\s*day)\s*(?:은|이|로|만)?\s*"
    r"(?:며칠|몇\s*일)[가-힣?!. ]{0,10}$"
)


def count_weekdays(start: date, end: date) -> int:
    """Mondays to Fridays from ``start`` to ``end``, both included (0 when end is before)."""
    if end < start:
        return 0
    weeks, rest = divmod((end - start).days + 1, 7)
    extra = sum(1 for i in range(rest) if (start + timedelta(days=i)).weekday() < 5)
    return weeks * 5 + extra


def weekdays_between(
    text: str, resolve: Callable[[str], date | None], lang: str
) -> tuple[str, str] | None:
    """The answer and its working for a weekday count, or ``None`` when not asked.

    Args:
        text: The normalised, lower-cased, restated question.
        resolve: Reads one date phrase (``None`` when it cannot).
        lang: "ko" or "en", the language to answer in.
    """
    match = _KO.match(text) or _EN.match(text)
    if match is None:
        return None
    start, end = resolve(match["a"]), resolve(match["b"])
    if start is None or end is None:
        return None
    # A year said once covers both dates ("jun 4 to jun 14 2027", "2027년 6월 4일부터 6월 14일").
    start = start_in_end_year(match["a"], match["b"], start, end)
    end = end_after_start(match["b"], start, end)
    if end < start:
        return None
    n = count_weekdays(start, end)
    if lang == "ko":
        answer = f"평일 {n}일 (두 날짜 포함, 월~금; 공휴일은 빼지 않았습니다)"
    else:
        answer = (
            f"{n} weekdays (Monday to Friday, both dates included; public holidays not taken out)"
        )
    return answer, f"{start.isoformat()} → {end.isoformat()}: {n} weekdays"
