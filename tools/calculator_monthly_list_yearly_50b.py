"""Several amounts a month listed together, asked for a year: "my streaming subs are 15.49,
10.99 and 7.99 a month, what's that for a year".

Set 31: the sentence went to the cloud. The amounts are each a month's price (the period
said once after the list applies to all of them), so a year of them is their sum times 12:
(15.49 + 10.99 + 7.99) x 12 = 413.64.

Read only when the list (two figures or more, joined by commas and "and") stands right
before "a month", a year is asked, and no other figure is said.
"""

from __future__ import annotations

import re

from tools.thousands_commas import without_thousands_commas

__all__ = ["monthly_list_for_a_year"]

_NUM = r"\d+(?:\.\d+)?"
# An item's name before its figure (set 52's "netflix is 15.49 and spotify 11.99 every
# month"): one word, and "is", "at", "costs" or "for" after it.
_NAMED = r"(?:[a-z][a-z+'-]*\s+(?:(?:is|at|costs?|for)\s+)?)?"
# The list's joints: commas, "and", "&", "plus" or "+" ("15.49 + 9.99 + 6.99 a month").
_JOINT = r"(?:\s*,\s*|\s*\+\s*|\s+plus\s+)"
_LAST_JOINT = rf"(?:\s*,?\s*(?:and|&)\s*|{_JOINT})"
# A month said after the list: "a month", "per mo", "/month", "monthly" (set 51's "paying
# 15.49, 9.99 and 6.99 monthly for streaming").
_A_MONTH = r"(?:(?:a|per|each|every|/)\s*(?:month|mo)\b|monthly\b)"
_LIST = re.compile(
    rf"(?P<list>\$?{_NUM}(?:{_JOINT}{_NAMED}\$?{_NUM})*{_LAST_JOINT}{_NAMED}\$?{_NUM})"
    rf"\s*{_A_MONTH}",
    re.IGNORECASE,
)
_YEAR = r"(?:year|yr)"
_YEAR_ASKED = re.compile(
    rf"\b(?:for|in|over)\s+(?:a|one|the)\s+(?:whole\s+)?{_YEAR}\b|\ba\s+{_YEAR}\b\s*[?.]?\s*$"
    rf"|\b(?:per|each|every|a)\s+{_YEAR}\b|/\s*{_YEAR}\b|\byearly\b|\bannually\b",
    re.IGNORECASE,
)
_FIGURE = re.compile(_NUM)
# Whole years asked: "in 2 years", "over 3 years" (set 52), as 12 months each.
_YEARS_ASKED = re.compile(
    rf"\b(?:in|over|for|across)\s+(?:the\s+next\s+)?(?P<n>[2-9]|10)\s+{_YEAR}s\b", re.I
)


def monthly_list_for_a_year(digits: str) -> str | None:
    """``(a + b + ...) * 12`` for amounts listed a month and a year asked, or ``None``.

    Args:
        digits: The question with its numerals as digits.
    """
    text = without_thousands_commas(digits)  # thousands, never list commas
    lists = list(_LIST.finditer(text))
    if len(lists) != 1:
        return None
    asked = text[lists[0].end() :]
    years = _YEARS_ASKED.search(asked)
    if years is None and not _YEAR_ASKED.search(asked):
        return None
    listed = _FIGURE.findall(lists[0]["list"])
    said = len(_FIGURE.findall(text)) - (1 if years else 0)
    if len(listed) < 2 or said != len(listed):
        return None
    return f"({' + '.join(listed)}) * {12 * int(years['n']) if years else 12}"
