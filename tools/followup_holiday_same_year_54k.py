"""Another holiday of the year a first turn named: "그해 광복절은?" after "2032년 삼일절 무슨
요일이야" asks the weekday of 15 August 2032 (set 45).

The date follow-ups move a day by a span or change the year; a holiday named anew "that
year" was read by none. Read only when the turn is the holiday alone with "그해" (or "같은
해"), and the previous question names one year and one day of it (a fixed holiday or
"M월 D일"); that day is replaced by the holiday, and the question is asked again.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.lazy_regex import LazyPattern

__all__ = ["holiday_of_same_year"]

# The holidays whose date never moves (tools.dates_korean_holidays reads them with a year).
_HOLIDAYS = r"삼일절|어린이날|현충일|광복절|개천절|한글날|크리스마스|성탄절"
_SAME_YEAR_HOLIDAY = LazyPattern(
    rf"^\s*(?:그럼\s*|그러면\s*|그리고\s*)?(?:그\s*해|같은\s*해|그\s*년도|그\s*해에?)\s*(?:의\s*)?"
    rf"(?P<h>{_HOLIDAYS})\s*(?:은|는|도|이면|은\s*무슨\s*요일이야|은\s*며칠이야)?\s*[?？.!]*\s*$"
)
_YEAR = LazyPattern(r"(?<!\d)\d{4}\s*년")
_DAY_OF_YEAR = LazyPattern(rf"(?:의\s*)?(?:{_HOLIDAYS}|\d{{1,2}}\s*월\s*\d{{1,2}}\s*일)")
_DATES_OF = {"크리스마스": "12월 25일", "성탄절": "12월 25일"}


def holiday_of_same_year(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous question asked of the holiday said, or ``None``.

    Args:
        text: The follow-up ("그해 광복절은?").
        steps: The previous turn's step texts; one dated question.
    """
    said = _SAME_YEAR_HOLIDAY.match(text)
    if said is None or len(steps) != 1:
        return None
    step = steps[0]
    years = list(_YEAR.finditer(step))
    if len(years) != 1:
        return None
    days = list(_DAY_OF_YEAR.finditer(step, years[0].end()))
    if len(days) != 1 or step[years[0].end() : days[0].start()].strip():
        return None  # the day must follow its year
    old = days[0]
    holiday = _DATES_OF.get(said["h"], said["h"])
    new = f"{step[: old.start()]} {holiday}{step[old.end() :]}"
    return [new], f"{old.group().strip()} → {said['h']}"
