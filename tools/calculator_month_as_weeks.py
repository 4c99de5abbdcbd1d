"""A month said to be counted as N weeks: "한달 4주 기준", "한 달을 4주로 치면", "한달(4주)".

"과외 1회 4만원이고 주2회면 한달 4주 기준 얼마야" went to the cloud tier (blind set 33) while
"… 주2회면 4주면 얼마야" is read (320,000원): the asker settles how long the month is, and
the sentence is then a count of weeks. Only a month given its weeks in the same breath is
rewritten to those weeks; a month alone is left as it is (how many weeks a month has is not
guessed here).
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["month_as_weeks", "month_asked_in_full"]

_MONTH_AS_WEEKS = LazyPattern(
    r"한\s*달\s*(?:은|을|를)?\s*\(?\s*(?P<n>\d)\s*주\s*\)?\s*"
    r"(?:기준(?:으로)?|로\s*(?:치면|잡으면|계산하면|보면)|으로\s*(?:치면|잡으면)|짜리)?"
    r"\s*(?:으로|로|이면|면|에)?"
)


def month_as_weeks(question: str) -> str:
    """``question`` with "한달 4주 기준" said as "4주면"."""
    return _MONTH_AS_WEEKS.sub(lambda m: f"{m['n']}주면 ", question)


# "… how much a mo", "whats that per mo?": chat's "mo" for the month asked, at the end of the
# question only ("wait a mo" is a moment; opens52c, set 52).
_MONTH_ABBREVIATED = LazyPattern(
    r"\b(?P<ask>(?:how\s+much|what(?:'s|s|\s+is)(?:\s+(?:that|it))?)\s+(?:is\s+(?:it|that)\s+|"
    r"would\s+(?:it|that)\s+be\s+|do\s+i\s+pay\s+)?(?:a|per|each|every)\s+)mo\b(?=\s*[?.!]*\s*$)",
    re.IGNORECASE,
)


def month_asked_in_full(question: str) -> str:
    """``question`` with a month asked as "a mo" said "a month"."""
    return _MONTH_ABBREVIATED.sub(lambda m: f"{m['ask']}month", question)
