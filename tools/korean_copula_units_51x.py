"""The copula after a Korean unit syllable: "2억인데", "5천만인가", "1억5천인지".

A unit syllable followed by another Hangul syllable is normally part of a word ("만약",
"백신", "천천히"), so the numeral reader stops before it unless the next syllable is a
particle. The copula 이다 glued to an amount starts with 인 ("보증금 2억인데 계약금
10%"); read as a word, the unit was dropped and "2억" became 2. Only the copula's own
endings count, so "만인의" (everyone's) stays a word. ("3억일 때" already reads: 일 is a
digit syllable, which never stops the reader.)
"""

from __future__ import annotations

import re

__all__ = ["copula_follows_unit"]

# 인데/인가/인지/인걸/인거/인게/인듯, or 인 before a space, a mark or the end.
_COPULA = re.compile(r"인(?:데|가|지|걸|거|게|듯|\s|$|[?!.,])")


def copula_follows_unit(text: str, after_unit: int) -> bool:
    """True when ``text`` at ``after_unit`` (just past a unit syllable) is the copula."""
    return _COPULA.match(text, after_unit) is not None
