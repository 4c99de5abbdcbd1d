"""Korean prices counted for a group: a one-way fare taken both ways by N people, a buffet's
guaranteed headcount with more coming, a stay a night for N animals over a span said in days.

- "KTX 서울 부산 편도 59,800원인데 세 명 왕복하면 얼마" is 59800 x 2 x 3 = 358,800 (set 29).
- "예식장 뷔페 1인 5만8천원 보증인원 150명인데 20명 더 오면 식대 총 얼마" is 58000 x (150 + 20)
  (set 32).
- "강아지 호텔 1박 35,000원인데 두 마리 나흘 맡기면 얼마" is 35000 x 2 x 4 (set 30). Only
  마리: a room priced a night ("펜션 1박 18만원 … 여섯 명") is not paid per guest.

All went to the cloud. Each is read only with exactly its figures.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.thousands_commas import without_thousands_commas

__all__ = ["buffet_guaranteed_plus_more", "night_rate_animals_days", "one_way_fare_both_ways_group"]

_N = r"\d+(?:\.\d+)?"
_FIGURE = re.compile(rf"(?<![\d.]){_N}")
_ASKED = LazyPattern(r"얼마|총|합계|몇\s*원")

_ONE_WAY = LazyPattern(rf"편도\s*(?:요금|운임|가격)?\s*(?:이|은|는)?\s*(?P<p>{_N})\s*원")
_GROUP_BOTH_WAYS = LazyPattern(
    r"(?<![\d.])(?P<n>\d+)\s*명(?:이|이서|이서\s*다|\s*다)?\s*(?:다\s*)?왕복"
)

_PER_HEAD = LazyPattern(rf"(?:1\s*인|인당|1\s*명|명당)\s*(?:당\s*)?(?P<p>{_N})\s*원")
_GUARANTEED = LazyPattern(r"(?:보증|기본|최소)\s*인원\s*(?:이|은|는)?\s*(?P<g>\d+)\s*명")
_MORE = LazyPattern(
    r"(?<![\d.])(?P<e>\d+)\s*명\s*(?:이|이나|정도)?\s*(?:더|추가로?)\s*(?:오|와|온|늘|참석)"
)

_NIGHT = LazyPattern(rf"1\s*박(?:에|당)?\s*(?P<p>{_N})\s*원")
_ANIMALS = LazyPattern(r"(?<![\d.])(?P<n>\d+)\s*마리")
_DAY_WORDS = {"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7}
_SPAN = LazyPattern(
    r"(?P<word>하루|이틀|사흘|나흘|닷새|엿새|이레)|(?<![\d.])(?P<d>\d+)\s*(?:박|일)(?!\s*당)"
)


def one_way_fare_both_ways_group(digits: str) -> str | None:
    """``p * 2 * n`` for a one-way fare and N people going both ways, or ``None``.

    Args:
        digits: The question with its numerals as digits.
    """
    text = without_thousands_commas(digits)
    fare, group = _ONE_WAY.search(text), _GROUP_BOTH_WAYS.search(text)
    if fare is None or group is None or not _ASKED.search(text):
        return None
    if len(_FIGURE.findall(text)) != 2:
        return None
    return f"{fare['p']} * 2 * {group['n']}"


def buffet_guaranteed_plus_more(digits: str) -> str | None:
    """``p * (g + e)`` for a price a head, a guaranteed headcount and more coming, or ``None``.

    Args:
        digits: The question with its numerals as digits.
    """
    text = without_thousands_commas(digits)
    head, base, more = _PER_HEAD.search(text), _GUARANTEED.search(text), _MORE.search(text)
    if head is None or base is None or more is None or not _ASKED.search(text):
        return None
    if len(_FIGURE.findall(text)) != 4:  # the 1 of 1인 besides the three read
        return None
    return f"{head['p']} * ({base['g']} + {more['e']})"


def night_rate_animals_days(digits: str) -> str | None:
    """``p * n * days`` for a night's price for each of N animals over a span, or ``None``.

    Args:
        digits: The question with its numerals as digits.
    """
    text = without_thousands_commas(digits)
    night, animals = _NIGHT.search(text), _ANIMALS.search(text)
    if night is None or animals is None or not _ASKED.search(text):
        return None
    spans = [m for m in _SPAN.finditer(text[night.end() :])]
    if len(spans) != 1:
        return None
    span = spans[0]
    days = str(_DAY_WORDS[span["word"]]) if span["word"] else span["d"]
    figures = 4 if span["d"] else 3  # the 1 of 1박, the price, the count (and the days)
    if len(_FIGURE.findall(text)) != figures:
        return None
    return f"{night['p']} * {animals['n']} * {days}"
