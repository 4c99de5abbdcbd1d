"""A share asked by "한명당?" alone: the "얼마" left unsaid is the question.

Blind set 38: "치킨 두마리 한마리에 19,000원이고 배달비 3천원인데 4명이서 나누면 한명당?" was
declined (it was searched in the documents): the same sentence ending "한명당 얼마" is read
(10,250원). In chat the amount word is often dropped after the per-head word; a turn that
ends in 한명당/1인당/인당/한사람당 with only a question mark after it, and names a split
("나누면", "n빵", "노나면"), asks the amount each.
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern

__all__ = ["per_head_amount_asked"]

_ENDS_PER_HEAD = LazyPattern(r"(?P<head>(?:한\s*명|1\s*명|한\s*사람|1\s*인|인)\s*당)\s*[?？]*\s*$")
_SPLIT = LazyPattern(r"나누면|나눠\s*내면|n\s*빵|N\s*빵|엔빵|노나면|더치페이")


def per_head_amount_asked(text: str) -> str:
    """``text`` ending "한명당 얼마" when it ends at "한명당?" after a split; else unchanged."""
    ends = _ENDS_PER_HEAD.search(text)
    if ends is None or not _SPLIT.search(text[: ends.start()]):
        return text
    return f"{text[: ends.end('head')]} 얼마"
