"""Two services priced per the same counted thing, all of them having both: "필름 현상 한 롤
6,000원 스캔 한 롤 4,000원 세 롤 다 맡기면 얼마야" is (6,000 + 4,000) x 3 = 30,000원.

Read only with two prices each said for "한 COUNTER", a count of that same counter said
after them with 다/모두/전부 (every one gets both), and no other figure.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from core.text import KOREAN_COUNT_FORMS

__all__ = ["two_services_each"]

_N = r"\d+(?:\.\d+)?"
_PRICED = LazyPattern(rf"(?:한|1)\s*(?P<c>[가-힣]{{1,2}})(?:에|당)?\s*(?P<p>{_N})\s*원")
_FIGURE = re.compile(rf"(?<![\d.]){_N}")
_NATIVE = "|".join(sorted((w for w in KOREAN_COUNT_FORMS if w != "한"), key=len, reverse=True))


def two_services_each(question: str) -> str | None:
    """ "(6000 + 4000) * 3" for two services on every one of N things, or ``None``.

    Args:
        question: The question with its numerals as digits.
    """
    s = question.replace(",", "")
    priced = list(_PRICED.finditer(s))
    if len(priced) != 2 or priced[0]["c"] != priced[1]["c"]:
        return None
    counter = re.escape(priced[0]["c"])
    count = re.search(
        rf"(?<![\d.가-힣])(?P<n>\d+|{_NATIVE})\s*{counter}\s*(?:다|모두|전부)", s[priced[1].end() :]
    )
    if count is None:
        return None
    n = count["n"] if count["n"].isdigit() else KOREAN_COUNT_FORMS[count["n"]]
    if int(n) < 2:
        return None
    # Every figure is a price, the count, or the 1 of "1 롤" naming what a price is for.
    said = {priced[0]["p"], priced[1]["p"], count["n"], "1"}
    if any(f not in said for f in _FIGURE.findall(s)):
        return None
    return f"({priced[0]['p']} + {priced[1]['p']}) * {n}"
