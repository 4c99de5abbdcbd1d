"""A price per session for a group each doing several sessions: "karting is 28 per 10-lap
session and 5 of us are each doing 2 sessions, total?" is 28 x 5 x 2 = 280.

Read only with the price per the session's noun, a count of people ("5 of us", "5 people")
and "each doing/taking N" of that same noun, and no other figure but a hyphenated one
describing the session ("10-lap"), which is no count.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.followup_words_50a import COUNT, count_value

__all__ = ["each_doing_sessions"]

_N = r"\d+(?:\.\d+)?"
_UNIT = r"(?P<unit>session|class|lesson|game|round|ride|heat|race|slot)"
_RATE = LazyPattern(
    rf"\$?(?P<p>{_N})\s+(?:per|a|an|each|for\s+(?:a|one|each))\s+(?:\d+-[a-z]+\s+)?{_UNIT}\b", re.I
)
_PEOPLE = LazyPattern(rf"(?<![\w.-])(?P<k>{COUNT})\s+(?:of\s+us|people|friends|kids)\b", re.I)
_EACH = (
    r"\beach\s+(?:doing|taking|having|playing|getting|riding|booking)\s+(?P<s>{count})\s+{unit}s?\b"
)
_FIGURE = re.compile(rf"(?<![\w.-]){_N}(?![\w-])")


def each_doing_sessions(question: str) -> str | None:
    """ "28 * 5 * 2" for a group each doing sessions at a price each, or ``None``.

    Args:
        question: The question with its numerals as digits.
    """
    s = question.replace(",", "")
    rate, people = _RATE.search(s), _PEOPLE.search(s)
    if rate is None or people is None:
        return None
    unit = rate["unit"].lower()
    each = re.search(_EACH.format(count=COUNT, unit=unit), s, re.I)
    if each is None:
        return None
    roles = {rate.span("p"), people.span("k"), each.span("s")}
    if any(f.span() not in roles for f in _FIGURE.finditer(s)):
        return None
    return f"{rate['p']} * {count_value(people['k'])} * {count_value(each['s'])}"
