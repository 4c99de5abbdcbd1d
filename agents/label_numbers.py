"""Numbers that name a place or a line ("Terminal 1", "Gate 4", "2호선"), not a quantity.

A grounded answer may hold a figure no passage states only when the question may want
one computed, and a figure the question gives ("for 3 nights") says it may. A number
that only names which terminal, gate, floor or line is no quantity: "how long does the
ride from terminal 1 to terminal 2 take" gives no figure to compute with, yet read as
one it let a small model's "about 1.5 hours" pass as 3 / 2 of the passages' figures
(blind set 22). Closed-class label nouns only, before the number in English ("Gate 4",
"platform 2b") and after it in Korean ("3번 출구", "2층", "1터미널").
"""

from __future__ import annotations

import re

__all__ = ["without_label_numbers"]

_ENGLISH_LABEL = re.compile(
    r"\b(?:terminal|gate|platform|pier|exit|entrance|door|line|route|floor|level|room|"
    r"building|hall|zone|counter|stop|bay|no\.?|number|#)\s*\d+[a-z]?\b",
    re.IGNORECASE,
)
_KOREAN_LABEL = re.compile(
    r"(?:제\s*)?\d+\s*(?:번\s*(?:출구|게이트|승강장|홈)|호선|호실|층|터미널|게이트|출구)|"
    r"(?:터미널|게이트|출구)\s*\d+"
)


def without_label_numbers(text: str) -> str:
    """``text`` with every number that names a terminal, gate, floor or line taken out."""
    return _KOREAN_LABEL.sub(" ", _ENGLISH_LABEL.sub(" ", text))
