"""Turns the quantity edits of :mod:`tools.followup_edits` must not read as a new figure.

Found probing follow-ups of our own after set 21: "그 중 내 몫만 2만원으로 하면 나머진?"
replaced the whole taxi fare (6,667원 each), "두 달 쉬면?" replaced 18 months by 2
(500,000원), and "what about 30" after "a 1,200 dollar sofa at 25% off" priced a $30
sofa. Each now declines, and the turn goes to a model with the previous turn.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from core.lazy_regex import LazyPattern

__all__ = ["could_be_the_percentage", "parallel_figures", "part_or_pause"]

# A span paused or skipped ("두 달 쉬면?", "skip two months"): fewer, never the new span
# (replacing 18개월 by 2달 gave 500,000원).
_PAUSED = LazyPattern(
    r"쉬(?:면|고|어|었|는)|건너뛰|거르|빼먹|\bskip|\bmiss(?:es|ed)?\b|\bpause", re.I
)
# A part of what the previous turn added up: "그 중", "나머지", "out of that", "the rest"
# ("20% of it" stays a rate of the bill: "it" may be the bill).
_PART_OF_PREVIOUS = LazyPattern(
    r"그\s*중|그\s*가운데|나머지|나머진|\bout\s+of\s+(?:that|it|those|them)\b|"
    r"\bthe\s+rest\b",
    re.I,
)


def part_or_pause(text: str) -> bool:
    """Whether a turn takes a part of the previous sum or pauses a span of it."""
    return bool(_PART_OF_PREVIOUS.search(text) or _PAUSED.search(text))


def could_be_the_percentage(figure: str, steps: Sequence[str]) -> bool:
    """Whether a bare figure of at most 100 follows a request that states a percentage."""
    percent = re.compile(r"\d\s*(?:%|퍼센트|percent\b)", re.IGNORECASE)
    return float(figure.replace(",", "")) <= 100 and any(percent.search(s) for s in steps)


# Two figures of one kind listed as items ("셔츠 39,000원이랑 바지 59,000원", "모자
# 25,000원, 장갑 18,000원", "커피 4,500원 케이크 6,000원"): a bare new figure
# ("45,000원이면?") may be either item's.
_JOINED_AS_ITEMS = LazyPattern(
    # A joining word, or a name standing apart after the figure's unit ("4,500원 케이크"),
    # never a particle on it ("52,000원에서 44,200원" is one price moving, not two items).
    r"^(?:\s*[가-힣A-Za-z]*\s*(?:이랑|랑|하고|과|와|,|및|그리고)\s*|\s+)[가-힣A-Za-z]{1,8}\s*$"
)


def parallel_figures(step: str, figures: Sequence[re.Match[str]]) -> bool:
    """Whether two of ``figures`` (same kind, in order) are items listed side by side."""
    return any(
        _JOINED_AS_ITEMS.match(step[first.end() : second.start()])
        for first, second in pairwise(figures)
    )
