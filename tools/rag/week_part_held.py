"""A part of the week asked about (주말, weekend, 평일, weekdays) that documents name by day.

"주말 오전엔 자리 있어요?" after the parking answer: the guide never says 주말, it says
"토요일 오전에는 자리가 없을 수 있으니". A weekend is its Saturday and Sunday; a document
naming either day speaks of the weekend asked about, so the word is no sign that the
question is about something the documents lack (the twenty-third unseen set declined
it as "문서에 없는 내용: 주말"). Which day's sentence answers is left to the sentence
checks that already read days (tools.rag.asked_days).
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["week_parts_held"]

_WEEKEND_DAYS = ("토요일", "토욜", "일요일", "일욜", "saturday", "sunday")
_WEEKDAY_DAYS = (
    "월요일",
    "화요일",
    "수요일",
    "목요일",
    "금요일",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
)
_SPANNED = {
    "주말": _WEEKEND_DAYS,
    "weekend": _WEEKEND_DAYS,
    "weekends": _WEEKEND_DAYS,
    "평일": _WEEKDAY_DAYS,
    "weekday": _WEEKDAY_DAYS,
    "weekdays": _WEEKDAY_DAYS,
}


def week_parts_held(missing: list[str], unheld: Callable[[list[str]], set[str]]) -> set[str]:
    """The ``missing`` terms that are parts of the week whose days the documents name.

    Args:
        missing: Terms of the question no document uses.
        unheld: Which of the given words no document of the collection uses.

    Returns:
        For example {"주말"} when a document says 토요일.
    """
    held: set[str] = set()
    for term in missing:
        days = _SPANNED.get(term.lower())
        if days and set(days) - unheld(list(days)):
            held.add(term)
    return held
