"""Chat forms set 44 found the calculator could not read, said plainly before reading.

- "둘이 반띵하면": 반띵 is chat for splitting in half; read as "나누면" beside a group of two
  ("둘이", "2명"), and as "2명이서 나누면" when no group is said (set 44's "전기 48,200 가스
  31,600 수도 12,400 나왔는데 둘이 반띵하면" went to the cloud stand-in, while "둘이 나누면" is
  read).
- "계란한개2350원짜리12개사면얼마": a question typed with no space at all; a space goes where
  Hangul meets a figure ("한개 2350원짜리"), which is how the same words read spaced. Only a
  sentence with no space anywhere is touched.
- "how much is that for a whole year": "a whole/full/entire year" is a year (set 44's "gym is
  39.99 a month how much is that for a whole year" was declined as a document question,
  while "for a year" is read).
"""

from __future__ import annotations

import re

__all__ = ["said_plainly_44"]

_HALF_SPLIT = re.compile(r"반띵\s*(?:하면|해서|하자|하면은|치면|이면)?")
# (반반 alone may halve one fee, "택배비는 반반": read so only beside "둘이", set 50.)
_HALF_SPLIT_TWO = re.compile(r"반반\s*(?:씩\s*)?(?:하면|해서|내면|나누면|하면은|치면|부담하면)")
_TWO_SAID = re.compile(r"(?<![가-힣])둘이|(?<![\d.])2\s*명|두\s*명|둘이서")
_HANGUL_THEN_FIGURE = re.compile(r"(?<=[가-힣])(?=\d)")
_WHOLE_PERIOD = re.compile(r"\b(?:a|the)\s+(?:whole|full|entire)\s+(year|month|week|day)\b", re.I)


def said_plainly_44(text: str) -> str:
    """``text`` with 반띵 said as a split between two, and a fully glued sentence spaced."""
    if _TWO_SAID.search(text) and _HALF_SPLIT_TWO.search(text):
        # "둘이 반반하면" (set 50): 반반 with a group of two said is the same split.
        text = _HALF_SPLIT_TWO.sub("나누면", text, count=1)
    if _HALF_SPLIT.search(text):
        plain = "나누면" if _TWO_SAID.search(text) else "2명이서 나누면"
        text = _HALF_SPLIT.sub(plain, text, count=1)
    if text.strip() and not re.search(r"\s", text.strip()) and re.search(r"\d", text):
        text = _HANGUL_THEN_FIGURE.sub(" ", text.strip())
    return _WHOLE_PERIOD.sub(r"a \1", text)
