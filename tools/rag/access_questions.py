"""A wheelchair question asks whether the place is accessible: a ramp or a lift answers it.

"휠체어 타고 갈 수 있어요?", "can I get in with a wheelchair?": the verbs (타다, 가다,
get in) say how the asker comes, and no guide writes them next to its access facts
("건물 입구에 경사로가 있고, 엘리베이터는 휠체어가 들어갈 수 있는 크기입니다"). Weighed
as topics they left the one sentence that answers below the coverage bar. So, in a
question naming a wheelchair, the verbs of coming and getting around are no terms
(:func:`access_verbs`), and in exchange the quoted sentence must name a means of access
(a ramp, a lift, an elevator, step-free entry: :func:`access_unstated`); a sentence
merely naming a wheelchair (a loan counter, a fee) does not say one can get in.
"""

from __future__ import annotations

import re

__all__ = ["access_unstated", "access_verbs", "asks_wheelchair_access"]

_WHEELCHAIR = re.compile(r"휠체어|\bwheel\s?chairs?\b", re.IGNORECASE)
# How the asker comes and moves about: 타고 가다, 들어가다, 다니다; go, get in, enter.
_MOVING_VERBS = frozenset(
    {
        "타",
        "가",
        "오",
        "들어가",
        "들어오",
        "다니",
        "올라가",
        "이동",
        "get",
        "go",
        "come",
        "enter",
        "move",
        "reach",
        "there",
        "inside",
        "use",
        "using",
        "access",
        "accessible",
    }
)
# What makes a place reachable in a wheelchair.
_ACCESS_MEANS = re.compile(
    r"경사로|엘리베이터|엘베|승강기|리프트|휠체어\s*리프트|계단\s*없|턱\s*없|"
    r"\b(?:ramps?|elevators?|lifts?|step-?free|level access|no steps)\b",
    re.IGNORECASE,
)


def asks_wheelchair_access(question: str) -> bool:
    """Whether ``question`` names a wheelchair (the asker comes in one)."""
    return bool(_WHEELCHAIR.search(question))


def access_verbs(question: str, terms: tuple[str, ...]) -> frozenset[str]:
    """The terms of a wheelchair question that only say how the asker comes."""
    if not asks_wheelchair_access(question):
        return frozenset()
    return frozenset(t for t in terms if t.lower() in _MOVING_VERBS)


def access_unstated(question: str, terms: tuple[str, ...], sentence: str) -> bool:
    """Whether a wheelchair question whose verbs were excused (:func:`access_verbs`) is
    answered by a ``sentence`` naming no means of access. Renting one ("휠체어 대여 돼요?")
    asks something else, with no verb excused, and is not held to this."""
    return bool(access_verbs(question, terms)) and not _ACCESS_MEANS.search(sentence)
