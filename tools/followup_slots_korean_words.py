"""Words and helpers shared by the closed Korean follow-up forms of the slot reader.

``tools/followup_slots_korean_people.py``, ``…_dates.py`` and ``…_prices.py`` each read
whole turns in a closed form; what they say alike (an opener "근데", a turn's end, the
count words, the people named by role, a split among people) is here once.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.followup_slot_kinds import NUMBER_WORDS, PEOPLE_ROLES

__all__ = [
    "COUNT_WORD",
    "END",
    "OPENER",
    "ROLE",
    "SPAN_DAYS",
    "SPLIT",
    "Changed",
    "count_of",
    "people_slots",
]

#: New step texts and one line saying what changed.
Changed = tuple[list[str], str]

OPENER = r"^\s*(?:(?:근데|그런데|아|앗|참|그럼|그러면|헐|아참)\s*,?\s*)*"
END = r"\s*[?？.!~ㅠㅜ]*\s*$"
COUNT_WORD = "|".join(sorted((w for w in NUMBER_WORDS if not w.isascii()), key=len, reverse=True))
ROLE = "|".join(sorted(PEOPLE_ROLES, key=len, reverse=True))
#: Spans of days said in words ("이틀 밀렸어", "일주일에 하루 더").
SPAN_DAYS = {"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "일주일": 7, "보름": 15}


def people_slots(step: str) -> list[re.Match[str]]:
    """Every count of people in a step ("4명", "3 사람"), never "1인분" or "1인당"."""
    return list(re.finditer(r"(?<![\d.])(\d+)\s*(?:명|사람|인(?!분))(?![가-힣]*당)", step))


def count_of(word: str) -> int:
    """A count said in digits or in a Korean number word ("두" -> 2)."""
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


# The previous request was a split among people ("셋이 나누면", "n빵", "1인당", "얼마씩").
SPLIT = LazyPattern(r"나누|나눠|[nN엔]\s*빵|1인당|인당|얼마씩|각자|더치")
