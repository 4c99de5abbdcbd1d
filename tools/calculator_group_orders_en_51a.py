"""English orders for a group, each read whole:

- "the meal kit is 11.99 per serving, we get 3 meals a week for 2 people, how much a week"
  is 11.99 x 3 x 2 (set 32).
- "I walk 3 dogs at 15 a walk each, twice a day, what do I make in a 5-day week" is
  3 x 15 x 2 x 5 (set 28).
- "dinner for 4, mains are 24 each and desserts 9 each, plus 8% tax, what's the total" is
  4 x (24 + 9) x 1.08 (set 31): "each" is each diner's.
- "4 adult tickets at 28 and 3 kids at 14 plus a 2.50 booking fee per ticket, total?" is
  4 x 28 + 3 x 14 + (4 + 3) x 2.50 (set 30): the fee on every ticket, never once.
- "the farm stay is 140 a night for the cabin plus 12 per person for the farm tour, 4 of us
  for 3 nights, total?" is 140 x 3 + 12 x 4 (set 31): the tour is priced a person, not a
  night.
- "a coffee is 3.45 and I buy one every workday, 22 days a month - what's the monthly
  cost?" is 3.45 x 22 (set 26).

All went to the cloud or were declined. Each is read only with exactly its figures.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.thousands_commas import without_thousands_commas

__all__ = [
    "cabin_nights_plus_tour_each",
    "daily_buy_over_month",
    "diners_each_course_taxed",
    "servings_a_week_for_people",
    "things_at_a_visit_each_a_day",
    "tickets_two_kinds_fee_each",
]

_N = r"\d+(?:\.\d+)?"
_FIGURE = re.compile(rf"(?<![\d.]){_N}")
_TIMES_A_DAY = {"once": "1", "twice": "2", "thrice": "3"}

_SERVINGS = LazyPattern(
    rf"\$?(?P<p>{_N})\s+(?:per|a|each)\s+(?:serving|portion|meal|plate)\b[^.?!]*?\b(?P<m>\d+)\s+"
    r"(?:meals|dinners|servings|lunches)\s+a\s+week\s+for\s+(?P<k>\d+)\s+(?:people|persons|"
    r"adults|of\s+us)\b[^.?!]*?\b(?:a|per|each)\s+week\b",
    re.I,
)
_THINGS_VISITS = LazyPattern(
    rf"(?<![\d.])(?P<n>\d+)\s+(?:dogs|kids|children|clients|horses|cats|students)\s+at\s+\$?"
    rf"(?P<p>{_N})\s+(?:a|per)\s+[a-z]+\s+each\s*,?\s*(?P<k>once|twice|thrice|\d+\s+times)\s+a\s+"
    r"day\b[^.?!]*?\b(?:in|for|over)\s+a\s+(?P<d>\d+)\s*-?\s*day\s+week\b",
    re.I,
)
_DINERS = LazyPattern(
    rf"\b(?:dinner|lunch|brunch|a\s+meal|a\s+table)\s+for\s+(?P<n>\d+)\s*,?\s*(?:the\s+)?[a-z]+\s+"
    rf"(?:are|is|at)\s+\$?(?P<a>{_N})\s+each\s+and\s+(?:the\s+)?[a-z]+\s+(?:are|is|at)?\s*\$?"
    rf"(?P<b>{_N})\s+each\s*,?\s*(?:plus|and|\+|with)\s+(?P<t>{_N})\s*%\s+(?:tax|vat|service)\b",
    re.I,
)
_TICKETS = LazyPattern(
    rf"(?<![\d.])(?P<a>\d+)\s+(?:adult|grown-up)s?\s+(?:tickets?\s+)?at\s+\$?(?P<x>{_N})\s+and\s+"
    rf"(?P<k>\d+)\s+(?:kids?|child(?:ren)?|students?|seniors?)\s+(?:tickets?\s+)?at\s+\$?"
    rf"(?P<y>{_N})\s*,?\s*(?:plus|and|\+|with)\s+(?:a\s+)?\$?(?P<f>{_N})\s+(?:[a-z]+\s+)?fee\s+"
    r"(?:per|a|on\s+each|for\s+each|each)\s+ticket\b",
    re.I,
)
_CABIN_TOUR = LazyPattern(
    rf"\$?(?P<p>{_N})\s+a\s+night\b[^.?!,]*?\s+(?:plus|and|\+)\s+\$?(?P<q>{_N})\s+(?:per|a|each)\s+"
    rf"person\b[^.?!,]*,\s*(?P<n>\d+)\s+of\s+us\s+for\s+(?P<m>\d+)\s+nights\b",
    re.I,
)
# "12 per person per night": the extra is paid every night too, another sum.
_PER_PERSON_A_NIGHT = LazyPattern(
    r"\bperson\s+(?:per|a|each|every)\s+(?:night|day)\b|\bnightly\b|\bdaily\b|\bevery\s+day\b", re.I
)
_DAILY_BUY = LazyPattern(
    rf"\bis\s+\$?(?P<p>{_N})\s+and\s+I\s+(?:buy|get|have)\s+(?:one|it)\s+every\s+(?:work\s*day|"
    r"weekday|day)\s*,\s*(?P<d>\d+)\s+days\s+a\s+month\b[^?]*?\b(?:monthly|a\s+month|per\s+month)\b",
    re.I,
)


def _only(text: str, figures: int) -> bool:
    return len(_FIGURE.findall(text)) == figures


def servings_a_week_for_people(digits: str) -> str | None:
    """``p * m * k`` for a price a serving, meals a week for k people, a week asked."""
    text = without_thousands_commas(digits)
    said = _SERVINGS.search(text)
    return f"{said['p']} * {said['m']} * {said['k']}" if said and _only(text, 3) else None


def things_at_a_visit_each_a_day(digits: str) -> str | None:
    """``n * p * k * d`` for n things at p a visit each, k a day, a d-day week."""
    text = without_thousands_commas(digits)
    said = _THINGS_VISITS.search(text)
    if said is None:
        return None
    k = _TIMES_A_DAY.get(said["k"].lower()) or said["k"].split()[0]
    figures = 3 if said["k"].lower() in _TIMES_A_DAY else 4
    return f"{said['n']} * {said['p']} * {k} * {said['d']}" if _only(text, figures) else None


def diners_each_course_taxed(digits: str) -> str | None:
    """``n * (a + b) * (1 + t / 100)`` for n diners each having two courses, tax on top."""
    text = without_thousands_commas(digits)
    said = _DINERS.search(text)
    if said is None or not _only(text, 4):
        return None
    return f"{said['n']} * ({said['a']} + {said['b']}) * (1 + {said['t']} / 100)"


def tickets_two_kinds_fee_each(digits: str) -> str | None:
    """``a * x + k * y + (a + k) * f`` for two kinds of tickets and a fee on each ticket."""
    text = without_thousands_commas(digits)
    said = _TICKETS.search(text)
    if said is None or not _only(text, 5):
        return None
    a, k = said["a"], said["k"]
    return f"{a} * {said['x']} + {k} * {said['y']} + ({a} + {k}) * {said['f']}"


def cabin_nights_plus_tour_each(digits: str) -> str | None:
    """``p * m + q * n`` for a price a night plus one a person, n people for m nights."""
    text = without_thousands_commas(digits)
    said = _CABIN_TOUR.search(text)
    if said is None or not _only(text, 4) or _PER_PERSON_A_NIGHT.search(said.group(0)):
        return None
    return f"{said['p']} * {said['m']} + {said['q']} * {said['n']}"


def daily_buy_over_month(digits: str) -> str | None:
    """``p * d`` for one bought every workday, d days a month, the month asked."""
    text = without_thousands_commas(digits)
    said = _DAILY_BUY.search(text)
    return f"{said['p']} * {said['d']}" if said and _only(text, 2) else None
