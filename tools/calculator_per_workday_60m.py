"""A price each (work)day over the count of such days in a month or a week, asked for it.

Set 52: "i buy a 5.25 latte every workday, about 21 workdays a month. monthly spend?" went
to the cloud (and its follow-up "and for a whole year of 250 workdays" to a local model's
text). The price is said per day of a kind (a day, a workday, a weekday, a school day),
the count of those days per month or week is said once, and that period's total is
asked ("monthly spend", "a month", "per week"): the price times the count, 5.25 x 21 =
110.25. Read only with exactly those two figures, the days' kinds the same, and the
period asked the one the count is per (a month asked of days a week is no reading).
"""

from __future__ import annotations

import re

from tools.thousands_commas import without_thousands_commas

__all__ = ["price_per_day_over_days"]

_NUM = r"\d+(?:\.\d+)?"
_DAY = r"(?P<{name}>(?:work|week|school|business|office)?\s*-?\s*day)"
# "5.25 latte every workday", "12 every weekday", "$4 a day": the price, one or two words
# of what is bought between, then the day it is paid each.
_PRICE = re.compile(
    rf"\$?(?P<price>{_NUM})(?:\s+[a-z]+){{0,2}}?\s+(?:a|each|every|per|/)\s*"
    + _DAY.format(name="kind")
    + r"\b",
    re.IGNORECASE,
)
# "about 21 workdays a month", "22 workdays in a month", "5 weekdays per week".
_COUNT = re.compile(
    r"(?P<count>\d+)\s+"
    + _DAY.format(name="counted")
    + r"s\s+(?:a|per|in\s+a|each|every)\s+(?P<period>month|week)\b",
    re.IGNORECASE,
)
# (Set 53: "i spend 5.40 on coffee every workday, about 21 a month. whats that a year" read
# 21 x 12, the price dropped.) The count said bare, right after the price's day: "about 21 a
# month" counts those days (the kind is the price's own).
_BARE_COUNT = re.compile(
    r"[\s,.;]*(?:(?:and\s+)?(?:about|around|roughly|approx(?:imately|\.)?|~)\s*)?"
    r"(?P<count>\d+)\s+(?:a|per|each|every|in\s+a)\s+(?P<period>month|week)\b",
    re.IGNORECASE,
)
# A year asked of a count a month or a week: twelve months, fifty-two weeks.
_YEAR_ASKED = re.compile(
    r"\b(?:a|per|each|every|the|this|in\s+a|for\s+a|over\s+a|whole)\s+year\b|\byearly\b"
    r"|\bannual(?:ly)?\b|\bper\s+annum\b",
    re.IGNORECASE,
)
_IN_A_YEAR = {"month": "12", "week": "52"}
#: The bare count and the year asked (set 53; switched off in tests).
USE_BARE_COUNT_AND_YEAR = True
_ASKED = {
    "month": re.compile(r"\bmonthly\b|\b(?:a|per|each|every|the|this)\s+month\b", re.I),
    "week": re.compile(r"\bweekly\b|\b(?:a|per|each|every|the|this)\s+week\b", re.I),
}
_FIGURE = re.compile(_NUM)


def _kind(word: str) -> str:
    return re.sub(r"[\s-]", "", word.lower())


def price_per_day_over_days(digits: str) -> str | None:
    """``"price * count"`` for a price each day of a kind over its count a period, or None.

    Args:
        digits: The question with its numerals as digits.
    """
    text = without_thousands_commas(digits)
    price, count = _PRICE.search(text), _COUNT.search(text)
    bare = None
    if price is not None and count is None and USE_BARE_COUNT_AND_YEAR:
        bare = _BARE_COUNT.match(text, price.end())
    if price is None or (count is None and bare is None):
        return None
    if count is not None and (
        count.start() < price.end() or _kind(price["kind"]) != _kind(count["counted"])
    ):
        return None
    if len(_FIGURE.findall(text)) != 2:
        return None
    said = count or bare
    assert said is not None
    period, rest = said["period"].lower(), text[said.end() :]
    if _ASKED[period].search(rest):
        return f"{price['price']} * {said['count']}"
    if USE_BARE_COUNT_AND_YEAR and _YEAR_ASKED.search(rest):
        return f"{price['price']} * {said['count']} * {_IN_A_YEAR[period]}"
    return None
