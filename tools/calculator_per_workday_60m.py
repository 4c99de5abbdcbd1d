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
    if price is None or count is None or count.start() < price.end():
        return None
    if len(_FIGURE.findall(text)) != 2 or _kind(price["kind"]) != _kind(count["counted"]):
        return None
    if not _ASKED[count["period"].lower()].search(text[count.end() :]):
        return None
    return f"{price['price']} * {count['count']}"
