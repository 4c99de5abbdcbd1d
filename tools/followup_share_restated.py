"""A share said again after a first turn that had one is that share anew, not a second one.

Blind set 31: after "my dental cleaning costs 180 and insurance covers 80%, what do I pay"
(36), "and if they only cover 60%" was read as 60% paid by another *of the 36* (14.4):
the rule for a share newly paid by someone takes the previous result as the whole. When
the previous turn already named a percent, the new one takes its place (72), which the
slot reader does; the share-of-the-result rule stands aside.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["ratio_unread_after_share", "share_said_as_ratio", "share_said_before"]

_PERCENT = re.compile(r"\d\s*(?:%|퍼센트|프로|percent\b)", re.IGNORECASE)


def share_said_before(steps: Sequence[str]) -> bool:
    """Whether the first of the previous turn's steps named a percent.

    Args:
        steps: The previous turn's step texts (later ones are edits of the result).
    """
    return bool(steps) and _PERCENT.search(steps[0]) is not None


# A split said as a ratio after a share said as one percent (opens55e, set 46): "what if
# we do 60/40 instead" after "rent is 1850, my roommate pays 55% …, whats my part" moves
# the 55% to 60% (the larger part stays with whoever had the larger one) and re-runs the
# turn: 740. The two parts must make 100, and the percent said must not be 50 (then who
# takes the larger part is unsaid).
_RATIO_INSTEAD = re.compile(
    r"^\s*(?:(?:ok|so|and|hmm|or)[,.]?\s+)?(?:(?:what|how)\s+about\s+|what\s+if\s+(?:we|you|they|i)\s+"
    r"(?:do|did|go|went|split\s+it|make\s+it|switch\s+to|change\s+it\s+to)\s+|make\s+it\s+|let'?s\s+(?:do|say)\s+)"
    r"(?:a\s+)?(?P<a>\d+(?:\.\d+)?)\s*(?:/|-|:|\s+to\s+)\s*(?P<b>\d+(?:\.\d+)?)(?:\s+split)?"
    r"(?:\s+instead|\s+then)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# "6:4로 하면?", "60대40으로 바꾸면": the same in Korean, where a ratio of tens is said too.
_RATIO_INSTEAD_KO = re.compile(
    r"^\s*(?:그럼\s*|그러면\s*|아\s*)?(?P<a>\d+)\s*(?::|대|/)\s*(?P<b>\d+)\s*(?:로|으로)\s*"
    r"(?:하면|나누면|바꾸면|내면|하자면)\s*(?:얼마\S*|어때\S*)?\s*[?？.!]*\s*$"
)
_ONE_PERCENT = re.compile(r"(?<![\d.])(?P<p>\d+(?:\.\d+)?)\s*(?:%|percent\b)", re.IGNORECASE)


def share_said_as_ratio(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous share re-run with the ratio's part on its side of half, or ``None``."""
    said = _RATIO_INSTEAD.match(text) or _RATIO_INSTEAD_KO.match(text)
    if said is None or len(steps) != 1:
        return None
    a, b = float(said["a"]), float(said["b"])
    scale = 10 if said.re is _RATIO_INSTEAD_KO and a + b == 10 else 1  # "6:4" is 60/40
    a, b = a * scale, b * scale
    if a + b != 100:
        return None
    percents = list(_ONE_PERCENT.finditer(steps[0]))
    if len(percents) != 1 or (a != b and float(percents[0]["p"]) == 50):
        return None  # no share, several, or an even one: which part moves where is unsaid
    old = percents[0]
    larger = float(old["p"]) > 50
    # ("50/50" is half each whoever had the larger part: calcwrongs55.)
    new = f"{(a if (a > b) == larger else b):g}"
    step = steps[0]
    return [f"{step[: old.start('p')]}{new}{step[old.end('p') :]}"], f"{old['p']}% → {new}%"


def ratio_unread_after_share(text: str, steps: Sequence[str]) -> bool:
    """Whether ``text`` says a split as a ratio after a share that no reading places.

    "what about 70/40" after "rent is 1850, my roommate pays 55% …, whats my part" was
    answered 1.75, the ratio read as a division asked on its own (calcwrongs55). Parts
    that do not make 100 (or a 60/40 after a share of exactly half) are no percent the
    previous turn can take, and a ratio is no division there: the turn is declined.
    """
    said = _RATIO_INSTEAD.match(text) or _RATIO_INSTEAD_KO.match(text)
    return (
        said is not None and share_said_before(steps) and share_said_as_ratio(text, steps) is None
    )
