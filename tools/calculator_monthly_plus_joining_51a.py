"""A monthly price plus a one-off fee, asked for the first year: "the gym is 45 a month plus a
60 joining fee, what's my first year going to cost" is 45 x 12 + 60 = 600.

Set 24: it was declined as not in the documents. The fee is named as paid once (joining,
sign-up, set-up, activation, registration, enrolment, initiation, one-time), so it is added
once, never twelve times. Read only with those two figures and a year asked.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["monthly_plus_one_off_fee"]

_N = r"\d+(?:\.\d+)?"
_ONCE = (
    r"(?:joining|sign[- ]?up|set[- ]?up|activation|registration|enrol(?:l)?ment|initiation|"
    r"one[- ]time|one[- ]off|membership)"
)
_SAID = LazyPattern(
    rf"\$?(?P<m>{_N})\s+(?:a|per|each|every)\s+month\s*,?\s+(?:plus|and|\+|with)\s+(?:a|an|the)?\s*"
    rf"\$?(?P<f>{_N})\s+{_ONCE}\s+fee\b",
    re.I,
)
_YEAR = LazyPattern(
    r"\b(?:first|1st|whole|full)\s+year\b|\b(?:for|in|over)\s+(?:a|one|the)\s+year\b", re.I
)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def monthly_plus_one_off_fee(digits: str) -> str | None:
    """``m * 12 + f`` for a monthly price plus a once-paid fee over a year, or ``None``.

    Args:
        digits: The question with its numerals as digits.
    """
    text = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", digits)
    said = _SAID.search(text)
    if said is None or len(_FIGURE.findall(text)) != 2 or not _YEAR.search(text):
        return None
    return f"{said['m']} * 12 + {said['f']}"
