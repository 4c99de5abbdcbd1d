"""The "it" of a clock time, which points at no earlier result.

"if its 9am in singapore what time is it in seoul": both "it"s stand for the time of day,
not for a previous answer, yet :func:`tools.references.has_reference` took the short
request (one figure) as a reference and the date reader never saw it (set 44). Only
where the request states a clock time of its own are these forms set aside, so a bare
"what time is it" keeps whatever reading it had.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["without_clock_it"]

# A clock time: "9am", "3:30 p.m.", "15:00", "noon".
_CLOCK = r"(?:\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?(?![a-z])|\d{1,2}:\d{2}|noon|midnight)"
_STATES_CLOCK = LazyPattern(rf"(?<![\d:]){_CLOCK}", re.IGNORECASE)
# "what time is it", "what time will it be"; "it's 9am", "its 9am", "it is 9am".
#: The "it" of a span asked ahead of its clocks (switched off in tests).
SPAN_IT = (
    rf"|(?:(?<=\bis\s)|(?<=\bwas\s)|(?<=\bwill\s))it\b"
    rf"(?=\s+(?:be\s+)?(?:from|between)\s+{_CLOCK})"
)
_CLOCK_IT = LazyPattern(
    r"\bwhat\s+time\s+(?:is|will|would)\s+it\b"
    rf"|\bit(?:'s|’s|s|\s+is|\s+was)\s+(?=(?:already\s+|only\s+)?{_CLOCK})" + SPAN_IT,
    # "how long is it from 9:40am to 6:15pm": the span's "it", asked ahead of it (opens55).
    re.IGNORECASE,
)


def without_clock_it(text: str) -> str:
    """``text`` with the "it" of a clock time taken out, when it states a clock time."""
    if _STATES_CLOCK.search(text) is None:
        return text
    return _CLOCK_IT.sub(" ", text)
