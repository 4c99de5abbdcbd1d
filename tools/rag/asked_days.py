"""The day of the week a question asks about, and the sentences that name it.

Opening hours are written one line per day or range of days ("- Tuesday to Sunday:
10:00–17:00", "- Mondays: closed, except on public holidays", "- New Year's Day …:
closed"). Asked "is the museum open on mondays", two things went wrong:

* The Mondays line was read as another item's row because the Thursday line's label
  ("Thursday late opening") holds the question's "open": a label naming another day is
  that day's row, whatever other word of the question it shares.
* The holiday line after it was quoted instead: it matched "monday" only through the
  sentence before it. When a sentence of the passage names the day asked, one that
  names no such day states another day's rule.

Days are read in both languages (Monday, 월요일, 월욜), with ranges ("Tuesday to Sunday",
"월~금") and weekdays / weekends (평일, 주말) covering the days they span.
"""

from __future__ import annotations

import re

_EN_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_KO_DAYS = "월화수목금토일"
_EN_DAY = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
# A lone Korean day letter only in a range ("월~금"): alone, 일 is also a day of the month.
_KO_DAY = r"(?<![0-9가-힣])([월화수목금토일])(?:요일|욜)?"
_RANGE_JOIN = r"\s*(?:to|through|thru|until|[-–—~]|부터)\s*"
_EN_RANGE = re.compile(rf"\b{_EN_DAY}{_RANGE_JOIN}{_EN_DAY}\b")
_KO_RANGE = re.compile(rf"{_KO_DAY}{_RANGE_JOIN}{_KO_DAY}")
_EN_SINGLE = re.compile(rf"\b{_EN_DAY}\b")
_KO_SINGLE = re.compile(r"([월화수목금토일])(?:요일|욜)")
_WEEKDAYS = re.compile(r"\bweekdays?\b|평일")
_WEEKENDS = re.compile(r"\bweekends?\b|주말")
_KO_DAY_TOKENS = tuple(f"{day}요일" for day in _KO_DAYS)
_EN_WEEK_PARTS = re.compile(r"\b(weekday|weekend)s?\b")
_KO_WEEK_PARTS = re.compile(r"(평일|주말)")
_WEEK_PART_DAYS = {
    "weekday": set(range(5)),
    "평일": set(range(5)),
    "weekend": {5, 6},
    "주말": {5, 6},
}


def _index(day: str) -> int:
    return _EN_DAYS.index(day) if len(day) > 1 else _KO_DAYS.index(day)


def _span(first: int, last: int) -> set[int]:
    # "Tuesday to Sunday" wraps past the week's end when the first day comes later.
    return {(first + step) % 7 for step in range((last - first) % 7 + 1)}


def days_named(text: str) -> frozenset[int]:
    """The days of the week (0 = Monday) a text names, by name, range or weekdays/weekend.

    Args:
        text: A question, a sentence or a passage, in either language.

    Returns:
        The day indices named; empty when the text names no day.
    """
    lowered = text.lower()
    days: set[int] = set()
    for pattern in (_EN_RANGE, _KO_RANGE):
        for found in pattern.finditer(lowered):
            days |= _span(_index(found.group(1)), _index(found.group(2)))
    days.update(_index(found.group(1)) for found in _EN_SINGLE.finditer(lowered))
    days.update(_index(found.group(1)) for found in _KO_SINGLE.finditer(lowered))
    if _WEEKDAYS.search(lowered):
        days |= set(range(5))
    if _WEEKENDS.search(lowered):
        days |= {5, 6}
    return frozenset(days)


def misses_asked_day(question: str, sentence: str, passage: str) -> bool:
    """Whether the sentence names no day the question asks about while its passage does.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.
        passage: The text the sentence is from.

    Returns:
        True when the question names a day of the week, the passage names it and the
        sentence names none of the days asked.
    """
    asked = days_named(question)
    return bool(asked) and not days_named(sentence) & asked and bool(days_named(passage) & asked)


def another_days_row(question: str, own_label: str, other_label: str) -> bool:
    """Whether another row is a day's row other than the one asked, which this row is.

    Args:
        question: The user's question.
        own_label: The label of the row being judged ("Mondays").
        other_label: The label of another row of its list ("Thursday late opening").

    Returns:
        True when this row's label names a day the question asks and the other row's
        label names only other days: the words the two share say nothing of which
        item the question asks about.
    """
    asked = days_named(question)
    other = days_named(other_label)
    return bool(asked & days_named(own_label)) and bool(other) and not other & asked


def with_spanned_days(text: str, tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A sentence's tokens with the days its ranges, weekdays or weekends span added.

    "Tuesday to Sunday: 10:00–17:00" states Saturday's hours, though only its two ends
    are words of it: asked "what are the museum's hours on saturday", the range named
    no Saturday and a members' early hour "on Saturdays only" was quoted.

    Args:
        text: The sentence as written.
        tokens: Its index tokens.

    Returns:
        ``tokens`` followed by the index token of every day a range ("Tuesday to
        Sunday", "월~금"), "weekdays" or "주말" spans that the tokens lack, in the
        writing's language; ``tokens`` itself when it spans no day.
    """
    lowered = text.lower()
    spanned: list[tuple[set[int], tuple[str, ...]]] = []
    for pattern, names in ((_EN_RANGE, _EN_DAYS), (_KO_RANGE, _KO_DAY_TOKENS)):
        for found in pattern.finditer(lowered):
            spanned.append((_span(_index(found.group(1)), _index(found.group(2))), names))
    for pattern, names in ((_EN_WEEK_PARTS, _EN_DAYS), (_KO_WEEK_PARTS, _KO_DAY_TOKENS)):
        for found in pattern.finditer(lowered):
            spanned.append((_WEEK_PART_DAYS[found.group(1)], names))
    added: list[str] = []
    for days, names in spanned:
        added.extend(names[day] for day in sorted(days) if names[day] not in {*tokens, *added})
    return (*tokens, *added) if added else tokens
